#pragma once
// HTML documents to A4 PDF with page numbers.
#include <QPageLayout>
#include <QString>

class QTextDocument;

namespace kakehashi::render {

// Writes `html` as an A4 PDF (2 cm margins, the page number at the foot of each
// page, a table's header row repeated on every page). Throws std::runtime_error
// when the file cannot be written.
void writePdf(const QString &file, const QString &html, QPageLayout::Orientation orientation,
              const QString &title);

// The HTML escaped for text content.
QString escaped(const QString &text);

} // namespace kakehashi::render
