// Business Japanese and test preparation through the real kakehashi-cli (issue
// 15, item 8): a course, units and scores recorded and listed; a list exported
// and imported again unchanged; an import with bad rows refused whole with
// FILE:LINE: COLUMN messages (exit 1) and nothing written; the per-cohort
// report; usage errors (exit 2); an auditor reads but may not record (exit 3).
#include "cli_support.h"

#include <QProcess>

using kakehashi::clitest::Cli;
using kakehashi::clitest::Run;

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

void seed(Cli &cli)
{
    const auto import = [&](const char *kind, const char *csv) {
        const QString path = cli.file(QString::fromLatin1(kind) + QStringLiteral(".csv"));
        write(path, QByteArray(csv));
        const Run r = cli({QStringLiteral("import"), QString::fromLatin1(kind), path});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    };
    import("schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    import("students",
           "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on\n"
           "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01\n"
           "ST2,李,明,2001-05-05,CN,S1,sme_internship,2025,2025-04-01\n");
}

QByteArray text(QByteArray b)
{
    return b.replace("\r\n", "\n");
}

} // namespace

TEST_CASE("japanese_recordListImportReport", "[cli][japanese]")
{
    Cli cli;
    REQUIRE(cli(words("init")).code == 0);
    seed(cli);
    Run r = cli({QStringLiteral("japanese"), QStringLiteral("course"), QStringLiteral("--student"), QStringLiteral("ST1"),
                 QStringLiteral("--name"), QStringLiteral("ビジネス日本語 I"), QStringLiteral("--hours"),
                 QStringLiteral("40"), QStringLiteral("--from"), QStringLiteral("2025-05-01"), QStringLiteral("--to"),
                 QStringLiteral("2025-07-31")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(cli(words("japanese units --student ST1 --completed 12")).code == 0);
    REQUIRE(cli(words("japanese score --student ST1 --test BJT --date 2025-06-15 --score 420")).code == 0);
    REQUIRE(cli(words("japanese score --student ST2 --test BJT --date 2025-06-15 --score 351")).code == 0);

    CHECK(text(cli(words("japanese list courses")).out) ==
          "student_no,name,hours,from,to\nST1,ビジネス日本語 I,40,2025-05-01,2025-07-31\n");
    CHECK(text(cli(words("japanese list scores --student ST2")).out) == "student_no,test,date,score\nST2,BJT,2025-06-15,351\n");
    CHECK(text(cli(words("japanese report")).out) ==
          "cohort_fy,students,in_courses,average_hours,average_units_completed,units_of,scores,average_score\n"
          "2025,2,1,20.0,6.0,18,2,385.5\n");

    // Exported and imported again: nothing changes.
    const QString scores = cli.file(QStringLiteral("scores.csv"));
    REQUIRE(cli({QStringLiteral("japanese"), QStringLiteral("list"), QStringLiteral("scores"), QStringLiteral("-o"), scores}).code == 0);
    r = cli({QStringLiteral("japanese"), QStringLiteral("import"), QStringLiteral("scores"), scores});
    CHECK(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("0 new, 0 updated, 2 unchanged")));

    // A file with bad rows: refused whole, every problem named by file, line and column.
    const QString bad = cli.file(QStringLiteral("bad.csv"));
    write(bad, "student_no,test,date,score\nST1,JLPT N2 practice,2025-07-01,110\nST9,BJT,2025-07-01,300\n"
               "ST2,BJT,2025-13-01,300\nST2,BJT,2025-07-01,1200\n");
    r = cli({QStringLiteral("japanese"), QStringLiteral("import"), QStringLiteral("scores"), bad});
    CHECK(r.code == 1);
    CHECK(r.err.contains(bad + QStringLiteral(":3: student_no: there is no student ST9")));
    CHECK(r.err.contains(bad + QStringLiteral(":4: date:")));
    CHECK(r.err.contains(bad + QStringLiteral(":5: score: 1200 is not between 0 and 1000")));
    CHECK(text(cli(words("japanese list scores --student ST1")).out) == "student_no,test,date,score\nST1,BJT,2025-06-15,420\n");

    // The same file put right goes in.
    write(bad, "student_no,test,date,score\nST1,JLPT N2 practice,2025-07-01,110\nST2,BJT,2025-06-15,360\n");
    r = cli({QStringLiteral("japanese"), QStringLiteral("import"), QStringLiteral("scores"), bad});
    CHECK(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("1 new, 1 updated, 0 unchanged")));
    CHECK(text(cli(words("japanese report --test BJT")).out).endsWith("2025,2,1,20.0,6.0,18,2,390.0\n"));

    CHECK(cli(words("japanese units --student ST1 --completed twelve")).code == 2);
    CHECK(cli(words("japanese list grades")).code == 2);
    CHECK(cli(words("japanese frobnicate")).code == 2);
    r = cli(words("japanese units --student ST1 --completed 19"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("units_completed: 19 is not between 0 and 18")));
}

TEST_CASE("japanese_roles", "[cli][japanese][file]")
{
    if (kakehashi::test::onServer())
        return; // a server's logins are its roles (the core test checks the service's roles there)
    Cli cli;
    REQUIRE(cli(words("init")).code == 0);
    seed(cli);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KAKEHASHI_NEW_PASSWORD"), QStringLiteral("pw-long-enough-1"));
    REQUIRE(cli(words("user add admin --role administrator"), env).code == 0);
    env.insert(QStringLiteral("KAKEHASHI_PASSWORD"), QStringLiteral("pw-long-enough-1"));
    REQUIRE(cli(words("--user admin user add sato --role staff"), env).code == 0);
    REQUIRE(cli(words("--user admin user add audit --role auditor"), env).code == 0);

    CHECK(cli(words("--user audit japanese units --student ST1 --completed 3"), env).code == 3);
    REQUIRE(cli(words("--user sato japanese units --student ST1 --completed 3"), env).code == 0);
    const Run r = cli(words("--user audit japanese list units"), env);
    CHECK(r.code == 0);
    CHECK(text(r.out) == "student_no,units_completed\nST1,3\n");
    const Run audit = cli(words("--user admin audit export"), env);
    INFO(audit.err.toStdString());
    CHECK(audit.out.contains("japanese_units"));
}
