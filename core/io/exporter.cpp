#include "io/exporter.h"

#include "io/csv.h"
#include "storage/database.h"
#include "storage/output_file.h"
#include "storage/record_store.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

#include <optional>

namespace kakehashi::io {

using domain::FieldType;

QString formatValue(const domain::Field &field, const QVariant &value)
{
    // A default is written as the value it stands for (FORMATS.md §1), also for
    // a record stored before its column existed.
    if (value.isNull())
        return field.defaultValue ? QString::fromLatin1(field.defaultValue) : QString();
    switch (field.type) {
    case FieldType::Bool:
        return value.toLongLong() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Integer:
    case FieldType::Yen:
        return QString::number(value.toLongLong());
    case FieldType::Hours:
        return QString::number(value.toDouble(), 'g', 12);
    default:
        return value.toString();
    }
}

QByteArray exportCsv(const storage::Database &db, const domain::Kind &kind, Encoding encoding)
{
    const Encoder encoder(encoding);
    QByteArray out = encoder.bom();
    std::vector<QString> cells;
    for (const domain::Field &f : kind.fields)
        cells.push_back(QLatin1String(f.name));
    CsvWriter header;
    header.writeRecord(cells);
    out += header.text().toUtf8();

    storage::RecordStore store(db);
    CsvWriter writer;
    store.forEach(kind, [&](const domain::Values &v) {
        for (int i = 0; i < kind.size(); ++i) {
            const domain::Field &field = kind.field(i);
            QString text = formatValue(field, v[static_cast<size_t>(i)]);
            if (field.type != FieldType::Integer && field.type != FieldType::Yen && field.type != FieldType::Hours)
                text = protectCell(text);
            if (encoding == Encoding::Cp932 && !encoder.encode(text))
                throw ExportError(QCoreApplication::translate("kakehashi::io",
                                                              "%1 %2, field %3: “%4” has no code in CP932; "
                                                              "export as UTF-8 instead")
                                      .arg(QLatin1String(kind.name), domain::keyText(kind, v),
                                           QLatin1String(kind.field(i).name), encoder.firstUnencodable(text)));
            cells[static_cast<size_t>(i)] = std::move(text);
        }
        writer.writeRecord(cells);
        if (writer.text().size() > (1 << 20)) {
            out += *encoder.encode(writer.take());
            writer = CsvWriter();
        }
    });
    out += *encoder.encode(writer.text());
    return out;
}

void writeFile(const QString &file, const QByteArray &bytes)
{
    try {
        storage::writeOutputFile(file, bytes);
    } catch (const storage::OutputError &e) {
        throw ExportError(e.message());
    }
}

QByteArray tableCsv(const std::vector<QString> &header, const std::vector<std::vector<QString>> &rows,
                    Encoding encoding, const std::vector<bool> &numeric)
{
    const Encoder encoder(encoding);
    CsvWriter w;
    w.writeRecord(header);
    std::vector<QString> safe;
    for (const auto &given : rows) {
        // Text cells protected; numeric columns as they are (a negative amount stays a number).
        safe.assign(given.begin(), given.end());
        for (size_t c = 0; c < safe.size(); ++c)
            if (c >= numeric.size() || !numeric[c])
                safe[c] = protectCell(safe[c]);
        const auto &row = safe;
        if (encoding == Encoding::Cp932)
            for (size_t c = 0; c < row.size() && c < header.size(); ++c)
                if (!encoder.encode(row[c]))
                    throw ExportError(QCoreApplication::translate("kakehashi::io",
                                                                  "%1, field %2: “%3” has no code in CP932; "
                                                                  "export as UTF-8 instead")
                                          .arg(row.empty() ? QString() : row.front(), header[c],
                                               encoder.firstUnencodable(row[c])));
        w.writeRecord(row);
    }
    return encoder.bom() + *encoder.encode(w.text());
}

void writeTableFile(const QString &file, bool xlsx, const QString &sheet, const std::vector<XlsxColumn> &columns,
                    const std::vector<std::vector<QString>> &rows)
{
    if (xlsx) {
        writeXlsx(file, sheet, columns, rows);
        return;
    }
    std::vector<QString> header;
    std::vector<bool> numeric;
    for (const XlsxColumn &c : columns) {
        header.push_back(c.name);
        numeric.push_back(c.numeric);
    }
    writeFile(file, tableCsv(header, rows, Encoding::Utf8Bom, numeric));
}

void writeXlsx(const QString &file, const QString &sheet, const std::vector<XlsxColumn> &columns,
               const std::vector<std::vector<QString>> &rows)
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
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheet.left(31).toUtf8().constData());
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    for (size_t c = 0; c < columns.size(); ++c)
        worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), columns[c].name.toUtf8().constData(), bold);
    worksheet_freeze_panes(ws, 1, 0);
    for (size_t r = 0; r < rows.size(); ++r) {
        for (size_t c = 0; c < rows[r].size() && c < columns.size(); ++c) {
            const QString &cell = rows[r][c];
            if (cell.isEmpty())
                continue;
            const auto row = static_cast<lxw_row_t>(r + 1);
            const auto col = static_cast<lxw_col_t>(c);
            bool ok = false;
            const double n = columns[c].numeric ? cell.toDouble(&ok) : 0.0;
            if (ok)
                worksheet_write_number(ws, row, col, n, nullptr);
            else
                worksheet_write_string(ws, row, col, cell.toUtf8().constData(), nullptr);
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

void exportXlsx(const storage::Database &db, const domain::Kind &kind, const QString &file)
{
    std::vector<XlsxColumn> columns;
    for (const domain::Field &f : kind.fields)
        columns.push_back({QLatin1String(f.name), f.type == FieldType::Integer || f.type == FieldType::Yen ||
                                                      f.type == FieldType::Hours});
    std::vector<std::vector<QString>> rows;
    storage::RecordStore(db).forEach(kind, [&](const domain::Values &v) {
        std::vector<QString> cells;
        for (int i = 0; i < kind.size(); ++i)
            cells.push_back(formatValue(kind.field(i), v[static_cast<size_t>(i)]));
        rows.push_back(std::move(cells));
    });
    writeXlsx(file, QLatin1String(kind.name), columns, rows);
}

} // namespace kakehashi::io
