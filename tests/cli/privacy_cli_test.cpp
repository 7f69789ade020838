// Personal-data rights through the real kakehashi-cli (issue 15, items 1 and 2),
// on a file or, with KAKEHASHI_TEST_SERVER, on a server database: an
// introduction refused without the student's consent and recorded with it as a
// third-party provision record (exportable per student and per company, never
// changed); consents imported all or nothing with each problem named by line
// and field; a disclosure of a generated student that holds every kind of data
// kept about them and nothing about another; the requests register.
#include "cli_support.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using kakehashi::clitest::Cli;
using kakehashi::clitest::lines;
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

// The rows of a CSV export (header first), split naively (no commas in these cells).
std::vector<QStringList> csvRows(const QByteArray &csv)
{
    std::vector<QStringList> out;
    for (const QString &l : lines(QString::fromUtf8(csv).remove(QLatin1Char('\r'))))
        out.push_back(l.split(QLatin1Char(',')));
    return out;
}

} // namespace

TEST_CASE("privacy_introduce_refusedWithoutConsent_recordedWithIt", "[cli][privacy]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("init")}).code == 0);
    cli.importValid();
    const QStringList introduce = words("match introduce --company C001 --student ST0001 --date 2026-01-10");

    Run r = cli(introduce);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("ST0001 has no consent for introductions to companies in force on 2026-01-10")));
    CHECK(r.err.contains(QStringLiteral("第27条")));
    CHECK_FALSE(cli(words("export events")).out.contains("INTRO-"));
    CHECK(lines(QString::fromUtf8(cli(words("provision list")).out)).size() == 1); // the header alone
    // A CV sent by mail is refused the same way.
    r = cli(words("provision add --student ST0001 --company C002 --items family_name;given_name;email --date 2026-01-11"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no consent for introductions")));

    r = cli(words("consent give --student ST0001 --purpose introductions --method paper --on 2025-12-01 --note 同意書"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = cli(introduce);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out == "INTRO-20260110-1\n");
    r = cli(words("provision add --student ST0001 --company C002 --items family_name;given_name;email --date 2026-01-11 "
                  "--reference CV"));
    REQUIRE(r.code == 0);

    auto rows = csvRows(cli(words("provision list --student ST0001")).out);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == QStringList{QStringLiteral("id"), QStringLiteral("provided_on"), QStringLiteral("student_no"),
                                 QStringLiteral("company_code"), QStringLiteral("items"), QStringLiteral("basis"),
                                 QStringLiteral("reference"), QStringLiteral("recorded_by"),
                                 QStringLiteral("recorded_at")});
    CHECK(rows[1].mid(1, 6) ==
          QStringList{QStringLiteral("2026-01-10"), QStringLiteral("ST0001"), QStringLiteral("C001"),
                      QStringLiteral("student_no;family_name;given_name;nationality;school_code;jlpt;graduation_date"),
                      QStringLiteral("consent introductions given 2025-12-01 (paper)"),
                      QStringLiteral("INTRO-20260110-1")});
    CHECK(rows[2].mid(1, 6) == QStringList{QStringLiteral("2026-01-11"), QStringLiteral("ST0001"), QStringLiteral("C002"),
                                           QStringLiteral("family_name;given_name;email"),
                                           QStringLiteral("consent introductions given 2025-12-01 (paper)"),
                                           QStringLiteral("CV")});
    rows = csvRows(cli(words("provision list --company C002")).out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][3] == QStringLiteral("C002"));
    // To a file: UTF-8 with BOM.
    REQUIRE(cli({QStringLiteral("provision"), QStringLiteral("list"), QStringLiteral("--company"),
                 QStringLiteral("C001"), QStringLiteral("-o"), cli.file(QStringLiteral("c001.csv"))})
                .code == 0);
    CHECK(read(cli.file(QStringLiteral("c001.csv"))).startsWith("\xEF\xBB\xBFid,provided_on"));
    // The trail names the passing on the student.
    const QByteArray audit = cli(words("audit export")).out;
    CHECK(audit.contains(",provide,students,ST0001,provision,"));
    CHECK(audit.contains(",consent_give,students,ST0001,consent introductions,"));

    // Provision records are history: the database itself refuses to change or delete them.
    {
        kakehashi::storage::Database db(cli.db());
        CHECK_THROWS(db.exec(QStringLiteral("UPDATE provisions SET company_code = 'C002'")));
        CHECK_THROWS(db.exec(QStringLiteral("DELETE FROM provisions")));
    }
    CHECK(csvRows(cli(words("provision list")).out).size() == 3);

    // Withdrawn: refused from that day on, the earlier records stay.
    REQUIRE(cli(words("consent withdraw --student ST0001 --purpose introductions --on 2026-02-01")).code == 0);
    r = cli(words("match introduce --company C001 --student ST0001 --date 2026-02-01"));
    CHECK(r.code == 1);
    CHECK(cli(words("match introduce --company C001 --student ST0001 --date 2026-01-31")).code == 0);
    rows = csvRows(cli(words("consent list --student ST0001")).out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1] == QStringList{QStringLiteral("ST0001"), QStringLiteral("introductions"), QStringLiteral("2025-12-01"),
                                 QStringLiteral("2026-02-01"), QStringLiteral("paper"), QStringLiteral("同意書")});
    // Usage errors are 2.
    CHECK(cli(words("consent give --student ST0001 --purpose alumni")).code == 2);
    CHECK(cli(words("consent give --student ST0001 --purpose pets --method paper")).code == 1);
}

TEST_CASE("privacy_consentImport_allOrNothing_namesLineAndField", "[cli][privacy]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("init")}).code == 0);
    cli.importValid();
    const QString bad = cli.file(QStringLiteral("bad.csv"));
    write(bad, "student_no,purpose,given_on,withdrawn_on,method,note\n"
               "ST0001,introductions,2025-04-01,,paper,\n"
               "ST0002,photos,2025-04-01,,paper,\n"
               "ST0099,alumni,2025-13-01,,fax,\n");
    Run r = cli({QStringLiteral("consent"), QStringLiteral("import"), bad});
    CHECK(r.code == 1);
    CHECK(r.err.contains(bad + QStringLiteral(":3: purpose: “photos” is not one of")));
    CHECK(r.err.contains(bad + QStringLiteral(":4: student_no: there is no student ST0099")));
    CHECK(r.err.contains(bad + QStringLiteral(":4: given_on: “2025-13-01” is not a date")));
    CHECK(r.err.contains(bad + QStringLiteral(":4: method: “fax” is not one of")));
    CHECK(csvRows(cli(words("consent list")).out).size() == 1); // nothing imported

    const QString good = cli.file(QStringLiteral("good.csv"));
    write(good, "\xEF\xBB\xBFstudent_no,purpose,given_on,withdrawn_on,method,note\r\n"
                "ST0001,introductions,2025/4/1,,paper,署名済み\r\n"
                "ST0002,alumni,2025-04-01,2025-09-30,email,\r\n");
    r = cli({QStringLiteral("consent"), QStringLiteral("import"), good});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("2 consents added, 0 changed")));
    const QByteArray listed = cli(words("consent list")).out;
    CHECK(listed == "student_no,purpose,given_on,withdrawn_on,method,note\r\n"
                    "ST0001,introductions,2025-04-01,,paper,署名済み\r\n"
                    "ST0002,alumni,2025-04-01,2025-09-30,email,\r\n");
    // The export imports again unchanged (a round trip).
    write(good, listed);
    r = cli({QStringLiteral("consent"), QStringLiteral("import"), good});
    CHECK(r.err.contains(QStringLiteral("0 consents added, 0 changed")));
}

TEST_CASE("privacy_disclosure_everyKindOfData_nothingAboutAnother", "[cli][privacy]")
{
    Cli cli;
    REQUIRE(cli(words("demo --students 300 --seed 7")).code == 0);
    // A generated student with an internship with attendance, a placement and a participation.
    QSet<QString> withInternship, withPlacement, withParticipation;
    QMap<QString, QString> internshipOf;
    for (const QStringList &r : csvRows(cli(words("export internships")).out))
        if (r.size() > 1 && r[0] != u"internship_no") {
            withInternship << r[1];
            internshipOf.insert(r[1], r[0]);
        }
    for (const QStringList &r : csvRows(cli(words("export placements")).out))
        if (r.size() > 1 && r[0] != u"placement_no")
            withPlacement << r[1];
    for (const QStringList &r : csvRows(cli(words("export participants")).out))
        if (r.size() > 1 && r[0] != u"event_no" && !r[1].isEmpty())
            withParticipation << r[1];
    QStringList candidates = (withInternship & withPlacement & withParticipation).values();
    candidates.sort();
    REQUIRE(candidates.size() >= 2);
    const QString student = candidates[0];
    const QString other = candidates[1];
    QString company;
    for (const QStringList &r : csvRows(cli(words("export companies")).out))
        if (r[0] != u"code") {
            company = r[0];
            break;
        }
    REQUIRE(cli({QStringLiteral("consent"), QStringLiteral("give"), QStringLiteral("--student"), student,
                 QStringLiteral("--purpose"), QStringLiteral("introductions"), QStringLiteral("--method"),
                 QStringLiteral("online"), QStringLiteral("--on"), QStringLiteral("2024-04-01")})
                .code == 0);
    REQUIRE(cli({QStringLiteral("consent"), QStringLiteral("give"), QStringLiteral("--student"), other,
                 QStringLiteral("--purpose"), QStringLiteral("introductions"), QStringLiteral("--method"),
                 QStringLiteral("paper"), QStringLiteral("--on"), QStringLiteral("2024-04-01")})
                .code == 0);
    for (const QString &s : {student, other}) {
        REQUIRE(cli({QStringLiteral("match"), QStringLiteral("introduce"), QStringLiteral("--company"), company,
                     QStringLiteral("--student"), s, QStringLiteral("--date"), QStringLiteral("2026-01-10")})
                    .code == 0);
        REQUIRE(cli({QStringLiteral("request"), QStringLiteral("add"), QStringLiteral("--student"), s,
                     QStringLiteral("--kind"), QStringLiteral("disclosure"), QStringLiteral("--received"),
                     QStringLiteral("2026-01-12")})
                    .code == 0);
    }

    const QString file = cli.file(QStringLiteral("disclosure.json"));
    Run r = cli({QStringLiteral("disclose"), QStringLiteral("--student"), student, QStringLiteral("-o"), file});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QByteArray json = read(file);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject tables = doc.object().value(QStringLiteral("tables")).toObject();
    CHECK(doc.object().value(QStringLiteral("student_no")).toString() == student);
    // Every kind of data held about the student is there…
    for (const char *t : {"students", "internships", "attendance", "placements", "participants", "events", "consents",
                          "provisions", "privacy_requests", "audit_log"}) {
        INFO(t);
        CHECK(!tables.value(QLatin1String(t)).toArray().isEmpty());
    }
    CHECK(tables.value(QStringLiteral("students")).toArray().size() == 1);
    CHECK(tables.value(QStringLiteral("students")).toArray()[0].toObject().value(QStringLiteral("student_no")).toString() ==
          student);
    // …each row of a table with a student_no is theirs, each attendance row is of their internships…
    for (auto it = tables.begin(); it != tables.end(); ++it)
        for (const QJsonValue &row : it.value().toArray()) {
            const QJsonObject o = row.toObject();
            if (o.contains(QStringLiteral("student_no"))) {
                INFO(it.key().toStdString());
                CHECK(o.value(QStringLiteral("student_no")).toString() == student);
            }
        }
    for (const QJsonValue &row : tables.value(QStringLiteral("attendance")).toArray())
        CHECK(row.toObject().value(QStringLiteral("internship_no")).toString() == internshipOf.value(student));
    // …the audit trail's rows name them (their records were created by the demo)…
    const QJsonArray audit = tables.value(QStringLiteral("audit_log")).toArray();
    bool provide = false;
    for (const QJsonValue &row : audit)
        provide = provide || row.toObject().value(QStringLiteral("action")).toString() == u"provide";
    CHECK(provide);
    // …and nothing about the other student appears anywhere.
    CHECK_FALSE(json.contains(QStringLiteral("\"%1\"").arg(other).toUtf8()));
    CHECK_FALSE(json.contains((QLatin1Char(' ') + other + QLatin1Char('"')).toUtf8()));
    // The disclosure is in the audit trail.
    const QByteArray trail = cli(words("audit export")).out;
    CHECK(trail.contains(QStringLiteral(",disclosure,students,%1,json,").arg(student).toUtf8()));

    // The same as one PDF, in Japanese; audited as such.
    const QString pdf = cli.file(QStringLiteral("disclosure.pdf"));
    r = cli({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("disclose"), QStringLiteral("--student"),
             student, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(read(pdf).startsWith("%PDF-"));
    CHECK(read(pdf).size() > 5000);
    CHECK(cli(words("audit export")).out.contains(QStringLiteral(",disclosure,students,%1,pdf,").arg(student).toUtf8()));
    CHECK(cli({QStringLiteral("disclose"), QStringLiteral("--student"), student, QStringLiteral("--format"),
               QStringLiteral("pdf")})
              .code == 2);
}

TEST_CASE("privacy_requests_register", "[cli][privacy]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("init")}).code == 0);
    cli.importValid();
    Run r = cli(words("request add --student ST0002 --kind correction --received 2026-03-02 --note 住所変更"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QByteArray id = r.out.trimmed();
    CHECK(cli(words("request add --student ST0002 --kind forget --received 2026-03-02")).code == 1);
    CHECK(cli(words("request add --student ST0002 --kind deletion --received 2026-03-02 --due 2026-03-01")).code == 1);
    auto rows = csvRows(cli(words("request list")).out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].mid(1, 5) == QStringList{QStringLiteral("ST0002"), QStringLiteral("correction"),
                                           QStringLiteral("2026-03-02"), QStringLiteral("2026-03-16"), QString()});
    REQUIRE(cli({QStringLiteral("request"), QStringLiteral("answer"), QString::fromUtf8(id), QStringLiteral("--on"),
                 QStringLiteral("2026-03-09"), QStringLiteral("--outcome"), QStringLiteral("corrected")})
                .code == 0);
    CHECK(cli({QStringLiteral("request"), QStringLiteral("answer"), QString::fromUtf8(id), QStringLiteral("--outcome"),
               QStringLiteral("again")})
              .code == 1);
    rows = csvRows(cli(words("request list --student ST0002")).out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][5] == QStringLiteral("2026-03-09"));
    CHECK(rows[1][6] == QStringLiteral("corrected"));
    CHECK(rows[1][7] == QStringLiteral("住所変更"));
}

TEST_CASE("privacy_anonymise_reportsIdentical_ledgerUntouched_refusedWhileTheLedgerNeedsIt", "[cli][privacy]")
{
    Cli cli;
    REQUIRE(cli(words("demo --students 300 --seed 11")).code == 0);
    REQUIRE(cli(words("settings set retention.students 1")).code == 0);
    CHECK(cli(words("settings set retention.ledger 0")).code == 1);
    const auto snapshot = [&] {
        QByteArray all;
        for (int fy = 2020; fy <= 2028; ++fy) {
            const QString y = QString::number(fy);
            for (const QStringList &args :
                 {QStringList{QStringLiteral("report"), QStringLiteral("placement"), QStringLiteral("--fy"), y},
                  QStringList{QStringLiteral("report"), QStringLiteral("placement"), QStringLiteral("--fy"), y,
                              QStringLiteral("--by"), QStringLiteral("nationality")},
                  QStringList{QStringLiteral("report"), QStringLiteral("placement"), QStringLiteral("--fy"), y,
                              QStringLiteral("--by"), QStringLiteral("school")},
                  QStringList{QStringLiteral("report"), QStringLiteral("employment"), QStringLiteral("--fy"), y,
                              QStringLiteral("--by"), QStringLiteral("industry")},
                  QStringList{QStringLiteral("report"), QStringLiteral("programme"), QStringLiteral("--fy"), y}}) {
                const Run r = cli(args);
                REQUIRE(r.code == 0);
                all += args.join(u' ').toUtf8() + '\n' + r.out;
            }
        }
        return all;
    };
    // Pay some months, so that the ledger names students (a month with nothing payable is refused: ignored).
    for (int m = 1; m <= 12; ++m)
        cli({QStringLiteral("ledger"), QStringLiteral("post"), QStringLiteral("--month"),
             QStringLiteral("2025-%1").arg(m, 2, 10, QLatin1Char('0'))});
    const QByteArray reportsBefore = snapshot();
    CHECK(reportsBefore.count("\n") > 100);
    const QByteArray ledgerBefore = cli(words("ledger export")).out;
    const QByteArray verifyBefore = cli(words("ledger verify")).out;
    REQUIRE(ledgerBefore.count('\n') > 2); // the demo paid some internships
    const QByteArray studentsBefore = cli(words("export students")).out;

    // The dry run lists what would go and what the ledger keeps; nothing changes.
    Run r = cli(words("anonymise --as-of 2030-06-01 --dry-run"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QStringList going, ledgerKept;
    for (const QStringList &row : csvRows(r.out)) {
        if (row.value(4) == u"anonymise")
            going << row[0];
        if (row.value(4) == u"keep-ledger")
            ledgerKept << row[0];
    }
    REQUIRE(!going.isEmpty());
    REQUIRE(!ledgerKept.isEmpty());
    CHECK(cli(words("export students")).out == studentsBefore);
    // One student the ledger still needs: refused by name.
    r = cli({QStringLiteral("anonymise"), QStringLiteral("--as-of"), QStringLiteral("2030-06-01"),
             QStringLiteral("--student"), ledgerKept.front()});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("the subsidy ledger needs the student")));

    r = cli(words("anonymise --as-of 2030-06-01"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("%1 students anonymised as of 2030-06-01").arg(going.size())));

    // Reports of past years: byte for byte the same; the ledger and its chain untouched.
    CHECK(snapshot() == reportsBefore);
    CHECK(cli(words("ledger export")).out == ledgerBefore);
    CHECK(cli(words("ledger verify")).out == verifyBefore);
    // Names, contacts and accounts gone, nationality, school, programme, fiscal years kept.
    const auto before = csvRows(studentsBefore);
    const auto after = csvRows(cli(words("export students")).out);
    REQUIRE(before.size() == after.size());
    const QStringList header = before[0];
    const auto col = [&](const char *name) { return static_cast<int>(header.indexOf(QLatin1String(name))); };
    int checked = 0;
    for (size_t i = 1; i < after.size(); ++i) {
        const QString no = after[i][col("student_no")];
        if (!going.contains(no)) {
            CHECK(after[i] == before[i]);
            continue;
        }
        ++checked;
        CHECK(after[i][col("family_name")] == QStringLiteral("匿名"));
        CHECK(after[i][col("given_name")] == QStringLiteral("匿名"));
        CHECK(after[i][col("email")].isEmpty());
        CHECK(after[i][col("name_kana")].isEmpty());
        for (const char *kept : {"nationality", "school_code", "programme", "cohort_fy", "enrolled_on", "completed_on"})
            CHECK(after[i][col(kept)] == before[i][col(kept)]);
    }
    CHECK(checked == going.size());
    // One audit row for the run; a second run finds nothing new to do.
    const QByteArray audit = cli(words("audit export")).out;
    CHECK(audit.count(",anonymise,students,") == 1);
    r = cli(words("anonymise --as-of 2030-06-01 --dry-run"));
    CHECK(r.err.contains(QStringLiteral("0 students would be anonymised")));
}

TEST_CASE("privacy_duplicates_studentsInAnyScript_emailCase_companiesByNumberAndName", "[cli][privacy]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("init")}).code == 0);
    cli.importValid();
    CHECK(cli(words("duplicates")).out == "kind,first,second,reason\r\n");
    const QString students = cli.file(QStringLiteral("more_students.csv"));
    write(students, "student_no,family_name,given_name,name_kana,birth_date,nationality,school_code,programme,cohort_fy,"
                    "enrolled_on,email\n"
                    "ST0101,Nguyen,Van An,ぐえん・ゔぁん・あん,2001/05/14,VN,S001,sme_internship,2025,2025-04-01,\n"
                    "ST0102,Kim,Minjun,,1999-01-01,KR,S001,sme_internship,2025,2025-04-01,MINJUN@example.ac.jp\n"
                    "ST0103,Tran,Thi Binh,,2001-05-14,VN,S001,sme_internship,2025,2025-04-01,\n"
                    "ST0104,文安,阮,,2001-05-14,VN,S001,sme_internship,2025,2025-04-01,\n");
    // A dry run warns of the same likely duplicates as the import (a warning, never a refusal).
    Run r = cli({QStringLiteral("import"), QStringLiteral("students"), students, QStringLiteral("--dry-run")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(students + QStringLiteral(":5: warning: student ST0104 is a likely duplicate of ST0001 "
                                                   "(same birth date and name)")));
    r = cli({QStringLiteral("import"), QStringLiteral("students"), students});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.isEmpty()); // stdout unchanged (FORMATS §4): warnings go to stderr
    const QString studentsWarnings = students + QStringLiteral(
        ":2: warning: student ST0101 is a likely duplicate of ST0001 (same birth date and name)\n");
    CHECK(r.err.startsWith(
        studentsWarnings + students +
        QStringLiteral(":3: warning: student ST0102 is a likely duplicate of ST0002 (same email)\n") + students +
        QStringLiteral(":5: warning: student ST0104 is a likely duplicate of ST0001 (same birth date and name)\n") +
        students + QStringLiteral(": imported 4 rows (4 new")));
    CHECK(r.err.count(QStringLiteral("warning:")) == 3);
    const QString companies = cli.file(QStringLiteral("more_companies.csv"));
    write(companies, "code,name,corporate_number,industry,sme_category,prefecture\n"
                     "C003,かけはし精工 株式会社,7000012050002,E,general,13\n"
                     "C004,株式会社 かけはし精工,,E,general,13\n"
                     "C005,別の会社,,E,general,13\n");
    r = cli({QStringLiteral("import"), QStringLiteral("companies"), companies});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(companies + QStringLiteral(":2: warning: company C003 is a likely duplicate of C001 "
                                                    "(same corporate number (法人番号))\n")));
    CHECK(r.err.contains(companies + QStringLiteral(":3: warning: company C004 is a likely duplicate of C001 "
                                                    "(same name)\n")));
    CHECK(r.err.count(QStringLiteral("warning:")) == 2);
    r = cli(words("duplicates"));
    REQUIRE(r.code == 0);
    CHECK(r.out == "kind,first,second,reason\r\n"
                   "companies,C001,C003,corporate_number\r\n"
                   "companies,C001,C004,name\r\n"
                   "students,ST0001,ST0101,birth_date+name\r\n"
                   "students,ST0001,ST0104,birth_date+name\r\n"
                   "students,ST0002,ST0102,email\r\n");
    CHECK(r.err.contains(QStringLiteral("5 likely duplicates")));

    // Merge ST0104 into ST0001: its internship, placement and participation move; its values stay in the history.
    const auto importText = [&](const char *kind, const char *csv) {
        const QString path = cli.file(QString::fromLatin1(kind) + QStringLiteral("_merge.csv"));
        write(path, csv);
        const Run run = cli({QStringLiteral("import"), QString::fromLatin1(kind), path});
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
    };
    importText("internships", "internship_no,student_no,company_code,start_date,end_date,status\n"
                              "I0104,ST0104,C004,2025-06-01,2025-08-31,completed\n");
    importText("placements", "placement_no,student_no,outcome,decided_on,company_code,japanese_company\n"
                             "P0104,ST0104,employed,2025-09-01,C004,true\n");
    importText("events", "event_no,kind,step,title,date,prefecture,company_code\nE104,company_visit,1,見学,2025-07-01,13,C004\n");
    importText("participants", "event_no,student_no,company_code,attended\nE104,ST0104,,true\n");
    CHECK(cli(words("merge students ST0001 ST0001")).code == 1);
    CHECK(cli(words("merge students ST0001")).code == 2);
    r = cli(words("merge students ST0001 ST0104"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("internships 1")));
    CHECK(r.err.contains(QStringLiteral("placements 1")));
    CHECK(r.err.contains(QStringLiteral("participants 1")));
    CHECK(cli(words("export internships")).out.contains("I0104,ST0001,C004,"));
    CHECK(cli(words("export placements")).out.contains("P0104,ST0001,employed,"));
    CHECK(cli(words("export participants")).out.contains("E104,ST0001,,true"));
    CHECK_FALSE(cli(words("export students")).out.contains("ST0104"));
    QByteArray audit = cli(words("audit export")).out;
    CHECK(audit.contains(",merge,students,ST0001,merged ST0104,"));
    CHECK(audit.contains("family_name=文安"));
    CHECK(audit.contains(",merge,students,ST0104,merged into,"));
    // Companies: C004 into C001, the internship, placement and event follow.
    r = cli(words("merge companies C001 C004"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(cli(words("export internships")).out.contains("I0104,ST0001,C001,"));
    CHECK(cli(words("export events")).out.contains("E104,company_visit,1,見学,2025-07-01,13,C001"));
    // A student named by a provision record (history never rewritten) is not merged.
    REQUIRE(cli(words("consent give --student ST0102 --purpose introductions --method email --on 2025-04-01")).code == 0);
    r = cli(words("provision add --student ST0102 --company C001 --items email --date 2025-05-01"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = cli(words("merge students ST0002 ST0102"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("named by history that is never rewritten: provisions (1)")));
    CHECK(cli(words("export students")).out.contains("ST0102"));
}

TEST_CASE("privacy_importWarnings_noneForADistinctStudent_reimportStillWarns", "[cli][privacy]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("init")}).code == 0);
    cli.importValid();
    const QString path = cli.file(QStringLiteral("one_student.csv"));
    write(path, "student_no,family_name,given_name,name_kana,birth_date,nationality,school_code,programme,cohort_fy,"
                "enrolled_on,email\n"
                "ST0201,Sok,Dara,,2002-02-02,KH,S001,sme_internship,2025,2025-04-01,dara@example.ac.jp\n");
    Run r = cli({QStringLiteral("import"), QStringLiteral("students"), path});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.isEmpty());
    CHECK_FALSE(r.err.contains(QStringLiteral("warning")));
    CHECK(r.err == path + QStringLiteral(": imported 1 rows (1 new, 0 updated, 0 unchanged; utf-8)\n"));
    // The same person again under another number, the email in capitals: warned, still imported.
    write(path, "student_no,family_name,given_name,name_kana,birth_date,nationality,school_code,programme,cohort_fy,"
                "enrolled_on,email\n"
                "ST0202,Dara,Sok,,2002/2/2,KH,S001,sme_internship,2025,2025-04-01,DARA@example.ac.jp\n");
    r = cli({QStringLiteral("import"), QStringLiteral("students"), path});
    REQUIRE(r.code == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(path + QStringLiteral(
                                    ":2: warning: student ST0202 is a likely duplicate of ST0201 (same birth date and name)\n")));
    CHECK(r.err.contains(path + QStringLiteral(
                                    ":2: warning: student ST0202 is a likely duplicate of ST0201 (same email)\n")));
    CHECK(cli(words("export students")).out.contains("ST0202,Dara,Sok"));
}

TEST_CASE("privacy_roles_staffRecordsConsent_administratorsAnonymiseAndMerge_auditorsRead", "[cli][privacy][file]")
{
    if (kakehashi::test::onServer())
        return; // a server's logins are its roles (tested by the server suites)
    Cli cli;
    REQUIRE(cli({QStringLiteral("init")}).code == 0);
    cli.importValid();
    const auto env = [](const char *password, const char *newPassword = nullptr) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        if (password)
            e.insert(QStringLiteral("KAKEHASHI_PASSWORD"), QString::fromLatin1(password));
        if (newPassword)
            e.insert(QStringLiteral("KAKEHASHI_NEW_PASSWORD"), QString::fromLatin1(newPassword));
        return e;
    };
    REQUIRE(cli(words("user add admin --role administrator"), env(nullptr, "adminpassword1")).code == 0);
    REQUIRE(cli(words("--user admin user add sato --role staff"), env("adminpassword1", "staffpassword1")).code == 0);
    REQUIRE(cli(words("--user admin user add kato --role auditor"), env("adminpassword1", "auditorpasswd1")).code == 0);
    const auto staff = [&](const char *command) { return cli(words("--user sato") + words(command), env("staffpassword1")); };
    const auto auditor = [&](const char *command) { return cli(words("--user kato") + words(command), env("auditorpasswd1")); };
    CHECK(auditor("consent give --student ST0001 --purpose introductions --method paper").code == 3);
    CHECK(staff("consent give --student ST0001 --purpose introductions --method paper --on 2025-04-01").code == 0);
    CHECK(auditor("match introduce --company C001 --student ST0001 --date 2026-01-10").code == 3);
    CHECK(staff("match introduce --company C001 --student ST0001 --date 2026-01-10").code == 0);
    CHECK(auditor("provision list --company C001").code == 0);
    CHECK(auditor("disclose --student ST0001").code == 0);
    CHECK(staff("anonymise --as-of 2040-06-01").code == 3);
    CHECK(staff("anonymise --as-of 2040-06-01 --dry-run").code == 0);
    CHECK(staff("merge students ST0001 ST0002").code == 3);
    CHECK(staff("duplicates").code == 0);
    const Run audit = auditor("audit export");
    CHECK(audit.out.contains(",sato,provide,students,ST0001,provision,"));
    CHECK(audit.out.contains(",kato,disclosure,students,ST0001,json,"));
}
