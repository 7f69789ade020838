#pragma once
// Export of every record of a kind, in key order, with every column: codes,
// ISO dates, plain whole yen, booleans as true/false, defaults as the values
// they stand for; so that an export imports again unchanged.
#include "domain/kinds.h"
#include "io/encoding.h"

#include <QByteArray>
#include <QString>

#include "domain/error.h"

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::io {

class ExportError final : public Error
{
public:
    using Error::Error;
};

// Writes a whole file or nothing (through a temporary file); throws ExportError.
void writeFile(const QString &file, const QByteArray &bytes);

// A stored value as it is written in files.
QString formatValue(const domain::Field &field, const QVariant &value);

// Throws ExportError naming the record and field when the encoding lacks a character.
QByteArray exportCsv(const storage::Database &db, const domain::Kind &kind, Encoding encoding);

// A table of text cells to CSV bytes in the encoding (header first); cells of
// the columns not marked `numeric` are protected against spreadsheet formulas. Throws
// ExportError naming the row's first cell and the column when the encoding lacks
// a character.
QByteArray tableCsv(const std::vector<QString> &header, const std::vector<std::vector<QString>> &rows,
                    Encoding encoding, const std::vector<bool> &numeric = {});

// A table of text cells to an .xlsx file (header row bold, numbers as numbers).
// Throws ExportError when the file cannot be written.
struct XlsxColumn
{
    QString name;
    bool numeric = false;
};
void writeXlsx(const QString &file, const QString &sheet, const std::vector<XlsxColumn> &columns,
               const std::vector<std::vector<QString>> &rows);

// A table to a file as people open it in a spreadsheet: .xlsx when `xlsx`, else
// CSV in UTF-8 with a BOM whose header row is the columns' names. Throws ExportError.
void writeTableFile(const QString &file, bool xlsx, const QString &sheet, const std::vector<XlsxColumn> &columns,
                    const std::vector<std::vector<QString>> &rows);

void exportXlsx(const storage::Database &db, const domain::Kind &kind, const QString &file);

} // namespace kakehashi::io
