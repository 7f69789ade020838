// The checks before an internship starts (issue 13, item 3): the rule of what
// is done, recording verifications with their scanned documents (SHA-256 in the
// audit trail), the setting internship.checklist refusing `active` on import and
// on the form while items are missing, the administrator's audited override in
// one call, the roles, and the residence-card warnings of the internship's form.
// Runs on a file and, with $KAKEHASHI_TEST_SERVER, on a server.
#include "auth/auth.h"
#include "domain/kinds.h"
#include "io/importer.h"
#include "ledger/settings.h"
#include "rules/internship_checklist.h"
#include "services/checklist.h"
#include "services/records.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include "catch_qt.h"

using namespace kakehashi;

namespace {

QDateTime fixedTime()
{
    return QDateTime(QDate(2025, 9, 20), QTime(10, 0, 0), QTimeZone(9 * 3600));
}

const auth::Session kAdmin{QStringLiteral("admin"), auth::Role::Administrator, false};
const auth::Session kStaff{QStringLiteral("sato"), auth::Role::Staff, false};
const auth::Session kAuditor{QStringLiteral("audit"), auth::Role::Auditor, false};

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n% a residence card, scanned\n%%EOF\n");
const QByteArray kPng = QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR the photo of the agreement");

void seed(test::TempDatabase &t)
{
    test::load(t, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    test::load(t, "companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n");
    test::load(t, "students",
               "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,"
               "enrolled_on,graduation_date,residence_status,residence_expiry\n"
               "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,2026-03-31,student,2026-01-31\n"
               "ST2,Kim,Minjun,2002-01-01,KR,S1,sme_internship,2025,2025-04-01,2026-03-31,student,2027-06-30\n");
    test::load(t, "internships",
               "internship_no,student_no,company_code,start_date,end_date,status\n"
               "I1,ST1,C1,2025-10-01,2026-03-31,planned\n"
               "I2,ST2,C1,2025-10-01,2026-03-31,planned\n");
}

services::CheckInput check(rules::ChecklistItem item, const QByteArray &doc = kPdf, const QString &permission = {})
{
    services::CheckInput in;
    in.item = item;
    in.verifiedOn = Date(2025, 9, 19);
    in.permission = permission;
    if (!doc.isEmpty()) {
        in.documentName = QStringLiteral("/scans/%1.pdf").arg(rules::checklistItemCode(item));
        in.documentContent = doc;
    }
    return in;
}

void completeAll(services::ChecklistService &s, const QString &internship)
{
    s.record(kStaff, internship, check(rules::ChecklistItem::ResidenceCard));
    s.record(kStaff, internship, check(rules::ChecklistItem::WorkPermission, kPdf, QStringLiteral("general")));
    s.record(kStaff, internship, check(rules::ChecklistItem::Agreement, kPng));
    s.record(kStaff, internship, check(rules::ChecklistItem::Insurance));
}

std::vector<std::vector<QString>> auditOf(test::TempDatabase &t, const QString &action)
{
    storage::AuditFilter f;
    f.action = action;
    return storage::auditEntries(t.db(), f);
}

// On a server the audit trail names the server's session user, whoever the program says.
QString trailUser(test::TempDatabase &t, const char *name)
{
    return t.db().isServer() ? t.db().serverUser() : QString::fromUtf8(name);
}

QString statusOf(test::TempDatabase &t, const QString &internship)
{
    services::RecordService records(t.db(), kAdmin);
    const domain::Kind &kind = domain::kind(domain::KindId::Internships);
    const auto r = records.find(kind, internship);
    REQUIRE(r);
    return r->values[static_cast<size_t>(kind.fieldIndex(QStringLiteral("status")))].toString();
}

io::ImportResult importActive(test::TempDatabase &t, const QByteArray &csv)
{
    io::ImportOptions o;
    o.session = kStaff;
    return io::importCsv(t.db(), domain::kind(domain::KindId::Internships), csv, o);
}

} // namespace

TEST_CASE("checklistRule_eachItemNeedsItsPaper_individualPermissionItsDateAndNumber", "[checklist]")
{
    using rules::ChecklistItem;
    CHECK(rules::missingChecklistItems({}) ==
          QStringList{QStringLiteral("residence_card"), QStringLiteral("work_permission"), QStringLiteral("agreement"),
                      QStringLiteral("insurance")});
    auto entry = [](ChecklistItem item, const QString &permission = {}) {
        rules::ChecklistEntry e;
        e.item = item;
        e.verifiedOn = QStringLiteral("2025-09-19");
        e.verifiedBy = QStringLiteral("sato");
        e.permission = permission;
        return e;
    };
    rules::ChecklistEntry card = entry(ChecklistItem::ResidenceCard);
    CHECK(rules::checklistItemProblem(ChecklistItem::ResidenceCard, &card) == QStringLiteral("no scanned document attached"));
    card.document = true;
    CHECK_FALSE(rules::checklistItemProblem(ChecklistItem::ResidenceCard, &card));
    rules::ChecklistEntry none = entry(ChecklistItem::WorkPermission, QStringLiteral("none"));
    CHECK_FALSE(rules::checklistItemProblem(ChecklistItem::WorkPermission, &none)); // no paper to attach
    rules::ChecklistEntry individual = none;
    individual.permission = QStringLiteral("individual");
    individual.document = true;
    CHECK(rules::checklistItemProblem(ChecklistItem::WorkPermission, &individual) ==
          QStringLiteral("no date of the individual permission"));
    individual.permissionDate = QStringLiteral("2025-09-01");
    CHECK(rules::checklistItemProblem(ChecklistItem::WorkPermission, &individual) ==
          QStringLiteral("no number of the individual permission"));
    individual.permissionNo = QStringLiteral("東京2025-1234");
    CHECK_FALSE(rules::checklistItemProblem(ChecklistItem::WorkPermission, &individual));
    CHECK(rules::missingChecklistItems({card, individual}) ==
          QStringList{QStringLiteral("agreement"), QStringLiteral("insurance")});
}

TEST_CASE("checklist_recordWithDocument_hashAuditedAndViewable_rolesChecked", "[checklist]")
{
    test::TempDatabase t;
    seed(t);
    services::ChecklistService s(t.db(), fixedTime);
    const storage::StoredCheck c = s.record(kStaff, QStringLiteral("I1"), check(rules::ChecklistItem::ResidenceCard));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(kPdf, QCryptographicHash::Sha256).toHex());
    CHECK(c.documentSha256 == sha);
    CHECK(c.entry.verifiedBy == u"sato");
    CHECK(c.entry.verifiedOn == u"2025-09-19");
    CHECK(c.documentName == u"residence_card.pdf");

    const auto docAudit = auditOf(t, QStringLiteral("checklist_document"));
    REQUIRE(docAudit.size() == 2);
    CHECK(docAudit[0][4] == u"I1/residence_card");
    CHECK(docAudit[0][7] == sha);
    const auto checkAudit = auditOf(t, QStringLiteral("checklist_check"));
    REQUIRE(checkAudit.size() == 1);
    CHECK(checkAudit[0][1] == trailUser(t, "sato"));
    CHECK(checkAudit[0][7].contains(QStringLiteral("verified on 2025-09-19 by sato")));

    // Everyone may view; the viewing is audited with the hash.
    CHECK(s.openDocument(kAuditor, QStringLiteral("I1"), rules::ChecklistItem::ResidenceCard,
                         QStringLiteral("checklist_view")) == kPdf);
    REQUIRE(auditOf(t, QStringLiteral("checklist_view")).size() == 1);
    CHECK(auditOf(t, QStringLiteral("checklist_view"))[0][1] == trailUser(t, "audit"));

    // An auditor records nothing; a bad permission, a future day, a text file are refused.
    CHECK_THROWS_AS(s.record(kAuditor, QStringLiteral("I1"), check(rules::ChecklistItem::Insurance)), auth::AuthError);
    CHECK_THROWS_WITH(s.record(kStaff, QStringLiteral("I1"),
                               check(rules::ChecklistItem::WorkPermission, kPdf, QStringLiteral("individual"))),
                      Catch::Contains("needs its date"));
    auto future = check(rules::ChecklistItem::Insurance);
    future.verifiedOn = Date(2025, 9, 21);
    CHECK_THROWS_WITH(s.record(kStaff, QStringLiteral("I1"), future), Catch::Contains("in the future"));
    CHECK_THROWS_WITH(s.record(kStaff, QStringLiteral("I1"), check(rules::ChecklistItem::Insurance, "plain text")),
                      Catch::Contains("neither a PDF nor an image"));
    CHECK_THROWS_WITH(s.record(kStaff, QStringLiteral("I9"), check(rules::ChecklistItem::Insurance)),
                      Catch::Contains("no internship I9"));

    // Re-verifying without a file keeps the document in force; a new file is version 2.
    const auto again = s.record(kStaff, QStringLiteral("I1"), check(rules::ChecklistItem::ResidenceCard, {}));
    CHECK(again.documentId == c.documentId);
    const auto v2 = s.record(kStaff, QStringLiteral("I1"), check(rules::ChecklistItem::ResidenceCard, kPng));
    CHECK(v2.documentId != c.documentId);
    CHECK(s.openDocument(kStaff, QStringLiteral("I1"), rules::ChecklistItem::ResidenceCard,
                         QStringLiteral("checklist_view")) == kPng);
    CHECK(s.history().size() == 3);
    const services::InternshipChecklist list = s.checklist(QStringLiteral("I1"));
    CHECK(list.missing == QStringList{QStringLiteral("work_permission"), QStringLiteral("agreement"), QStringLiteral("insurance")});
}

TEST_CASE("checklistOn_activeRefusedOnImportAndForm_untilDone", "[checklist]")
{
    test::TempDatabase t;
    seed(t);
    ledger::Settings(t.db()).set(kAdmin, QStringLiteral("internship.checklist"), QStringLiteral("on"));
    services::ChecklistService s(t.db(), fixedTime);
    REQUIRE(s.required());
    s.record(kStaff, QStringLiteral("I1"), check(rules::ChecklistItem::ResidenceCard));

    // A file: the line, the column and the internship with what it lacks; nothing written.
    const io::ImportResult r = importActive(t, "internship_no,status\nI2,planned\nI1,active\n");
    REQUIRE(r.problems.size() == 1);
    CHECK(io::formatProblem(QStringLiteral("internships.csv"), r.problems[0]) ==
          QStringLiteral("internships.csv:3: status: internship I1 cannot be active while its checklist lacks: work "
                         "permission, internship agreement signed by the company, insurance (setting "
                         "internship.checklist is on; record the checks with compliance checklist set, or an "
                         "administrator overrides with a reason)"));
    CHECK(statusOf(t, QStringLiteral("I1")) == u"planned");

    // A new internship imported active has nothing verified.
    const io::ImportResult fresh = importActive(
        t, "internship_no,student_no,company_code,start_date,end_date,status\nI3,ST2,C1,2026-04-01,2026-06-30,active\n");
    REQUIRE(fresh.problems.size() == 1);
    CHECK(fresh.problems[0].column == u"status");
    CHECK(fresh.problems[0].message.contains(QStringLiteral("residence card copy seen, work permission")));

    // The form (RecordService) goes through the same rule.
    services::RecordService records(t.db(), kStaff);
    const domain::Kind &kind = domain::kind(domain::KindId::Internships);
    auto stored = records.find(kind, QStringLiteral("I1"));
    QStringList texts = services::RecordService::texts(kind, stored->values);
    texts[kind.fieldIndex(QStringLiteral("status"))] = QStringLiteral("active");
    const auto problems = records.save(kind, texts, &*stored);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == u"status");
    CHECK(problems[0].message.contains(QStringLiteral("internship I1 cannot be active")));

    // Done: active is taken.
    completeAll(s, QStringLiteral("I1"));
    CHECK(s.checklist(QStringLiteral("I1")).missing.isEmpty());
    CHECK(importActive(t, "internship_no,status\nI1,active\n").problems.empty());
    CHECK(statusOf(t, QStringLiteral("I1")) == u"active");
    // Already active: other changes pass.
    CHECK(importActive(t, "internship_no,supervisor\nI1,田中\n").problems.empty());
}

TEST_CASE("checklistOff_activeTakenWithItemsMissing_listedAsWarnings", "[checklist]")
{
    test::TempDatabase t;
    seed(t);
    services::ChecklistService s(t.db(), fixedTime);
    CHECK_FALSE(s.required());
    CHECK(importActive(t, "internship_no,status\nI1,active\n").problems.empty());
    CHECK(statusOf(t, QStringLiteral("I1")) == u"active");
    completeAll(s, QStringLiteral("I2"));
    const auto missing = s.missing(Date(2025, 9, 20));
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].internshipNo == u"I1");
    CHECK(missing[0].studentName == u"阮 文安");
    CHECK(missing[0].status == u"active");
    CHECK(missing[0].missing.size() == 4);
    CHECK(s.missing(Date(2026, 4, 1)).empty()); // over
}

TEST_CASE("checklistOverride_administratorWithReason_oneCallAudited", "[checklist]")
{
    test::TempDatabase t;
    seed(t);
    ledger::Settings(t.db()).set(kAdmin, QStringLiteral("internship.checklist"), QStringLiteral("on"));
    services::ChecklistService s(t.db(), fixedTime);
    s.record(kStaff, QStringLiteral("I1"), check(rules::ChecklistItem::ResidenceCard));

    CHECK_THROWS_AS(s.overrideAndActivate(kStaff, QStringLiteral("I1"), QStringLiteral("urgent")), auth::AuthError);
    CHECK_THROWS_AS(s.overrideAndActivate(kAuditor, QStringLiteral("I1"), QStringLiteral("urgent")), auth::AuthError);
    CHECK_THROWS_WITH(s.overrideAndActivate(kAdmin, QStringLiteral("I1"), QStringLiteral("  ")),
                      Catch::Contains("needs a reason"));
    CHECK(statusOf(t, QStringLiteral("I1")) == u"planned");
    CHECK(auditOf(t, QStringLiteral("checklist_override")).empty());

    s.overrideAndActivate(kAdmin, QStringLiteral("I1"), QStringLiteral("insurance certificate arrives Monday"));
    CHECK(statusOf(t, QStringLiteral("I1")) == u"active");
    const auto c = s.checklist(QStringLiteral("I1"));
    REQUIRE(c.overrides.size() == 1);
    CHECK(c.overrides[0].by == u"admin");
    CHECK(c.overrides[0].reason == u"insurance certificate arrives Monday");
    CHECK(c.overrides[0].missing == u"work_permission agreement insurance");
    const auto audit = auditOf(t, QStringLiteral("checklist_override"));
    REQUIRE(audit.size() == 1);
    CHECK(audit[0][1] == trailUser(t, "admin"));
    CHECK(audit[0][4] == u"I1");
    CHECK(audit[0][6] == u"planned");
    CHECK(audit[0][7] == u"active (missing: work_permission agreement insurance; reason: insurance certificate arrives Monday)");
    // The status change itself is in the trail too, by the administrator.
    storage::AuditFilter f;
    f.kind = QStringLiteral("internships");
    f.key = QStringLiteral("I1");
    f.action = QStringLiteral("update");
    const auto update = storage::auditEntries(t.db(), f);
    REQUIRE(update.size() == 1);
    CHECK(update[0][5] == u"status");
    CHECK(update[0][7] == u"active");
    // Set back to planned and active again: the override stands.
    CHECK(importActive(t, "internship_no,status\nI1,planned\n").problems.empty());
    CHECK(importActive(t, "internship_no,status\nI1,active\n").problems.empty());
    // A cancelled internship is not overridden into activity.
    CHECK(importActive(t, "internship_no,status\nI2,cancelled\n").problems.empty());
    CHECK_THROWS_WITH(s.overrideAndActivate(kAdmin, QStringLiteral("I2"), QStringLiteral("x")),
                      Catch::Contains("cancelled"));
}

TEST_CASE("checklistImport_allOrNothing_problemsNameLineAndColumn", "[checklist][file]")
{
    test::TempDatabase t;
    seed(t);
    services::ChecklistService s(t.db(), fixedTime);
    QFile pdf(t.file(QStringLiteral("card.pdf")));
    REQUIRE(pdf.open(QIODevice::WriteOnly));
    pdf.write(kPdf);
    pdf.close();
    const QString bad = t.file(QStringLiteral("bad.csv"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("internship_no,item,verified_on,permission,permission_date,permission_no,document\n"
            "I1,residence_card,2025-09-19,,,,card.pdf\n"
            "I1,work_permission,2025-09-19,individual,,,card.pdf\n"
            "I1,visa,2025-09-19,,,,\n"
            "I1,insurance,2025-09-19,,,,missing.pdf\n");
    f.close();
    const auto problems = s.importCsv(kStaff, bad, false);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].column == u"permission");
    CHECK(problems[1].line == 4);
    CHECK(problems[1].column == u"item");
    CHECK(problems[2].line == 5);
    CHECK(problems[2].column == u"document");
    CHECK(s.history().empty()); // the good first row was not kept either
    const QString good = t.file(QStringLiteral("good.csv"));
    QFile g(good);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write("internship_no,item,verified_on,document\nI1,residence_card,2025-09-19,card.pdf\nI1,insurance,2025-09-18,card.pdf\n");
    g.close();
    int recorded = 0;
    CHECK(s.importCsv(kStaff, good, false, &recorded).empty());
    CHECK(recorded == 2);
    CHECK(s.checklist(QStringLiteral("I1")).missing ==
          QStringList{QStringLiteral("work_permission"), QStringLiteral("agreement")});
}

TEST_CASE("checklistCardWarnings_expiryBeforeTheInternshipEnds", "[checklist]")
{
    test::TempDatabase t;
    seed(t);
    services::ChecklistService s(t.db(), fixedTime);
    CHECK(s.cardWarnings(QStringLiteral("I1"), Date(2025, 9, 20)) ==
          QStringList{QStringLiteral("the residence card expires on 2026-01-31, before the internship ends (2026-03-31)")});
    CHECK(s.cardWarnings(QStringLiteral("I1"), Date(2026, 1, 1)) ==
          QStringList{QStringLiteral("the residence card expires on 2026-01-31, before the internship ends (2026-03-31)"),
                      QStringLiteral("the residence card expires on 2026-01-31, within 60 days")});
    CHECK(s.cardWarnings(QStringLiteral("I2"), Date(2025, 9, 20)).isEmpty());
}
