#include "pdf.h"

#include <QFile>

#include "storage/output_file.h"
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <stdexcept>

namespace kakehashi::render {

QFont documentFont()
{
    QFont font(QStringList{QStringLiteral("IPAPGothic"), QStringLiteral("IPAGothic"), QStringLiteral("Noto Sans CJK JP"),
                           QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(8.5);
    return font;
}

void writePdf(const QString &file, const QString &html, QPageLayout::Orientation orientation, const QString &title)
{
    writePdf(file, html, orientation, title, {});
}

void writePdf(const QString &file, const QString &html, QPageLayout::Orientation orientation, const QString &title,
              const std::map<QString, QImage> &images)
{
    storage::OutputFile target(file); // refuses the open database; written whole or not at all
    QFile out(target.path());
    if (!out.open(QIODevice::WriteOnly))
        throw storage::OutputError(QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
    {
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(orientation);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Kakehashi"));
    QTextDocument doc;
    doc.setDefaultFont(documentFont());
    for (const auto &[name, image] : images)
        doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
    doc.setHtml(html);
    // print() paginates a copy of the document to the device's page and adds the
    // page numbers.
    doc.print(&writer);
    }
    out.close();
    target.commit();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace kakehashi::render
