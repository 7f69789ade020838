#include "storage/database.h"

#include "storage/audit_chain.h"
#include "storage/output_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace kakehashi::storage {

namespace {

std::atomic<int> connectionCounter{0};

struct Migration
{
    int version;
    QString file;
};

std::vector<Migration> migrations()
{
    initMigrationResources();
    std::vector<Migration> out;
    const QDir dir(QStringLiteral(":/kakehashi/migrations"));
    static const QRegularExpression re(QStringLiteral("^(\\d{3})_.*\\.sql$"));
    for (const QString &f : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = re.match(f);
        if (m.hasMatch())
            out.push_back({m.captured(1).toInt(), dir.filePath(f)});
    }
    return out;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        throw DatabaseError(QStringLiteral("the database connection is not SQLite"));
    return *static_cast<sqlite3 *const *>(v.data());
}

} // namespace

// Before SQLite's first use: no global memory statistics, whose mutex every
// allocation would otherwise take (a large import allocates millions of times).
// Returns SQLITE_MISUSE, harmlessly, when SQLite was already initialised.
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

int Database::latestVersion()
{
    const auto all = migrations();
    return all.empty() ? 0 : all.back().version;
}

Database::Database(const QString &path)
    : Database(path, Options{})
{
}

Database::Database(const QString &path, Options options)
    : path_(path)
    , name_(QStringLiteral("kakehashi-%1").arg(connectionCounter.fetch_add(1)))
{
    configureSqliteOnce();
    const QFileInfo info(path);
    created_ = !info.exists();
    if (created_ && options.mustExist)
        throw DatabaseError(QStringLiteral("%1: no such database file").arg(path));
    if (!created_ && info.isDir())
        throw DatabaseError(QStringLiteral("%1 is a folder, not a database file").arg(path));
    if (created_ && !info.absoluteDir().exists() && !makePrivateFolder(info.absolutePath()))
        throw DatabaseError(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    if (created_) {
        // Personal data: the new file (and the -wal and -shm files SQLite gives
        // the same mode) is its owner's alone, whatever the umask.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0)
            throw DatabaseError(QStringLiteral("cannot create %1").arg(path));
        ::fchmod(fd, S_IRUSR | S_IWUSR);
        ::close(fd);
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name_);
            throw DatabaseError(QStringLiteral("cannot open %1: %2").arg(path, why));
        }
    }
    try {
        applyPragmas();
        const int target = options.migrateTo < 0 ? latestVersion() : options.migrateTo;
        const int current = schemaVersion();
        if (current > latestVersion())
            throw DatabaseError(QStringLiteral("%1 was written by a newer version of Kakehashi (schema %2; this "
                                               "program knows up to %3). Update Kakehashi to open it.")
                                    .arg(path)
                                    .arg(current)
                                    .arg(latestVersion()));
        migrate(target);
        registerOpenDatabase(path_);
    } catch (...) {
        {
            QSqlDatabase db = QSqlDatabase::database(name_, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name_);
        throw;
    }
}

Database::~Database()
{
    unregisterOpenDatabase(path_);
    {
        QSqlDatabase db = QSqlDatabase::database(name_, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name_);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(name_, false);
}

void Database::applyPragmas()
{
    QSqlQuery q(connection());
    // Not a database at all (e.g. a text file renamed) shows up on the first read.
    if (!q.exec(QStringLiteral("PRAGMA schema_version")))
        throw DatabaseError(QStringLiteral("%1 is not a Kakehashi database: %2").arg(path_, q.lastError().text()));
    q.finish();
    registerAuditHash(handleOf(connection()));
    exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    QSqlQuery wal(connection());
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        throw DatabaseError(QStringLiteral("%1: %2").arg(path_, wal.lastError().text()));
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // 64 MiB of page cache: a large import builds its indexes in memory instead of
    // spilling half-built pages to the WAL again and again.
    exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw DatabaseError(QStringLiteral("%1: cannot read the schema version: %2").arg(path_, q.lastError().text()));
    return q.value(0).toInt();
}

void Database::migrate(int target)
{
    sqlite3 *h = handleOf(connection());
    for (const Migration &m : migrations()) {
        if (m.version > target)
            break;
        if (m.version <= schemaVersion())
            continue;
        QFile f(m.file);
        if (!f.open(QIODevice::ReadOnly))
            throw DatabaseError(QStringLiteral("cannot read migration %1").arg(m.file));
        const QByteArray sql = f.readAll();
        Transaction tx(*this);
        // Another process may have migrated meanwhile: check again inside the lock.
        if (schemaVersion() >= m.version)
            continue;
        char *err = nullptr;
        if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
            const QString why = QString::fromUtf8(err ? err : "unknown error");
            sqlite3_free(err);
            throw DatabaseError(QStringLiteral("%1: upgrade to schema %2 failed: %3").arg(path_).arg(m.version).arg(why));
        }
        exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        tx.commit();
    }
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        throw DatabaseError(QStringLiteral("%1: %2").arg(q.lastError().text(), sql.simplified().left(120)));
    return q;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw DatabaseError(query.lastError().text());
}

void Database::exec(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        throw DatabaseError(QStringLiteral("%1: %2").arg(q.lastError().text(), sql.simplified().left(120)));
}

void Database::backupTo(const QString &file) const
{
    // Refuses the database itself however it is spelled; a failed or killed backup
    // leaves the old file as it was and no readable copy behind (see OutputFile).
    OutputFile out(file);
    sqlite3 *dest = nullptr;
    const QByteArray tmpName = QFile::encodeName(out.path());
    if (sqlite3_open(tmpName.constData(), &dest) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        throw DatabaseError(QStringLiteral("cannot create %1: %2").arg(file, why));
    }
    // No journal beside the temporary copy: a failed copy is thrown away whole.
    sqlite3_exec(dest, "PRAGMA journal_mode = OFF", nullptr, nullptr, nullptr);
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", handleOf(connection()), "main");
    int rc = SQLITE_OK;
    if (b) {
        // Copy in steps so that writers are not held up for long; retry when busy.
        do {
            rc = sqlite3_backup_step(b, 256);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(50);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(b);
    }
    const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
    const int finalRc = sqlite3_errcode(dest);
    sqlite3_close(dest);
    if (!b || rc != SQLITE_DONE || finalRc != SQLITE_OK)
        throw DatabaseError(QStringLiteral("backup to %1 failed: %2").arg(file, why));
    out.commit();
}

QStringList Database::integrityProblems() const
{
    QStringList out;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return {q.lastError().text()};
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            out << line;
    }
    return out;
}

QStringList Database::foreignKeyProblems() const
{
    QStringList out;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return {q.lastError().text()};
    while (q.next())
        out << QStringLiteral("%1 row %2 refers to a missing %3 record")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

void Database::setDurable(bool full) const
{
    exec(full ? QStringLiteral("PRAGMA synchronous = FULL") : QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Transaction::Transaction(const Database &db)
    : db_(db)
{
    db_.exec(QStringLiteral("BEGIN IMMEDIATE"));
    open_ = true;
}

Transaction::~Transaction()
{
    if (open_) {
        QSqlQuery q(db_.connection());
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    db_.exec(QStringLiteral("COMMIT"));
    open_ = false;
}

} // namespace kakehashi::storage
