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

TEST_CASE("services_duplicatesOf_formAndImportRows_againstStoredAndEachOther", "[services][privacy]")
{
    test::TempDatabase t;
    fixture(t);
    test::load(t, "students",
               "student_no,family_name,given_name,name_kana,birth_date,nationality,school_code,programme,cohort_fy,"
               "enrolled_on,email\n"
               "P2,阮,文安,グエン ヴァン アン,2001-05-14,VN,V,issn_network,2025,2025-04-01,an@example.ac.jp\n");
    const services::Privacy privacy(t.db());
    // A form's record: names swapped, the kana in hiragana, another birth date format.
    auto found = privacy.duplicatesOf({{QStringLiteral("P9"), QStringLiteral("Nguyen"), QStringLiteral("Van An"),
                                        QStringLiteral("ぐえん・ゔぁん・あん"), QStringLiteral("2001/5/14"), {}, {}, 0}});
    REQUIRE(found.size() == 1);
    CHECK(found[0].key == QStringLiteral("P9"));
    CHECK(found[0].other == QStringLiteral("P2"));
    CHECK(found[0].reason == QStringLiteral("birth_date+name"));
    CHECK(found[0].message() == QStringLiteral("student P9 is a likely duplicate of P2 (same birth date and name)"));
    // The stored record itself is not its own duplicate; another birth date is none.
    CHECK(privacy.duplicatesOf({{QStringLiteral("P2"), {}, {}, {}, {}, {}, {}, 0}}).empty());
    CHECK(privacy.duplicatesOf({{QStringLiteral("P9"), QStringLiteral("文安"), QStringLiteral("阮"), {},
                                 QStringLiteral("2001-05-15"), {}, {}, 0}})
              .empty());
    // An import file: line numbers kept; rows compared with each other too; email by case.
    const auto rows = privacy.importDuplicates(
        QStringLiteral("students"),
        "student_no,family_name,given_name,birth_date,email\n"
        "P7,Kim,Minjun,1999-01-01,AN@Example.ac.jp\n"
        "P8,Lee,Ha,2000-02-02,ha@example.ac.jp\n"
        "P6,Park,Ji,2000-03-03,HA@example.ac.jp\n");
    REQUIRE(rows.size() == 3);
    CHECK((rows[0].line == 2 && rows[0].other == QStringLiteral("P2") && rows[0].reason == QStringLiteral("email")));
    CHECK((rows[1].line == 3 && rows[1].key == QStringLiteral("P8") && rows[1].other == QStringLiteral("P6")));
    CHECK((rows[2].line == 4 && rows[2].key == QStringLiteral("P6") && rows[2].other == QStringLiteral("P8")));
    // Companies: the same name whatever its spaces.
    const auto companies = privacy.importDuplicates(QStringLiteral("companies"),
                                                    "code,name\nC2,ベトナム 精工\nC3,別の会社\n");
    REQUIRE(companies.size() == 1);
    CHECK((companies[0].line == 2 && companies[0].key == QStringLiteral("C2") && companies[0].other == QStringLiteral("C1")));
    CHECK(companies[0].reason == QStringLiteral("name"));
    CHECK(privacy.importDuplicates(QStringLiteral("internships"), "internship_no\nI1\n").empty());
}

TEST_CASE("services_importDuplicates_manyOfOneKey_oneWarningARowNotEveryPair", "[services][privacy]")
{
    test::TempDatabase t;
    fixture(t);
    const services::Privacy privacy(t.db());
    // 2,000 rows of one name and birth date: each row warned once, of one other
    // record (every pair would be two million warnings and minutes of work).
    QByteArray csv = "student_no,family_name,given_name,birth_date\n";
    for (int i = 1; i <= 2000; ++i)
        csv += "K" + QByteArray::number(i).rightJustified(5, '0') + ",Nguyen,An,2000-01-01\n";
    const auto rows = privacy.importDuplicates(QStringLiteral("students"), csv);
    REQUIRE(rows.size() == 2000);
    CHECK(rows[0].key == QStringLiteral("K00001"));
    CHECK(rows[0].other == QStringLiteral("K00002"));
    CHECK(rows[1999].other == QStringLiteral("K00001"));
    CHECK(rows[1999].line == 2001);
}
