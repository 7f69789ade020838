#include "storage/database.h"

#include "storage/audit_chain.h"
#include "storage/copy.h"
#include "storage/output_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
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

// A file's migrations are in :/kakehashi/migrations, a server's in its
// postgresql/ folder, numbered alike: the server's first file makes the schema
// of that version in one step (no server database predates it).
std::vector<Migration> migrations(Backend backend = Backend::SQLite)
{
    initMigrationResources();
    std::vector<Migration> out;
    const QDir dir(backend == Backend::SQLite ? QStringLiteral(":/kakehashi/migrations")
                                              : QStringLiteral(":/kakehashi/migrations/postgresql"));
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
    return latestVersion(Backend::SQLite);
}

int Database::latestVersion(Backend backend)
{
    const auto all = migrations(backend);
    return all.empty() ? 0 : all.back().version;
}

bool ConnectionInfo::isUri(const QString &description)
{
    return description.contains(QLatin1String("://"));
}

ConnectionInfo ConnectionInfo::parse(const QString &description)
{
    ConnectionInfo c;
    if (!isUri(description)) {
        c.path = description;
        return c;
    }
    const QUrl url(description, QUrl::StrictMode);
    const QString scheme = description.section(QLatin1String("://"), 0, 0);
    if (scheme != u"postgresql" && scheme != u"postgres")
        throw DatabaseError(QStringLiteral("“%1” is neither a database file nor a postgresql:// URI").arg(description));
    if (!url.isValid())
        throw DatabaseError(QStringLiteral("not a valid postgresql:// URI: %1").arg(url.errorString()));
    c.backend = Backend::PostgreSQL;
    c.host = url.host(QUrl::FullyDecoded);
    // A socket folder may be written percent-encoded in the host part.
    const QString rawAuthority = description.section(QLatin1String("://"), 1).section(QLatin1Char('/'), 0, 0);
    if (rawAuthority.contains(QLatin1String("%2F"), Qt::CaseInsensitive)) {
        QString hostPart = rawAuthority.section(QLatin1Char('@'), -1);
        hostPart = hostPart.section(QLatin1Char(':'), 0, 0);
        c.host = QUrl::fromPercentEncoding(hostPart.toUtf8());
    }
    c.port = url.port(-1);
    c.database = url.path(QUrl::FullyDecoded).mid(1);
    c.user = url.userName(QUrl::FullyDecoded);
    c.password = url.password(QUrl::FullyDecoded);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            c.host = value;
        else if (key == u"port")
            c.port = value.toInt();
        else if (key == u"dbname")
            c.database = value;
        else if (key == u"user")
            c.user = value;
        else if (key == u"password")
            c.password = value;
        else if (!key.isEmpty() && !key.contains(QLatin1Char(';')) && !value.contains(QLatin1Char(';')))
            c.options << key + QLatin1Char('=') + value;
    }
    if (c.database.isEmpty())
        throw DatabaseError(QStringLiteral("%1: the URI names no database (postgresql://HOST/DBNAME)").arg(c.display()));
    return c;
}

QString ConnectionInfo::display() const
{
    if (backend == Backend::SQLite)
        return path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        s += host;
    if (port > 0)
        s += QLatin1Char(':') + QString::number(port);
    s += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    if (host.startsWith(QLatin1Char('/')))
        s += QStringLiteral("?host=") + host;
    return s;
}

Database::Database(const QString &path)
    : Database(path, Options{})
{
}

Database::Database(const QString &path, Options options)
    : path_(path)
    , info_(ConnectionInfo::parse(path))
    , name_(QStringLiteral("kakehashi-%1").arg(connectionCounter.fetch_add(1)))
{
    if (!options.user.isEmpty())
        info_.user = options.user;
    if (!options.password.isEmpty())
        info_.password = options.password;
    if (info_.backend == Backend::PostgreSQL)
        openServer(options);
    else
        openSqlite(options);
}

std::unique_ptr<Database> Database::openAnother(Options options) const
{
    if (options.user.isEmpty())
        options.user = info_.user;
    if (options.password.isEmpty())
        options.password = info_.password;
    return std::make_unique<Database>(path_, options);
}

void Database::openServer(const Options &options)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name_);
        if (!db.isValid()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name_);
            throw DatabaseError(QStringLiteral("%1: the PostgreSQL driver of Qt is not installed (Debian: "
                                               "libqt6sql6-psql)")
                                    .arg(info_.display()));
        }
        if (!info_.host.isEmpty())
            db.setHostName(info_.host);
        if (info_.port > 0)
            db.setPort(info_.port);
        db.setDatabaseName(info_.database);
        if (!info_.user.isEmpty())
            db.setUserName(info_.user);
        if (!info_.password.isEmpty())
            db.setPassword(info_.password);
        QStringList opts = info_.options;
        if (!std::any_of(opts.cbegin(), opts.cend(),
                         [](const QString &o) { return o.startsWith(QLatin1String("application_name=")); }))
            opts << QStringLiteral("application_name=kakehashi");
        db.setConnectOptions(opts.join(QLatin1Char(';')));
        if (!db.open()) {
            const QString why = db.lastError().databaseText().trimmed().isEmpty() ? db.lastError().text()
                                                                                   : db.lastError().databaseText();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name_);
            DatabaseError e(QStringLiteral("cannot connect to %1: %2").arg(info_.display(), why.trimmed()));
            throw e;
        }
    }
    try {
        // Dates are text, times are the program's: the server's settings must not
        // change what a query returns.
        exec(QStringLiteral("SET client_min_messages = warning"));
        exec(QStringLiteral("SET TIME ZONE 'UTC'"));
        const int current = schemaVersion();
        const int latest = latestVersion(Backend::PostgreSQL);
        created_ = current == 0;
        if (created_ && options.mustExist)
            throw DatabaseError(QStringLiteral("%1 holds no Kakehashi database (run init)").arg(info_.display()));
        if (current > latest)
            throw DatabaseError(QStringLiteral("%1 was written by a newer version of Kakehashi (schema %2; this "
                                               "program knows up to %3). Update Kakehashi to open it.")
                                    .arg(info_.display())
                                    .arg(current)
                                    .arg(latest));
        migrate(options.migrateTo < 0 ? latest : options.migrateTo);
    } catch (...) {
        {
            QSqlDatabase db = QSqlDatabase::database(name_, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name_);
        throw;
    }
}

void Database::openSqlite(const Options &options)
{
    const QString &path = path_;
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
    if (!isServer())
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
    if (isServer()) {
        if (!q.exec(QStringLiteral("SELECT to_regclass('kakehashi_schema') IS NOT NULL, "
                                   "(SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema())")) ||
            !q.next())
            throw DatabaseError(QStringLiteral("%1: cannot read the schema version: %2")
                                    .arg(info_.display(), q.lastError().text()));
        if (!q.value(0).toBool()) {
            if (q.value(1).toLongLong() > 0)
                throw DatabaseError(QStringLiteral("%1 is not a Kakehashi database: it holds other tables "
                                                   "(init needs an empty database)")
                                        .arg(info_.display()));
            return 0;
        }
        q.finish();
        if (!q.exec(QStringLiteral("SELECT max(version) FROM kakehashi_schema")) || !q.next())
            throw DatabaseError(QStringLiteral("%1: cannot read the schema version: %2")
                                    .arg(info_.display(), q.lastError().text()));
        return q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw DatabaseError(QStringLiteral("%1: cannot read the schema version: %2").arg(path_, q.lastError().text()));
    return q.value(0).toInt();
}

void Database::migrate(int target)
{
    if (isServer()) {
        for (const Migration &m : migrations(Backend::PostgreSQL)) {
            if (m.version > target)
                break;
            if (m.version <= schemaVersion())
                continue;
            QFile f(m.file);
            if (!f.open(QIODevice::ReadOnly))
                throw DatabaseError(QStringLiteral("cannot read migration %1").arg(m.file));
            Transaction tx(*this);
            // Two desks opening a new database at once: one migrates, the other waits.
            lockForTransaction(QStringLiteral("kakehashi-migrate"));
            if (schemaVersion() >= m.version)
                continue;
            QSqlQuery q(connection());
            if (!q.exec(QString::fromUtf8(f.readAll())))
                throw DatabaseError(QStringLiteral("%1: upgrade to schema %2 failed: %3")
                                        .arg(info_.display())
                                        .arg(m.version)
                                        .arg(q.lastError().text()));
            q.finish();
            exec(QStringLiteral("INSERT INTO kakehashi_schema (version) VALUES (%1)").arg(m.version));
            tx.commit();
        }
        return;
    }
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
    if (isServer()) {
        // A server: a consistent SQLite snapshot (one repeatable-read
        // transaction), which --db FILE opens like any file.
        OutputFile out(file);
        {
            Database copy(out.path());
            copyDatabase(*this, copy);
        }
        out.commit();
        return;
    }
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
    if (isServer())
        return out; // the server keeps its own pages; amcheck is its administrator's tool
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
    if (isServer())
        return out; // a server's foreign keys are never off
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
    if (isServer())
        return; // synchronous_commit is the server's, on by default
    exec(full ? QStringLiteral("PRAGMA synchronous = FULL") : QStringLiteral("PRAGMA synchronous = NORMAL"));
}

void Database::lockForTransaction(const QString &resource) const
{
    if (!isServer())
        return;
    QSqlQuery q = prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"));
    q.addBindValue(resource);
    exec(q);
}

QString Database::serverUser() const
{
    if (!isServer())
        return {};
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
        return {};
    return q.value(0).toString();
}

QString Database::likeSql(const QString &expression) const
{
    return isServer() ? QStringLiteral("CAST(%1 AS TEXT) ILIKE ? ESCAPE '\\'").arg(expression)
                      : QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(expression);
}

QString Database::jsonArraySql(const QString &expressions) const
{
    return isServer() ? QStringLiteral("json_build_array(%1)::text").arg(expressions)
                      : QStringLiteral("json_array(%1)").arg(expressions);
}

QString Database::groupConcatSql(const QString &expression) const
{
    return isServer() ? QStringLiteral("string_agg(%1, ',')").arg(expression)
                      : QStringLiteral("group_concat(%1)").arg(expression);
}

Transaction::Transaction(const Database &db)
    : db_(db)
    , level_(db.depth_)
{
    if (level_ == 0)
        db_.exec(db_.isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    else
        db_.exec(QStringLiteral("SAVEPOINT kk_%1").arg(level_));
    ++db_.depth_;
    open_ = true;
}

Transaction::~Transaction()
{
    if (open_) {
        QSqlQuery q(db_.connection());
        if (level_ == 0) {
            q.exec(QStringLiteral("ROLLBACK"));
        } else {
            q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT kk_%1").arg(level_));
            q.exec(QStringLiteral("RELEASE SAVEPOINT kk_%1").arg(level_));
        }
        db_.depth_ = level_;
    }
}

void Transaction::commit()
{
    db_.exec(level_ == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT kk_%1").arg(level_));
    open_ = false;
    db_.depth_ = level_;
}

} // namespace kakehashi::storage
