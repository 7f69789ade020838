// Signed timesheets and the completion report through the real kakehashi-cli
// (issue 14, items 4 and 5): the sheet to sign is a PDF with the student and the
// month's days, an attached scan comes back byte for byte with the SHA-256 that
// sha256sum prints and that the audit trail holds, a CSV is refused by name,
// approval warns about a month without its sheet, who may do what, and the
// completion report's total is the ledger's net after a reversal.
#include "cli_support.h"

#include <QProcess>
#include <QStandardPaths>

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

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void import(Cli &cli, const char *kind, const char *csv)
{
    const QString path = cli.file(QString::fromLatin1(kind) + QStringLiteral(".csv"));
    write(path, QByteArray(csv));
    const Run r = cli({QStringLiteral("import"), QString::fromLatin1(kind), path});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
}

void seed(Cli &cli)
{
    import(cli, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    import(cli, "companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n");
    import(cli, "students",
           "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on,"
           "graduation_date\n"
           "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,2026-03-31\n"
           "ST2,Kim,Minjun,2002-01-01,KR,S1,sme_internship,2025,2025-04-01,2026-03-31\n");
    import(cli, "internships",
           "internship_no,student_no,company_code,start_date,end_date,status\n"
           "I1,ST1,C1,2025-10-01,2026-03-31,active\nI2,ST2,C1,2025-10-01,2026-03-31,active\n");
    import(cli, "attendance",
           "internship_no,date,status,hours\nI1,2025-10-01,present,8\nI1,2025-10-02,present,8\n"
           "I1,2025-10-03,present,8\nI2,2025-10-01,present,8\nI2,2025-10-02,present,8\n");
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    return p.readAllStandardOutput();
}

} // namespace

TEST_CASE("cli_evidence_sheetAttachListExport_hashAsSha256sumAndAudited", "[cli][evidence]")
{
    Cli cli;
    seed(cli);
    const QString sheet = cli.file(QStringLiteral("sheet.pdf"));
    const Run printed = cli(words("evidence sheet --internship I1 --month 2025-10 -o") << sheet);
    INFO(printed.err.toStdString());
    REQUIRE(printed.code == 0);
    const QByteArray pdf = read(sheet);
    CHECK(pdf.startsWith("%PDF"));
    if (const QString pdftotext = tool("pdftotext"); !pdftotext.isEmpty()) {
        const QString text = QString::fromUtf8(runTool(pdftotext, {sheet, QStringLiteral("-")}));
        CHECK(text.contains(QStringLiteral("阮 文安")));
        CHECK(text.contains(QStringLiteral("出勤簿")));
        CHECK(text.contains(QStringLiteral("10/1")));
        CHECK(text.contains(QStringLiteral("10/31")));
    }
    // The blank sheet of a month outside the internship is refused.
    CHECK(cli(words("evidence sheet --internship I1 --month 2025-09 -o") << cli.file(QStringLiteral("x.pdf"))).code == 1);

    // Attach the "signed scan" (the printed PDF stands in for it).
    const Run added = cli(words("evidence add --internship I1 --month 2025-10") << sheet);
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QString hash = QString::fromLatin1(added.out).trimmed();
    if (const QString sha256sum = tool("sha256sum"); !sha256sum.isEmpty())
        CHECK(QString::fromLatin1(runTool(sha256sum, {sheet})).section(QLatin1Char(' '), 0, 0) == hash);
    const Run trail = cli(words("audit export"));
    CHECK(trail.out.contains("evidence_add,documents,I1/2025-10,sha256,," + hash.toUtf8()));

    // A second attach needs --replace; a CSV is refused by name.
    const Run again = cli(words("evidence add --internship I1 --month 2025-10") << sheet);
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("--replace")));
    const QString csv = cli.file(QStringLiteral("internships.csv"));
    const Run refused = cli(words("evidence add --internship I2 --month 2025-10") << csv);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("internships.csv is neither a PDF nor an image")));
    CHECK(cli(words("evidence add --internship I2") << csv).code == 2);

    // The month's list: I1 attached with its hash, I2 missing.
    const Run list = cli(words("evidence list --month 2025-10"));
    REQUIRE(list.code == 0);
    const QStringList lines = kakehashi::clitest::lines(QString::fromUtf8(list.out));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].trimmed() == QStringLiteral("internship_no,period,state,version,filename,media_type,size_bytes,sha256,added_by,added_at"));
    CHECK(lines[1].startsWith(QStringLiteral("I1,2025-10,attached,1,sheet.pdf,application/pdf,")));
    CHECK(lines[1].contains(hash));
    CHECK(lines[2].startsWith(QStringLiteral("I2,2025-10,missing,")));
    CHECK(list.err.contains(QStringLiteral("1 claim(s) without a signed timesheet")));

    // Exported byte for byte; the export audited; never over the database.
    const QString back = cli.file(QStringLiteral("back.pdf"));
    REQUIRE(cli(words("evidence export --internship I1 --month 2025-10 -o") << back).code == 0);
    CHECK(read(back) == pdf);
    CHECK(cli(words("audit export")).out.contains("evidence_export,documents,I1/2025-10,sha256,," + hash.toUtf8()));
    CHECK(cli(words("evidence export --internship I1 --month 2025-10 -o") << cli.db()).code == 1);
    CHECK(cli(words("evidence export --internship I2 --month 2025-10 -o") << back).code == 1);

    // Replaced with --replace: version 2 in force, version 1 kept.
    const QString png = cli.file(QStringLiteral("photo.png"));
    write(png, QByteArrayLiteral("\x89PNG\r\n\x1a\n the photo of the signed paper"));
    REQUIRE(cli(words("evidence add --replace --internship I1 --month 2025-10") << png).code == 0);
    const QStringList all = kakehashi::clitest::lines(QString::fromUtf8(cli(words("evidence list")).out));
    REQUIRE(all.size() == 3);
    CHECK(all[1].startsWith(QStringLiteral("I1,2025-10,replaced,1,sheet.pdf,")));
    CHECK(all[2].startsWith(QStringLiteral("I1,2025-10,attached,2,photo.png,image/png,")));
}

TEST_CASE("cli_evidence_rolesApprovalWarningAndCompletionReport", "[cli][evidence][completion][file]")
{
    Cli cli;
    seed(cli);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KAKEHASHI_NEW_PASSWORD"), QStringLiteral("pw-long-enough-1"));
    REQUIRE(cli(words("user add admin --role administrator"), env).code == 0);
    env.insert(QStringLiteral("KAKEHASHI_PASSWORD"), QStringLiteral("pw-long-enough-1"));
    REQUIRE(cli(words("--user admin user add sato --role staff"), env).code == 0);
    REQUIRE(cli(words("--user admin user add audit --role auditor"), env).code == 0);
    const QString pdf = cli.file(QStringLiteral("signed.pdf"));
    write(pdf, QByteArrayLiteral("%PDF-1.4\n% scanned\n%%EOF\n"));

    // Auditors read and export, they do not attach.
    CHECK(cli(words("--user audit evidence add --internship I1 --month 2025-10") << pdf, env).code == 3);
    REQUIRE(cli(words("--user sato evidence add --internship I1 --month 2025-10") << pdf, env).code == 0);
    CHECK(cli(words("--user audit evidence list --month 2025-10"), env).code == 0);
    CHECK(cli(words("--user audit evidence export --internship I1 --month 2025-10 -o") << cli.file(QStringLiteral("a.pdf")),
              env)
              .code == 0);

    // Preparing the month warns about I2's missing sheet, and prepares it.
    const Run prepared = cli(words("--user sato subsidy prepare --month 2025-10"), env);
    INFO(prepared.err.toStdString());
    CHECK(prepared.code == 0);
    CHECK(prepared.err.contains(QStringLiteral("warning: I2 Kim Minjun: no signed timesheet for 2025-10")));
    CHECK_FALSE(prepared.err.contains(QStringLiteral("warning: I1")));

    // Post, reverse I2's payment: the report's total is the ledger's net.
    REQUIRE(cli(words("--user admin ledger post --month 2025-10"), env).code == 0);
    REQUIRE(cli(words("--user admin ledger reverse 2 --reason wrong"), env).code == 0);
    const Run report = cli(words("--user audit report completion --fy 2025 --format csv"), env);
    INFO(report.err.toStdString());
    REQUIRE(report.code == 0);
    const QStringList rows = kakehashi::clitest::lines(QString::fromUtf8(report.out));
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].startsWith(QStringLiteral("internship_no,student_no,name,nationality,school,company,start_date,"
                                            "end_date,days,paid_jpy,timesheets")));
    CHECK(rows[1].startsWith(QStringLiteral("I1,ST1,阮 文安,VN,東京大学,株式会社かけはし,2025-10-01,2026-03-31,3,21000,1/1")));
    CHECK(rows[2].startsWith(QStringLiteral("I2,ST2,Kim Minjun,KR,東京大学,株式会社かけはし,2025-10-01,2026-03-31,0,0,0/0")));
    CHECK(rows[3].startsWith(QStringLiteral("total,2,,,,1,,,3,21000,1/1")));

    const QString out = cli.file(QStringLiteral("completion.pdf"));
    const Run pdfRun = cli(words("--user audit --lang ja report completion --fy 2025 -o") << out, env);
    INFO(pdfRun.err.toStdString());
    REQUIRE(pdfRun.code == 0);
    CHECK(read(out).startsWith("%PDF"));
    if (const QString pdftotext = tool("pdftotext"); !pdftotext.isEmpty()) {
        const QString text = QString::fromUtf8(runTool(pdftotext, {out, QStringLiteral("-")}));
        CHECK(text.contains(QStringLiteral("実績報告書")));
        CHECK(text.contains(QStringLiteral("21,000")));
    }
    const QString xlsx = cli.file(QStringLiteral("completion.xlsx"));
    REQUIRE(cli(words("--user audit report completion --fy 2025 --format xlsx -o") << xlsx, env).code == 0);
    CHECK(read(xlsx).startsWith("PK"));
    CHECK(cli(words("--user audit report completion --fy 2025 --format html"), env).code == 2);
    CHECK(cli(words("--user audit audit export"), env).out.contains("export,report_completion,2025"));
}
