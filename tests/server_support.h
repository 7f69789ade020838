#pragma once
// Tests on a PostgreSQL server (FORMATS.md §5). With $KAKEHASHI_TEST_SERVER set
// to a libpq URI of a database whose role may CREATE DATABASE (as
// packaging/test-server.sh sets it, on a throwaway cluster), each test's
// database is a new database on that server, dropped afterwards; without it,
// tests use files as always. The core and CLI suites run both ways.
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <stdexcept>
#include <unistd.h>

namespace kakehashi::test {

inline QString testServer()
{
    return qEnvironmentVariable("KAKEHASHI_TEST_SERVER");
}

inline bool onServer()
{
    return !testServer().isEmpty();
}

// The URI of the server's database `name` (the test server's URI with its path replaced).
inline QString serverDatabaseUri(const QString &name)
{
    QUrl u(testServer());
    u.setPath(QLatin1Char('/') + name);
    return u.toString();
}

// Runs one statement on the test server's maintenance database.
inline void serverExec(const QString &sql)
{
    static std::atomic<int> n{0};
    const QString connection = QStringLiteral("kk-test-admin-%1").arg(n.fetch_add(1));
    {
        const QUrl u(testServer());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        const QUrlQuery q(u);
        db.setHostName(q.hasQueryItem(QStringLiteral("host")) ? q.queryItemValue(QStringLiteral("host")) : u.host());
        if (u.port() > 0)
            db.setPort(u.port());
        db.setDatabaseName(u.path().mid(1));
        const QString user = q.hasQueryItem(QStringLiteral("user")) ? q.queryItemValue(QStringLiteral("user")) : u.userName();
        if (!user.isEmpty())
            db.setUserName(user);
        if (!db.open())
            throw std::runtime_error("cannot reach the test server: " + db.lastError().text().toStdString());
        QSqlQuery query(db);
        const bool ok = query.exec(sql);
        const QString why = query.lastError().text();
        query.finish();
        db.close();
        if (!ok) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            throw std::runtime_error((sql + QStringLiteral(": ") + why).toStdString());
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

// A new, empty database on the test server, dropped when this goes.
class ServerDatabase
{
public:
    ServerDatabase()
    {
        static std::atomic<int> n{0};
        name_ = QStringLiteral("kkt_%1_%2").arg(::getpid()).arg(n.fetch_add(1));
        serverExec(QStringLiteral("CREATE DATABASE %1").arg(name_));
        uri_ = serverDatabaseUri(name_);
    }
    ~ServerDatabase()
    {
        try {
            serverExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name_));
        } catch (...) {
        }
    }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;
    const QString &uri() const { return uri_; }
    const QString &name() const { return name_; }

private:
    QString name_;
    QString uri_;
};

} // namespace kakehashi::test
