// The right-to-work commands (FORMATS.md §6, issue 13) through the real
// kakehashi-cli on the small files of tests/data/compliance.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "catch_qt.h"

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QString err;
};

class Program
{
public:
    Result operator()(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KAKEHASHI_CLI), QStringList{QStringLiteral("--db"), dir_.filePath(QStringLiteral("c.sqlite3"))} + args);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(120000));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString file(const QString &name) const { return dir_.filePath(name); }

    void importAll()
    {
        for (const char *k : {"schools", "companies", "vacations", "students", "internships", "attendance"}) {
            const QString kind = QString::fromLatin1(k);
            const Result r = (*this)({QStringLiteral("import"), kind, data(kind)});
            INFO(kind.toStdString() << ": " << r.err.toStdString());
            REQUIRE(r.code == 0);
        }
    }
    static QString data(const QString &kind)
    {
        return QStringLiteral(KAKEHASHI_TEST_DATA "/compliance/%1.csv").arg(kind);
    }

private:
    QTemporaryDir dir_;
};

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

TEST_CASE("cli_complianceHours_csvOfEveryBreach_sorted", "[cli][compliance]")
{
    Program cli;
    cli.importAll();
    const Result r = cli(args({"compliance", "hours", "--from", "2025-07-01", "--to", "2025-08-31"}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    // ST1: 29–31 July (one day without hours: 8) and 1 August under a second
    // internship make 30 hours in windows that hold term days; in the vacation the
    // weekly limit gives way to 8 hours a day. ST2, a job hunter, has no vacation.
    // ST3 holds an individual permission. Absent and leave days count nothing.
    CHECK(r.out == QByteArray("student_no,date,rule,hours,limit\r\n"
                              "ST1,2025-08-01,weekly,30,28\r\n"
                              "ST1,2025-08-02,weekly,30,28\r\n"
                              "ST1,2025-08-03,weekly,30,28\r\n"
                              "ST1,2025-08-04,weekly,30,28\r\n"
                              "ST1,2025-08-11,daily,9,8\r\n"
                              "ST2,2025-08-14,weekly,33,28\r\n"
                              "ST2,2025-08-15,weekly,33,28\r\n"
                              "ST2,2025-08-16,weekly,33,28\r\n"
                              "ST2,2025-08-17,weekly,33,28\r\n"));
    // A period of one day still counts the six before it.
    CHECK(cli(args({"compliance", "hours", "--from", "2025-08-04", "--to", "2025-08-04"})).out ==
          QByteArray("student_no,date,rule,hours,limit\r\nST1,2025-08-04,weekly,30,28\r\n"));
    // The vacation ends earlier: ST1's windows after 5 August count again.
    REQUIRE(cli(args({"import", "vacations", "--encoding", "utf-8", Program::data(QStringLiteral("vacations")).toUtf8().constData()})).code == 0);
    QFile shorter(cli.file(QStringLiteral("shorter.csv")));
    REQUIRE(shorter.open(QIODevice::WriteOnly));
    shorter.write("school_code,start_date,end_date\nS1,2025-08-01,2025-08-12\n");
    shorter.close();
    REQUIRE(cli(args({"import", "vacations", shorter.fileName().toUtf8().constData()})).code == 0);
    const QByteArray later = cli(args({"compliance", "hours", "--from", "2025-08-13", "--to", "2025-08-31"})).out;
    CHECK(later == QByteArray("student_no,date,rule,hours,limit\r\n"
                              "ST1,2025-08-14,weekly,33,28\r\nST1,2025-08-15,weekly,33,28\r\n"
                              "ST1,2025-08-16,weekly,33,28\r\nST1,2025-08-17,weekly,33,28\r\n"
                              "ST2,2025-08-14,weekly,33,28\r\nST2,2025-08-15,weekly,33,28\r\n"
                              "ST2,2025-08-16,weekly,33,28\r\nST2,2025-08-17,weekly,33,28\r\n"));
    // -o FILE: UTF-8 with BOM, as every CSV the program writes to a file.
    REQUIRE(cli(args({"compliance", "hours", "--from", "2025-08-13", "--to", "2025-08-31", "-o",
                      cli.file(QStringLiteral("h.csv")).toUtf8().constData()}))
                .code == 0);
    QFile h(cli.file(QStringLiteral("h.csv")));
    REQUIRE(h.open(QIODevice::ReadOnly));
    CHECK(h.readAll() == QByteArray("\xEF\xBB\xBF") + later);
}

TEST_CASE("cli_complianceHours_usageErrors_exit2", "[cli][compliance]")
{
    Program cli;
    REQUIRE(cli(args({"init"})).code == 0);
    CHECK(cli(args({"compliance", "hours", "--from", "2025-08-01"})).code == 2);
    CHECK(cli(args({"compliance", "hours", "--from", "2025-08-31", "--to", "2025-08-01"})).code == 2);
    CHECK(cli(args({"compliance", "hours", "--from", "2025-02-30", "--to", "2025-08-01"})).code == 2);
    CHECK(cli(args({"compliance", "minutes"})).code == 2);
    const Result empty = cli(args({"compliance", "hours", "--from", "2025-08-01", "--to", "2025-08-31"}));
    CHECK(empty.code == 0);
    CHECK(empty.out == QByteArray("student_no,date,rule,hours,limit\r\n"));
}

TEST_CASE("cli_studentsCardAndPermission_badValuesNamed_exportWritesTheDefault", "[cli][compliance]")
{
    Program cli;
    REQUIRE(cli(args({"import", "schools", Program::data(QStringLiteral("schools")).toUtf8().constData()})).code == 0);
    QFile bad(cli.file(QStringLiteral("students.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on,"
              "residence_card_no,work_permission\n"
              "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,AB1234567CD,general\n"
              "ST2,Kim,Minjun,2002-01-01,KR,S1,sme_internship,2025,2025-04-01,,weekly\n"
              "ST3,Lee,Ha,2002-01-01,KR,S1,sme_internship,2025,2025-04-01,,\n");
    bad.close();
    const Result r = cli(args({"import", "students", bad.fileName().toUtf8().constData()}));
    CHECK(r.code == 1);
    CHECK(r.err.contains(bad.fileName() + QStringLiteral(":2: residence_card_no: “AB1234567CD” is not a residence card "
                                                          "number (two capital letters, eight digits, two capital letters")));
    CHECK(r.err.contains(bad.fileName() + QStringLiteral(":3: work_permission: “weekly” is not one of: none, general, individual")));
    REQUIRE(cli(args({"import", "students", Program::data(QStringLiteral("students")).toUtf8().constData()})).code == 0);
    const QString out = QString::fromUtf8(cli(args({"export", "students"})).out);
    CHECK(out.contains(QStringLiteral(",job_hunting,,,,,none,,,ordinary,,\r\n")));
    CHECK(out.contains(QStringLiteral(",student,,,,AB12345678CD,general,,,ordinary,,\r\n")));
    const Result vacations = cli(args({"export", "vacations"}));
    CHECK(vacations.code == 0);
    CHECK(vacations.out == QByteArray("school_code,start_date,end_date,name\r\n"));
}

TEST_CASE("cli_complianceCards_listAndCheck_staffRecords_auditorReads", "[cli][compliance]")
{
    Program cli;
    cli.importAll();
    QFile cards(cli.file(QStringLiteral("cards.csv")));
    REQUIRE(cards.open(QIODevice::WriteOnly));
    cards.write("student_no,residence_expiry\nST1,2025-08-20\nST2,2026-12-31\nST3,2025-10-15\n");
    cards.close();
    REQUIRE(cli(args({"import", "students", cards.fileName().toUtf8().constData()})).code == 0);

    const auto env = [](const char *password, const char *newPassword = nullptr) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        if (password)
            e.insert(QStringLiteral("KAKEHASHI_PASSWORD"), QString::fromLatin1(password));
        if (newPassword)
            e.insert(QStringLiteral("KAKEHASHI_NEW_PASSWORD"), QString::fromLatin1(newPassword));
        return e;
    };
    REQUIRE(cli(args({"user", "add", "admin", "--role", "administrator"}), env(nullptr, "adminpassword1")).code == 0);
    REQUIRE(cli(args({"--user", "admin", "user", "add", "sato", "--role", "staff"}), env("adminpassword1", "staffpassword1"))
                .code == 0);
    REQUIRE(cli(args({"--user", "admin", "user", "add", "kato", "--role", "auditor"}),
                env("adminpassword1", "auditorpasswd1"))
                .code == 0);

    // On 1 August: ST1's card ends on 20 August, before I2 (to 31 August) and within
    // 60 days; ST3's within 75 days but not 60; ST2's is far off.
    const Result before = cli(args({"--user", "kato", "compliance", "cards", "--date", "2025-08-01"}), env("auditorpasswd1"));
    INFO(before.err.toStdString());
    REQUIRE(before.code == 0);
    CHECK(before.out == QByteArray("student_no,name,residence_card_no,residence_expiry,days_left,reason,internship_no,"
                                   "internship_end,checked_on,checked_by\r\n"
                                   "ST1,阮 文安,AB12345678CD,2025-08-20,19,before_internship_end,I2,2025-08-31,,\r\n"
                                   "ST1,阮 文安,AB12345678CD,2025-08-20,19,expires,,,,\r\n"));
    CHECK(cli(args({"--user", "kato", "compliance", "card-checked", "ST1"}), env("auditorpasswd1")).code == 3);
    const Result check = cli(args({"--user", "sato", "compliance", "card-checked", "ST1", "--date", "2025-08-01", "--note",
                                   "online lookup: valid"}),
                             env("staffpassword1"));
    INFO(check.err.toStdString());
    CHECK(check.code == 0);
    CHECK(cli(args({"--user", "sato", "compliance", "card-checked", "ST404"}), env("staffpassword1")).code == 1);
    const Result after = cli(args({"--user", "kato", "compliance", "cards", "--date", "2025-08-01", "--within", "75"}),
                             env("auditorpasswd1"));
    CHECK(QString::fromUtf8(after.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts) ==
          QStringList{QStringLiteral("student_no,name,residence_card_no,residence_expiry,days_left,reason,internship_no,"
                                     "internship_end,checked_on,checked_by"),
                      QStringLiteral("ST1,阮 文安,AB12345678CD,2025-08-20,19,before_internship_end,I2,2025-08-31,"
                                     "2025-08-01,sato"),
                      QStringLiteral("ST1,阮 文安,AB12345678CD,2025-08-20,19,expires,,,2025-08-01,sato"),
                      QStringLiteral("ST3,Lee Ha,CD87654321EF,2025-10-15,75,expires,,,,")});
    const Result audit = cli(args({"--user", "kato", "audit", "export"}), env("auditorpasswd1"));
    CHECK(audit.out.contains(",sato,card_check,students,ST1,residence_card_no,,"
                             "\"AB12345678CD valid until 2025-08-20, checked on 2025-08-01: online lookup: valid\"\r\n"));
}

TEST_CASE("cli_complianceNotifications_dueDatesAcrossTheYearEnd_andTheEmployersReport", "[cli][compliance]")
{
    Program cli;
    cli.importAll();
    QFile placements(cli.file(QStringLiteral("placements.csv")));
    REQUIRE(placements.open(QIODevice::WriteOnly));
    placements.write("placement_no,student_no,outcome,decided_on,company_code,japanese_company,start_date\n"
                     "P1,ST1,employed,2025-11-01,C1,true,2025-12-01\nP2,ST2,employed,2025-11-01,C1,true,2025-12-20\n");
    placements.close();
    REQUIRE(cli(args({"import", "placements", placements.fileName().toUtf8().constData()})).code == 0);
    REQUIRE(cli(args({"compliance", "notification", "P2", "--insurance", "no"})).code == 0);
    const Result r = cli(args({"compliance", "notifications", "--date", "2026-01-05"}));
    INFO(r.err.toStdString());
    CHECK(r.out == QByteArray("placement_no,student_no,name,employer,start_date,employment_insurance,due_date,filed_on,state\r\n"
                              "P1,ST1,阮 文安,株式会社かけはし,2025-12-01,,2026-01-10,,due_soon\r\n"
                              "P2,ST2,Kim Minjun,株式会社かけはし,2025-12-20,false,2026-01-31,,pending\r\n"));
    REQUIRE(cli(args({"compliance", "notification", "P1", "--insurance", "yes", "--filed", "2026-01-09"})).code == 0);
    CHECK(cli(args({"compliance", "notifications", "--date", "2026-02-02"})).out ==
          QByteArray("placement_no,student_no,name,employer,start_date,employment_insurance,due_date,filed_on,state\r\n"
                     "P1,ST1,阮 文安,株式会社かけはし,2025-12-01,true,2026-01-10,2026-01-09,filed\r\n"
                     "P2,ST2,Kim Minjun,株式会社かけはし,2025-12-20,false,2026-01-31,,overdue\r\n"));
    CHECK(cli(args({"compliance", "notification", "P1"})).code == 2);
    CHECK(cli(args({"compliance", "notification", "P1", "--insurance", "maybe"})).code == 2);
    CHECK(cli(args({"compliance", "notification", "P9", "--insurance", "yes"})).code == 1);
    const QByteArray audit = cli(args({"audit", "export"})).out;
    CHECK(audit.contains(",update,hire_notifications,P1,filed_on,,2026-01-09\r\n"));
    CHECK(audit.contains(",update,hire_notifications,P2,employment_insurance,,false\r\n"));

    // The notification sheets of those due (P2 on 2026-01-20: due 31 January), one A4 page each.
    const QString pdf = cli.file(QStringLiteral("sheets.pdf"));
    const auto sheets = cli(args({"compliance", "notifications", "--pdf", "-o", pdf.toUtf8().constData(), "--date",
                                    "2026-01-20"}));
    INFO(sheets.err.toStdString());
    REQUIRE(sheets.code == 0);
    CHECK(sheets.err.contains(QStringLiteral("1 notification sheet(s)")));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(cli(args({"audit", "export"})).out.contains(",export,notification_sheet,"));
    CHECK(cli(args({"compliance", "notifications", "--pdf"})).code == 2); // no -o
    CHECK(cli(args({"compliance", "notifications", "--pdf", "-o", pdf.toUtf8().constData(), "--within", "x"})).code == 2);
}
