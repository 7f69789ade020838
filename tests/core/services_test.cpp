// The write services the ui and the CLI call instead of storage's stores: each
// checks the role, writes its audit rows and commits in one transaction, which
// nests (a caller's rollback takes the service's write with it).
#include "domain/kinds.h"
#include "services/audit.h"
#include "services/matching.h"
#include "services/privacy.h"
#include "services/visa.h"
#include "storage/database.h"
#include "test_support.h"

#include "catch_qt.h"

using namespace kakehashi;

namespace {

auth::Session as(const char *user, auth::Role role)
{
    return {QString::fromLatin1(user), role, false};
}

void fixture(test::TempDatabase &t)
{
    test::load(t, "schools", "code,name,establishment,school_type,prefecture\nV,専門学校,private,vocational_college,13\n");
    test::load(t, "students",
               "student_no,family_name,given_name,birth_date,nationality,school_code,faculty,programme,cohort_fy,"
               "enrolled_on,jlpt\n"
               "P1,A,a,2000-01-01,VN,V,歯科衛生科,issn_network,2025,2025-04-01,N2\n");
    test::load(t, "companies", "code,name,industry,sme_category,prefecture,overseas_markets,info_provider\n"
                               "C1,ベトナム精工,E,general,13,VN,true\n");
}

// Who the trail names: the session's user on a file, the login on a server (FORMATS §5).
QString who(test::TempDatabase &t, const char *user)
{
    return t.db().isServer() ? t.db().serverUser() : QString::fromLatin1(user);
}

std::vector<std::vector<QString>> audit(test::TempDatabase &t, const char *kind)
{
    services::AuditQuery q;
    q.kind = QString::fromLatin1(kind);
    return services::AuditService(t.db()).entries(q);
}

} // namespace

TEST_CASE("services_senmonshi_roleChecked_audited_andNested", "[services]")
{
    test::TempDatabase t;
    fixture(t);
    services::VisaService visa(t.db());
    CHECK_THROWS_AS(visa.setSenmonshi(as("aud", auth::Role::Auditor), QStringLiteral("P1"), true), auth::AuthError);
    CHECK(audit(t, "student_visa_facts").empty());

    visa.setSenmonshi(as("sato", auth::Role::Staff), QStringLiteral("P1"), true);
    auto rows = audit(t, "student_visa_facts");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0][1] == who(t, "sato"));
    CHECK(rows[0][2] == QStringLiteral("update"));
    CHECK(rows[0][4] == QStringLiteral("P1"));
    CHECK(rows[0][5] == QStringLiteral("senmonshi"));
    CHECK(rows[0][6] == QStringLiteral("0"));
    CHECK(rows[0][7] == QStringLiteral("1"));

    // Inside a caller's transaction that is not committed: neither the flag nor its audit row stays.
    {
        storage::Transaction outer(t.db());
        visa.setSenmonshi(as("sato", auth::Role::Staff), QStringLiteral("P1"), false);
    }
    CHECK(audit(t, "student_visa_facts").size() == 1);
    visa.setSenmonshi(as("sato", auth::Role::Staff), QStringLiteral("P1"), false);
    rows = audit(t, "student_visa_facts");
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][6] == QStringLiteral("1"));
    CHECK(rows[1][7] == QStringLiteral("0"));
}

TEST_CASE("services_visaRules_administratorsOnly_audited", "[services]")
{
    test::TempDatabase t;
    services::VisaService visa(t.db());
    auto rules = visa.rules();
    REQUIRE(rules.size() > 1);
    const auto seeded = static_cast<qint64>(rules.size());
    rules.pop_back();
    CHECK_THROWS_AS(visa.replaceRules(as("sato", auth::Role::Staff), rules), auth::AuthError);
    CHECK(static_cast<qint64>(visa.rules().size()) == seeded);
    visa.replaceRules(as("boss", auth::Role::Administrator), rules);
    CHECK(static_cast<qint64>(visa.rules().size()) == seeded - 1);
    const auto rows = audit(t, "visa_rules");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0][1] == who(t, "boss"));
    CHECK(rows[0][2] == QStringLiteral("rules_replace"));
    CHECK(rows[0][6] == QString::number(seeded));
    CHECK(rows[0][7] == QString::number(seeded - 1));
}

TEST_CASE("services_introduction_roleChecked_andEachRecordAudited", "[services]")
{
    test::TempDatabase t;
    fixture(t);
    CHECK_THROWS_AS(services::recordIntroduction(t.db(), as("aud", auth::Role::Auditor), QStringLiteral("C1"),
                                                 QStringLiteral("P1"), Date(2026, 1, 10)),
                    auth::AuthError);
    CHECK(audit(t, "events").empty());
    // Passing P1's data to C1 needs the student's consent (issue 15).
    services::Privacy(t.db()).giveConsent(as("sato", auth::Role::Staff),
                                          {QStringLiteral("P1"), QStringLiteral("introductions"),
                                           QStringLiteral("2026-01-01"), {}, QStringLiteral("paper"), {}});
    const QString event = services::recordIntroduction(t.db(), as("sato", auth::Role::Staff), QStringLiteral("C1"),
                                                       QStringLiteral("P1"), Date(2026, 1, 10));
    CHECK(event == QStringLiteral("INTRO-20260110-1"));
    services::AuditQuery q;
    q.kind = QStringLiteral("events");
    q.action = QStringLiteral("create");
    CHECK(services::AuditService(t.db()).count(q) == 1);
    const auto events = audit(t, "events");
    REQUIRE_FALSE(events.empty());
    CHECK(events[0][1] == who(t, "sato"));
    CHECK(events[0][4] == event);
    q.kind = QStringLiteral("participants");
    CHECK(services::AuditService(t.db()).count(q) == 2); // the student and the company
}
