// Signed timesheets as evidence and the completion report (issue 14, items 4
// and 5): attach, list and export with the SHA-256 in the audit trail, what is
// refused, versions instead of silent replacement, the months without a sheet
// that approval warns about, the printable sheet's content, and the completion
// report's totals against the ledger net of reversals.
#include "auth/auth.h"
#include "ledger/approval.h"
#include "ledger/evidence.h"
#include "ledger/ledger.h"
#include "ledger/settings.h"
#include "reports/completion.h"
#include "reports/reports.h"
#include "reports/timesheet.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "storage/output_file.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include "catch_qt.h"

using namespace kakehashi;

namespace {

QDateTime fixedTime()
{
    return QDateTime(QDate(2026, 4, 30), QTime(17, 5, 11), QTimeZone(9 * 3600));
}

const auth::Session kAdmin{QStringLiteral("admin"), auth::Role::Administrator, false};
const auth::Session kStaff{QStringLiteral("sato"), auth::Role::Staff, false};
const auth::Session kAuditor{QStringLiteral("audit"), auth::Role::Auditor, false};

// October: I1 3 present days (¥21,000), I2 2 (¥14,000); November: I1 1 (¥7,000).
void seed(test::TempDatabase &t)
{
    test::load(t, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    test::load(t, "companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n");
    test::load(t, "students",
               "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,"
               "enrolled_on,graduation_date\n"
               "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,2026-03-31\n"
               "ST2,Kim,Minjun,2002-01-01,KR,S1,sme_internship,2025,2025-04-01,2026-03-31\n");
    test::load(t, "internships",
               "internship_no,student_no,company_code,start_date,end_date,status\n"
               "I1,ST1,C1,2025-10-01,2026-03-31,active\n"
               "I2,ST2,C1,2025-10-01,2026-03-31,active\n");
    test::load(t, "attendance",
               "internship_no,date,status,hours\n"
               "I1,2025-10-01,present,8\nI1,2025-10-02,present,7.5\nI1,2025-10-03,present,\n"
               "I2,2025-10-01,present,8\nI2,2025-10-02,present,8\nI1,2025-11-04,present,8\n");
    test::load(t, "placements", "placement_no,student_no,outcome,decided_on,employer_name,japanese_company\n"
                                "P1,ST1,employed,2026-02-01,株式会社かけはし,true\n");
}

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n% a signed timesheet, scanned\n%%EOF\n");
const QByteArray kPng = QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR the photo of the paper");

QString hashOf(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

std::vector<std::vector<QString>> auditOf(test::TempDatabase &t, const QString &action)
{
    storage::AuditFilter f;
    f.action = action;
    return storage::auditEntries(t.db(), f);
}

} // namespace

TEST_CASE("evidence_attachListExport_hashInTheAuditTrail", "[evidence]")
{
    test::TempDatabase t;
    seed(t);
    ledger::Evidence ev(t.db(), fixedTime);
    const storage::DocumentInfo d =
        ev.addTimesheet(kStaff, QStringLiteral("I1"), QStringLiteral("2025-10"), QStringLiteral("/scans/i1-oct.pdf"), kPdf);
    CHECK(d.sha256 == hashOf(kPdf));
    CHECK(d.filename == u"i1-oct.pdf");
    CHECK(d.mediaType == u"application/pdf");
    CHECK(d.version == 1);
    CHECK(d.addedBy == u"sato");

    const auto added = auditOf(t, QStringLiteral("evidence_add"));
    REQUIRE(added.size() == 2);
    // On a server the audit trail names the server's session user, whoever the program says.
    CHECK(added[0][1] == (t.db().isServer() ? t.db().serverUser() : QStringLiteral("sato")));
    CHECK(added[0][4] == u"I1/2025-10");
    CHECK(added[0][5] == u"sha256");
    CHECK(added[0][7] == hashOf(kPdf));

    // Listed without its content; the version in force.
    const auto sheet = ev.timesheet(QStringLiteral("I1"), QStringLiteral("2025-10"));
    REQUIRE(sheet);
    CHECK(sheet->sizeBytes == kPdf.size());

    // Exported byte for byte by an auditor, and the export audited.
    const QString out = t.file(QStringLiteral("back.pdf"));
    ev.exportTimesheet(kAuditor, QStringLiteral("I1"), QStringLiteral("2025-10"), out);
    CHECK(test::readFile(out) == kPdf);
    const auto exported = auditOf(t, QStringLiteral("evidence_export"));
    REQUIRE(exported.size() == 1);
    CHECK(exported[0][1] == (t.db().isServer() ? t.db().serverUser() : QStringLiteral("audit")));
    CHECK(exported[0][7] == hashOf(kPdf));
    // Never over the open database.
    CHECK_THROWS_AS(ev.exportTimesheet(kAuditor, QStringLiteral("I1"), QStringLiteral("2025-10"), t.path()),
                    storage::OutputError);
    CHECK_THROWS_AS(ev.exportTimesheet(kAuditor, QStringLiteral("I2"), QStringLiteral("2025-10"), out),
                    ledger::EvidenceError);
}

TEST_CASE("evidence_refused_roleTypeSizeMonthAndSilentReplacement", "[evidence]")
{
    test::TempDatabase t;
    seed(t);
    ledger::Evidence ev(t.db(), fixedTime);
    const QString i1 = QStringLiteral("I1"), oct = QStringLiteral("2025-10");
    CHECK_THROWS_AS(ev.addTimesheet(kAuditor, i1, oct, QStringLiteral("a.pdf"), kPdf), auth::AuthError);
    try {
        ev.addTimesheet(kStaff, i1, oct, QStringLiteral("attendance.csv"), QByteArrayLiteral("internship_no,date\n"));
        FAIL("a CSV was taken as a timesheet");
    } catch (const ledger::EvidenceError &e) {
        CHECK(e.message().contains(QStringLiteral("attendance.csv")));
        CHECK(e.message().contains(QStringLiteral("neither a PDF nor an image")));
    }
    CHECK_THROWS_AS(ev.addTimesheet(kStaff, i1, oct, QStringLiteral("empty.pdf"), {}), ledger::EvidenceError);
    QByteArray big = kPdf;
    big.resize(ledger::kMaxEvidenceBytes + 1);
    CHECK_THROWS_AS(ev.addTimesheet(kStaff, i1, oct, QStringLiteral("big.pdf"), big), ledger::EvidenceError);
    CHECK_THROWS_AS(ev.addTimesheet(kStaff, i1, QStringLiteral("2025-09"), QStringLiteral("a.pdf"), kPdf),
                    ledger::EvidenceError); // before the internship
    CHECK_THROWS_AS(ev.addTimesheet(kStaff, QStringLiteral("I9"), oct, QStringLiteral("a.pdf"), kPdf),
                    ledger::EvidenceError);
    CHECK(auditOf(t, QStringLiteral("evidence_add")).empty());

    // A second sheet for the month: refused without `replace`, a new version with it.
    ev.addTimesheet(kStaff, i1, oct, QStringLiteral("first.pdf"), kPdf);
    CHECK_THROWS_AS(ev.addTimesheet(kStaff, i1, oct, QStringLiteral("second.png"), kPng), ledger::EvidenceError);
    const storage::DocumentInfo v2 = ev.addTimesheet(kAdmin, i1, oct, QStringLiteral("second.png"), kPng, true);
    CHECK(v2.version == 2);
    CHECK(v2.mediaType == u"image/png");
    CHECK(ev.timesheet(i1, oct)->sha256 == hashOf(kPng));
    const auto replaced = auditOf(t, QStringLiteral("evidence_replace"));
    REQUIRE(replaced.size() == 2);
    CHECK(replaced[0][6] == hashOf(kPdf)); // old
    CHECK(replaced[0][7] == hashOf(kPng)); // new
    // Both versions are kept, and the table refuses changes and deletions.
    storage::DocumentFilter all;
    CHECK(ev.documents(all).size() == 2);
    CHECK_THROWS(t.db().exec(QStringLiteral("UPDATE documents SET filename = 'x.pdf'")));
    CHECK_THROWS(t.db().exec(QStringLiteral("DELETE FROM documents")));
}

TEST_CASE("evidence_monthsWithoutSheet_claimsAndApprovalWarn", "[evidence]")
{
    test::TempDatabase t;
    seed(t);
    ledger::Evidence ev(t.db(), fixedTime);
    const QString oct = QStringLiteral("2025-10");
    auto month = ev.month(oct);
    REQUIRE(month.size() == 2);
    CHECK_FALSE(month[0].sheet);
    ledger::Approvals approvals(t.db(), fixedTime);
    CHECK(approvals.warnings(oct).size() == 2);

    ev.addTimesheet(kStaff, QStringLiteral("I1"), oct, QStringLiteral("i1.pdf"), kPdf);
    month = ev.month(oct);
    CHECK(month[0].sheet);
    CHECK_FALSE(month[1].sheet);
    const QStringList warnings = approvals.warnings(oct);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].contains(QStringLiteral("I2")));
    CHECK(warnings[0].contains(oct));
    // A warning, not a refusal: the month is prepared all the same.
    CHECK(approvals.prepare(kStaff, oct).step == u"prepare");
}

TEST_CASE("evidence_printedSheet_theMonthsDaysAndTotals", "[evidence]")
{
    test::TempDatabase t;
    seed(t);
    ledger::Settings(t.db(), fixedTime)
        .set(kAdmin, ledger::kConsortiumNameSetting, QStringLiteral("東海留学生コンソーシアム"));
    const reports::Timesheet s = reports::timesheet(t.db(), QStringLiteral("I1"), 2025, 10);
    CHECK(s.days.size() == 31);
    CHECK(s.presentDays == 3);
    CHECK(s.presentHours == 23.5); // 8 + 7.5 + a day without hours counted as 8
    CHECK(s.days[12].holiday == QStringLiteral("スポーツの日")); // 2025-10-13
    const QString html = reports::timesheetHtml(s, fixedTime());
    CHECK(html.contains(QStringLiteral("阮 文安")));
    CHECK(html.contains(QStringLiteral("東海留学生コンソーシアム")));
    CHECK(html.contains(QStringLiteral("令和7年10月")));
    CHECK(html.contains(QStringLiteral("10/31")));
    CHECK_THROWS_AS(reports::timesheet(t.db(), QStringLiteral("I1"), 2025, 9), reports::ReportError);
}

TEST_CASE("completion_totalsAreTheLedgersNet_afterAReversal", "[evidence][completion]")
{
    test::TempDatabase t;
    seed(t);
    ledger::Ledger book(t.db(), fixedTime);
    book.setSession(kAdmin);
    book.post(QStringLiteral("2025-10"));
    book.post(QStringLiteral("2025-11"));
    // Reverse I2's October payment (¥14,000, 2 days).
    qint64 i2 = 0;
    for (const storage::LedgerRow &e : storage::SubsidyStore(t.db()).entries())
        if (e.internshipNo == u"I2")
            i2 = e.entryNo;
    REQUIRE(i2 > 0);
    book.reverse(i2, QStringLiteral("the company's sheet shows one day"));
    ledger::Evidence(t.db(), fixedTime)
        .addTimesheet(kStaff, QStringLiteral("I1"), QStringLiteral("2025-10"), QStringLiteral("i1.pdf"), kPdf);

    const reports::CompletionReport r = reports::completionReport(t.db(), 2025);
    qint64 ledgerNet = 0, ledgerDays = 0;
    storage::LedgerFilter fy;
    fy.fiscalYear = 2025;
    for (const storage::LedgerRow &e : storage::SubsidyStore(t.db()).entries(fy)) {
        ledgerNet += e.amountJpy;
        ledgerDays += e.days;
    }
    CHECK(ledgerNet == 28000);
    CHECK(r.totalPaidJpy == ledgerNet);
    CHECK(r.totalDays == ledgerDays);
    CHECK(r.payments.size() == 4); // three payments and the reversal, in the register
    REQUIRE(r.internships.size() == 2);
    CHECK(r.internships[0].paidJpy == 28000);
    CHECK(r.internships[0].days == 4);
    CHECK(r.internships[0].months == 2);
    CHECK(r.internships[0].sheets == 1);
    CHECK(r.internships[0].outcome == u"employed");
    CHECK(r.internships[1].paidJpy == 0);
    CHECK(r.internships[1].months == 0);
    CHECK(r.paidByMonth.at(QStringLiteral("2025-10")) == 21000);
    REQUIRE(r.evidence.size() == 1);
    CHECK(r.evidence[0].sha256 == hashOf(kPdf));
    const auto rows = reports::completionRows(r);
    CHECK(rows.back()[0] == u"total");
    CHECK(rows.back()[9] == u"28000");
    const QString html = reports::completionHtml(r, true, fixedTime(), QStringLiteral("admin"));
    CHECK(html.contains(QStringLiteral("28,000")));
    CHECK(html.contains(QStringLiteral("就職 1 / 未登録 1"))); // the interns' latest placements
    CHECK(reports::completionReport(t.db(), 2024).totalPaidJpy == 0);
}
