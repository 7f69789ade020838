// Business Japanese and test preparation (issue 15, item 8) in core, on a file
// and (with $KAKEHASHI_TEST_SERVER) on a server: courses, units and scores
// recorded, replaced and audited; bad values refused by column; roles; the
// per-cohort report; an import that is all or nothing with FILE:LINE: COLUMN.
#include "services/japanese_training.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "test_support.h"

#include <QTimeZone>

#include "catch_qt.h"

using namespace kakehashi;

namespace {

QDateTime fixedTime()
{
    return QDateTime(QDate(2026, 1, 5), QTime(10, 0, 0), QTimeZone(9 * 3600));
}

const auth::Session kSato{QStringLiteral("sato"), auth::Role::Staff, false};
const auth::Session kAuditor{QStringLiteral("audit"), auth::Role::Auditor, false};

void seed(test::TempDatabase &t)
{
    test::load(t, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    test::load(t, "students",
               "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on\n"
               "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01\n"
               "ST2,李,明,2001-05-05,CN,S1,sme_internship,2025,2025-04-01\n"
               "ST3,Kim,Min,2000-02-02,KR,S1,asia_jinzai,2026,2026-04-01\n"
               "ST4,Tran,Binh,2000-03-03,VN,S1,asia_jinzai,2026,2026-04-01\n");
}

std::vector<std::vector<QString>> auditOf(test::TempDatabase &t, const QString &kind)
{
    storage::AuditFilter f;
    f.kind = kind;
    return storage::auditEntries(t.db(), f);
}

} // namespace

TEST_CASE("japanese_recordReplaceAndAudit", "[japanese]")
{
    test::TempDatabase t;
    seed(t);
    services::JapaneseTraining jp(t.db(), kSato, fixedTime);
    CHECK(jp.recordCourse({QStringLiteral("ST1"), QStringLiteral("ビジネス日本語 I"), 40, QStringLiteral("2025-05-01"),
                           QStringLiteral("2025-07-31")}));
    // The same course again with other hours replaces them; the same values change nothing.
    CHECK(jp.recordCourse({QStringLiteral("ST1"), QStringLiteral("ビジネス日本語 I"), 45, QStringLiteral("2025-05-01"),
                           QStringLiteral("2025-07-31")}));
    CHECK_FALSE(jp.recordCourse({QStringLiteral("ST1"), QStringLiteral("ビジネス日本語 I"), 45,
                                 QStringLiteral("2025-05-01"), QStringLiteral("2025-07-31")}));
    const auto courses = jp.courses(QStringLiteral("ST1"));
    REQUIRE(courses.size() == 1);
    CHECK(courses[0].hours == 45);
    CHECK(courses[0].to == u"2025-07-31");

    CHECK(jp.setUnits(QStringLiteral("ST1"), 12));
    CHECK(jp.setUnits(QStringLiteral("ST1"), 14));
    CHECK(jp.units(QStringLiteral("ST1")) == 14);
    CHECK_FALSE(jp.units(QStringLiteral("ST2")).has_value());

    CHECK(jp.recordScore({QStringLiteral("ST1"), QStringLiteral("BJT"), QStringLiteral("2025-06-15"), 420}));
    CHECK(jp.recordScore({QStringLiteral("ST1"), QStringLiteral("JLPT N2 practice"), QStringLiteral("2025-06-20"), 120}));
    const auto scores = jp.scores(QStringLiteral("ST1"));
    REQUIRE(scores.size() == 2);
    CHECK(scores[0].test == u"BJT");
    CHECK(scores[1].score == 120);

    const auto courseAudit = auditOf(t, QStringLiteral("japanese_courses"));
    // create hours, create to, update hours 40 → 45
    REQUIRE(courseAudit.size() == 3);
    const auto unitsAudit = auditOf(t, QStringLiteral("japanese_units"));
    REQUIRE(unitsAudit.size() == 2);
    const auto joined = [](const std::vector<QString> &row) { return QStringList(row.begin(), row.end()).join(u'|'); };
    CHECK(joined(unitsAudit.back()).contains(QStringLiteral("|12|14")));
    // On a server the audit function names the server's session user instead.
    CHECK((t.db().isServer() || joined(unitsAudit.back()).contains(QStringLiteral("|sato|"))));
    CHECK(auditOf(t, QStringLiteral("japanese_scores")).size() == 2);
}

TEST_CASE("japanese_badValuesAndRoles", "[japanese]")
{
    test::TempDatabase t;
    seed(t);
    services::JapaneseTraining jp(t.db(), kSato, fixedTime);
    CHECK_THROWS_WITH(jp.recordCourse({QStringLiteral("ST9"), QStringLiteral("X"), 10, QStringLiteral("2025-05-01"),
                                       QStringLiteral("2025-05-02")}),
                      Catch::Contains("student_no: there is no student ST9"));
    CHECK_THROWS_WITH(jp.recordCourse({QStringLiteral("ST1"), QStringLiteral("X"), 0, QStringLiteral("2025-05-01"),
                                       QStringLiteral("2025-04-02")}),
                      Catch::Contains("hours: 0 is not between 1 and 2000") &&
                          Catch::Contains("to: 2025-04-02 is before the start 2025-05-01"));
    CHECK_THROWS_WITH(jp.setUnits(QStringLiteral("ST1"), 19), Catch::Contains("units_completed: 19 is not between 0 and 18"));
    CHECK_THROWS_WITH(jp.recordScore({QStringLiteral("ST1"), QStringLiteral("BJT"), QStringLiteral("2025-02-30"), 10}),
                      Catch::Contains("date:"));
    CHECK(jp.courses(QStringLiteral("ST1")).empty());
    CHECK(auditOf(t, QStringLiteral("japanese_courses")).empty());

    services::JapaneseTraining auditor(t.db(), kAuditor, fixedTime);
    CHECK_THROWS_AS(auditor.setUnits(QStringLiteral("ST1"), 3), auth::AuthError);
    CHECK_FALSE(auditor.units(QStringLiteral("ST1")).has_value());
    CHECK(auditor.cohortReport().size() == 2);
}

TEST_CASE("japanese_cohortReport", "[japanese]")
{
    test::TempDatabase t;
    seed(t);
    services::JapaneseTraining jp(t.db(), kSato, fixedTime);
    jp.recordCourse({QStringLiteral("ST1"), QStringLiteral("A"), 40, QStringLiteral("2025-05-01"), QStringLiteral("2025-06-30")});
    jp.recordCourse({QStringLiteral("ST1"), QStringLiteral("B"), 20, QStringLiteral("2025-07-01"), QStringLiteral("2025-08-31")});
    jp.recordCourse({QStringLiteral("ST2"), QStringLiteral("A"), 15, QStringLiteral("2025-05-01"), QStringLiteral("2025-06-30")});
    jp.recordCourse({QStringLiteral("ST4"), QStringLiteral("A"), 10, QStringLiteral("2026-05-01"), QStringLiteral("2026-06-30")});
    jp.setUnits(QStringLiteral("ST1"), 18);
    jp.setUnits(QStringLiteral("ST2"), 7);
    jp.recordScore({QStringLiteral("ST1"), QStringLiteral("BJT"), QStringLiteral("2025-06-15"), 420});
    jp.recordScore({QStringLiteral("ST2"), QStringLiteral("BJT"), QStringLiteral("2025-06-15"), 351});
    jp.recordScore({QStringLiteral("ST2"), QStringLiteral("JLPT N2 practice"), QStringLiteral("2025-07-01"), 100});

    const auto rows = jp.cohortRows();
    REQUIRE(rows.size() == 2);
    // 2025: 2 students, both in courses, (60 + 15) / 2 hours, (18 + 7) / 2 units, 3 scores averaging 871 / 3
    CHECK(rows[0] == std::vector<QString>{QStringLiteral("2025"), QStringLiteral("2"), QStringLiteral("2"),
                                          QStringLiteral("37.5"), QStringLiteral("12.5"), QStringLiteral("18"),
                                          QStringLiteral("3"), QStringLiteral("290.3")});
    // 2026: 2 students, one in a course of 10 hours: 5.0 hours per student of the cohort
    CHECK(rows[1] == std::vector<QString>{QStringLiteral("2026"), QStringLiteral("2"), QStringLiteral("1"),
                                          QStringLiteral("5.0"), QStringLiteral("0.0"), QStringLiteral("18"),
                                          QStringLiteral("0"), QString()});
    const auto bjt = jp.cohortRows(QStringLiteral("BJT"));
    CHECK(bjt[0][6] == u"2");
    CHECK(bjt[0][7] == u"385.5");
}

TEST_CASE("japanese_importAllOrNothing", "[japanese]")
{
    test::TempDatabase t;
    seed(t);
    services::JapaneseTraining jp(t.db(), kSato, fixedTime);
    const QByteArray bad = "student_no,name,hours,from,to\n"
                           "ST1,ビジネス日本語 I,40,2025-05-01,2025-07-31\n"
                           "ST9,ビジネス日本語 I,40,2025-05-01,2025-07-31\n"
                           "ST2,ビジネス日本語 I,forty,2025-05-01,2025-07-31\n"
                           "ST1,ビジネス日本語 I,41,2025-05-01,2025-07-31\n";
    try {
        jp.importFile(services::JapaneseFile::Courses, QStringLiteral("c.csv"), bad, QString(), false);
        FAIL("the import was not refused");
    } catch (const services::JapaneseError &e) {
        CHECK(e.message().contains(QStringLiteral("c.csv:3: student_no: there is no student ST9")));
        CHECK(e.message().contains(QStringLiteral("c.csv:4: hours: “forty” is not a whole number")));
        CHECK(e.message().contains(QStringLiteral("c.csv:5: student_no: ST1/ビジネス日本語 I/2025-05-01 is given twice (first on line 2)")));
        CHECK_FALSE(e.message().contains(QStringLiteral("c.csv:2:")));
    }
    CHECK(jp.courses(QString()).empty());
    CHECK(auditOf(t, QStringLiteral("japanese_courses")).empty());

    CHECK_THROWS_WITH(jp.importFile(services::JapaneseFile::Units, QStringLiteral("u.csv"),
                                    "student_no,units\nST1,3\n", QString(), false),
                      Catch::Contains("u.csv:1: units: unknown column") &&
                          Catch::Contains("u.csv:1: units_completed: the column is missing"));

    const QByteArray good = "student_no,units_completed\nST1,5\nST2,18\n";
    auto r = jp.importFile(services::JapaneseFile::Units, QStringLiteral("u.csv"), good, QString(), true);
    CHECK(r.inserted == 2);
    CHECK_FALSE(jp.units(QStringLiteral("ST1")).has_value()); // a dry run writes nothing
    r = jp.importFile(services::JapaneseFile::Units, QStringLiteral("u.csv"), good, QString(), false);
    CHECK(r.inserted == 2);
    CHECK(jp.units(QStringLiteral("ST2")) == 18);
    r = jp.importFile(services::JapaneseFile::Units, QStringLiteral("u.csv"),
                      "student_no,units_completed\nST1,6\nST2,18\n", QString(), false);
    CHECK(r.updated == 1);
    CHECK(r.unchanged == 1);
    CHECK(jp.rows(services::JapaneseFile::Units) ==
          std::vector<std::vector<QString>>{{QStringLiteral("ST1"), QStringLiteral("6")},
                                            {QStringLiteral("ST2"), QStringLiteral("18")}});

    services::JapaneseTraining auditor(t.db(), kAuditor, fixedTime);
    CHECK_THROWS_AS(auditor.importFile(services::JapaneseFile::Units, QStringLiteral("u.csv"), good, QString(), false),
                    auth::AuthError);
}
