// Company contacts and the activity log through the real kakehashi-cli (issue
// 15, item 5): contacts added, listed, exported and imported again unchanged;
// a do-not-contact person refused for a call; an import with bad rows refused
// whole with FILE:LINE: COLUMN messages; a confidential activity's text seen by
// its author and an administrator only, an auditor seeing that it exists; each
// staff member's own next steps; roles (auditor exit 3); the audit trail.
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
    import(cli, "companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n"
                             "C2,株式会社みらい,G,software_it,27\n");
    import(cli, "students",
           "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on\n"
           "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01\n");
}

} // namespace

TEST_CASE("contacts_addListImport_roundTripAndRefusals", "[cli][relations]")
{
    Cli cli;
    REQUIRE(cli(words("init")).code == 0);
    seed(cli);
    Run r = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("C1"),
                 QStringLiteral("--name"), QStringLiteral("山田 花子"), QStringLiteral("--role"),
                 QStringLiteral("人事部長"), QStringLiteral("--email"), QStringLiteral("hanako@example.jp"),
                 QStringLiteral("--primary")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.replace("\r\n", "\n") == "CT000001\n");
    REQUIRE(cli(words("contacts add --company C1 --name Suzuki --primary")).out.replace("\r\n", "\n") == "CT000002\n");
    // The second primary took the mark off the first.
    r = cli(words("contacts list --company C1"));
    CHECK(r.out.replace("\r\n", "\n") == "contact_no,company_code,name,role,email,phone,primary,former,do_not_contact\n"
                   "CT000001,C1,山田 花子,人事部長,hanako@example.jp,,false,false,false\n"
                   "CT000002,C1,Suzuki,,,,true,false,false\n");
    CHECK(cli(words("contacts edit CT000002 --do-not-contact yes --phone +81-3-1234-5678")).code == 0);
    r = cli(words("activity add --contact CT000002 --kind call --summary called"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("CT000002 (Suzuki) asked not to be contacted")));
    CHECK(cli(words("contacts add --company C9 --name X")).code == 1);
    CHECK(cli(words("contacts add --name X")).code == 2);

    // Export, then import again: nothing changes.
    const QString exported = cli.file(QStringLiteral("contacts-out.csv"));
    REQUIRE(cli(QStringList{QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("-o"), exported}).code == 0);
    r = cli({QStringLiteral("contacts"), QStringLiteral("import"), exported});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("0 new, 0 updated")));

    // A file with problems: nothing written, every problem named.
    const QString bad = cli.file(QStringLiteral("contacts-bad.csv"));
    write(bad, "contact_no,company_code,name,email,primary\n"
               "K1,C2,田中,tanaka@example.jp,true\n"
               "K2,C9,佐藤,nope,maybe\n"
               "K1,C2,田中,,\n");
    r = cli({QStringLiteral("contacts"), QStringLiteral("import"), bad});
    CHECK(r.code == 1);
    CHECK(r.err.contains(bad + QStringLiteral(":3: primary:")));
    CHECK(r.err.contains(bad + QStringLiteral(":4: contact_no: K1 is given twice (first on line 2)")));
    CHECK(cli(words("contacts list --company C2")).out.replace("\r\n", "\n") ==
          "contact_no,company_code,name,role,email,phone,primary,former,do_not_contact\n");
    write(bad, "contact_no,company_code,name,email,primary,colour\nK1,C2,田中,tanaka@example.jp,true,red\n");
    r = cli({QStringLiteral("contacts"), QStringLiteral("import"), bad});
    CHECK(r.code == 1);
    CHECK(r.err.contains(bad + QStringLiteral(":1: colour: unknown column")));
    const QString good = cli.file(QStringLiteral("contacts-good.csv"));
    write(good, "contact_no,company_code,name,email,primary\nK1,C2,田中,tanaka@example.jp,true\n"
                "CT000001,,,hanako@kakehashi.example,\n");
    r = cli({QStringLiteral("contacts"), QStringLiteral("import"), good});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("1 new, 1 updated")));
    CHECK(cli(words("contacts list --company C1")).out.contains("CT000001,C1,山田 花子,人事部長,hanako@kakehashi.example,"));
    const Run audit = cli(words("audit export"));
    CHECK(audit.out.contains(",update,company_contacts,CT000001,email,hanako@example.jp,hanako@kakehashi.example"));
    CHECK(audit.out.contains(",update,company_contacts,CT000001,primary,true,false"));

    // copy-to carries contacts and activities (an activity naming a contact, too).
    REQUIRE(cli(words("activity add --contact CT000001 --kind visit --summary 訪問")).code == 0);
    const QString copy = cli.file(QStringLiteral("copy.sqlite3"));
    r = cli({QStringLiteral("copy-to"), copy});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    for (const char *kind : {"contacts", "activity"}) {
        const QStringList list{QString::fromLatin1(kind), QStringLiteral("list")};
        QProcess p;
        p.start(QStringLiteral(KAKEHASHI_CLI), QStringList{QStringLiteral("--db"), copy} + list);
        REQUIRE(p.waitForFinished(120000));
        const QByteArray there = p.readAllStandardOutput();
        CHECK(there == cli(list).out);
        CHECK(there.contains(kind[0] == 'c' ? "CT000001" : "AC000001"));
    }
}

TEST_CASE("activity_confidentialAndNextSteps_byRole", "[cli][relations][file]") // file only: a server's logins are its roles (cluster-wide)
{
    Cli cli;
    REQUIRE(cli(words("init")).code == 0);
    seed(cli);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KAKEHASHI_NEW_PASSWORD"), QStringLiteral("pw-long-enough-1"));
    REQUIRE(cli(words("user add admin --role administrator"), env).code == 0);
    env.insert(QStringLiteral("KAKEHASHI_PASSWORD"), QStringLiteral("pw-long-enough-1"));
    REQUIRE(cli(words("--user admin user add sato --role staff"), env).code == 0);
    REQUIRE(cli(words("--user admin user add ito --role staff"), env).code == 0);
    REQUIRE(cli(words("--user admin user add audit --role auditor"), env).code == 0);

    CHECK(cli(words("--user audit activity add --student ST1 --kind call --summary x"), env).code == 3);
    Run r = cli({QStringLiteral("--user"), QStringLiteral("sato"), QStringLiteral("activity"), QStringLiteral("add"),
                 QStringLiteral("--student"), QStringLiteral("ST1"), QStringLiteral("--kind"),
                 QStringLiteral("counselling"), QStringLiteral("--summary"), QStringLiteral("家族の事情で帰国を検討"),
                 QStringLiteral("--next"), QStringLiteral("再面談"), QStringLiteral("--next-on"),
                 QStringLiteral("2026-01-15"), QStringLiteral("--date"), QStringLiteral("2025-12-20"),
                 QStringLiteral("--confidential")},
                env);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(r.out.replace("\r\n", "\n") == "AC000001\n");
    REQUIRE(cli(words("--user ito activity add --company C1 --kind visit --summary 受入れ相談 --date 2025-12-21 "
                      "--next 見積り --next-on 2026-01-10"),
                env)
                .out.replace("\r\n", "\n") == "AC000002\n");

    const QByteArray header =
        "activity_no,date,kind,company_code,student_no,contact_no,staff,summary,next_step,next_step_on,"
        "next_step_done,confidential\n";
    CHECK(cli(words("--user sato activity list --student ST1"), env).out.replace("\r\n", "\n") ==
          header + "AC000001,2025-12-20,counselling,,ST1,,sato,家族の事情で帰国を検討,再面談,2026-01-15,false,true\n");
    CHECK(cli(words("--user admin activity list --student ST1"), env).out.replace("\r\n", "\n") ==
          header + "AC000001,2025-12-20,counselling,,ST1,,sato,家族の事情で帰国を検討,再面談,2026-01-15,false,true\n");
    // Other staff and the auditor see that it exists, not what it says.
    for (const char *who : {"ito", "audit"}) {
        Run seen = cli(QStringList{QStringLiteral("--user"), QString::fromLatin1(who)} +
                                 words("activity list --student ST1"),
                             env);
        INFO(who);
        CHECK(seen.out.replace("\r\n", "\n") == header + "AC000001,2025-12-20,counselling,,ST1,,sato,,,2026-01-15,false,true\n");
    }
    // Ito may not change Sato's activity, nor import it changed.
    CHECK(cli(words("--user ito activity done AC000001"), env).code == 3);
    const QString edit = cli.file(QStringLiteral("act.csv"));
    write(edit, header + "AC000001,2025-12-20,counselling,,ST1,,sato,,,2026-01-16,false,true\n");
    r = cli({QStringLiteral("--user"), QStringLiteral("ito"), QStringLiteral("activity"), QStringLiteral("import"), edit},
            env);
    CHECK(r.code == 1);
    CHECK(r.err.contains(edit + QStringLiteral(":2: activity_no: only its author (sato)")));
    // The whole list as Ito exported it imports again unchanged.
    const QString all = cli.file(QStringLiteral("all.csv"));
    REQUIRE(cli({QStringLiteral("--user"), QStringLiteral("ito"), QStringLiteral("activity"), QStringLiteral("list"),
                 QStringLiteral("-o"), all},
                env)
                .code == 0);
    r = cli({QStringLiteral("--user"), QStringLiteral("ito"), QStringLiteral("activity"), QStringLiteral("import"), all},
            env);
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("0 new, 0 updated")));

    // Each one's own next steps.
    CHECK(cli(words("--user sato activity next"), env).out.replace("\r\n", "\n") ==
          "activity_no,next_step_on,next_step,date,kind,company_code,student_no\n"
          "AC000001,2026-01-15,再面談,2025-12-20,counselling,,ST1\n");
    CHECK(cli(words("--user ito activity next"), env).out.replace("\r\n", "\n") ==
          "activity_no,next_step_on,next_step,date,kind,company_code,student_no\n"
          "AC000002,2026-01-10,見積り,2025-12-21,visit,C1,\n");
    REQUIRE(cli(words("--user sato activity done AC000001"), env).code == 0);
    CHECK(cli(words("--user sato activity next"), env).out.replace("\r\n", "\n") ==
          "activity_no,next_step_on,next_step,date,kind,company_code,student_no\n");

    // The audit trail holds the change, never the confidential text.
    const Run audit = cli(words("--user admin audit export"), env);
    CHECK(audit.out.contains(",sato,create,activities,AC000001,summary,,(confidential)"));
    CHECK(audit.out.contains(",sato,update,activities,AC000001,next_step_done,false,true"));
    CHECK(audit.out.contains(",ito,create,activities,AC000002,summary,,受入れ相談"));
    CHECK_FALSE(audit.out.contains("家族の事情"));
}

TEST_CASE("letter_templates_pdfPerStudentAndActivities", "[cli][relations]")
{
    Cli cli;
    REQUIRE(cli(words("init")).code == 0);
    import(cli, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    import(cli, "companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n");
    import(cli, "students",
           "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on,"
           "completed_on,graduation_date,faculty\n"
           "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,2026-02-27,2026-03-31,工学部\n"
           "ST2,Kim,Minjun,2002-01-01,KR,S1,sme_internship,2025,2025-04-01,,,\n");
    import(cli, "internships", "internship_no,student_no,company_code,start_date,end_date,status\n"
                               "I1,ST1,C1,2025-10-01,2026-02-27,active\n");
    import(cli, "attendance", "internship_no,date,status,hours\nI1,2025-10-01,present,8\nI1,2025-10-02,present,8\n"
                              "I1,2025-10-03,present,8\n");
    import(cli, "events", "event_no,kind,step,title,date,company_code\nE1,company_visit,1,企業見学会,2026-01-20,C1\n");

    const QString pdf = cli.file(QStringLiteral("letters.pdf"));
    const QStringList two = words("letter completion --student ST1 --student ST2 --output") << pdf;
    Run r = cli(two);
    CHECK(r.code == 1); // ST2 has not completed: nothing written
    CHECK(r.err.contains(QStringLiteral("ST2 has not completed the programme")));
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(cli(words("letter thanks --student ST1 --output x.pdf")).code == 2);

    r = cli(words("letter completion --student ST1 --output") << pdf);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const auto text = [](const QString &file, int page = 0) {
        QProcess p;
        QStringList args;
        if (page > 0)
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        p.start(QStringLiteral("pdftotext"), args << file << QStringLiteral("-"));
        REQUIRE(p.waitForFinished(60000));
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString completion = text(pdf);
    CHECK(completion.contains(QStringLiteral("修了証明書")));
    CHECK(completion.contains(QStringLiteral("阮 文安")));
    CHECK(completion.contains(QStringLiteral("2026年2月27日")));
    CHECK(completion.contains(QStringLiteral("ベトナム")));

    // One letter a page for a selection; each recorded as an activity on its student.
    const QString invitations = cli.file(QStringLiteral("invitations.pdf"));
    r = cli(words("letter invitation --event E1 --student ST1 --student ST2 --output") << invitations);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(text(invitations, 1).contains(QStringLiteral("阮 文安")));
    CHECK_FALSE(text(invitations, 1).contains(QStringLiteral("Kim")));
    CHECK(text(invitations, 2).contains(QStringLiteral("Kim Minjun")));
    CHECK(text(invitations, 2).contains(QStringLiteral("企業見学会")));
    CHECK(text(invitations, 2).contains(QStringLiteral("2026年1月20日")));
    const QByteArray log = cli(words("activity list --student ST2")).out;
    CHECK(log.contains(",letter,C1,ST2,,"));
    CHECK(log.contains("Letter “invitation” sent (invitations.pdf) for event E1"));

    // The payment notice: the ledger's net for the month.
    CHECK(cli(words("letter payment --student ST1 --month 2025-10 --output") << pdf).code == 1);
    REQUIRE(cli(words("ledger post --month 2025-10")).code == 0);
    r = cli(words("letter payment --student ST1 --month 2025-10 --output") << pdf);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString payment = text(pdf);
    CHECK(payment.contains(QStringLiteral("支払通知書")));
    CHECK(payment.contains(QStringLiteral("2025年10月")));
    CHECK(payment.contains(QStringLiteral("21,000円")));
    CHECK(cli(words("letter recommendation --student ST1 --output") << pdf).code == 0);
    CHECK(text(pdf).contains(QStringLiteral("継続就職活動")));
    CHECK(text(pdf).contains(QStringLiteral("2026年3月31日")));
}
