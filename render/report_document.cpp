#include "report_document.h"

#include "pdf.h"
#include "reports/html.h"

namespace kakehashi::render {

QPageLayout::Orientation reportOrientation(const reports::ReportTable &table)
{
    // Wide tables go landscape (the placement report's eight columns of long
    // headings do not fit 17 cm); a one-row summary is printed as a list (portrait).
    const bool wide = table.columns.size() > 6 && table.rows.size() > 1;
    return wide ? QPageLayout::Landscape : QPageLayout::Portrait;
}

void writeReportPdf(const QString &file, const reports::ReportTable &table, bool japanese, const QDateTime &madeAt,
                    const QString &madeBy)
{
    writePdf(file, reports::reportHtml(table, japanese, madeAt, madeBy), reportOrientation(table),
             japanese ? table.titleJa : table.titleEn);
}

void writeReportPdf(const QString &file, const reports::ReportTable &table, bool japanese, const QDateTime &madeAt,
                    const QString &madeBy, const reports::ReportHead &head, const QImage &chart)
{
    std::map<QString, QImage> images;
    if (!head.chartSrc.isEmpty() && !chart.isNull())
        images.emplace(head.chartSrc, chart);
    reports::ReportHead h = head;
    if (chart.isNull())
        h.chartSrc.clear();
    writePdf(file, reports::reportHtml(table, japanese, madeAt, madeBy, h), reportOrientation(table),
             japanese ? table.titleJa : table.titleEn, images);
}

} // namespace kakehashi::render
