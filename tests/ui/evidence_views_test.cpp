// Signed timesheets on the claims page and the completion report's dialog
// (issue 14, items 4 and 5), offscreen: the month's claims with their sheet or
// "missing", the blank sheet printed, a scan attached (a second one only as a
// replacement), viewing audited, a CSV refused by name, staff attach and
// auditors do not; the completion report's figures and files.
#include "auth/auth.h"
#include "dialogs/completion_dialog.h"
#include "ledger/ledger.h"
#include "models/text_table_model.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "support_fixtures.h"
#include "views/claims_view.h"
#include "views/evidence_panel.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace kakehashi;

namespace {

std::unique_ptr<storage::Database> fixture(const QString &path)
{
    auto db = std::make_unique<storage::Database>(path);
    test::loadBasics(*db);
    test::loadOrAbort(*db, "internships",
                      "internship_no,student_no,company_code,start_date,end_date,status\n"
                      "I1,ST1,C1,2025-10-01,2026-03-31,active\n");
    test::loadOrAbort(*db, "attendance",
                      "internship_no,date,status\nI1,2025-10-01,present\nI1,2025-10-02,present\n");
    return db;
}

const auth::Session kAdmin{QStringLiteral("admin"), auth::Role::Administrator, false};
const auth::Session kSato{QStringLiteral("sato"), auth::Role::Staff, false};
const auth::Session kAuditor{QStringLiteral("audit"), auth::Role::Auditor, false};

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class EvidenceViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void claims_signedTimesheets_printAttachReplaceView()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        ui::ClaimsView view(*db, ui::Language::English);
        view.setSession(kSato);
        view.setMonth(2025, 10);
        ui::EvidencePanel *panel = view.evidence();
        QVERIFY(panel);
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->row(0).value(2), QStringLiteral("missing"));
        QCOMPARE(panel->summary(), QStringLiteral("Signed timesheets of 2025-10: 0 of 1 claim(s) attached, 1 missing"));
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("attachSheet"))->isEnabled());

        // The blank sheet, then its "scan" attached.
        const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
        QCOMPARE(panel->writeSheet(QStringLiteral("I1"), sheet), QString());
        QVERIFY(read(sheet).startsWith("%PDF"));
        const QString csv = dir.filePath(QStringLiteral("notes.csv"));
        write(csv, "a,b\n1,2\n");
        QVERIFY(panel->attach(QStringLiteral("I1"), csv, false).contains(QStringLiteral("notes.csv is neither a PDF")));
        QCOMPARE(panel->attach(QStringLiteral("I1"), sheet, false), QString());
        QCOMPARE(panel->model()->row(0).value(2), QStringLiteral("attached"));
        QCOMPARE(panel->model()->row(0).value(3), QStringLiteral("sheet.pdf"));
        QVERIFY(panel->summary().contains(QStringLiteral("1 of 1 claim(s) attached, 0 missing")));
        // A second one only as a replacement.
        QVERIFY(!panel->attach(QStringLiteral("I1"), sheet, false).isEmpty());
        QCOMPARE(panel->attach(QStringLiteral("I1"), sheet, true), QString());
        QCOMPARE(panel->model()->row(0).value(2), QStringLiteral("attached (version 2)"));

        // Viewing writes the stored bytes and is audited.
        const QString shown = dir.filePath(QStringLiteral("shown.pdf"));
        QCOMPARE(panel->view(QStringLiteral("I1"), shown), QString());
        QCOMPARE(read(shown), read(sheet));
        storage::AuditFilter f;
        f.action = QStringLiteral("evidence_export");
        QCOMPARE(storage::auditEntries(*db, f).size(), size_t(1));

        // Auditors do not attach.
        view.setSession(kAuditor);
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("attachSheet"))->isEnabled());
        QVERIFY(!panel->attach(QStringLiteral("I1"), sheet, true).isEmpty());
        view.resize(1200, 900);
        QVERIFY(view.grab().save(QStringLiteral("/tmp/claims_evidence.png")));
    }

    void completion_dialogShowsTheLedgersNet_andSavesEveryFormat()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        ledger::Ledger book(*db);
        book.setSession(kAdmin);
        book.post(QStringLiteral("2025-10"));
        ui::CompletionDialog dialog(*db, ui::Language::English, QStringLiteral("admin"));
        dialog.setFiscalYear(2025);
        QCOMPARE(dialog.summary(),
                 QStringLiteral("FY2025: 1 internship(s), 2 day(s), ¥14,000 paid (ledger, net of reversals)"));
        book.reverse(1, QStringLiteral("wrong month"));
        dialog.setFiscalYear(2024);
        dialog.setFiscalYear(2025);
        QCOMPARE(dialog.summary(), QStringLiteral("FY2025: 1 internship(s), 0 day(s), ¥0 paid (ledger, net of reversals)"));
        for (const char *format : {"pdf", "xlsx", "csv"}) {
            const QString file = dir.filePath(QStringLiteral("report.") + QLatin1String(format));
            QCOMPARE(dialog.save(file, QLatin1String(format)), QString());
            QVERIFY(QFile::exists(file));
        }
        QVERIFY(read(dir.filePath(QStringLiteral("report.pdf"))).startsWith("%PDF"));
        QVERIFY(read(dir.filePath(QStringLiteral("report.xlsx"))).startsWith("PK"));
        // Never over the open database.
        QVERIFY(!dialog.save(db->path(), QStringLiteral("csv")).isEmpty());
    }
};

QTEST_MAIN(EvidenceViewsTest)
#include "evidence_views_test.moc"
