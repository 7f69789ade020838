#pragma once
// One open database: a SQLite file (the embedded default) or a PostgreSQL
// server's database named by a libpq URI (FORMATS.md §5). The connection, its
// settings, its schema version and the SQL that differs between the two live
// in this folder; everything above it speaks through this class.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

#include "domain/error.h"

namespace kakehashi::storage {

class DatabaseError final : public Error
{
public:
    using Error::Error;
};

enum class Backend { SQLite, PostgreSQL };

// Where a database is: a file, or a server's database (FORMATS.md §5).
struct ConnectionInfo
{
    Backend backend = Backend::SQLite;
    QString path;       // SQLite: the file
    QString host;       // PostgreSQL: a host name or a Unix-socket folder
    int port = -1;
    QString database;
    QString user;
    QString password;
    QStringList options; // further libpq parameters, "key=value"

    // A file path, or a postgresql:// / postgres:// URI (percent-decoded; `host=`
    // and other libpq parameters in the query). Throws DatabaseError for any other
    // URI: a URI is never taken for a file name.
    static ConnectionInfo parse(const QString &description);
    static bool isUri(const QString &description);
    // For messages: the file, or the URI without its password.
    QString display() const;
};

class Database final
{
public:
    struct Options
    {
        int migrateTo = -1;   // schema version to migrate to; -1 = the latest
        bool mustExist = false;
        QString user = {};    // PostgreSQL: overrides the URI's user
        QString password = {}; // PostgreSQL: else the URI's, else libpq's (PGPASSWORD, ~/.pgpass)
    };

    // Opens (a file: creates) the database and migrates it. Throws DatabaseError
    // when it cannot be opened, is not a Kakehashi database, or is from a newer
    // version; AuthError-like failures of a server login are DatabaseError with
    // loginFailed() set.
    explicit Database(const QString &description);
    Database(const QString &description, Options options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static int latestVersion();
    static int latestVersion(Backend backend);

    // The description it was opened with (a file path or the URI as given).
    const QString &path() const { return path_; }
    const ConnectionInfo &info() const { return info_; }
    Backend backend() const { return info_.backend; }
    bool isServer() const { return info_.backend == Backend::PostgreSQL; }
    // The file, or the URI without its password.
    QString displayName() const { return info_.display(); }
    // Another connection to the same database, with the same login.
    std::unique_ptr<Database> openAnother(Options options) const;
    QSqlDatabase connection() const;
    int schemaVersion() const;
    bool createdNow() const { return created_; }

    // A prepared statement; throws DatabaseError when the SQL does not prepare.
    QSqlQuery prepare(const QString &sql) const;
    // Runs a prepared statement; throws DatabaseError with the driver's message.
    static void exec(QSqlQuery &query);
    void exec(const QString &sql) const;

    // SQLite's online backup API: a consistent copy while others use the file.
    void backupTo(const QString &file) const;
    // PRAGMA integrity_check and foreign_key_check: empty when the file is sound.
    QStringList integrityProblems() const;
    QStringList foreignKeyProblems() const;

    // synchronous=FULL for commits that must survive a power cut (the ledger).
    void setDurable(bool full) const;

    // Inside a transaction: waits until no other connection holds `resource`,
    // and holds it until the transaction ends. A server needs it where two desks
    // must not act at once (posting a month); a file's writers are one at a time
    // already (BEGIN IMMEDIATE).
    void lockForTransaction(const QString &resource) const;

    // The name of the person the server knows this connection as (session_user);
    // empty for a file.
    QString serverUser() const;

    // SQL that differs between the backends, in one place.
    // `expression LIKE ? ESCAPE '\'`, case-insensitive for ASCII on both (SQLite's
    // LIKE, PostgreSQL's ILIKE on the expression as text).
    QString likeSql(const QString &expression) const;
    // A JSON array of the given SQL expressions, as text.
    QString jsonArraySql(const QString &expressions) const;
    // The values of a column of a group joined by commas.
    QString groupConcatSql(const QString &expression) const;

private:
    void openSqlite(const Options &options);
    void openServer(const Options &options);
    void applyPragmas();
    void migrate(int target);

    friend class Transaction;
    QString path_;
    ConnectionInfo info_;
    QString name_;
    bool created_ = false;
    mutable int depth_ = 0; // open (nested) transactions
};

// RAII transaction: BEGIN IMMEDIATE (a file) or BEGIN (a server) … COMMIT; a
// transaction opened inside another is a savepoint, so that services compose.
// Rolls back (to its savepoint) unless committed.
class Transaction final
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    const Database &db_;
    int level_ = 0;
    bool open_ = false;
};

} // namespace kakehashi::storage
