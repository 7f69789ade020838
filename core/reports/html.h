#pragma once
// A report as an HTML document: the title, the table with headings in the
// chosen language, the definition as a footnote, and when and by whom it was
// made. The same HTML is printed to PDF by render/.
#include "reports/report_table.h"

#include <QDateTime>

namespace kakehashi::reports {

QString reportHtml(const ReportTable &t, bool japanese, const QDateTime &madeAt, const QString &madeBy);

} // namespace kakehashi::reports
