// The checks before an internship starts through the real kakehashi-cli (issue
// 13, item 3): with the setting internship.checklist on, an import that sets an
// internship active while its checklist lacks items is refused naming the file,
// line, field, internship and items (exit 1, nothing written); verifications
// with their scanned documents, the list, the export, the document back byte
// for byte; the administrator's override with its reason in the audit trail;
// a checklist import refused with FILE:LINE: COLUMN; who may do what.
#include "cli_support.h"

#include <QUrl>
#include <QUrlQuery>

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

Run importFile(Cli &cli, const char *kind, const char *csv, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               const QStringList &user = {})
{
    const QString path = cli.file(QString::fromLatin1(kind) + QStringLiteral(".csv"));
    write(path, QByteArray(csv));
    return cli(user + QStringList{QStringLiteral("import"), QString::fromLatin1(kind), path}, env);
}

void seed(Cli &cli)
{
    for (const auto &[kind, csv] : std::initializer_list<std::pair<const char *, const char *>>{
             {"schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n"},
             {"companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n"},
             {"students", "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,"
                          "enrolled_on,graduation_date\n"
                          "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,2026-03-31\n"
                          "ST2,Kim,Minjun,2002-01-01,KR,S1,sme_internship,2025,2025-04-01,2026-03-31\n"},
             {"internships", "internship_no,student_no,company_code,start_date,end_date,status\n"
                             "I1,ST1,C1,2025-10-01,2026-03-31,planned\nI2,ST2,C1,2025-10-01,2026-03-31,planned\n"}}) {
        const Run r = importFile(cli, kind, csv);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }
}

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n% the residence card, both sides\n%%EOF\n");

// The URI of the test's database for another login, and that login's environment.
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

Run cliAs(const QString &db, const QString &password, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(withPassword(password));
    p.start(QStringLiteral(KAKEHASHI_CLI), QStringList{QStringLiteral("--db"), db} + args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

// psql as that login: exit code and stderr.
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

} // namespace

TEST_CASE("cli_checklist_onRefusesActiveImport_setListOverrideAudited", "[cli][checklist]")
{
    Cli cli;
    seed(cli);
    REQUIRE(cli(words("settings set internship.checklist on")).code == 0);

    // Refused: file, line, field, the internship and what it lacks; nothing written.
    const Run refused = importFile(cli, "internships", "internship_no,status\nI2,planned\nI1,active\n");
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(cli.file(QStringLiteral("internships.csv")) +
                               QStringLiteral(":3: status: internship I1 cannot be active while its checklist lacks: "
                                              "residence card copy seen, work permission, internship agreement "
                                              "signed by the company, insurance")));
    CHECK(QString::fromUtf8(cli(words("export internships")).out).contains(QStringLiteral("I1,ST1,C1,2025-10-01,2026-03-31,planned")));

    const QString card = cli.file(QStringLiteral("card.pdf"));
    write(card, kPdf);
    const Run set = cli(words("compliance checklist set I1 residence_card --date 2025-09-19 --document") << card);
    INFO(set.err.toStdString());
    REQUIRE(set.code == 0);
    CHECK(set.err.contains(QStringLiteral("still missing: work_permission, agreement, insurance")));
    CHECK(cli(words("compliance checklist set I1 work_permission --date 2025-09-19")).code == 2); // --permission needed
    const Run individual = cli(words("compliance checklist set I1 work_permission --date 2025-09-19 --permission individual"));
    CHECK(individual.code == 1);
    CHECK(individual.err.contains(QStringLiteral("needs its date")));
    CHECK(cli(words("compliance checklist set I1 visa")).code == 2);

    const Run list = cli(words("compliance checklist list --internship I1"));
    REQUIRE(list.code == 0);
    const QStringList rows = kakehashi::clitest::lines(QString::fromUtf8(list.out));
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].trimmed() == QStringLiteral("internship_no,student_no,status,item,state,problem,verified_on,verified_by,permission,"
                                    "permission_date,permission_no,document,sha256,overridden"));
    CHECK(rows[1].startsWith(QStringLiteral("I1,ST1,planned,residence_card,done,,2025-09-19,")));
    CHECK(rows[1].contains(QStringLiteral(",card.pdf,")));
    CHECK(rows[2].trimmed() == QStringLiteral("I1,ST1,planned,work_permission,missing,not verified,,,,,,,,false"));

    // The document comes back as attached.
    const QString back = cli.file(QStringLiteral("back.pdf"));
    REQUIRE(cli(words("compliance checklist document I1 residence_card -o") << back).code == 0);
    CHECK(read(back) == kPdf);

    // The override: a reason is required (usage), then active in one step, audited.
    CHECK(cli(words("compliance checklist override I1")).code == 2);
    const Run over = cli(QStringList{QStringLiteral("compliance"), QStringLiteral("checklist"), QStringLiteral("override"),
                                     QStringLiteral("I1"), QStringLiteral("--reason"),
                                     QStringLiteral("agreement signed, scan follows")});
    INFO(over.err.toStdString());
    REQUIRE(over.code == 0);
    CHECK(QString::fromUtf8(cli(words("export internships")).out).contains(QStringLiteral("I1,ST1,C1,2025-10-01,2026-03-31,active")));
    const QString audit = QString::fromUtf8(cli(words("audit export")).out);
    CHECK(audit.contains(QStringLiteral("checklist_override,internships,I1,status,planned,\"active (missing: work_permission "
                                        "agreement insurance; reason: agreement signed, scan follows)\"")));
    CHECK(audit.contains(QStringLiteral("checklist_check,internship_checks,I1/residence_card,residence_card,")));

    const Run exported = cli(words("compliance checklist export"));
    REQUIRE(exported.code == 0);
    const QStringList history = kakehashi::clitest::lines(QString::fromUtf8(exported.out));
    REQUIRE(history.size() == 2);
    CHECK(history[1].startsWith(QStringLiteral("I1,residence_card,2025-09-19,")));

    // Off: active is taken with items missing.
    REQUIRE(cli(words("settings set internship.checklist off")).code == 0);
    CHECK(importFile(cli, "internships", "internship_no,status\nI2,active\n").code == 0);
}

TEST_CASE("cli_checklist_importRefused_fileLineColumn", "[cli][checklist]")
{
    Cli cli;
    seed(cli);
    write(cli.file(QStringLiteral("card.pdf")), kPdf);
    const QString bad = cli.file(QStringLiteral("checks.csv"));
    write(bad, "internship_no,item,verified_on,document\nI1,residence_card,2025-09-19,card.pdf\n"
               "I9,insurance,2025-09-19,card.pdf\nI1,agreement,19.9.2025,card.pdf\n");
    const Run r = cli(QStringList{QStringLiteral("compliance"), QStringLiteral("checklist"), QStringLiteral("import"), bad});
    CHECK(r.code == 1);
    CHECK(r.err.contains(bad + QStringLiteral(":3: internship_no: there is no internship I9")));
    CHECK(r.err.contains(bad + QStringLiteral(":4: verified_on: “19.9.2025” is not a date (YYYY-MM-DD)")));
    CHECK(kakehashi::clitest::lines(QString::fromUtf8(cli(words("compliance checklist export")).out)).size() == 1);
    write(bad, "internship_no,item,verified_on,document\nI1,residence_card,2025-09-19,card.pdf\n");
    const Run ok = cli(QStringList{QStringLiteral("compliance"), QStringLiteral("checklist"), QStringLiteral("import"), bad});
    INFO(ok.err.toStdString());
    CHECK(ok.code == 0);
    CHECK(kakehashi::clitest::lines(QString::fromUtf8(cli(words("compliance checklist export")).out)).size() == 2);
}

TEST_CASE("cli_checklist_roles_staffRecordAdministratorOverridesAuditorReads", "[cli][checklist][file]")
{
    Cli cli;
    seed(cli);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KAKEHASHI_NEW_PASSWORD"), QStringLiteral("pw-long-enough-1"));
    REQUIRE(cli(words("user add admin --role administrator"), env).code == 0);
    env.insert(QStringLiteral("KAKEHASHI_PASSWORD"), QStringLiteral("pw-long-enough-1"));
    REQUIRE(cli(words("--user admin user add sato --role staff"), env).code == 0);
    REQUIRE(cli(words("--user admin user add audit --role auditor"), env).code == 0);
    REQUIRE(cli(words("--user admin settings set internship.checklist on"), env).code == 0);
    const QString card = cli.file(QStringLiteral("card.pdf"));
    write(card, kPdf);

    CHECK(cli(words("--user audit compliance checklist set I1 residence_card --date 2025-09-19 --document") << card, env).code == 3);
    const Run set = cli(words("--user sato compliance checklist set I1 residence_card --date 2025-09-19 --document") << card, env);
    CHECK(set.code == 0);
    CHECK(set.err.contains(QStringLiteral("verified on 2025-09-19 by sato")));
    CHECK(cli(words("--user audit compliance checklist list"), env).code == 0);
    CHECK(cli(words("--user sato compliance checklist override I1 --reason urgent"), env).code == 3);
    CHECK(cli(words("--user audit compliance checklist override I1 --reason urgent"), env).code == 3);
    CHECK(cli(words("--user admin compliance checklist override I1 --reason urgent"), env).code == 0);
    CHECK(QString::fromUtf8(cli(words("--user audit export internships"), env).out)
              .contains(QStringLiteral("I1,ST1,C1,2025-10-01,2026-03-31,active")));
}

TEST_CASE("server_checklistGrants_staffRecordAdministratorOverridesAuditorReads_appendOnly", "[cli][server][checklist]")
{
    if (!kakehashi::test::onServer())
        return;
    Cli cli;
    REQUIRE(cli({QStringLiteral("init")}).code == 0);
    seed(cli);
    const QString db = QUrl(cli.db()).path().mid(1);
    const QString staff = QStringLiteral("staff_") + db, admin = QStringLiteral("admin_") + db,
                  auditor = QStringLiteral("auditor_") + db;
    const QString pw = QStringLiteral("a-password-12345");
    for (const auto &[name, role] : {std::pair{staff, "staff"}, std::pair{admin, "administrator"}, std::pair{auditor, "auditor"}}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KAKEHASHI_NEW_PASSWORD"), pw);
        const Run r = cli({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), QString::fromLatin1(role)}, env);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }
    REQUIRE(cli(words("settings set internship.checklist on")).code == 0);
    const QString card = cli.file(QStringLiteral("card.pdf"));
    write(card, kPdf);
    const QString asStaff = asUser(cli.db(), staff), asAdmin = asUser(cli.db(), admin), asAuditor = asUser(cli.db(), auditor);

    const Run set = cliAs(asStaff, pw, words("compliance checklist set I1 residence_card --date 2025-09-19 --document") << card);
    INFO(set.err.toStdString());
    CHECK(set.code == 0);
    CHECK(cliAs(asAuditor, pw, words("compliance checklist set I1 insurance --date 2025-09-19 --document") << card).code == 3);
    CHECK(cliAs(asAuditor, pw, words("compliance checklist list")).code == 0);
    CHECK(cliAs(asStaff, pw, words("compliance checklist override I1 --reason urgent")).code == 3);
    const Run over = cliAs(asAdmin, pw, words("compliance checklist override I1 --reason urgent"));
    INFO(over.err.toStdString());
    CHECK(over.code == 0);
    // The server itself: staff write no override, auditors no check; nobody rewrites either.
    const auto [staffOverride, staffWhy] = psql(asStaff, pw,
        QStringLiteral("INSERT INTO checklist_overrides (internship_no, overridden_by, overridden_at, reason, missing) "
                       "VALUES ('I2', 'x', 'x', 'x', '')"));
    CHECK(staffOverride != 0);
    CHECK(staffWhy.contains(QLatin1String("permission denied")));
    CHECK(psql(asAuditor, pw, QStringLiteral("INSERT INTO internship_checks SELECT * FROM internship_checks LIMIT 0")).first != 0);
    CHECK(psql(asAuditor, pw, QStringLiteral("SELECT count(*) FROM internship_checks, checklist_overrides")).first == 0);
    CHECK(psql(cli.db(), qEnvironmentVariable("PGPASSWORD"), QStringLiteral("UPDATE internship_checks SET note = 'x'"))
              .second.contains(QLatin1String("never changed")));
    CHECK(psql(cli.db(), qEnvironmentVariable("PGPASSWORD"), QStringLiteral("DELETE FROM checklist_overrides"))
              .second.contains(QLatin1String("never deleted")));
    // The trail names the logins.
    const QString audit = QString::fromUtf8(cli(words("audit export")).out);
    CHECK(audit.contains(QStringLiteral(",") + staff + QStringLiteral(",checklist_check,internship_checks,I1/residence_card,")));
    CHECK(audit.contains(QStringLiteral(",") + admin + QStringLiteral(",checklist_override,internships,I1,status,planned,")));
}
