#pragma once
// A report printed to an A4 PDF: the report's HTML with page numbers.
#include "reports/html.h"
#include "reports/report_table.h"

#include <QImage>
#include <QPageLayout>

#include <QDateTime>

namespace kakehashi::render {

void writeReportPdf(const QString &file, const reports::ReportTable &table, bool japanese, const QDateTime &madeAt,
                    const QString &madeBy);
// With the consortium's name and the chart (`head.chartSrc` names `chart`).
void writeReportPdf(const QString &file, const reports::ReportTable &table, bool japanese, const QDateTime &madeAt,
                    const QString &madeBy, const reports::ReportHead &head, const QImage &chart);

// A4 landscape for a table too wide for portrait (many columns), portrait otherwise.
QPageLayout::Orientation reportOrientation(const reports::ReportTable &table);

} // namespace kakehashi::render
