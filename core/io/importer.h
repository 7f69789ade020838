#pragma once
// Import of one CSV file of one kind: every problem in the file is found before
// anything is written, and then either the whole file is written in one
// transaction or nothing is.
#include "auth/roles.h"
#include "domain/kinds.h"
#include "io/encoding.h"

#include <QString>

#include "domain/error.h"

class QIODevice;

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
    // What was imported, for the audit trail (the file's name).
    QString fileName;
    // Where the rows come from. A person's file (an empty cell keeps the stored
    // value; audited as "import"), a form (whole records: an empty field is no
    // value; audited as "create"/"update") or the database itself, re-validated
    // by `check` (whole records, dry run, months posted to the ledger allowed).
    enum class Source { File, Form, Stored } source = Source::File;
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

class ImportError final : public Error
{
public:
    using Error::Error;
};

// The file is read a few megabytes at a time (memory does not grow with it),
// judged whole, and written in one transaction or not at all.
ImportResult importCsv(storage::Database &db, const domain::Kind &kind, QIODevice &device,
                       const ImportOptions &options = {});
ImportResult importCsv(storage::Database &db, const domain::Kind &kind, const QByteArray &bytes,
                       const ImportOptions &options = {});
// Throws ImportError when the file cannot be read.
ImportResult importCsvFile(storage::Database &db, const domain::Kind &kind, const QString &path,
                           const ImportOptions &options = {});

// One record as a form gives it, one text per field of the kind (as a CSV cell
// would hold it), judged by exactly the rules of a file's row and, when good and
// not a dry run, written with its audit rows. Runs on the caller's connection,
// inside the caller's transaction (which it neither begins nor commits), so that
// a version check and the write are one unit. The problems name no line (0).
ImportResult importRecord(storage::Database &db, const domain::Kind &kind, const QStringList &texts,
                          const ImportOptions &options);

// "FILE:LINE: COLUMN: message"
QString formatProblem(const QString &file, const ImportProblem &p);

} // namespace kakehashi::io
