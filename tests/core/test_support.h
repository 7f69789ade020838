#pragma once
// Helpers shared by the core tests: a fresh database file in a temporary folder,
// or a fresh database on the test server ($KAKEHASHI_TEST_SERVER, see
// tests/server_support.h).
#include "server_support.h"
#include "storage/database.h"
#include "support_fixtures.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace kakehashi::test {

class TempDatabase
{
public:
    TempDatabase()
        : server_(onServer() ? std::make_unique<ServerDatabase>() : nullptr)
        , path_(server_ ? server_->uri() : dir_.filePath(QStringLiteral("test.sqlite3")))
        , db_(std::make_unique<storage::Database>(path_))
    {
    }
    ~TempDatabase() { db_.reset(); }
    storage::Database &db() { return *db_; }
    const QString &path() const { return path_; }
    QString file(const QString &name) const { return dir_.filePath(name); }
    void close() { db_.reset(); }
    void reopen() { db_ = std::make_unique<storage::Database>(path_); }

private:
    QTemporaryDir dir_;
    std::unique_ptr<ServerDatabase> server_;
    QString path_;
    std::unique_ptr<storage::Database> db_;
};

// A fixture imported as a user would import it; the test stops on any problem.
inline void load(TempDatabase &t, const char *kind, const QByteArray &csv)
{
    const QString problems = importFixture(t.db(), kind, csv);
    INFO(problems.toStdString());
    REQUIRE(problems.isEmpty());
}

inline void load(TempDatabase &t, const char *kind, const char *csv)
{
    load(t, kind, QByteArray(csv));
}

inline void load(TempDatabase &t, const char *kind, const QString &csv)
{
    load(t, kind, csv.toUtf8());
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace kakehashi::test
