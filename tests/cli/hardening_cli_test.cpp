// Issue 10 through the real binary: outputs never destroy the database, the
// append-only tables hold against the sqlite3 shell, `check` and `ledger verify`
// find what file access did, files are their owner's, text is what people see.
#include <QFileInfo>
#include <QProcess>

#include <sys/stat.h>
#include <unistd.h>

#include "catch_qt.h"
#include "cli_support.h"

using namespace kakehashi::clitest;

namespace {

// The sqlite3 shell on the database, as anyone with the file could use it.
std::pair<int, QString> shell(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, sql});
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 0777;
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

TEST_CASE("cliHardening_noOutputOverwritesTheDatabase_forAnyRoleOrSpelling", "[cli][hardening][file]")
{
    Cli cli;
    cli.importValid();
    REQUIRE(cli(args({"ledger", "post", "--month", "2025-10"})).code == 0);
    const QString db = cli.db();
    const QString dir = QFileInfo(db).absolutePath();
    REQUIRE(QFile::link(db, cli.file(QStringLiteral("link.csv"))));
    REQUIRE(::link(QFile::encodeName(db).constData(), QFile::encodeName(cli.file(QStringLiteral("hard.csv"))).constData()) == 0);
    QDir(dir).mkdir(QStringLiteral("sub"));
    const QStringList targets = {db, cli.file(QStringLiteral("link.csv")), cli.file(QStringLiteral("hard.csv")),
                                 dir + QStringLiteral("/sub/../") + QFileInfo(db).fileName(), db + QStringLiteral("-wal")};
    const QList<QStringList> commands = {
        args({"export", "schools"}), args({"export", "students", "--format", "xlsx"}), args({"ledger", "export"}),
        args({"ledger", "export", "--format", "pdf"}), args({"report", "placement", "--fy", "2025"}),
        args({"report", "programme", "--fy", "2025", "--format", "html"}), args({"audit", "export"}),
        args({"subsidy", "claims", "--month", "2025-10"})};
    // What the database holds, record by record (a refused command may still log in and be audited).
    const auto contents = [&] {
        QByteArray all;
        for (const char *k : {"schools", "companies", "students", "internships", "attendance", "placements", "events",
                              "participants"})
            all += cli({QStringLiteral("export"), QString::fromLatin1(k)}).out;
        return all + cli(args({"ledger", "export"})).out;
    };
    const QByteArray before = contents();
    REQUIRE(before.size() > 1000);
    for (const QString &target : targets) {
        for (const QStringList &c : commands) {
            const Run r = cli(c + QStringList{QStringLiteral("-o"), target});
            INFO((c.join(u' ') + QStringLiteral(" -o ") + target + QStringLiteral(": ") + r.err).toStdString());
            CHECK(r.code == 1);
            CHECK(r.err.contains(QStringLiteral("open database")));
        }
        CHECK(cli({QStringLiteral("backup"), target}).code == 1);
    }
    // A relative spelling from the database's own folder.
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral(KAKEHASHI_CLI), {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("schools"),
                                            QStringLiteral("-o"), QStringLiteral("./") + QFileInfo(db).fileName()});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 1);
    CHECK(bytesOf(db).startsWith("SQLite format 3"));
    CHECK(contents() == before);
    const Run check = cli({QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.code == 0);
    CHECK(cli(args({"ledger", "verify"})).code == 0);
}

TEST_CASE("cliHardening_filesAreTheOwnersOnly_whateverTheUmask", "[cli][hardening][file]")
{
    const mode_t old = ::umask(022);
    Cli cli;
    cli.importValid();
    CHECK(modeOf(cli.db()) == 0600);
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("students"), QStringLiteral("-o"), cli.file(QStringLiteral("s.csv"))}).code == 0);
    CHECK(modeOf(cli.file(QStringLiteral("s.csv"))) == 0600);
    REQUIRE(cli({QStringLiteral("report"), QStringLiteral("placement"), QStringLiteral("--fy"), QStringLiteral("2025"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), cli.file(QStringLiteral("r.pdf"))})
                .code == 0);
    CHECK(modeOf(cli.file(QStringLiteral("r.pdf"))) == 0600);
    REQUIRE(cli({QStringLiteral("backup"), cli.file(QStringLiteral("b.sqlite3"))}).code == 0);
    CHECK(modeOf(cli.file(QStringLiteral("b.sqlite3"))) == 0600);
    REQUIRE(cli(args({"ledger", "post", "--month", "2025-10"})).code == 0);
    const QString backups = QFileInfo(cli.db()).absolutePath() + QStringLiteral("/backups");
    CHECK(modeOf(backups) == 0700);
    for (const QString &f : QDir(backups).entryList(QDir::Files | QDir::Hidden))
        CHECK(modeOf(backups + QLatin1Char('/') + f) == 0600);
    // Nothing half-written is left beside the outputs.
    CHECK(QDir(QFileInfo(cli.db()).absolutePath()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).isEmpty());
    ::umask(old);
}

TEST_CASE("cliHardening_appendOnlyAgainstTheSqliteShell", "[cli][hardening][file]")
{
    Cli cli;
    cli.importValid();
    REQUIRE(cli(args({"ledger", "post", "--month", "2025-10"})).code == 0);
    const QString cols = QStringLiteral("entry_no, posted_at, period, kind, internship_no, student_no, counterparty, days, "
                                        "rate_jpy, amount_jpy, reverses, reason, prev_hash, hash");
    for (const QString &verb : {QStringLiteral("INSERT OR REPLACE"), QStringLiteral("REPLACE")}) {
        const auto [code, err] = shell(cli.db(), verb + QStringLiteral(" INTO ledger_entries (%1) SELECT entry_no, posted_at, "
                                                                       "period, kind, internship_no, student_no, counterparty, "
                                                                       "days, rate_jpy, 999999, reverses, reason, prev_hash, "
                                                                       "hash FROM ledger_entries WHERE entry_no = 1")
                                                            .arg(cols));
        CHECK(code != 0);
        CHECK(err.contains(QStringLiteral("append-only")));
        CHECK(shell(cli.db(), verb + QStringLiteral(" INTO audit_log (id, at, user, action) VALUES (1, 'x', 'x', 'login')")).first != 0);
    }
    // Without the program's seal function the shell cannot add audit rows at all.
    CHECK(shell(cli.db(), QStringLiteral("INSERT INTO audit_log (at, user, action) VALUES ('x', 'forger', 'login')")).first != 0);
    const Run verify = cli(args({"ledger", "verify"}));
    CHECK(verify.code == 0);
    CHECK(cli({QStringLiteral("check")}).code == 0);
}

TEST_CASE("cliHardening_checkAndVerifyFindWhatFileAccessDid", "[cli][hardening][file]")
{
    Cli cli;
    cli.importValid();
    for (const char *m : {"2025-04", "2025-10"})
        REQUIRE(cli(args({"ledger", "post", "--month", m})).code == 0);
    const Run ok = cli(args({"ledger", "verify"}));
    REQUIRE(ok.code == 0);
    CHECK(ok.err.contains(QStringLiteral("witness file")));
    // The ledger's last entry removed in the database alone.
    REQUIRE(shell(cli.db(), QStringLiteral("DROP TRIGGER ledger_no_delete; DELETE FROM ledger_entries WHERE entry_no = "
                                           "(SELECT max(entry_no) FROM ledger_entries);"))
                .first == 0);
    const Run truncated = cli(args({"ledger", "verify"}));
    CHECK(truncated.code == 1);
    CHECK(QString::fromUtf8(truncated.out).contains(QStringLiteral("removed")));

    // A role raised, and a users table emptied, by hand.
    Cli users;
    const QProcessEnvironment env = [] {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("KAKEHASHI_NEW_PASSWORD"), QStringLiteral("adminpassword1"));
        e.insert(QStringLiteral("KAKEHASHI_PASSWORD"), QStringLiteral("adminpassword1"));
        return e;
    }();
    REQUIRE(users(args({"user", "add", "admin", "--role", "administrator"}), env).code == 0);
    REQUIRE(users(args({"--user", "admin", "user", "add", "kato", "--role", "auditor"}), env).code == 0);
    REQUIRE(users(args({"--user", "admin", "check"}), env).code == 0);
    REQUIRE(shell(users.db(), QStringLiteral("UPDATE users SET role = 'administrator' WHERE name = 'kato'")).first == 0);
    const Run raised = users(args({"--user", "admin", "check"}), env);
    CHECK(raised.code == 1);
    CHECK(raised.err.contains(QStringLiteral("the role of kato is administrator, but the audit trail last gave it auditor")));
    REQUIRE(shell(users.db(), QStringLiteral("DELETE FROM users")).first == 0);
    // Not single-user again: every command still needs a login, which nobody can give.
    const Run after = users(args({"export", "students"}));
    CHECK(after.code == 3);
    // The last administrator stays one.
    Cli last;
    REQUIRE(last(args({"user", "add", "admin", "--role", "administrator"}), env).code == 0);
    const Run demote = last(args({"--user", "admin", "user", "role", "admin", "--role", "staff"}), env);
    CHECK(demote.code != 0);
    CHECK(demote.err.contains(QStringLiteral("last active administrator")));
    CHECK(last(args({"--user", "admin", "user", "disable", "admin"}), env).code != 0);
}

TEST_CASE("cliHardening_invisibleTextFormulasAndEscapes", "[cli][hardening]")
{
    Cli cli;
    cli.importValid();
    const QString file = cli.file(QStringLiteral("bad.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("code,name,establishment,school_type,prefecture,member_since\n"
                "S\xE2\x80\x8B" "900,Zero width,private,university,13,\n"   // line 2: zero-width space in the key
                "S901\xC2\xA0X,No-break,private,university,13,\n"             // line 3: no-break space in the key
                "S902,Nul\x01name,private,university,13,\n"                   // line 4: a control character
                "S903,Far future,private,university,13,9999-01-01\n"          // line 5: year 9999
                "S904,\x1b[31mRed,private,university,13,\x1b[2Jx\n");         // line 6: escapes (and not a date)
    }
    const Run r = cli({QStringLiteral("import"), QStringLiteral("schools"), file});
    CHECK(r.code == 1);
    CHECK(r.err.contains(file + QStringLiteral(":2: code: a key holds no space or invisible character")));
    CHECK(r.err.contains(file + QStringLiteral(":3: code: a key holds no space or invisible character")));
    CHECK(r.err.contains(file + QStringLiteral(":4: name: holds a control character (U+0001)")));
    CHECK(r.err.contains(file + QStringLiteral(":5: member_since: “9999-01-01”: a date's year lies between 1900 and 2199")));
    CHECK(r.err.contains(file + QStringLiteral(":6: name:")));
    CHECK_FALSE(r.err.contains(QChar(0x1b)));
    // What the CLI echoes (here a file name) reaches the terminal with its escapes shown, not obeyed.
    const Run named = cli({QStringLiteral("import"), QStringLiteral("schools"), QStringLiteral("no\x1b[2Jsuch.csv")});
    CHECK(named.code == 1);
    CHECK_FALSE(named.err.contains(QChar(0x1b)));
    CHECK(named.err.contains(QStringLiteral("no\\x1b[2Jsuch.csv")));

    // A formula in a company name goes out with an apostrophe and comes back without it.
    const QString companies = cli.file(QStringLiteral("c.csv"));
    {
        QFile f(companies);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("code,name,industry,sme_category,prefecture\n"
                "C900,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",E,general,13\n"
                "C901,@SUM(A1),E,general,13\n");
    }
    REQUIRE(cli({QStringLiteral("import"), QStringLiteral("companies"), companies}).code == 0);
    const Run out = cli({QStringLiteral("export"), QStringLiteral("companies")});
    const QString text = QString::fromUtf8(out.out);
    CHECK(text.contains(QStringLiteral("C900,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",")));
    CHECK(text.contains(QStringLiteral("C901,'@SUM(A1),")));
    CHECK_FALSE(text.contains(QStringLiteral(",=HYPERLINK")));
    const QString exported = cli.file(QStringLiteral("again.csv"));
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("companies"), QStringLiteral("-o"), exported}).code == 0);
    Cli other;
    other.importValid();
    REQUIRE(other({QStringLiteral("import"), QStringLiteral("companies"), exported}).code == 0);
    CHECK(other({QStringLiteral("export"), QStringLiteral("companies")}).out == out.out);
    // A name may not begin like a formula; the ledger's reason neither.
    const QString students = cli.file(QStringLiteral("st.csv"));
    {
        QFile f(students);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("student_no,family_name\nST0001,=cmd\n");
    }
    const Run name = cli({QStringLiteral("import"), QStringLiteral("students"), students});
    CHECK(name.code == 1);
    CHECK(name.err.contains(students + QStringLiteral(":2: family_name: a name may not begin with =")));
    REQUIRE(cli(args({"ledger", "post", "--month", "2025-10"})).code == 0);
    CHECK(cli(args({"ledger", "reverse", "1", "--reason", "=1+1"})).code == 1);
}

TEST_CASE("cliHardening_nothingPaidInAdvance", "[cli][hardening]")
{
    Cli cli;
    cli.importValid();
    const QString thisMonth = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    const Run r = cli({QStringLiteral("ledger"), QStringLiteral("post"), QStringLiteral("--month"), thisMonth});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("has not ended yet")));
    CHECK(cli(args({"ledger", "export"})).out.count('\n') == 1); // the header alone
}

TEST_CASE("cliDatabase_aUriIsNeverTakenForAFileName", "[cli][file]")
{
    Cli cli;
    QTemporaryDir work;
    // Not a database URI: a usage error. A server's URI: a server, or a failed
    // connection (no server listens there), never a file named like the URI.
    for (const QString &db : {QStringLiteral("sqlite://x.db"), QStringLiteral("http://example.com/db"),
                              QStringLiteral("postgresql:///kk?host=/nonexistent-kakehashi-socket"),
                              QStringLiteral("postgres://nobody@/kk?host=/nonexistent-kakehashi-socket")}) {
        QProcess p;
        p.setWorkingDirectory(work.path());
        p.start(QStringLiteral(KAKEHASHI_CLI), {QStringLiteral("--db"), db, QStringLiteral("init")});
        REQUIRE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(db.toStdString() << ": " << err.toStdString());
        if (db.startsWith(QLatin1String("postgres"))) {
            CHECK(p.exitCode() == 1);
            CHECK(err.contains(QLatin1String("cannot connect to postgresql://")));
        } else {
            CHECK(p.exitCode() == 2);
        }
        CHECK(QDir(work.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }
}
