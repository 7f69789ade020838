#pragma once
// One open database file: the connection, its pragmas and its schema version.
// Everything SQLite-specific (pragmas, STRICT, the backup API) stays in this
// folder so that a QPSQL backend can take its place later.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include "domain/error.h"

namespace kakehashi::storage {

class DatabaseError final : public Error
{
public:
    using Error::Error;
};

class Database final
{
public:
    struct Options
    {
        int migrateTo = -1;   // schema version to migrate to; -1 = the latest
        bool mustExist = false;
    };

    // Opens or creates `path` and migrates it. Throws DatabaseError when the file
    // cannot be opened, is not a Kakehashi database, or is from a newer version.
    explicit Database(const QString &path);
    Database(const QString &path, Options options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static int latestVersion();

    const QString &path() const { return path_; }
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

private:
    void applyPragmas();
    void migrate(int target);

    QString path_;
    QString name_;
    bool created_ = false;
};

// RAII transaction (BEGIN IMMEDIATE … COMMIT); rolls back unless committed.
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
    bool open_ = false;
};

} // namespace kakehashi::storage
