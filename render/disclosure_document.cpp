#include "disclosure_document.h"

#include "pdf.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace kakehashi::render {

// The disclosure's JSON as an A4 PDF: a heading, then each table with its rows.
void disclosurePdf(const QByteArray &json, const QString &file, bool japanese)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QString student = root.value(QStringLiteral("student_no")).toString();
    const QString title = japanese ? QStringLiteral("保有個人データの開示 — %1").arg(student)
                                   : QStringLiteral("Personal data held — %1").arg(student);
    QString html = QStringLiteral("<h1>%1</h1><p>%2: %3<br>%4: %5<br>%6</p>")
                       .arg(render::escaped(title), japanese ? QStringLiteral("作成") : QStringLiteral("Made at"),
                            render::escaped(root.value(QStringLiteral("made_at")).toString()),
                            japanese ? QStringLiteral("作成者") : QStringLiteral("Made by"),
                            render::escaped(root.value(QStringLiteral("made_by")).toString()),
                            render::escaped(root.value(QStringLiteral("legal_basis")).toString()));
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    // The record first, the audit trail last, the rest by name.
    QStringList order = tables.keys();
    order.removeAll(QStringLiteral("students"));
    order.removeAll(QStringLiteral("audit_log"));
    order.prepend(QStringLiteral("students"));
    order.append(QStringLiteral("audit_log"));
    for (const QString &name : order) {
        const QJsonArray rows = tables.value(name).toArray();
        html += QStringLiteral("<h2>%1 (%2)</h2>").arg(render::escaped(name)).arg(rows.size());
        if (rows.isEmpty()) {
            html += japanese ? QStringLiteral("<p>なし</p>") : QStringLiteral("<p>none</p>");
            continue;
        }
        // One small table per row (field, value): wide tables do not fit A4.
        for (const QJsonValue &row : rows) {
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
            const QJsonObject o = row.toObject();
            for (auto f = o.begin(); f != o.end(); ++f) {
                const QJsonValue v = f.value();
                const QString text = v.isNull() ? QString()
                                     : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                                     : v.isBool()   ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                    : v.toString();
                html += QStringLiteral("<tr><td width=\"25%\">%1</td><td>%2</td></tr>")
                            .arg(render::escaped(f.key()), render::escaped(text));
            }
            html += QStringLiteral("</table><br>");
        }
    }
    render::writePdf(file, html, QPageLayout::Portrait, title);
}

} // namespace kakehashi::render
