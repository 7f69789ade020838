// The real kakehashi-cli on a real PostgreSQL server (FORMATS.md §5): the roles
// the server enforces whatever client is used (psql included), audit rows that
// name the session's user, several desks posting one month at once, copy-to
// both ways and backup. Run by packaging/test-server.sh on a throwaway cluster
// ($KAKEHASHI_TEST_SERVER); without a server these cases have nothing to do.
#include "cli_support.h"

#include <QDate>
#include <QProcess>
#include <QSet>
#include <QUrlQuery>

#include <memory>
#include <vector>

using namespace kakehashi::clitest;

namespace {

// The URI of `db` for another person.
QString asUser(const QString &db, const QString &user)
{
    QUrl u(db);
    QUrlQuery q(u);
    q.removeAllQueryItems(QStringLiteral("user"));
    q.addQueryItem(QStringLiteral("user"), user);
    u.setQuery(q);
    return u.toString();
}

QProcessEnvironment withPassword(const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KAKEHASHI_PASSWORD"), password);
    env.insert(QStringLiteral("PGPASSWORD"), password);
    return env;
}

// psql as that person: exit code and stderr.
std::pair<int, QString> psql(const QString &uri, const QString &password, const QString &sql)
{
    QProcess p;
    p.setProcessEnvironment(withPassword(password));
    p.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                     QStringLiteral("ON_ERROR_STOP=1"), uri, QStringLiteral("-c"), sql});
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

Run cliAs(const QString &db, const QString &password, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(withPassword(password));
    p.start(QStringLiteral(KAKEHASHI_CLI), QStringList{QStringLiteral("--db"), db} + args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

// A login unique to this test's database (roles are the whole server's).
QString loginName(const Cli &cli, const char *who)
{
    return QString::fromLatin1(who) + QLatin1Char('_') + QUrl(cli.db()).path().mid(1);
}

void addUser(Cli &cli, const QString &name, const char *role, const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KAKEHASHI_NEW_PASSWORD"), password);
    const Run r = cli({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                       QString::fromLatin1(role)},
                      env);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
}

const char *const kTables[] = {"schools", "companies", "students", "internships", "attendance", "placements",
                               "events", "participants", "vacations", "programme_rates", "calendar_overrides",
                               "ledger_entries", "audit_log", "audit_chain", "settings", "subsidy_budgets",
                               "approval_steps", "transfer_files", "visa_rules", "card_checks"};

} // namespace

TEST_CASE("server_rolesAreTheServers_psqlCannotDoWhatTheRoleMayNot", "[cli][server]")
{
    if (!kakehashi::test::onServer())
        return;
    Cli cli;
    REQUIRE(cli({QStringLiteral("init")}).code == 0);
    cli.importValid();
    const QString staff = loginName(cli, "staff"), auditor = loginName(cli, "auditor");
    const QString staffPw = QStringLiteral("staff-password-123"), auditorPw = QStringLiteral("auditor-password-123");
    addUser(cli, staff, "staff", staffPw);
    addUser(cli, auditor, "auditor", auditorPw);
    const Run list = cli({QStringLiteral("user"), QStringLiteral("list")});
    CHECK(list.out.contains((staff + QStringLiteral("\tstaff")).toUtf8()));
    CHECK(list.out.contains((auditor + QStringLiteral("\tauditor")).toUtf8()));

    const QString asStaff = asUser(cli.db(), staff), asAuditor = asUser(cli.db(), auditor);
    // An auditor changes no table, through psql or otherwise.
    for (const char *t : kTables) {
        INFO(t);
        const auto [code, err] = psql(asAuditor, auditorPw, QStringLiteral("DELETE FROM %1").arg(QLatin1String(t)));
        CHECK(code != 0);
        CHECK(err.contains(QLatin1String("permission denied")));
        // Privileges are checked before any row is touched: an insert of no rows is refused too.
        CHECK(psql(asAuditor, auditorPw, QStringLiteral("INSERT INTO %1 SELECT * FROM %1 LIMIT 0").arg(QLatin1String(t)))
                  .first != 0);
    }
    CHECK(psql(asAuditor, auditorPw, QStringLiteral("SELECT count(*) FROM students")).first == 0);
    // Staff: records yes; the ledger, rates and calendar no.
    CHECK(psql(asStaff, staffPw, QStringLiteral("UPDATE students SET email = email")).first == 0);
    for (const char *sql : {"INSERT INTO ledger_entries SELECT * FROM ledger_entries", "DELETE FROM programme_rates",
                            "INSERT INTO calendar_overrides (date, is_holiday, name) VALUES ('2030-01-02', 1, 'x')",
                            "UPDATE settings SET value = value", "DELETE FROM audit_log"}) {
        INFO(sql);
        CHECK(psql(asStaff, staffPw, QString::fromLatin1(sql)).first != 0);
    }
    // The owner cannot rewrite the ledger or the audit trail either.
    CHECK(psql(cli.db(), qEnvironmentVariable("PGPASSWORD"), QStringLiteral("UPDATE audit_log SET action = 'x'")).second.contains(
        QLatin1String("append-only")));
    CHECK(psql(cli.db(), qEnvironmentVariable("PGPASSWORD"), QStringLiteral("TRUNCATE audit_chain")).first != 0);

    // The CLI asks the server who it is: staff may not post, an auditor may not import.
    const Run post = cliAs(asStaff, staffPw, {QStringLiteral("ledger"), QStringLiteral("post"), QStringLiteral("--month"),
                                             QStringLiteral("2025-06")});
    CHECK(post.code == 3);
    const Run import = cliAs(asAuditor, auditorPw, {QStringLiteral("import"), QStringLiteral("students"),
                                                    Cli::data(QStringLiteral("valid/students.csv"))});
    CHECK(import.code == 3);
    const Run wrong = cliAs(asStaff, QStringLiteral("not-the-password"), {QStringLiteral("export"), QStringLiteral("schools")});
    CHECK(wrong.code == 3);
    // Audit rows name the server's session user, whatever the client says.
    REQUIRE(cliAs(asStaff, staffPw, {QStringLiteral("import"), QStringLiteral("schools"),
                                     Cli::data(QStringLiteral("valid/schools.csv"))})
                .code == 0);
    const Run exported = cliAs(asAuditor, auditorPw, {QStringLiteral("export"), QStringLiteral("students")});
    CHECK(exported.code == 0);
    const Run audit = cli({QStringLiteral("audit"), QStringLiteral("export")});
    CHECK(audit.out.contains((QStringLiteral(",") + staff + QStringLiteral(",import,schools")).toUtf8()));
    CHECK(audit.out.contains((QStringLiteral(",") + auditor + QStringLiteral(",export,students")).toUtf8()));
    // A disabled login cannot connect.
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("disable"), staff}).code == 0);
    CHECK(cliAs(asStaff, staffPw, {QStringLiteral("export"), QStringLiteral("schools")}).code == 3);
}

TEST_CASE("server_threeDesksPostingOneMonthAtOnce_payOnce_oneChain", "[cli][server]")
{
    if (!kakehashi::test::onServer())
        return;
    Cli cli;
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--students"), QStringLiteral("300"), QStringLiteral("--seed"),
                 QStringLiteral("3")})
                .code == 0);
    // The month with the most payable claims (the demo's months follow its seed).
    QString month;
    int payable = 0;
    for (int y = 2024; y <= 2026; ++y)
        for (int m = 1; m <= 12; ++m) {
            const QString candidate = QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
            if (candidate >= QDate::currentDate().toString(QStringLiteral("yyyy-MM")))
                break;
            const Run claims = cli({QStringLiteral("subsidy"), QStringLiteral("claims"), QStringLiteral("--month"),
                                    candidate});
            REQUIRE(claims.code == 0);
            int n = 0;
            for (const QString &l : lines(QString::fromUtf8(claims.out)).mid(1))
                if (l.section(QLatin1Char(','), 5, 5) == u"true" && l.section(QLatin1Char(','), 4, 4).toLongLong() > 0)
                    ++n;
            if (n > payable) {
                payable = n;
                month = candidate;
            }
        }
    REQUIRE(payable > 0);
    std::vector<std::unique_ptr<QProcess>> desks;
    for (int i = 0; i < 3; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(KAKEHASHI_CLI), {QStringLiteral("--db"), cli.db(), QStringLiteral("ledger"),
                                                 QStringLiteral("post"), QStringLiteral("--month"), month});
        desks.push_back(std::move(p));
    }
    for (auto &p : desks) {
        REQUIRE(p->waitForFinished(120000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitCode() == 0);
    }
    const Run ledger = cli({QStringLiteral("ledger"), QStringLiteral("export")});
    const QStringList rows = lines(QString::fromUtf8(ledger.out)).mid(1);
    CHECK(rows.size() == payable);
    QSet<QString> internships;
    for (const QString &r : rows)
        internships.insert(r.section(QLatin1Char(','), 4, 4));
    CHECK(internships.size() == payable); // each internship once
    const Run verify = cli({QStringLiteral("ledger"), QStringLiteral("verify")});
    CHECK(verify.code == 0);
    CHECK(verify.out.startsWith(QStringLiteral("ok %1 entries").arg(payable).toUtf8()));
}

TEST_CASE("server_copyToBothWays_andBackup_verifyTheSameAndExportEqual", "[cli][server]")
{
    if (!kakehashi::test::onServer())
        return;
    Cli server;
    REQUIRE(server({QStringLiteral("demo"), QStringLiteral("--students"), QStringLiteral("400"), QStringLiteral("--seed"),
                    QStringLiteral("5")})
                .code == 0);
    REQUIRE(server({QStringLiteral("ledger"), QStringLiteral("post"), QStringLiteral("--month"), QStringLiteral("2025-07")})
                .code == 0);
    const Run verify = server({QStringLiteral("ledger"), QStringLiteral("verify")});
    REQUIRE(verify.code == 0);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("office.sqlite3"));
    const Run down = server({QStringLiteral("copy-to"), file});
    INFO(down.err.toStdString());
    REQUIRE(down.code == 0);
    CHECK(down.out == verify.out);
    kakehashi::test::ServerDatabase second;
    const auto onFile = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(KAKEHASHI_CLI), QStringList{QStringLiteral("--db"), file} + args);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(120000));
        return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    };
    const Run up = onFile({QStringLiteral("copy-to"), second.uri()});
    INFO(up.err.toStdString());
    REQUIRE(up.code == 0);
    CHECK(up.out == verify.out);
    const Run backup = server({QStringLiteral("backup"), dir.filePath(QStringLiteral("b.sqlite3"))});
    REQUIRE(backup.code == 0);
    for (const char *kind : {"students", "internships", "attendance", "placements", "participants"}) {
        INFO(kind);
        const QStringList args{QStringLiteral("export"), QString::fromLatin1(kind)};
        const Run a = server(args);
        CHECK(a.out.size() > 100);
        CHECK(onFile(args).out == a.out);
        QProcess p;
        p.start(QStringLiteral(KAKEHASHI_CLI), QStringList{QStringLiteral("--db"), second.uri()} + args);
        REQUIRE(p.waitForFinished(120000));
        CHECK(p.readAllStandardOutput() == a.out);
    }
    // The ledger's export (posted_at included: copied, not re-posted) and the audit trail's.
    for (const QStringList &args : {QStringList{QStringLiteral("ledger"), QStringLiteral("export")},
                                    QStringList{QStringLiteral("report"), QStringLiteral("placement"),
                                                QStringLiteral("--fy"), QStringLiteral("2024"), QStringLiteral("--by"),
                                                QStringLiteral("nationality")}})
        CHECK(onFile(args).out == server(args).out);
    // A copy into a database that holds data is refused, and writes nothing.
    const Run again = onFile({QStringLiteral("copy-to"), second.uri()});
    CHECK(again.code != 0);
    CHECK(again.err.contains(QLatin1String("already holds data")));
    QProcess p;
    p.start(QStringLiteral(KAKEHASHI_CLI), {QStringLiteral("--db"), dir.filePath(QStringLiteral("b.sqlite3")),
                                             QStringLiteral("ledger"), QStringLiteral("verify")});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.readAllStandardOutput() == verify.out);
}
