// Runs the built kakehashi-cli as a user or a script would, and checks exit codes,
// stdout and stderr against FORMATS.md §4.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

#include "catch_qt.h"
#include "cli_support.h"
#include "kakehashi_version.h"

using namespace kakehashi::clitest;

TEST_CASE("cli_init_createsTheDatabase", "[cli][file]")
{
    Cli cli;
    const Run r = cli({QStringLiteral("init")});
    CHECK(r.code == 0);
    CHECK(QFile::exists(cli.db()));
    CHECK(r.err.contains(QStringLiteral("created")));
}

TEST_CASE("cli_importThenExport_roundTripsEveryKind", "[cli]")
{
    Cli cli;
    cli.importValid();
    const Run students = cli({QStringLiteral("export"), QStringLiteral("students")});
    REQUIRE(students.code == 0);
    // stdout defaults to UTF-8 without BOM; dates come back in ISO form; the
    // embedded newline survives quoted.
    CHECK_FALSE(students.out.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(students.out);
    CHECK(text.contains(QStringLiteral("ST0002,김,민준,キム ミンジュン,male,2000-02-03,KR,")));
    CHECK(text.contains(QStringLiteral(",経営学科 国際ビジネスコース,")));
    // Only memo may hold a line break (FORMATS §1): it survives quoted.
    const Run internships = cli({QStringLiteral("export"), QStringLiteral("internships")});
    CHECK(QString::fromUtf8(internships.out).contains(QStringLiteral("\"週4日, 9:00-17:00\n月末に報告書\"")));

    // -o FILE defaults to UTF-8 with BOM; the export imports into a new database unchanged.
    Cli other;
    for (const char *k : {"schools", "companies", "students", "internships", "attendance", "placements", "events",
                          "participants", "vacations"}) {
        const QString kind = QString::fromLatin1(k);
        const QString out = cli.file(kind + QStringLiteral(".csv"));
        REQUIRE(cli({QStringLiteral("export"), kind, QStringLiteral("-o"), out}).code == 0);
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.read(3) == QByteArray("\xEF\xBB\xBF"));
        const Run imp = other({QStringLiteral("import"), kind, out});
        INFO(imp.err.toStdString());
        REQUIRE(imp.code == 0);
        CHECK(other({QStringLiteral("export"), kind}).out == cli({QStringLiteral("export"), kind}).out);
    }
    const Run companies = cli({QStringLiteral("export"), QStringLiteral("companies")});
    CHECK(QString::fromUtf8(companies.out).contains(QStringLiteral("C001,株式会社かけはし精工,Kakehashi Precision Co.,"
                                                                   "7000012050002,E,general,30000000,85,13,TH;VN,true")));
    const Run participants = cli({QStringLiteral("export"), QStringLiteral("participants")});
    CHECK(participants.out == QByteArray("event_no,student_no,company_code,attended\r\n"
                                         "E001,,C001,true\r\nE001,ST0001,,true\r\nE002,ST0003,,false\r\n"));
}

TEST_CASE("cli_invalidImport_namesEveryBadLineAndNoGoodOne_exit1_nothingWritten", "[cli][file]")
{
    Cli cli;
    cli.importValid();
    const QByteArray before = cli({QStringLiteral("export"), QStringLiteral("students")}).out;
    const auto fileBytes = [&] {
        QFile f(cli.db());
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    const QByteArray bytesBefore = fileBytes();
    const QString file = Cli::data(QStringLiteral("invalid/students.csv"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("students"), file});
    CHECK(r.code == 1);
    QStringList located;
    for (const QString &l : lines(r.err)) {
        if (!l.startsWith(file))
            continue;
        const QStringList parts = l.mid(file.size() + 1).split(QStringLiteral(": "));
        if (parts.size() >= 3)
            located << parts[0] + QLatin1Char(' ') + parts[1];
    }
    CHECK(located == QStringList{QStringLiteral("3 birth_date"), QStringLiteral("4 family_name"), QStringLiteral("4 nationality"),
                                 QStringLiteral("6 school_code"), QStringLiteral("6 completed_on"),
                                 QStringLiteral("7 student_no"), QStringLiteral("8 (row)"),
                                 QStringLiteral("9 birth_date")});
    // Not a byte of the database file changed.
    CHECK(fileBytes() == bytesBefore);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("students")}).out == before);
}

TEST_CASE("cli_typoColumn_isRefusedOnLine1", "[cli]")
{
    Cli cli;
    cli.importValid();
    const QString file = Cli::data(QStringLiteral("invalid/schools_typo.csv"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("schools"), file});
    CHECK(r.code == 1);
    CHECK(r.err.contains(file + QStringLiteral(":1: establisment: unknown column")));
}

TEST_CASE("cli_dryRun_andCp932Import", "[cli]")
{
    Cli cli;
    const QString file = Cli::data(QStringLiteral("valid/schools_cp932.csv"));
    const Run dry = cli({QStringLiteral("import"), QStringLiteral("schools"), file, QStringLiteral("--dry-run")});
    CHECK(dry.code == 0);
    CHECK(lines(QString::fromUtf8(cli({QStringLiteral("export"), QStringLiteral("schools")}).out)).size() == 1);
    const Run real = cli({QStringLiteral("import"), QStringLiteral("schools"), file});
    CHECK(real.code == 0);
    CHECK(real.err.contains(QStringLiteral("cp932")));
    const QString text = QString::fromUtf8(cli({QStringLiteral("export"), QStringLiteral("schools")}).out);
    CHECK(text.contains(QStringLiteral("S010,名古屋工業専門学校,,public,technical_college,23,")));
    // Forcing UTF-8 on a CP932 file names every undecodable row.
    const Run forced = cli({QStringLiteral("import"), QStringLiteral("schools"), file, QStringLiteral("--encoding"),
                            QStringLiteral("utf-8")});
    CHECK(forced.code == 1);
    CHECK(forced.err.contains(file + QStringLiteral(":2: (row):")));
    CHECK(forced.err.contains(file + QStringLiteral(":3: (row):")));
}

TEST_CASE("cli_exportCp932_refusesHangulNamingRecordAndField", "[cli]")
{
    Cli cli;
    cli.importValid();
    const Run r = cli({QStringLiteral("export"), QStringLiteral("students"), QStringLiteral("--encoding"),
                       QStringLiteral("cp932"), QStringLiteral("-o"), cli.file(QStringLiteral("s.csv"))});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("students ST0002")));
    CHECK(r.err.contains(QStringLiteral("family_name")));
    CHECK_FALSE(QFile::exists(cli.file(QStringLiteral("s.csv"))));
    const Run ok = cli({QStringLiteral("export"), QStringLiteral("schools"), QStringLiteral("--encoding"),
                        QStringLiteral("cp932")});
    CHECK(ok.code == 0);
    CHECK(ok.out.contains(QByteArray("\x96\x6B\x8A\x43\x93\xB9", 6))); // 北海道 in CP932
}

TEST_CASE("cli_exportXlsx_writesAWorkbook", "[cli]")
{
    Cli cli;
    cli.importValid();
    const QString out = cli.file(QStringLiteral("students.xlsx"));
    const Run r = cli({QStringLiteral("export"), QStringLiteral("students"), QStringLiteral("--format"),
                       QStringLiteral("xlsx"), QStringLiteral("-o"), out});
    CHECK(r.code == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(2) == QByteArray("PK")); // a zip container
    CHECK(f.size() > 4000);
}

TEST_CASE("cli_calendar_holidaysAndWorkdays", "[cli]")
{
    Cli cli;
    const Run h = cli({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("calendar"),
                       QStringLiteral("holidays"), QStringLiteral("2025")});
    REQUIRE(h.code == 0);
    const QStringList l = lines(QString::fromUtf8(h.out));
    CHECK(l.size() == 19);
    CHECK(l.front() == QStringLiteral("2025-01-01\t元日"));
    CHECK(l.contains(QStringLiteral("2025-05-06\t休日")));
    const Run en = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("calendar"),
                        QStringLiteral("holidays"), QStringLiteral("2025")});
    CHECK(lines(QString::fromUtf8(en.out)).contains(QStringLiteral("2025-11-24\tSubstitute Holiday")));

    const Run w = cli({QStringLiteral("calendar"), QStringLiteral("workdays"), QStringLiteral("2025-04-01"),
                       QStringLiteral("2026-03-31")});
    CHECK(w.code == 0);
    CHECK(w.out == "246\n");
    // An administrator's added day off counts at once.
    CHECK(cli({QStringLiteral("calendar"), QStringLiteral("add"), QStringLiteral("2025-12-29"),
               QStringLiteral("年末休業")})
              .code == 0);
    CHECK(cli({QStringLiteral("calendar"), QStringLiteral("workdays"), QStringLiteral("2025-04-01"),
               QStringLiteral("2026-03-31")})
              .out == "245\n");
    CHECK(cli({QStringLiteral("calendar"), QStringLiteral("remove"), QStringLiteral("2025-12-29")}).code == 0);
    CHECK(cli({QStringLiteral("calendar"), QStringLiteral("workdays"), QStringLiteral("2025-04-01"),
               QStringLiteral("2026-03-31")})
              .out == "246\n");
}

TEST_CASE("cli_usageErrors_exit2", "[cli]")
{
    Cli cli;
    CHECK(cli({QStringLiteral("frobnicate")}).code == 2);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("teachers")}).code == 2);
    CHECK(cli({QStringLiteral("calendar"), QStringLiteral("workdays"), QStringLiteral("2025-02-30"),
               QStringLiteral("2025-03-01")})
              .code == 2);
    CHECK(cli({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("1900")}).code == 2);
    CHECK(cli({QStringLiteral("import"), QStringLiteral("students")}).code == 2);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("students"), QStringLiteral("--format"),
               QStringLiteral("docx")})
              .code == 2);
    CHECK(cli({}).code == 2);
}

TEST_CASE("cli_databaseFromEnvironment_andBackup", "[cli]")
{
    Cli cli;
    cli.importValid();
    QTemporaryDir other;
    const QString envDb = other.filePath(QStringLiteral("env.sqlite3"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KAKEHASHI_DB"), envDb);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KAKEHASHI_CLI), {QStringLiteral("init")});
    REQUIRE(p.waitForFinished());
    CHECK(p.exitCode() == 0);
    CHECK(QFile::exists(envDb));

    const QString copy = cli.file(QStringLiteral("backup.sqlite3"));
    CHECK(cli({QStringLiteral("backup"), copy}).code == 0);
    QProcess q;
    q.start(QStringLiteral(KAKEHASHI_CLI), {QStringLiteral("--db"), copy, QStringLiteral("export"), QStringLiteral("students")});
    REQUIRE(q.waitForFinished());
    CHECK(q.readAllStandardOutput() == cli({QStringLiteral("export"), QStringLiteral("students")}).out);
}

TEST_CASE("cli_check_passesCleanFile_andNamesRecordsEditedOutsideTheProgram", "[cli][file]")
{
    Cli cli;
    cli.importValid();
    const Run ok = cli({QStringLiteral("check")});
    CHECK(ok.code == 0);
    CHECK(ok.out.startsWith("ok "));
    // An edit behind the program's back: a student younger than 15 at enrolment.
    {
        QProcess sql;
        sql.start(QStringLiteral("sqlite3"), {cli.db(), QStringLiteral("UPDATE students SET birth_date = '2015-01-01' "
                                                                        "WHERE student_no = 'ST0003'")});
        REQUIRE(sql.waitForFinished());
        REQUIRE(sql.exitCode() == 0);
    }
    const Run bad = cli({QStringLiteral("check")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("students ST0003: birth_date:")));
    CHECK_FALSE(bad.err.contains(QStringLiteral("ST0001")));
}

TEST_CASE("cli_subsidyClaimsAndLedger_postReverseExportVerify", "[cli][file]")
{
    Cli cli;
    cli.importValid();
    const Run claims = cli({QStringLiteral("subsidy"), QStringLiteral("claims"), QStringLiteral("--month"),
                            QStringLiteral("2025-10")});
    REQUIRE(claims.code == 0);
    CHECK(claims.out == QByteArray("internship_no,student_no,present_days,rate_jpy,amount_jpy,eligible,reason\r\n"
                                   "I0001,ST0001,2,7000,14000,true,\r\n"));
    const Run notEligible = cli({QStringLiteral("subsidy"), QStringLiteral("claims"), QStringLiteral("--month"),
                                 QStringLiteral("2025-04")});
    // A graduate still looking for work: the placement came after the start.
    CHECK(QString::fromUtf8(notEligible.out).contains(QStringLiteral("I0002,ST0002,1,7000,7000,true,")));

    CHECK(cli({QStringLiteral("ledger"), QStringLiteral("post"), QStringLiteral("--month"), QStringLiteral("2025-10")})
              .code == 0);
    CHECK(cli({QStringLiteral("ledger"), QStringLiteral("reverse"), QStringLiteral("1")}).code == 2); // no reason
    CHECK(cli({QStringLiteral("ledger"), QStringLiteral("reverse"), QStringLiteral("7"), QStringLiteral("--reason"),
               QStringLiteral("x")})
              .code == 1);
    CHECK(cli({QStringLiteral("ledger"), QStringLiteral("reverse"), QStringLiteral("1"), QStringLiteral("--reason"),
               QStringLiteral("timesheet corrected")})
              .code == 0);
    const Run exported = cli({QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--fy"),
                              QStringLiteral("2025")});
    REQUIRE(exported.code == 0);
    const QStringList rows = lines(QString::fromUtf8(exported.out));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == QStringLiteral("entry_no,posted_at,period,kind,internship_no,student_no,counterparty,days,"
                                    "rate_jpy,amount_jpy,reverses,reason,prev_hash,hash\r"));
    CHECK(rows[2].contains(QStringLiteral(",reversal,I0001,ST0001,阮 文安,-2,7000,-14000,1,timesheet corrected,")));
    CHECK(exported.err.contains(QStringLiteral("the ledger holds 2 entries, last hash ")));

    const Run verify = cli({QStringLiteral("ledger"), QStringLiteral("verify")});
    CHECK(verify.code == 0);
    // A posted month's stored attendance is sound, not a change.
    const Run sound = cli({QStringLiteral("check")});
    INFO(sound.err.toStdString());
    CHECK(sound.code == 0);
    CHECK(verify.out.startsWith("ok 2 entries, last hash "));
    // Altered behind the program's back: verify names the entry and exits 1.
    QProcess sql;
    sql.start(QStringLiteral("sqlite3"), {cli.db(), QStringLiteral("DROP TRIGGER ledger_no_update; UPDATE ledger_entries "
                                                                    "SET amount_jpy = 7000 WHERE entry_no = 1;")});
    REQUIRE(sql.waitForFinished());
    REQUIRE(sql.exitCode() == 0);
    const Run bad = cli({QStringLiteral("ledger"), QStringLiteral("verify")});
    CHECK(bad.code == 1);
    CHECK(bad.out.startsWith("FAILED at entry 1:"));
    const Run checked = cli({QStringLiteral("check")});
    CHECK(checked.code == 1);
    CHECK(checked.err.contains(QStringLiteral("ledger: the subsidy ledger was altered outside the program")));
}

TEST_CASE("cli_ledgerExportPdf_japaneseHeadingsTotalsAndTheChainsTip", "[cli]")
{
    Cli cli;
    cli.importValid();
    REQUIRE(cli({QStringLiteral("ledger"), QStringLiteral("post"), QStringLiteral("--month"), QStringLiteral("2025-10")})
                .code == 0);
    const QString pdf = cli.file(QStringLiteral("ledger.pdf"));
    const Run r = cli({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("ledger"), QStringLiteral("export"),
                       QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--counterparty"),
                       QStringLiteral("阮"), QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    const QString t = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(t.contains(QStringLiteral("補助金台帳")));
    CHECK(t.contains(QStringLiteral("支払先に「阮」を含む")));
    CHECK(t.contains(QStringLiteral("14,000")));
    CHECK(t.contains(QStringLiteral("合計（1 件）")));
    const QString verify = QString::fromUtf8(cli({QStringLiteral("ledger"), QStringLiteral("verify")}).out);
    CHECK(t.simplified().remove(QLatin1Char(' ')).contains(verify.mid(verify.indexOf(QStringLiteral("hash ")) + 5, 40)));
}

TEST_CASE("cli_reports_csvAndJapanesePdf", "[cli]")
{
    Cli cli;
    cli.importValid();
    const Run placement = cli({QStringLiteral("report"), QStringLiteral("placement"), QStringLiteral("--fy"),
                               QStringLiteral("2024"), QStringLiteral("--by"), QStringLiteral("nationality")});
    REQUIRE(placement.code == 0);
    // ST0002 (KR) completed 2025-03-15, employed at a Japanese company.
    CHECK(placement.out == QByteArray("group,completers,outcome_known,further_study,employed_japanese,employed_other,"
                                      "denominator,placement_rate_percent\r\n"
                                      "KR,1,1,0,1,0,1,100.0\r\ntotal,1,1,0,1,0,1,100.0\r\n"));
    CHECK(cli({QStringLiteral("report"), QStringLiteral("placement"), QStringLiteral("--fy"), QStringLiteral("2024"),
               QStringLiteral("--by"), QStringLiteral("colour")})
              .code == 2);
    CHECK(cli({QStringLiteral("report"), QStringLiteral("placement")}).code == 2);
    const QString pdf = cli.file(QStringLiteral("placement.pdf"));
    const Run r = cli({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("report"),
                       QStringLiteral("placement"), QStringLiteral("--fy"), QStringLiteral("2024"),
                       QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    const QString t = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(t.contains(QStringLiteral("令和6年度")));
    CHECK(t.contains(QStringLiteral("就職率")));
    CHECK(t.contains(QStringLiteral("100.0")));
    CHECK(t.contains(QStringLiteral("定義")));
}

TEST_CASE("cli_killedMidImport_leavesAllOrNothing_andASoundFile", "[cli][crash]")
{
    Cli cli;
    cli.importValid();
    // A large students file: the import takes long enough to be killed in the middle.
    const QString big = cli.file(QStringLiteral("big.csv"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on\n");
        QByteArray rows;
        for (int i = 1; i <= 150000; ++i)
            rows += "K" + QByteArray::number(i).rightJustified(7, '0') + ",Nguyen,An,2000-01-01,VN,S001,issn_network,"
                    "2025,2025-04-01\n";
        f.write(rows);
    }
    auto students = [&] {
        return QString::fromUtf8(cli({QStringLiteral("export"), QStringLiteral("students")}).out)
                   .count(QLatin1Char('\n')) - 1 - 1; // header, and the record with a line break in a field
    };
    const int before = students();
    // Kill at several moments: while reading, validating, writing and committing.
    for (int delay : {30, 120, 250, 400, 550, 700, 900}) {
        QProcess p;
        p.start(QStringLiteral(KAKEHASHI_CLI), {QStringLiteral("--db"), cli.db(), QStringLiteral("import"),
                                                QStringLiteral("students"), big});
        REQUIRE(p.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(delay));
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished();
        const Run check = cli({QStringLiteral("check")});
        INFO("killed after " << delay << " ms: " << check.err.toStdString());
        CHECK(check.code == 0);
        const int after = students();
        CHECK((after == before || after == before + 150000));
        if (after != before)
            break; // it finished before the kill: all of it is there
    }
    // Left alone, the same import completes: the kills above were of real work.
    if (students() == before) {
        CHECK(cli({QStringLiteral("import"), QStringLiteral("students"), big}).code == 0);
        CHECK(students() == before + 150000);
    }
}

TEST_CASE("cli_users_rolesAndExit3_auditExport", "[cli][auth][file]")
{
    Cli cli;
    cli.importValid();
    auto env = [](const char *password, const char *newPassword = nullptr) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        if (password)
            e.insert(QStringLiteral("KAKEHASHI_PASSWORD"), QString::fromLatin1(password));
        if (newPassword)
            e.insert(QStringLiteral("KAKEHASHI_NEW_PASSWORD"), QString::fromLatin1(newPassword));
        return e;
    };
    CHECK(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sato"), QStringLiteral("--role"),
               QStringLiteral("staff")},
              env(nullptr, "staffpassword1"))
              .code == 3); // the first user must be an administrator
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
                 QStringLiteral("administrator")},
                env(nullptr, "adminpassword1"))
                .code == 0);
    const QStringList asAdmin = {QStringLiteral("--user"), QStringLiteral("admin")};
    REQUIRE(cli(asAdmin + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kato"),
                                      QStringLiteral("--role"), QStringLiteral("auditor")},
                env("adminpassword1", "auditorpasswd1"))
                .code == 0);
    // No user, a wrong password, a role that may not: exit 3.
    CHECK(cli({QStringLiteral("export"), QStringLiteral("schools")}).code == 3);
    CHECK(cli(asAdmin + QStringList{QStringLiteral("export"), QStringLiteral("schools")}, env("wrongpassword1")).code == 3);
    const QStringList asAuditor = {QStringLiteral("--user"), QStringLiteral("kato")};
    CHECK(cli(asAuditor + QStringList{QStringLiteral("import"), QStringLiteral("schools"),
                                      Cli::data(QStringLiteral("valid/schools.csv"))},
              env("auditorpasswd1"))
              .code == 3);
    CHECK(cli(asAuditor + QStringList{QStringLiteral("ledger"), QStringLiteral("post"), QStringLiteral("--month"),
                                      QStringLiteral("2025-10")},
              env("auditorpasswd1"))
              .code == 3);
    CHECK(cli(asAuditor + QStringList{QStringLiteral("ledger"), QStringLiteral("verify")}, env("auditorpasswd1")).code == 0);
    CHECK(cli(asAuditor + QStringList{QStringLiteral("export"), QStringLiteral("students")}, env("auditorpasswd1")).code ==
          0);
    const Run audit = cli(asAuditor + QStringList{QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--by-user"),
                                                  QStringLiteral("kato")},
                          env("auditorpasswd1"));
    REQUIRE(audit.code == 0);
    const QStringList rows = lines(QString::fromUtf8(audit.out));
    CHECK(rows.front() == QStringLiteral("at,user,action,kind,key,field,old,new\r"));
    CHECK(rows.filter(QStringLiteral(",kato,export,students,'-,")).size() == 1); // personal data exported (to stdout, "-", written safe for spreadsheets)
    CHECK(rows.filter(QStringLiteral(",kato,login,")).size() >= 3);
}

TEST_CASE("cli_version_isTheProjectVersionAndCommit_helpNamesIt_noDatabaseTouched", "[cli][version]")
{
    Cli cli;
    const Run v = cli({QStringLiteral("--version")});
    CHECK(v.code == 0);
    const QString line = QString::fromUtf8(v.out);
    CHECK(line == QStringLiteral("kakehashi-cli " KAKEHASHI_PROJECT_VERSION " (commit " KAKEHASHI_GIT_COMMIT ")\n"));
    CHECK(QRegularExpression(QStringLiteral("^kakehashi-cli \\d+\\.\\d+\\.\\d+ \\(commit ([0-9a-f]{7,}|unknown)\\)\n$"))
              .match(line)
              .hasMatch());
    CHECK_FALSE(QFile::exists(cli.db()));

    const Run h = cli({QStringLiteral("--help")});
    CHECK(h.code == 0);
    CHECK(h.out.startsWith("Usage: kakehashi-cli "));
    CHECK(h.out.contains("--version"));
    CHECK_FALSE(QFile::exists(cli.db()));
}

#ifdef KAKEHASHI_GUI
TEST_CASE("gui_versionAndHelp_answerWithoutADisplay", "[cli][version]")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    auto run = [&](const QString &option) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KAKEHASHI_GUI), {option});
        REQUIRE(p.waitForFinished(60000));
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == 0);
        return p.readAllStandardOutput();
    };
    CHECK(run(QStringLiteral("--version")) == "kakehashi " KAKEHASHI_PROJECT_VERSION " (commit " KAKEHASHI_GIT_COMMIT ")\n");
    const QByteArray help = run(QStringLiteral("--help"));
    CHECK(help.contains("--db <FILE>"));
    CHECK(help.contains("--screenshot <FILE>"));
    CHECK(help.contains("--version"));
}
#endif
