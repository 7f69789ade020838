#pragma once
// The real kakehashi-cli binary, run as a user or a script would run it, on a
// database in a temporary folder (shared by the end-to-end test files).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "catch_qt.h"
#include "server_support.h"

#include <memory>

namespace kakehashi::clitest {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

class Cli
{
public:
    // A file in a temporary folder, or a new database on the test server.
    Cli()
        : server_(test::onServer() ? std::make_unique<test::ServerDatabase>() : nullptr)
        , db_(server_ ? server_->uri() : dir_.filePath(QStringLiteral("e2e.sqlite3")))
    {
    }

    Run operator()(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KAKEHASHI_CLI), QStringList{QStringLiteral("--db"), db_} + args);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(120000));
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QString data(const QString &name) { return QStringLiteral(KAKEHASHI_TEST_DATA "/") + name; }
    QString file(const QString &name) const { return dir_.filePath(name); }
    const QString &db() const { return db_; }

    void importValid()
    {
        for (const char *k : {"schools", "companies", "students", "internships", "attendance", "placements", "events",
                              "participants", "vacations"}) {
            const QString kind = QString::fromLatin1(k);
            const Run r = (*this)({QStringLiteral("import"), kind, data(QStringLiteral("valid/%1.csv").arg(kind))});
            INFO(kind.toStdString() << ": " << r.err.toStdString());
            REQUIRE(r.code == 0);
        }
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<test::ServerDatabase> server_;
    QString db_;
};

inline QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace kakehashi::clitest
