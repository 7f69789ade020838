#pragma once
// Import of one CSV file of one kind: every problem in the file is found before
// anything is written, and then either the whole file is written in one
// transaction or nothing is.
#include "auth/auth.h"
#include "domain/kinds.h"
#include "io/encoding.h"

#include <QString>

#include <functional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::io {

struct ImportProblem
{
    int line = 0;
    QString column; // the column's name, or "(row)" for the whole row
    QString message;
};

struct ImportOptions
{
    Encoding encoding = Encoding::Auto;
    bool dryRun = false;
    // Who imports (single-user by default); auditors may not write, so only a dry run is theirs.
    auth::Session session;
    // Every row is a whole record, as an export writes it: an empty cell is no value
    // rather than "keep the stored one", so stored records need not be read to
    // merge. For re-validating a database (check), not for people's files.
    bool wholeRecords = false;
    // Called now and then with (rows done, rows in all); return false to cancel.
    std::function<bool(qint64, qint64)> progress;
};

struct ImportResult
{
    qint64 rows = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; // known keys whose values are already as in the file
    Encoding encoding = Encoding::Utf8;
    bool cancelled = false;
    std::vector<ImportProblem> problems; // sorted by line; empty when the import was (or would be) written
    bool ok() const { return problems.empty() && !cancelled; }
};

ImportResult importCsv(storage::Database &db, const domain::Kind &kind, const QByteArray &bytes,
                       const ImportOptions &options = {});

// "FILE:LINE: COLUMN: message"
QString formatProblem(const QString &file, const ImportProblem &p);

} // namespace kakehashi::io
