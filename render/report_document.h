#pragma once
// A report printed to an A4 PDF: the report's HTML with page numbers.
#include "reports/report_table.h"

#include <QDateTime>

namespace kakehashi::render {

void writeReportPdf(const QString &file, const reports::ReportTable &table, bool japanese, const QDateTime &madeAt,
                    const QString &madeBy);

} // namespace kakehashi::render
