#include "io/xlsx_book.h"

#include "storage/output_file.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

#include <xlsxwriter.h>

namespace kakehashi::io {

void writeXlsxBook(const QString &file, const std::vector<XlsxSheet> &sheets)
{
    std::optional<storage::OutputFile> out;
    try {
        out.emplace(file);
    } catch (const storage::OutputError &e) {
        throw ExportError(e.message());
    }
    const QByteArray path = QFile::encodeName(out->path());
    lxw_workbook *wb = workbook_new(path.constData());
    if (!wb)
        throw ExportError(QCoreApplication::translate("kakehashi::io", "cannot create %1").arg(file));
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    for (const XlsxSheet &s : sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, s.name.left(31).toUtf8().constData());
        for (size_t c = 0; c < s.columns.size(); ++c)
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), s.columns[c].name.toUtf8().constData(), bold);
        worksheet_freeze_panes(ws, 1, 0);
        for (size_t r = 0; r < s.rows.size(); ++r) {
            for (size_t c = 0; c < s.rows[r].size() && c < s.columns.size(); ++c) {
                const QString &cell = s.rows[r][c];
                if (cell.isEmpty())
                    continue;
                const auto row = static_cast<lxw_row_t>(r + 1);
                const auto col = static_cast<lxw_col_t>(c);
                bool ok = false;
                const double n = s.columns[c].numeric ? cell.toDouble(&ok) : 0.0;
                if (ok)
                    worksheet_write_number(ws, row, col, n, nullptr);
                else
                    worksheet_write_string(ws, row, col, cell.toUtf8().constData(), nullptr);
            }
        }
    }
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        throw ExportError(QCoreApplication::translate("kakehashi::io", "cannot write %1: %2")
                              .arg(file, QString::fromUtf8(lxw_strerror(err))));
    try {
        out->commit();
    } catch (const storage::OutputError &e) {
        throw ExportError(e.message());
    }
}

} // namespace kakehashi::io
