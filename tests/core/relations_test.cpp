// Company contacts and the activity log (issue 15, item 5) in core, on a file
// and (with $KAKEHASHI_TEST_SERVER) on a server: one primary contact per
// company, do-not-contact refused, a contact of another company refused, the
// confidential text withheld from other staff and auditors but not from the
// author and administrators, nor written into the audit trail; roles; the own
// list of next steps in date order; an import that is all or nothing.
#include "services/letters.h"
#include "services/relations.h"
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

const auth::Session kAdmin{QStringLiteral("admin"), auth::Role::Administrator, false};
const auth::Session kSato{QStringLiteral("sato"), auth::Role::Staff, false};
const auth::Session kIto{QStringLiteral("ito"), auth::Role::Staff, false};
const auth::Session kAuditor{QStringLiteral("audit"), auth::Role::Auditor, false};

void seed(test::TempDatabase &t)
{
    test::load(t, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    test::load(t, "companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n"
                               "C2,株式会社みらい,G,software_it,27\n");
    test::load(t, "students",
               "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on\n"
               "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01\n");
}

services::Contact contact(const char *company, const char *name, bool primary = false)
{
    services::Contact c;
    c.companyCode = QString::fromUtf8(company);
    c.name = QString::fromUtf8(name);
    c.primary = primary;
    return c;
}

std::vector<std::vector<QString>> auditOf(test::TempDatabase &t, const QString &kind)
{
    storage::AuditFilter f;
    f.kind = kind;
    return storage::auditEntries(t.db(), f);
}

} // namespace

TEST_CASE("contacts_primaryAndDoNotContact_enforced", "[relations]")
{
    test::TempDatabase t;
    seed(t);
    services::Relations rel(t.db(), kSato, fixedTime);
    const services::Contact a = rel.addContact(contact("C1", "山田 花子", true));
    CHECK(a.contactNo == u"CT000001");
    const services::Contact b = rel.addContact(contact("C1", "鈴木 一郎", true));
    CHECK(b.contactNo == u"CT000002");
    CHECK_FALSE(rel.contact(QStringLiteral("CT000001"))->primary);
    CHECK(rel.contact(QStringLiteral("CT000002"))->primary);
    CHECK(rel.contacts(QStringLiteral("C1")).size() == 2);
    CHECK(rel.contacts(QStringLiteral("C2")).empty());

    services::Contact former = *rel.contact(QStringLiteral("CT000002"));
    former.former = true;
    CHECK_THROWS_WITH(rel.editContact(former), Catch::Contains("a former contact cannot be the company's primary"));
    former.primary = false;
    former.doNotContact = true;
    rel.editContact(former);

    services::Activity call;
    call.kind = QStringLiteral("call");
    call.contactNo = QStringLiteral("CT000002");
    call.summary = QStringLiteral("電話");
    CHECK_THROWS_WITH(rel.addActivity(call), Catch::Contains("asked not to be contacted"));
    call.contactNo = QStringLiteral("CT000001");
    call.companyCode = QStringLiteral("C2");
    CHECK_THROWS_WITH(rel.addActivity(call), Catch::Contains("is a contact of C1, not of C2"));
    call.companyCode.clear();
    const services::Activity made = rel.addActivity(call);
    CHECK(made.companyCode == u"C1"); // from the contact
    CHECK(made.date == u"2026-01-05");
    CHECK(made.staff == u"sato");

    CHECK_THROWS_AS(services::Relations(t.db(), kAuditor).addContact(contact("C1", "X")), auth::AuthError);
    CHECK_THROWS_WITH(rel.addContact(contact("C9", "X")), Catch::Contains("there is no company C9"));
    services::Contact badMail = contact("C1", "X");
    badMail.email = QStringLiteral("x@");
    CHECK_THROWS_WITH(rel.addContact(badMail), Catch::Contains("email:"));

    const auto rows = auditOf(t, QStringLiteral("company_contacts"));
    const auto has = [&](const std::vector<QString> &want) {
        return std::any_of(rows.begin(), rows.end(), [&](const std::vector<QString> &r) {
            // On a server the trail names the server's session user, whoever the session says.
            return (t.db().isServer() || r[1] == want[0]) && r[2] == want[1] && r[4] == want[2] && r[5] == want[3] && r[6] == want[4] &&
                   r[7] == want[5];
        });
    };
    CHECK(has({QStringLiteral("sato"), QStringLiteral("create"), QStringLiteral("CT000001"), QStringLiteral("name"),
               QString(), QStringLiteral("山田 花子")}));
    CHECK(has({QStringLiteral("sato"), QStringLiteral("update"), QStringLiteral("CT000001"), QStringLiteral("primary"),
               QStringLiteral("true"), QStringLiteral("false")}));
    CHECK(has({QStringLiteral("sato"), QStringLiteral("update"), QStringLiteral("CT000002"),
               QStringLiteral("do_not_contact"), QStringLiteral("false"), QStringLiteral("true")}));
}

TEST_CASE("activities_confidentialText_shownToAuthorAndAdministratorOnly", "[relations]")
{
    test::TempDatabase t;
    seed(t);
    services::Relations sato(t.db(), kSato, fixedTime);
    services::Activity a;
    a.kind = QStringLiteral("counselling");
    a.studentNo = QStringLiteral("ST1");
    a.date = QStringLiteral("2025/12/20");
    a.summary = QStringLiteral("家族の事情で帰国を検討");
    a.nextStep = QStringLiteral("再面談");
    a.nextStepOn = QStringLiteral("2026-01-15");
    a.confidential = true;
    const services::Activity made = sato.addActivity(a);
    CHECK(made.date == u"2025-12-20");

    CHECK(sato.activities({}, QStringLiteral("ST1")).at(0).summary == u"家族の事情で帰国を検討");
    CHECK(services::Relations(t.db(), kAdmin).activities({}, QStringLiteral("ST1")).at(0).summary ==
          u"家族の事情で帰国を検討");
    for (const auth::Session &s : {kIto, kAuditor}) {
        const auto seen = services::Relations(t.db(), s).activities({}, QStringLiteral("ST1"));
        REQUIRE(seen.size() == 1);
        CHECK(seen[0].hidden);
        CHECK(seen[0].summary == u"(confidential)");
        CHECK(seen[0].nextStep == u"(confidential)");
        CHECK(seen[0].staff == u"sato");
        CHECK(seen[0].kind == u"counselling");
    }
    services::Relations ito(t.db(), kIto, fixedTime);
    CHECK_THROWS_AS(ito.completeNextStep(made.activityNo), auth::AuthError);

    for (const auto &r : auditOf(t, QStringLiteral("activities")))
        for (const QString &cell : r)
            CHECK_FALSE(cell.contains(QStringLiteral("帰国")));

    // Own next steps: dated first by date, undated last; done ones gone.
    services::Activity b;
    b.kind = QStringLiteral("visit");
    b.companyCode = QStringLiteral("C1");
    b.summary = QStringLiteral("訪問");
    b.nextStep = QStringLiteral("見積り");
    b.nextStepOn = QStringLiteral("2026-01-10");
    sato.addActivity(b);
    b.nextStep = QStringLiteral("礼状");
    b.nextStepOn.clear();
    sato.addActivity(b);
    b.nextStepOn = QStringLiteral("2026-01-01");
    CHECK_THROWS_AS(ito.addActivity([&] { auto c = b; c.nextStep.clear(); return c; }()), services::RelationsError);
    QStringList order;
    for (const auto &n : sato.myNextSteps())
        order << n.nextStep;
    CHECK(order == QStringList{QStringLiteral("見積り"), QStringLiteral("再面談"), QStringLiteral("礼状")});
    CHECK(ito.myNextSteps().empty());
    sato.completeNextStep(made.activityNo);
    CHECK(sato.myNextSteps().size() == 2);
}

TEST_CASE("relationsImport_badRow_nothingWritten", "[relations]")
{
    test::TempDatabase t;
    seed(t);
    services::Relations rel(t.db(), kSato, fixedTime);
    const QByteArray bad = "activity_no,date,kind,company_code,summary\n"
                           "A1,2025-12-01,visit,C1,訪問\n"
                           "A2,2025-13-01,fax,C9,\n";
    try {
        rel.importActivities(QStringLiteral("a.csv"), bad, QStringLiteral("auto"), false);
        FAIL("the import was not refused");
    } catch (const services::RelationsError &e) {
        CHECK(e.message().contains(QStringLiteral("a.csv:3: date:")));
        CHECK(e.message().contains(QStringLiteral("a.csv:3: summary: a value is required")));
    }
    CHECK(rel.activities({}, {}).empty());
    const QByteArray good = "activity_no,date,kind,company_code,summary,next_step,next_step_on\n"
                            "A1,2025-12-01,visit,C1,訪問,見積り,2025-12-15\n";
    const auto dry = rel.importActivities(QStringLiteral("a.csv"), good, QStringLiteral("auto"), true);
    CHECK(dry.inserted == 1);
    CHECK(rel.activities({}, {}).empty());
    const auto done = rel.importActivities(QStringLiteral("a.csv"), good, QStringLiteral("auto"), false);
    CHECK(done.inserted == 1);
    REQUIRE(rel.activities(QStringLiteral("C1"), {}).size() == 1);
    CHECK(rel.activities(QStringLiteral("C1"), {}).at(0).staff == u"sato");
    // A staff member may not record activities as someone else.
    const QByteArray asIto = "activity_no,date,kind,company_code,summary,staff\nA2,2025-12-01,call,C1,電話,ito\n";
    CHECK_THROWS_WITH(rel.importActivities(QStringLiteral("b.csv"), asIto, QStringLiteral("auto"), false),
                      Catch::Contains("b.csv:2: staff:"));
    // An administrator may (history from a spreadsheet).
    CHECK(services::Relations(t.db(), kAdmin, fixedTime)
              .importActivities(QStringLiteral("b.csv"), asIto, QStringLiteral("auto"), false)
              .inserted == 1);
    CHECK(services::Relations(t.db(), kAdmin).activity(QStringLiteral("A2"))->staff == u"ito");
}

TEST_CASE("letters_prepareAndRecord_asActivities", "[relations]")
{
    test::TempDatabase t;
    seed(t);
    test::load(t, "events", "event_no,kind,step,title,date,company_code\nE1,company_visit,1,企業見学会,2026-01-20,C1\n");
    services::Letters letters(t.db(), kSato, fixedTime);
    CHECK_THROWS_WITH(letters.prepare(QStringLiteral("completion"), QStringLiteral("ST1")),
                      Catch::Contains("ST1 has not completed the programme"));
    CHECK_THROWS_WITH(letters.prepare(QStringLiteral("invitation"), QStringLiteral("ST1")),
                      Catch::Contains("needs the event"));
    CHECK_THROWS_WITH(letters.prepare(QStringLiteral("payment"), QStringLiteral("ST1"), {}, QStringLiteral("2025-10")),
                      Catch::Contains("the ledger holds no payment to ST1 for 2025-10"));
    CHECK_THROWS_WITH(letters.prepare(QStringLiteral("thanks"), QStringLiteral("ST1")),
                      Catch::Contains("is not a letter template"));
    CHECK_THROWS_WITH(letters.prepare(QStringLiteral("invitation"), QStringLiteral("ST9"), QStringLiteral("E1")),
                      Catch::Contains("there is no student ST9"));
    const services::Letter l = letters.prepare(QStringLiteral("invitation"), QStringLiteral("ST1"), QStringLiteral("E1"));
    CHECK(l.fields.value(QStringLiteral("name")) == u"阮 文安");
    CHECK(l.fields.value(QStringLiteral("event_title")) == u"企業見学会");
    CHECK(l.fields.value(QStringLiteral("event_date")) == u"2026年1月20日");
    CHECK(l.fields.value(QStringLiteral("issued_on")) == u"2026年1月5日");
    CHECK(l.fields.value(QStringLiteral("nationality")) == u"ベトナム");

    CHECK_THROWS_AS(services::Letters(t.db(), kAuditor).recordSent({l}, QStringLiteral("x.pdf")), auth::AuthError);
    const auto numbers = letters.recordSent({l, l}, QStringLiteral("/tmp/invitations.pdf"));
    REQUIRE(numbers.size() == 2);
    const auto logged = services::Relations(t.db(), kSato).activities({}, QStringLiteral("ST1"));
    REQUIRE(logged.size() == 2);
    CHECK(logged[0].kind == u"letter");
    CHECK(logged[0].companyCode == u"C1");
    CHECK(logged[0].staff == u"sato");
    CHECK(logged[0].summary == u"Letter “invitation” sent (invitations.pdf) for event E1");
}
