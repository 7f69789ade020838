// Paying the interns through the real kakehashi-cli (FORMATS.md §6, issue 14):
// settings, budgets, posting within the budget, the transfer file, approval,
// and who may do each.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "catch_qt.h"

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

class PayCli
{
public:
    PayCli() : db_(dir_.filePath(QStringLiteral("pay.sqlite3"))) {}

    // Runs as `user` (none: the single-user database) with that user's password.
    Run operator()(const QStringList &args, const QString &user = {}, const QString &newPassword = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KAKEHASHI_PASSWORD"), user + QStringLiteral("-password"));
        if (!newPassword.isEmpty())
            env.insert(QStringLiteral("KAKEHASHI_NEW_PASSWORD"), newPassword);
        QStringList all{QStringLiteral("--db"), db_};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KAKEHASHI_CLI), all + args);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(120000));
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString file(const QString &name) const { return dir_.filePath(name); }

    void import(const char *kind, const QString &csv, const QString &user = {})
    {
        const QString path = file(QString::fromLatin1(kind) + QStringLiteral(".csv"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(csv.toUtf8());
        f.close();
        const Run r = (*this)({QStringLiteral("import"), QString::fromLatin1(kind), path}, user);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }

private:
    QTemporaryDir dir_;
    QString db_;
};

QStringList args(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Two final-year students with accounts; October: ST1 3 present days (¥21,000),
// ST2 2 (¥14,000); November: ST1 1 (¥7,000).
void seed(PayCli &cli)
{
    cli.import("schools", QStringLiteral("code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n"));
    cli.import("companies", QStringLiteral("code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n"));
    cli.import("students",
               QStringLiteral("student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,"
                              "enrolled_on,graduation_date,bank_code,branch_code,account_type,account_no,"
                              "account_holder_kana\n"
                              "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,2026-03-31,0005,123,,0012345,"
                              "グエン ヴァン アン\n"
                              "ST2,Kim,Minjun,2002-01-01,KR,S1,sme_internship,2025,2025-04-01,2026-03-31,9900,001,"
                              "current,7654321,ｷﾑ ﾐﾝｼﾞｭﾝ\n"));
    cli.import("internships", QStringLiteral("internship_no,student_no,company_code,start_date,end_date,status\n"
                                             "I1,ST1,C1,2025-10-01,2026-03-31,active\n"
                                             "I2,ST2,C1,2025-10-01,2026-03-31,active\n"));
    cli.import("attendance", QStringLiteral("internship_no,date,status\nI1,2025-10-01,present\nI1,2025-10-02,present\n"
                                            "I1,2025-10-03,present\nI2,2025-10-01,present\nI2,2025-10-02,present\n"
                                            "I1,2025-11-04,present\n"));
}

void bankSettings(PayCli &cli, const QString &user = {})
{
    const char *const settings[][2] = {
        {"transfer.requester_code", "1234567890"}, {"transfer.requester_name", "カケハシ"},
        {"transfer.bank_code", "0001"},            {"transfer.bank_name", "ミズホ"},
        {"transfer.branch_code", "001"},           {"transfer.branch_name", "トウキョウ"},
        {"transfer.account_no", "1234567"}};
    for (const auto &s : settings) {
        const Run r = cli({QStringLiteral("settings"), QStringLiteral("set"), QString::fromUtf8(s[0]), QString::fromUtf8(s[1])},
                          user);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }
}

} // namespace

TEST_CASE("cli_transfer_theFileBudgetEdgeRepeatsAndAnUnwritableName", "[cli][payments]")
{
    PayCli cli;
    seed(cli);
    // Settings: every key listed, defaults as the values they stand for.
    const Run before = cli(args("settings list"));
    REQUIRE(before.code == 0);
    CHECK(before.out.startsWith("subsidy.approval\toff\ntransfer.account_no\t\ntransfer.account_type\tordinary\n"));
    CHECK(cli(args("settings set transfer.bank_code 12345")).code == 1);
    CHECK(cli(args("settings set transfer.no_such 1")).code == 2);
    bankSettings(cli);
    const Run list = cli(args("settings list"));
    CHECK(QString::fromUtf8(list.out).contains(QStringLiteral("transfer.bank_name\tﾐｽﾞﾎ\n")));
    CHECK(QString::fromUtf8(list.out).contains(QStringLiteral("transfer.branch_name\tﾄｳｷﾖｳ\n")));

    // The budget: no limit at first; October's ¥35,000 is one yen too many for 34,999.
    CHECK(cli(args("subsidy budget --fy 2025")).out == QByteArray("fy,budget_jpy,paid_jpy,remaining_jpy\r\n2025,,0,\r\n"));
    CHECK(cli(args("subsidy budget --fy 2025 --set 34999")).code == 0);
    const Run refused = cli(args("ledger post --month 2025-10"));
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("above its budget of ¥34999 by ¥1; nothing was posted")));
    CHECK(cli(args("ledger verify")).out.startsWith("ok 0 entries"));
    CHECK(cli(args("subsidy budget --fy 2025 --set ¥35,000")).out ==
          QByteArray("fy,budget_jpy,paid_jpy,remaining_jpy\r\n2025,35000,0,35000\r\n"));
    REQUIRE(cli(args("ledger post --month 2025-10")).code == 0); // equal is allowed
    CHECK(cli(args("subsidy budget --fy 2025")).out == QByteArray("fy,budget_jpy,paid_jpy,remaining_jpy\r\n2025,35000,35000,0\r\n"));

    // The transfer file.
    CHECK(cli({QStringLiteral("ledger"), QStringLiteral("transfer"), QStringLiteral("--month"), QStringLiteral("2025-10"),
               QStringLiteral("--date"), QStringLiteral("2025-11-14")})
              .code == 2); // no -o
    const QString file = cli.file(QStringLiteral("furikomi.txt"));
    const Run made = cli({QStringLiteral("ledger"), QStringLiteral("transfer"), QStringLiteral("--month"),
                          QStringLiteral("2025-10"), QStringLiteral("--date"), QStringLiteral("2025-11-14"),
                          QStringLiteral("-o"), file});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    CHECK(made.err.contains(QStringLiteral("2025-10: 2 payee(s), ¥35000, transfer date 2025-11-14")));
    const QByteArray bytes = readAll(file);
    REQUIRE(bytes.size() == 5 * 122);
    // ST1: bank 0005, branch 123, ordinary, 0012345, ｸﾞｴﾝ ｳﾞｱﾝ ｱﾝ (12 of 30), ¥21,000.
    CHECK(bytes.mid(122, 122) == QByteArray("20005") + QByteArray(15, ' ') + "123" + QByteArray(15, ' ') + "0000" + "1" +
                                     "0012345" + "\xB8\xDE\xB4\xDD \xB3\xDE\xB1\xDD \xB1\xDD" + QByteArray(18, ' ') +
                                     "0000021000" + "0" + QByteArray(20, '0') + QByteArray(9, ' ') + "\r\n");
    CHECK(bytes.mid(244, 50).startsWith("29900"));
    CHECK(bytes.mid(244 + 42, 8) == QByteArray("27654321")); // current account
    CHECK(bytes.mid(366, 122) == QByteArray("8000002000000035000") + QByteArray(101, ' ') + "\r\n");
    CHECK(bytes.mid(488, 122) == QByteArray("9") + QByteArray(119, ' ') + "\r\n");

    // A second file for the month names what it repeats and needs --again.
    const QString second = cli.file(QStringLiteral("again.txt"));
    const QStringList again = {QStringLiteral("ledger"), QStringLiteral("transfer"), QStringLiteral("--month"),
                               QStringLiteral("2025-10"), QStringLiteral("--date"), QStringLiteral("2025-11-17"),
                               QStringLiteral("-o"), second};
    const Run repeated = cli(again);
    CHECK(repeated.code == 1);
    CHECK(repeated.err.contains(QStringLiteral("entries 1, 2 were paid by the transfer file for 2025-11-14")));
    CHECK(repeated.err.contains(QStringLiteral("--again")));
    CHECK_FALSE(QFile::exists(second));
    CHECK(cli(again + QStringList{QStringLiteral("--again")}).code == 0);
    CHECK(readAll(second).mid(54, 4) == QByteArray("1117"));

    // A name the bank file cannot write: the student is named, nothing is written.
    cli.import("students", QStringLiteral("student_no,account_holder_kana\nST1,グエン・ヴァン・アン\n"));
    REQUIRE(cli(args("subsidy budget --fy 2025 --set 42000")).code == 0);
    REQUIRE(cli(args("ledger post --month 2025-11")).code == 0);
    const QString nov = cli.file(QStringLiteral("nov.txt"));
    const Run unwritable = cli({QStringLiteral("ledger"), QStringLiteral("transfer"), QStringLiteral("--month"),
                                QStringLiteral("2025-11"), QStringLiteral("--date"), QStringLiteral("2025-12-15"),
                                QStringLiteral("-o"), nov});
    CHECK(unwritable.code == 1);
    CHECK(unwritable.err.contains(QStringLiteral("ST1 阮 文安: account_holder_kana “グエン・ヴァン・アン”: “・” cannot be "
                                                 "written in the half-width katakana of a bank transfer file")));
    CHECK(unwritable.err.contains(QStringLiteral("2025-11: 1 problem(s); no transfer file was written")));
    CHECK_FALSE(QFile::exists(nov));

    // The audit trail records which entries each file paid.
    const QString trail = QString::fromUtf8(cli(args("audit export")).out);
    CHECK(trail.contains(QStringLiteral(",transfer,ledger,2025-10,entries,,1 2\r\n")));
    CHECK(trail.contains(QStringLiteral(",transfer,ledger,2025-10,repeats,,1 2\r\n")));
    CHECK(trail.contains(QStringLiteral(",budget,subsidy_budgets,2025,budget_jpy,34999,35000\r\n")));
    CHECK(trail.contains(QStringLiteral(",setting,settings,transfer.bank_name,value,,ﾐｽﾞﾎ\r\n")));
}

TEST_CASE("cli_payments_rolesAndApprovalSteps", "[cli][payments][auth]")
{
    PayCli cli;
    seed(cli);
    REQUIRE(cli(args("user add admin --role administrator"), {}, QStringLiteral("admin-password")).code == 0);
    for (const char *u : {"sato staff", "kato staff", "audit auditor", "boss administrator"}) {
        const QStringList p = QString::fromLatin1(u).split(QLatin1Char(' '));
        REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), p[0], QStringLiteral("--role"), p[1]},
                    QStringLiteral("admin"), p[0] + QStringLiteral("-password"))
                    .code == 0);
    }
    const QString admin = QStringLiteral("admin"), boss = QStringLiteral("boss"), sato = QStringLiteral("sato"),
                  kato = QStringLiteral("kato"), audit = QStringLiteral("audit");
    // Administrators set; everyone reads.
    CHECK(cli(args("settings set transfer.bank_code 0001"), sato).code == 3);
    CHECK(cli(args("settings set transfer.bank_code 0001"), audit).code == 3);
    CHECK(cli(args("settings list"), audit).code == 0);
    CHECK(cli(args("subsidy budget --fy 2025 --set 100000"), sato).code == 3);
    CHECK(cli(args("subsidy budget --fy 2025"), audit).code == 0);
    CHECK(cli(args("subsidy budget --fy 2025 --set 100000"), admin).code == 0);
    bankSettings(cli, admin);
    const QStringList transfer = {QStringLiteral("ledger"), QStringLiteral("transfer"), QStringLiteral("--month"),
                                  QStringLiteral("2025-10"), QStringLiteral("--date"), QStringLiteral("2025-11-14"),
                                  QStringLiteral("-o"), cli.file(QStringLiteral("t.txt"))};
    CHECK(cli(transfer, sato).code == 3);
    CHECK(cli(transfer, audit).code == 3);

    // Approval on: prepared by staff, checked by another, approved by an administrator not the checker.
    REQUIRE(cli(args("settings set subsidy.approval on"), admin).code == 0);
    const Run unapproved = cli(args("ledger post --month 2025-10"), admin);
    CHECK(unapproved.code == 1);
    CHECK(unapproved.err.contains(QStringLiteral("the month's claims are open, not approved")));
    CHECK(cli(args("subsidy prepare --month 2025-10"), audit).code == 3);
    CHECK(cli(args("subsidy prepare --month 2025-10"), sato).code == 0);
    const Run self = cli(args("subsidy check --month 2025-10"), sato);
    CHECK(self.code == 1);
    CHECK(self.err.contains(QStringLiteral("sato prepared the month; a second person must check it")));
    CHECK(cli(args("subsidy reject --month 2025-10"), kato).code == 2); // no reason
    CHECK(cli(args("subsidy check --month 2025-10"), kato).code == 0);
    CHECK(cli(args("subsidy approve --month 2025-10"), kato).code == 3); // staff
    CHECK(cli(args("ledger post --month 2025-10"), admin).code == 1);   // checked, not approved
    CHECK(cli(args("subsidy approve --month 2025-10"), admin).code == 0);
    const Run steps = cli(args("subsidy approval --month 2025-10"), audit);
    CHECK(steps.code == 0);
    const QStringList rows = QString::fromUtf8(steps.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == QStringLiteral("period,step,user,at,total_jpy,reason"));
    CHECK(rows[1].startsWith(QStringLiteral("2025-10,prepare,sato,")));
    CHECK(rows[2].startsWith(QStringLiteral("2025-10,check,kato,")));
    CHECK(rows[3].startsWith(QStringLiteral("2025-10,approve,admin,")));
    CHECK(rows[3].endsWith(QStringLiteral(",35000,")));
    CHECK(steps.err.contains(QStringLiteral("2025-10: approved")));
    CHECK(cli(args("ledger post --month 2025-10"), boss).code == 0);
    CHECK(cli(transfer, boss).code == 0);
    CHECK(readAll(transfer.last()).size() == 5 * 122);
}
