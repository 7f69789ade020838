#include "report_document.h"

#include "pdf.h"
#include "reports/html.h"

namespace kakehashi::render {

void writeReportPdf(const QString &file, const reports::ReportTable &table, bool japanese, const QDateTime &madeAt,
                    const QString &madeBy)
{
    // Wide tables go landscape; a one-row summary is printed as a list (portrait).
    const bool wide = table.columns.size() > 8 && table.rows.size() > 1;
    writePdf(file, reports::reportHtml(table, japanese, madeAt, madeBy),
             wide ? QPageLayout::Landscape : QPageLayout::Portrait, japanese ? table.titleJa : table.titleEn);
}

} // namespace kakehashi::render
