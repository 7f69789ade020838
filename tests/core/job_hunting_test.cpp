// The job-hunting clock of graduates on 特定活動 (継続就職活動) (issue 13, item
// 4): the rule (six months, one renewal of six), the store on both backends,
// the report of those whose status ends within 30 days with no placement, the
// CSV kind's import (all or nothing, problems named) and export, roles, audit.
#include "services/job_hunting.h"
#include "storage/audit_chain.h"
#include "storage/audit_store.h"
#include "test_support.h"

#include "catch_qt.h"

#include <QFile>

using namespace kakehashi;

namespace {

Date d(const char *iso)
{
    return *parseDate(std::string_view(iso));
}

services::JobHunting entry(const char *no, const char *granted, const char *ends, const char *renewed = nullptr,
                           const char *letterBy = nullptr, const char *letterOn = nullptr)
{
    return {QString::fromUtf8(no),
            d(granted),
            d(ends),
            renewed ? std::optional<Date>(d(renewed)) : std::nullopt,
            letterBy ? QString::fromUtf8(letterBy) : QString(),
            letterOn ? std::optional<Date>(d(letterOn)) : std::nullopt};
}

QString field(const services::JobHunting &e)
{
    const auto p = services::checkJobHunting(e);
    return p ? p->field : QString();
}

void writeFile(const QString &path, const char *text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

const char *const kSchools = "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n";
const char *const kCompanies = "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n";
const char *const kStudents = "student_no,family_name,given_name,birth_date,nationality,school_code,programme,"
                              "cohort_fy,enrolled_on,completed_on\n"
                              "G1,阮,文安,2000-01-01,VN,S1,sme_internship,2024,2024-04-01,2026-03-31\n"
                              "G2,Kim,Minjun,2000-01-01,KR,S1,sme_internship,2024,2024-04-01,2026-03-31\n"
                              "G3,Lee,Ha,2000-01-01,KR,S1,sme_internship,2024,2024-04-01,2026-03-31\n"
                              "G4,Tran,Mai,2000-01-01,VN,S1,sme_internship,2024,2024-04-01,2026-03-31\n";

} // namespace

TEST_CASE("jobHunting_rule_sixMonths_oneRenewalOfSix_letterBeforeGrant", "[compliance]")
{
    CHECK(field(entry("G1", "2026-04-01", "2026-10-01")).isEmpty());
    CHECK(field(entry("G1", "2026-04-01", "2026-10-02")) == u"ends_on");
    CHECK(field(entry("G1", "2026-04-01", "2026-04-01")) == u"ends_on");
    // Six months from 31 August is the last day of February.
    CHECK(field(entry("G1", "2025-08-31", "2026-02-28")).isEmpty());
    CHECK(field(entry("G1", "2025-08-31", "2026-03-01")) == u"ends_on");
    CHECK(field(entry("G1", "2026-04-01", "2026-10-01", "2027-04-01")).isEmpty());
    CHECK(field(entry("G1", "2026-04-01", "2026-10-01", "2027-04-02")) == u"renewed_to");
    CHECK(field(entry("G1", "2026-04-01", "2026-10-01", "2026-10-01")) == u"renewed_to");
    CHECK(field(entry("G1", "2026-04-01", "2026-10-01", nullptr, "Career Office", "2026-03-20")).isEmpty());
    CHECK(field(entry("G1", "2026-04-01", "2026-10-01", nullptr, "Career Office", "2026-04-02")) == u"letter_on");
    CHECK(field(entry("G1", "2026-04-01", "2026-10-01", nullptr, "Career Office")) == u"letter_on");
    CHECK(field(entry("G1", "2026-04-01", "2026-10-01", nullptr, nullptr, "2026-03-20")) == u"letter_by");
    CHECK(entry("G1", "2026-04-01", "2026-10-01", "2027-03-31").statusEnd() == d("2027-03-31"));
}

TEST_CASE("jobHunting_saved_reported_imported_exported_audited", "[compliance][file]")
{
    test::TempDatabase t;
    test::load(t, "schools", kSchools);
    test::load(t, "companies", kCompanies);
    test::load(t, "students", kStudents);
    test::load(t, "placements", "placement_no,student_no,outcome,decided_on,company_code,japanese_company,start_date\n"
                                "P1,G2,employed,2026-08-01,C1,true,2026-10-01\n"
                                "P2,G3,further_study,2026-08-01,,,\n");
    services::JobHuntingService service(t.db());
    const auth::Session staff{QStringLiteral("sato"), auth::Role::Staff, false};
    const auth::Session auditor{QStringLiteral("kato"), auth::Role::Auditor, false};

    CHECK_THROWS_AS(service.save(auditor, entry("G1", "2026-04-01", "2026-10-01")), auth::AuthError);
    CHECK_THROWS_AS(service.save(staff, entry("G9", "2026-04-01", "2026-10-01")), Error);
    CHECK_THROWS_AS(service.save(staff, entry("G1", "2026-04-01", "2026-10-05")), Error);
    service.save(staff, entry("G1", "2026-04-01", "2026-10-01", nullptr, "東京大学 キャリアセンター", "2026-03-20"));
    service.save(staff, entry("G2", "2026-04-01", "2026-09-30"));
    service.save(staff, entry("G3", "2026-04-01", "2026-09-20"));
    service.save(staff, entry("G4", "2026-04-01", "2026-10-01"));
    // G4 renewed: no longer due in September.
    service.save(staff, entry("G4", "2026-04-01", "2026-10-01", "2027-03-31"));

    const auto all = service.all(d("2026-09-10"));
    REQUIRE(all.size() == 4);
    CHECK(all[0].name == u"阮 文安");
    CHECK(all[0].daysLeft == 21);
    CHECK(all[1].placed);
    CHECK_FALSE(all[2].placed); // further study is no placement in work
    CHECK(all[3].entry.statusEnd() == d("2027-03-31"));

    // Due within 30 days of 10 September, not placed: G3 (10 days), G1 (21); G2 is
    // placed, G4 renewed.
    auto due = service.endingUnplaced(d("2026-09-10"));
    REQUIRE(due.size() == 2);
    CHECK(due[0].entry.studentNo == u"G3");
    CHECK(due[0].daysLeft == 10);
    CHECK(due[1].entry.studentNo == u"G1");
    CHECK(service.endingUnplaced(d("2026-09-10"), 15).size() == 1);
    // The day after G3's end it is no longer "ending".
    due = service.endingUnplaced(d("2026-09-21"));
    REQUIRE(due.size() == 1);
    CHECK(due[0].entry.studentNo == u"G1");

    // Every change audited field by field, fields with a value: G1 four, G2, G3, G4 two, G4 renewed.
    storage::AuditFilter f;
    f.kind = QStringLiteral("job_hunting");
    const auto audit = storage::auditEntries(t.db(), f);
    REQUIRE(audit.size() == 11);
    CHECK(audit.back()[2] == u"update");
    CHECK(audit.back()[5] == u"renewed_to");
    CHECK(audit.back()[7] == u"2027-03-31");
    CHECK(storage::verifyAuditChain(t.db()).ok());

    // Export, and an import of the same text into another database gives the same export.
    const QString exported = service.exportCsv();
    CHECK(exported.startsWith(QStringLiteral("student_no,granted_on,ends_on,renewed_to,letter_by,letter_on\r\n"
                                             "G1,2026-04-01,2026-10-01,,東京大学 キャリアセンター,2026-03-20\r\n")));
    CHECK(exported.contains(QStringLiteral("G4,2026-04-01,2026-10-01,2027-03-31,,\r\n")));

    // A bad row anywhere: nothing imported, the file, line and field named.
    const QString bad = t.file(QStringLiteral("bad.csv"));
    writeFile(bad, "student_no,granted_on,ends_on,renewed_to,letter_by,letter_on\n"
                   "G2,2026-04-01,2026-10-01,,,\n"
                   "G3,2026-04-01,2026-10-01,2027-04-15,,\n");
    try {
        service.importCsv(staff, bad);
        FAIL("the import was not refused");
    } catch (const Error &e) {
        CHECK(e.message() == bad + QStringLiteral(", line 3, renewed_to: the one renewal ends on 2027-04-15, more "
                                                  "than six months after 2026-10-01 (2027-04-01 at the latest)"));
    }
    CHECK(service.exportCsv() == exported);
    writeFile(bad, "student_no,granted_on,ends_on,renewed_to,letter_by,letter_on\nG2,2026-04-31,2026-10-01,,,\n");
    CHECK_THROWS_WITH(service.importCsv(staff, bad),
                      (bad + QStringLiteral(", line 2, granted_on: “2026-04-31” is not a date (YYYY-MM-DD)")).toStdString());
    const QString good = t.file(QStringLiteral("good.csv"));
    writeFile(good, "student_no,granted_on,ends_on,renewed_to,letter_by,letter_on\n"
                    "G2,2026-04-01,2026-10-01,,,\n"
                    "G3,2026-04-01,2026-10-01,2027-04-01,Lee's school,2026-03-01\n");
    CHECK_THROWS_AS(service.importCsv(auditor, good), auth::AuthError);
    CHECK(service.importCsv(staff, good) == 2);
    CHECK(service.exportCsv().contains(QStringLiteral("G3,2026-04-01,2026-10-01,2027-04-01,Lee's school,2026-03-01\r\n")));
    CHECK(storage::verifyAuditChain(t.db()).ok());
}
