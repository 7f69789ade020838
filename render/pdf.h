#pragma once
// HTML documents to A4 PDF with page numbers.
#include <QImage>
#include <QPageLayout>
#include <QString>

#include <map>

class QTextDocument;

namespace kakehashi::render {

// Writes `html` as an A4 PDF (2 cm margins, the page number at the foot of each
// page, a table's header row repeated on every page). Throws std::runtime_error
// when the file cannot be written.
void writePdf(const QString &file, const QString &html, QPageLayout::Orientation orientation,
              const QString &title);
// The same with images the HTML names by <img src="NAME"> (a chart, a logo).
void writePdf(const QString &file, const QString &html, QPageLayout::Orientation orientation, const QString &title,
              const std::map<QString, QImage> &images);

// The font documents are printed in: IPA (P)Gothic first so that kana and kanji
// never fall back to a font without them.
QFont documentFont();

// The HTML escaped for text content.
QString escaped(const QString &text);

} // namespace kakehashi::render
