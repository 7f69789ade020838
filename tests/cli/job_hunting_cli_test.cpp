// `compliance job-hunting …` (issue 13, item 4) through the real kakehashi-cli,
// on a file or on the test server: set, list, due, import and export, exit
// codes, and the audit trail.
#include "cli_support.h"

#include "catch_qt.h"

#include <QFile>

using namespace kakehashi::clitest;

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

TEST_CASE("cli_jobHunting_set_list_due_import_export", "[cli][compliance]")
{
    Cli cli;
    cli.importValid();
    // ST0001 granted on 1 April for six months; ST0002 (employed, P0001) the same;
    // ST0003 granted on 1 May, renewed once to 31 March.
    Run r = cli(words({"compliance", "job-hunting", "set", "ST0001", "--granted", "2026-04-01", "--ends", "2026-10-01",
                       "--letter-by", "Career Office, 東京大学", "--letter-on", "2026-03-20"}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(cli(words({"compliance", "job-hunting", "set", "ST0002", "--granted", "2026-04-01", "--ends", "2026-10-01"}))
                .code == 0);
    REQUIRE(cli(words({"compliance", "job-hunting", "set", "ST0003", "--granted", "2026-05-01", "--ends", "2026-10-31",
                       "--renewed-to", "2027-03-31"}))
                .code == 0);

    // More than six months, a second renewal's length, a letter after the grant: refused (1), field named.
    r = cli(words({"compliance", "job-hunting", "set", "ST0004", "--granted", "2026-04-01", "--ends", "2026-10-02"}));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("ends_on: the status ends on 2026-10-02, more than six months after it was "
                                        "granted (2026-10-01 at the latest)")));
    r = cli(words({"compliance", "job-hunting", "set", "ST0003", "--granted", "2026-05-01", "--ends", "2026-10-31",
                   "--renewed-to", "2027-05-01"}));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("renewed_to:")));
    // Usage errors (2).
    CHECK(cli(words({"compliance", "job-hunting", "set", "ST0004", "--granted", "2026-04-01"})).code == 2);
    CHECK(cli(words({"compliance", "job-hunting", "set", "ST0004", "--granted", "2026-13-01", "--ends", "2026-10-01"}))
              .code == 2);
    CHECK(cli(words({"compliance", "job-hunting", "due", "--within", "-1"})).code == 2);
    CHECK(cli(words({"compliance", "job-hunting", "renew"})).code == 2);

    r = cli(words({"compliance", "job-hunting", "list", "--date", "2026-09-10"}));
    REQUIRE(r.code == 0);
    CHECK(QString::fromUtf8(r.out) ==
          QStringLiteral("student_no,name,granted_on,status_end,renewed,days_left,letter_by,letter_on,placed\r\n"
                         "ST0001,阮 文安,2026-04-01,2026-10-01,false,21,\"Career Office, 東京大学\",2026-03-20,false\r\n"
                         "ST0002,김 민준,2026-04-01,2026-10-01,false,21,,,true\r\n"
                         "ST0003,Sukprasert Nattaya,2026-05-01,2027-03-31,true,202,,,false\r\n"));
    // Due: ST0001 alone (ST0002 placed, ST0003 renewed).
    r = cli(words({"compliance", "job-hunting", "due", "--date", "2026-09-10"}));
    REQUIRE(r.code == 0);
    CHECK(lines(QString::fromUtf8(r.out)).size() == 2);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("\r\nST0001,阮 文安,2026-04-01,2026-10-01,false,21,")));
    CHECK(lines(QString::fromUtf8(cli(words({"compliance", "job-hunting", "due", "--date", "2026-09-10", "--within",
                                             "20"}))
                                      .out))
              .size() == 1);

    // Export, then import of an edited file: all rows or none.
    r = cli(words({"compliance", "job-hunting", "export"}));
    REQUIRE(r.code == 0);
    const QByteArray exported = r.out;
    CHECK(exported.startsWith("student_no,granted_on,ends_on,renewed_to,letter_by,letter_on\r\n"
                              "ST0001,2026-04-01,2026-10-01,,\"Career Office, 東京大学\",2026-03-20\r\n"));
    QFile bad(cli.file(QStringLiteral("bad.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("student_no,granted_on,ends_on,renewed_to,letter_by,letter_on\n"
              "ST0002,2026-04-01,2026-09-30,,,\n"
              "ST0003,2026-04-01,2026-09-30,,Someone,\n");
    bad.close();
    r = cli(words({"compliance", "job-hunting", "import", bad.fileName().toUtf8().constData()}));
    CHECK(r.code == 1);
    CHECK(r.err.contains(bad.fileName() + QStringLiteral(", line 3, letter_on: the school's letter needs both who "
                                                         "issued it and when")));
    CHECK(cli(words({"compliance", "job-hunting", "export"})).out == exported);
    QFile good(cli.file(QStringLiteral("good.csv")));
    REQUIRE(good.open(QIODevice::WriteOnly));
    good.write("student_no,granted_on,ends_on,renewed_to,letter_by,letter_on\n"
               "ST0003,2026-04-01,2026-09-30,,,\n"
               "ST0001,2026-04-01,2026-10-01,2027-04-01,\"Career Office, 東京大学\",2026-03-20\n");
    good.close();
    r = cli(words({"compliance", "job-hunting", "import", good.fileName().toUtf8().constData()}));
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("imported 2 rows")));
    r = cli(words({"compliance", "job-hunting", "due", "--date", "2026-09-10"}));
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("\r\nST0003,")));
    CHECK_FALSE(QString::fromUtf8(r.out).contains(QStringLiteral("ST0001")));

    // Every change is in the audit trail, which still verifies.
    r = cli(words({"audit", "export"}));
    REQUIRE(r.code == 0);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral(",update,job_hunting,ST0001,renewed_to,,2027-04-01")));
    r = cli(words({"check"}));
    INFO(r.err.toStdString() << QString::fromUtf8(r.out).toStdString());
    CHECK(r.code == 0);
}
