#pragma once
// A report as an HTML document: the title, the table with headings in the
// chosen language, the definition as a footnote, and when and by whom it was
// made. The same HTML is printed to PDF by render/.
#include "reports/report_table.h"

#include <QDateTime>

namespace kakehashi::reports {

// What a printed report carries beyond the table, as a secretariat hands it in.
struct ReportHead
{
    QString consortium; // the consortium's name, above the title (none: left out)
    QString chartSrc;   // the chart's image (a document resource or a data: URL), under the table
    int chartWidth = 0; // its width in the document's pixels
};

QString reportHtml(const ReportTable &t, bool japanese, const QDateTime &madeAt, const QString &madeBy);
QString reportHtml(const ReportTable &t, bool japanese, const QDateTime &madeAt, const QString &madeBy,
                   const ReportHead &head);

// The made-on date as printed: "2026-12-03 14:05（令和8年12月3日）", in English
// "2026-12-03 14:05 (Reiwa 8)".
QString madeOnText(const QDateTime &madeAt, bool japanese);

} // namespace kakehashi::reports
