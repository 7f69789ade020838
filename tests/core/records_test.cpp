// The record service the editors use: the importer's rules on a form, the audit
// trail of creates, updates, archives and imports with old and new values, the
// row version between two connections, and the roles table.
#include "services/records.h"
#include "storage/attendance_store.h"
#include "io/exporter.h"
#include "storage/audit_store.h"
#include "storage/record_list.h"
#include "storage/calendar_store.h"
#include "storage/subsidy_store.h"
#include "test_support.h"

#include "catch_qt.h"

#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <thread>

using namespace kakehashi;
using services::RecordService;

namespace {

const domain::Kind &students() { return *domain::kindByName(u"students"); }
const domain::Kind &internships() { return *domain::kindByName(u"internships"); }

void loadBasics(test::TempDatabase &t)
{
    test::load(t, "schools", "code,name,establishment,school_type,prefecture\nS01,東都大学,private,university,13\n");
    test::load(t, "companies", "code,name,industry,sme_category,prefecture\nC01,株式会社テスト,E,general,13\n");
}

// A student form: every field, in the kind's order.
QStringList studentForm(const QString &no, const QString &family, const QString &birth = QStringLiteral("2001-04-02"))
{
    QStringList t(students().size());
    const auto set = [&](const char *name, const QString &v) { t[students().fieldIndex(QLatin1String(name))] = v; };
    set("student_no", no);
    set("family_name", family);
    set("given_name", QStringLiteral("Lan"));
    set("birth_date", birth);
    set("nationality", QStringLiteral("VN"));
    set("school_code", QStringLiteral("S01"));
    set("programme", QStringLiteral("sme_internship"));
    set("cohort_fy", QStringLiteral("2025"));
    set("enrolled_on", QStringLiteral("2025-04-01"));
    return t;
}

// Student S1 (through a form) with internship I1, 2025-10-01 … 2025-12-26.
void loadInternship(test::TempDatabase &t, RecordService &s)
{
    REQUIRE(s.save(students(), studentForm(QStringLiteral("S1"), QStringLiteral("Nguyen")), nullptr).empty());
    test::load(t, "internships", "internship_no,student_no,company_code,start_date,end_date,status\n"
                                 "I1,S1,C01,2025-10-01,2025-12-26,active\n");
}

// audit rows of one record: "action field old→new"
QStringList trail(RecordService &s, const domain::Kind &kind, const QString &key)
{
    QStringList out;
    for (const auto &r : s.history(kind, {key}))
        out << QStringLiteral("%1 %2 %3→%4").arg(r[2], r[3], r[4], r[5]);
    return out;
}

} // namespace

TEST_CASE("records_createAndCorrect_auditEachFieldOldAndNew", "[records]")
{
    test::TempDatabase t;
    loadBasics(t);
    RecordService s(t.db(), {});
    services::Record saved;
    REQUIRE(s.save(students(), studentForm(QStringLiteral("S1"), QStringLiteral("Nguyen")), nullptr, &saved).empty());
    CHECK(saved.version == 1);
    QStringList h = trail(s, students(), QStringLiteral("S1"));
    CHECK(h.contains(QStringLiteral("create family_name →Nguyen")));
    CHECK(h.contains(QStringLiteral("create cohort_fy →2025")));
    CHECK_FALSE(h.filter(QStringLiteral(" email ")).size()); // no value, no row

    QStringList form = studentForm(QStringLiteral("S1"), QStringLiteral("Tran"));
    services::Record again;
    REQUIRE(s.save(students(), form, &saved, &again).empty());
    CHECK(again.version == 2);
    h = trail(s, students(), QStringLiteral("S1"));
    CHECK(h.last() == QStringLiteral("update family_name Nguyen→Tran"));
    CHECK(h.filter(QStringLiteral("update ")).size() == 1);

    // Clearing an optional field in a form clears it (a whole record, not a merge).
    form[students().fieldIndex(u"name_kana")] = QStringLiteral("グエン");
    services::Record third;
    REQUIRE(s.save(students(), form, &again, &third).empty());
    form[students().fieldIndex(u"name_kana")] = QString();
    services::Record fourth;
    REQUIRE(s.save(students(), form, &third, &fourth).empty());
    CHECK(fourth.values[static_cast<size_t>(students().fieldIndex(u"name_kana"))].isNull());
    CHECK(trail(s, students(), QStringLiteral("S1")).last() == QStringLiteral("update name_kana グエン→"));

    // Saving unchanged values writes nothing, not even a version.
    services::Record fifth;
    REQUIRE(s.save(students(), form, &fourth, &fifth).empty());
    CHECK(fifth.version == fourth.version);
}

TEST_CASE("records_badFormIsRefusedWithTheFieldAndNothingWritten", "[records]")
{
    test::TempDatabase t;
    loadBasics(t);
    RecordService s(t.db(), {});
    // Too young on enrolment, by the importer's rule; and an unknown school.
    QStringList form = studentForm(QStringLiteral("S2"), QStringLiteral("Kim"), QStringLiteral("2015-01-01"));
    form[students().fieldIndex(u"school_code")] = QStringLiteral("S99");
    const auto quick = s.check(students(), form, nullptr);
    const auto problems = s.save(students(), form, nullptr);
    for (const auto *list : {&quick, &problems}) {
        QStringList fields;
        for (const auto &p : *list)
            fields << p.field;
        CHECK(fields.contains(QStringLiteral("school_code")));
        CHECK(fields.contains(QStringLiteral("birth_date")));
    }
    CHECK_FALSE(s.find(students(), QStringLiteral("S2")));
    CHECK(trail(s, students(), QStringLiteral("S2")).isEmpty());

    // A new record may not take a stored key.
    REQUIRE(s.save(students(), studentForm(QStringLiteral("S3"), QStringLiteral("Lee")), nullptr).empty());
    const auto dup = s.save(students(), studentForm(QStringLiteral("S3"), QStringLiteral("Park")), nullptr);
    REQUIRE(dup.size() == 1);
    CHECK(dup[0].field == QStringLiteral("student_no"));
    CHECK(s.find(students(), QStringLiteral("S3"))->values[1] == QStringLiteral("Lee"));
}

TEST_CASE("records_overlappingInternshipRefusedOnSave", "[records]")
{
    test::TempDatabase t;
    loadBasics(t);
    RecordService s(t.db(), {});
    REQUIRE(s.save(students(), studentForm(QStringLiteral("S1"), QStringLiteral("Nguyen")), nullptr).empty());
    const auto form = [](const char *no, const char *start, const char *end) {
        return QStringList{QLatin1String(no), QStringLiteral("S1"), QStringLiteral("C01"), QLatin1String(start),
                           QLatin1String(end), QString(), QString(), QString()};
    };
    REQUIRE(s.save(internships(), form("I1", "2025-07-01", "2025-08-31"), nullptr).empty());
    const auto problems = s.save(internships(), form("I2", "2025-08-15", "2025-09-30"), nullptr);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == QStringLiteral("start_date"));
    CHECK(problems[0].message.contains(QStringLiteral("I1")));
    CHECK(s.find(internships(), QStringLiteral("I1"))->values[5] == QStringLiteral("planned")); // the default
}

TEST_CASE("records_twoConnectionsSaveOneRecord_secondIsToldWhatChanged", "[records]")
{
    test::TempDatabase t;
    loadBasics(t);
    RecordService alice(t.db(), {});
    REQUIRE(alice.save(students(), studentForm(QStringLiteral("S1"), QStringLiteral("Nguyen")), nullptr).empty());
    storage::Database other(t.path());
    RecordService bob(other, {});
    const services::Record aliceOpened = *alice.find(students(), QStringLiteral("S1"));
    const services::Record bobOpened = *bob.find(students(), QStringLiteral("S1"));

    REQUIRE(bob.save(students(), studentForm(QStringLiteral("S1"), QStringLiteral("Pham")), &bobOpened).empty());
    try {
        (void)alice.save(students(), studentForm(QStringLiteral("S1"), QStringLiteral("Tran")), &aliceOpened);
        FAIL("the second save went through");
    } catch (const services::ConflictError &e) {
        REQUIRE(e.differences.size() == 1);
        CHECK(e.differences[0].field == QStringLiteral("family_name"));
        CHECK(e.differences[0].yours == QStringLiteral("Nguyen"));
        CHECK(e.differences[0].theirs == QStringLiteral("Pham"));
        CHECK(e.current.version == 2);
    }
    CHECK(alice.find(students(), QStringLiteral("S1"))->values[1] == QStringLiteral("Pham"));
    // Reloaded, the save goes through.
    const services::Record reloaded = *alice.find(students(), QStringLiteral("S1"));
    CHECK(alice.save(students(), studentForm(QStringLiteral("S1"), QStringLiteral("Tran")), &reloaded).empty());
}

TEST_CASE("records_archiveAndRestore_auditedAndRefusedToAuditors", "[records]")
{
    test::TempDatabase t;
    loadBasics(t);
    RecordService s(t.db(), {});
    REQUIRE(s.save(students(), studentForm(QStringLiteral("S1"), QStringLiteral("Nguyen")), nullptr).empty());
    services::Record r = s.setArchived(students(), *s.find(students(), QStringLiteral("S1")), true);
    CHECK(r.archived);
    CHECK(r.version == 2);
    r = s.setArchived(students(), r, false);
    CHECK_FALSE(r.archived);
    const QStringList h = trail(s, students(), QStringLiteral("S1"));
    CHECK(h.contains(QStringLiteral("archive archived 0→1")));
    CHECK(h.last() == QStringLiteral("restore archived 1→0"));

    auth::Session auditor{QStringLiteral("aud"), auth::Role::Auditor, false};
    RecordService a(t.db(), auditor);
    CHECK_THROWS_AS(a.setArchived(students(), r, true), auth::AuthError);
    CHECK_THROWS_AS(a.save(students(), studentForm(QStringLiteral("S1"), QStringLiteral("X")), &r), auth::AuthError);
    CHECK(s.find(students(), QStringLiteral("S1"))->values[1] == QStringLiteral("Nguyen"));
}

TEST_CASE("records_importAuditsCreatesUpdatesAndTheFile", "[records][file]")
{
    test::TempDatabase t;
    loadBasics(t);
    const QByteArray header = "student_no,family_name,given_name,birth_date,nationality,school_code,programme,"
                              "cohort_fy,enrolled_on\n";
    io::ImportOptions o;
    o.session = {QStringLiteral("staff1"), auth::Role::Staff, false};
    o.fileName = QStringLiteral("april.csv");
    REQUIRE(io::importCsv(t.db(), students(), header + "S1,Nguyen,Lan,2001-04-02,VN,S01,sme_internship,2025,2025-04-01\n"
                                                       "S2,Kim,Min,2000-01-01,KR,S01,sme_internship,2025,2025-04-01\n",
                          o)
                .ok());
    // Only the family name of S2 changes; S1 is unchanged.
    o.fileName = QStringLiteral("may.csv");
    REQUIRE(io::importCsv(t.db(), students(), "student_no,family_name\nS1,Nguyen\nS2,Park\n", o).ok());

    storage::AuditFilter f;
    f.user = QStringLiteral("staff1");
    QStringList rows;
    for (const auto &r : storage::auditEntries(t.db(), f))
        rows << QStringList{r[2], r[3], r[4], r[5], r[6], r[7]}.join(QLatin1Char('|'));
    CHECK(rows.contains(QStringLiteral("create|students|S1|family_name||Nguyen")));
    CHECK(rows.contains(QStringLiteral("create|students|S2|birth_date||2000-01-01")));
    CHECK(rows.contains(QStringLiteral("import|students|S2|family_name|Kim|Park")));
    CHECK(rows.filter(QStringLiteral("import|students|S1|")).isEmpty());
    CHECK(rows.contains(QStringLiteral("import|students||file||may.csv (0 inserted, 1 updated, 1 unchanged)")));
    // A refused file leaves no trail.
    const auto before = storage::auditEntries(t.db(), {}).size();
    CHECK_FALSE(io::importCsv(t.db(), students(), "student_no,family_name\nS2,\nS9,X\n", o).ok());
    CHECK(storage::auditEntries(t.db(), {}).size() == before);
}

TEST_CASE("records_calendarRatesAndAttendance_checkTheRoleAndAreAudited", "[records][file]")
{
    test::TempDatabase t;
    loadBasics(t);
    RecordService s(t.db(), {});
    loadInternship(t, s);
    const auth::Session staff{QStringLiteral("st"), auth::Role::Staff, false};
    const auth::Session auditor{QStringLiteral("au"), auth::Role::Auditor, false};
    const auth::Session admin{QStringLiteral("ad"), auth::Role::Administrator, false};
    storage::CalendarStore calendar(t.db());
    storage::SubsidyStore subsidy(t.db());
    storage::AttendanceStore attendance(t.db());
    const Date day(2025, 10, 6);
    CHECK_THROWS_AS(calendar.addHoliday(staff, day, QStringLiteral("臨時休業")), auth::AuthError);
    CHECK_THROWS_AS(subsidy.addRate(staff, day, 8000), auth::AuthError);
    CHECK_THROWS_AS(attendance.saveMonth(auditor, QStringLiteral("I1"), 2025, 10, {{day, QStringLiteral("present")}}),
                    auth::AuthError);
    CHECK(calendar.overrides().empty());
    calendar.addHoliday(admin, day, QStringLiteral("臨時休業"));
    calendar.removeHoliday(admin, day);
    subsidy.addRate(admin, Date(2025, 10, 16), 8000);
    attendance.saveMonth(staff, QStringLiteral("I1"), 2025, 10, {{day, QStringLiteral("present")}});
    attendance.saveMonth(staff, QStringLiteral("I1"), 2025, 10, {{day, QStringLiteral("absent")}});

    QStringList rows;
    for (const auto &r : storage::auditEntries(t.db(), {}))
        if (r[1] == u"ad" || r[1] == u"st")
            rows << QStringList{r[1], r[2], r[3], r[4], r[5], r[6], r[7]}.join(QLatin1Char('|'));
    CHECK(rows == QStringList{QStringLiteral("ad|holiday_add|calendar|2025-10-06|name||臨時休業"),
                              QStringLiteral("ad|holiday_remove|calendar|2025-10-06|||"),
                              QStringLiteral("ad|rate_add|rates|sme_internship 2025-10-16|daily_rate_jpy||8000"),
                              QStringLiteral("st|create|attendance|I1 2025-10-06|status||present"),
                              QStringLiteral("st|update|attendance|I1 2025-10-06|status|present|absent")});
}

TEST_CASE("records_attendanceSaved_withTheHoursOfAPresentDay", "[records]")
{
    test::TempDatabase t;
    loadBasics(t);
    RecordService s(t.db(), {});
    loadInternship(t, s);
    storage::AttendanceStore attendance(t.db());
    const Date day(2025, 10, 6);
    attendance.saveMonth({}, QStringLiteral("I1"), 2025, 10, {{day, QStringLiteral("present")}}, 6.5);
    const domain::Kind &kind = *domain::kindByName(u"attendance");
    const auto stored = s.find(kind, domain::Values{QStringLiteral("I1"), QStringLiteral("2025-10-06")});
    REQUIRE(stored);
    CHECK(stored->values[3].toDouble() == 6.5);
    // Beyond a day's 24 hours: refused with the rule's message, nothing changed.
    CHECK_THROWS_WITH(attendance.saveMonth({}, QStringLiteral("I1"), 2025, 10,
                                           {{day, QStringLiteral("present")}, {Date(2025, 10, 7), QStringLiteral("present")}},
                                           25),
                      Catch::Contains("24"));
    CHECK_FALSE(s.find(kind, domain::Values{QStringLiteral("I1"), QStringLiteral("2025-10-07")}));
}

TEST_CASE("records_namesWithQuotesSemicolonsAndSql_storedSearchedExportedVerbatim", "[records]")
{
    test::TempDatabase t;
    loadBasics(t);
    const QString family = QStringLiteral("O'Brien\"; DROP TABLE students;--");
    const QString given = QStringLiteral("Bobby %_\\ ' OR '1'='1");
    // Through a form …
    RecordService s(t.db(), {});
    QStringList form = studentForm(QStringLiteral("S1"), family);
    form[students().fieldIndex(u"given_name")] = given;
    REQUIRE(s.save(students(), form, nullptr).empty());
    // … and through a file (quoted as RFC 4180 wants).
    test::load(t, "students", QStringLiteral("student_no,family_name,given_name,birth_date,nationality,school_code,"
                                             "programme,cohort_fy,enrolled_on\n"
                                             "S2,\"x\"\"); DELETE FROM audit_log;--\",\"a,b\",2001-04-02,VN,S01,"
                                             "sme_internship,2025,2025-04-01\n"));
    const auto s1 = s.find(students(), QStringLiteral("S1"));
    REQUIRE(s1);
    CHECK(s1->values[1].toString() == family);
    CHECK(s1->values[2].toString() == given);
    CHECK(s.find(students(), QStringLiteral("S2"))->values[1].toString() == QStringLiteral("x\"); DELETE FROM audit_log;--"));
    CHECK(storage::RecordStore(t.db()).count(students()) == 2);

    // Searched as text: the quote and the wildcards match themselves only.
    storage::RecordList list(t.db(), students());
    const auto search = [](const QString &text) {
        storage::ListFilter f;
        f.search = text;
        return f;
    };
    list.setFilter(search(QStringLiteral("'; DROP")));
    CHECK(list.count() == 0);
    list.setFilter(search(QStringLiteral("\"; DROP TABLE")));
    REQUIRE(list.count() == 1);
    CHECK(list.page(0, 10).front().values[1].toString() == family);
    list.setFilter(search(QStringLiteral("%_\\")));
    CHECK(list.count() == 1);

    // Exported and in the audit trail exactly as typed.
    const QString csv = QString::fromUtf8(io::exportCsv(t.db(), students(), io::Encoding::Utf8));
    CHECK(csv.contains(QStringLiteral("\"O'Brien\"\"; DROP TABLE students;--\"")));
    CHECK(csv.contains(QStringLiteral("\"a,b\"")));
    bool audited = false;
    for (const auto &r : storage::auditEntries(t.db(), {}))
        audited = audited || (r[4] == u"S1" && r[5] == u"given_name" && r[7] == given);
    CHECK(audited);
}

TEST_CASE("records_busyDatabase_aSaveWaitsForTheOtherWriterInsteadOfFailing", "[records][file]")
{
    test::TempDatabase t;
    loadBasics(t);
    std::atomic<bool> holding{false};
    // Another program (here a second connection on its own thread) writing for 400 ms.
    std::jthread other([&] { // joined however the test ends
        storage::Database db(t.path());
        storage::Transaction tx(db);
        db.exec(QStringLiteral("INSERT INTO calendar_overrides (date, is_holiday, name) VALUES ('2025-10-06', 1, 'x')"));
        holding = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        tx.commit();
    });
    while (!holding)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    QElapsedTimer timer;
    timer.start();
    RecordService s(t.db(), {});
    const auto problems = s.save(students(), studentForm(QStringLiteral("S1"), QStringLiteral("Nguyen")), nullptr);
    const qint64 waited = timer.elapsed();
    other.join();
    CHECK(problems.empty());
    CHECK(waited >= 250); // it waited for the other transaction …
    CHECK(s.find(students(), QStringLiteral("S1"))); // … and then saved
    CHECK(storage::CalendarStore(t.db()).overrides().size() == 1); // the other's write stands too
}
