#include "evidence_documents.h"

#include "io/csv.h"
#include "io/exporter.h"
#include "io/xlsx_book.h"
#include "pdf.h"
#include "storage/output_file.h"

#include <algorithm>

namespace kakehashi::render {

void writeTimesheetPdf(const QString &file, const reports::Timesheet &sheet, const QDateTime &madeAt)
{
    writePdf(file, reports::timesheetHtml(sheet, madeAt), QPageLayout::Portrait,
             QStringLiteral("出勤簿 %1 %2-%3").arg(sheet.internshipNo).arg(sheet.year).arg(sheet.month, 2, 10, QLatin1Char('0')));
}

QByteArray completionCsv(const reports::CompletionReport &r, bool bom)
{
    std::vector<bool> numeric;
    for (const QString &c : reports::completionColumns())
        numeric.push_back(c == u"days" || c == u"paid_jpy");
    return io::tableCsv(reports::completionColumns(), reports::completionRows(r),
                        bom ? io::Encoding::Utf8Bom : io::Encoding::Utf8, numeric);
}

void writeCompletion(const QString &file, const QString &format, const reports::CompletionReport &r, bool japanese,
                     const QDateTime &madeAt, const QString &madeBy)
{
    if (format == u"csv") {
        storage::writeOutputFile(file, completionCsv(r, true));
        return;
    }
    if (format == u"xlsx") {
        auto columns = [](const std::vector<QString> &names, std::initializer_list<const char *> numeric) {
            std::vector<io::XlsxColumn> c;
            for (const QString &n : names)
                c.push_back({n, std::any_of(numeric.begin(), numeric.end(),
                                            [&](const char *x) { return n == QLatin1String(x); })});
            return c;
        };
        io::writeXlsxBook(file, {{QStringLiteral("internships"), columns(reports::completionColumns(), {"days", "paid_jpy"}),
                                  reports::completionRows(r)},
                                 {QStringLiteral("by month"), columns(reports::summaryColumns(), {"paid_jpy"}),
                                  reports::summaryRows(r)},
                                 {QStringLiteral("payments"),
                                  columns(reports::registerColumns(), {"entry_no", "days", "amount_jpy", "reverses"}),
                                  reports::registerRows(r)},
                                 {QStringLiteral("evidence"), columns(reports::evidenceColumns(), {"version", "size_bytes"}),
                                  reports::evidenceRows(r)}});
        return;
    }
    writePdf(file, reports::completionHtml(r, japanese, madeAt, madeBy), QPageLayout::Landscape,
             japanese ? QStringLiteral("実績報告 FY%1").arg(r.fiscalYear)
                      : QStringLiteral("Completion report FY%1").arg(r.fiscalYear));
}

} // namespace kakehashi::render
