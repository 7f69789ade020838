// The pre-internship checklist in the GUI (issue 13, item 3), offscreen: the
// internship form's Checklist tab with what is missing (a warning with the
// setting off, what keeps it from being active with it on) and the student's
// residence card warning; recording a check with its document; the override
// for administrators only, with a required reason; the record dialog's
// validation as one types; the dashboard's list of internships lacking items.
#include "auth/auth.h"
#include "dialogs/record_editor.h"
#include "domain/kinds.h"
#include "ledger/settings.h"
#include "models/text_table_model.h"
#include "services/checklist.h"
#include "services/records.h"
#include "storage/database.h"
#include "support_fixtures.h"
#include "views/checklist_missing_list.h"
#include "views/checklist_panel.h"
#include "views/dashboard_view.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kakehashi;

namespace {

const auth::Session kAdmin{QStringLiteral("admin"), auth::Role::Administrator, false};
const auth::Session kSato{QStringLiteral("sato"), auth::Role::Staff, false};

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n% scanned\n%%EOF\n");

// I1 starts in the future (the card warning is of today): ST1's card expires before it ends.
std::unique_ptr<storage::Database> fixture(const QString &path)
{
    auto db = std::make_unique<storage::Database>(path);
    test::loadBasics(*db);
    const int year = QDate::currentDate().year() + 1;
    test::loadOrAbort(*db, "students",
                      QStringLiteral("student_no,residence_status,residence_expiry\nST1,student,%1-03-31\nST2,student,%2-12-31\n")
                          .arg(year)
                          .arg(year + 2)
                          .toUtf8());
    test::loadOrAbort(*db, "internships",
                      QStringLiteral("internship_no,student_no,company_code,start_date,end_date,status\n"
                                     "I1,ST1,C1,%1-01-04,%1-06-30,planned\nI2,ST2,C1,%1-01-04,%1-06-30,planned\n")
                          .arg(year)
                          .toUtf8());
    return db;
}

services::CheckInput check(rules::ChecklistItem item, const QString &permission = {})
{
    services::CheckInput in;
    in.item = item;
    in.verifiedOn = Date(2025, 9, 19);
    in.permission = permission;
    if (permission != u"none") {
        in.documentName = QStringLiteral("scan.pdf");
        in.documentContent = kPdf;
    }
    return in;
}

} // namespace

class ChecklistViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void panel_missingItemsWarned_recordedCheckDone_cardFlagged()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("c.sqlite3")));
        ui::ChecklistPanel panel(*db);
        panel.setSession(kSato);
        panel.setInternship(QStringLiteral("I1"));
        QCOMPARE(panel.model()->rowCount(), 4);
        QCOMPARE(panel.model()->row(0).at(0), QStringLiteral("Residence card copy seen"));
        QCOMPARE(panel.model()->row(0).at(1), QStringLiteral("missing: not verified"));
        QVERIFY(panel.warning()->text().startsWith(QStringLiteral("Warning — missing: Residence card copy seen, Work "
                                                                  "permission (資格外活動許可), Internship agreement")));
        QVERIFY(!panel.cardWarning()->isHidden());
        QVERIFY(panel.cardWarning()->text().contains(QStringLiteral("before the internship ends")));
        // Staff see the override but may not use it.
        QVERIFY(!panel.overrideButton()->isHidden());
        QVERIFY(!panel.overrideButton()->isEnabled());
        QVERIFY(panel.recordButton()->isEnabled());

        QCOMPARE(panel.record(check(rules::ChecklistItem::ResidenceCard)), QString());
        QCOMPARE(panel.model()->row(0).at(1), QStringLiteral("done"));
        QCOMPARE(panel.model()->row(0).at(2), QStringLiteral("2025-09-19"));
        QCOMPARE(panel.model()->row(0).at(3), QStringLiteral("sato"));
        QCOMPARE(panel.model()->row(0).at(5), QStringLiteral("scan.pdf"));
        QVERIFY(panel.record(check(rules::ChecklistItem::WorkPermission, QStringLiteral("individual")))
                    .contains(QStringLiteral("needs its date")));
        QCOMPARE(panel.record(check(rules::ChecklistItem::WorkPermission, QStringLiteral("none"))), QString());
        QCOMPARE(panel.model()->row(1).at(4), QStringLiteral("none"));
        // The document viewed (audited) is what was attached.
        const QString file = dir.filePath(QStringLiteral("seen.pdf"));
        QCOMPARE(panel.view(0, file), QString());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), kPdf);
        QVERIFY(!panel.view(2, file).isEmpty()); // the agreement has none

        // The setting on: the warning says what it keeps from happening.
        ledger::Settings(*db).set(kAdmin, QStringLiteral("internship.checklist"), QStringLiteral("on"));
        panel.setInternship(QStringLiteral("I1"));
        QCOMPARE(panel.warning()->text(),
                 QStringLiteral("Missing: Internship agreement signed by the company, Insurance. This internship cannot "
                                "be set active until they are recorded, or an administrator overrides with a reason."));
    }

    void panel_overrideByAdministrator_reasonRequired_statusActive()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("c.sqlite3")));
        ledger::Settings(*db).set(kAdmin, QStringLiteral("internship.checklist"), QStringLiteral("on"));
        ui::ChecklistPanel panel(*db);
        panel.setSession(kAdmin);
        panel.setInternship(QStringLiteral("I1"));
        QVERIFY(panel.overrideButton()->isEnabled());
        QSignalSpy changed(&panel, &ui::ChecklistPanel::statusChanged);
        QCOMPARE(panel.overrideWith(QStringLiteral("  ")), QStringLiteral("an override needs a reason"));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(panel.overrideWith(QStringLiteral("papers arrive Monday")), QString());
        QCOMPARE(changed.count(), 1);
        QVERIFY(panel.warning()->text().contains(QStringLiteral("Overridden by admin at ")));
        QVERIFY(panel.warning()->text().endsWith(QStringLiteral(": papers arrive Monday")));
        QVERIFY(panel.overrideButton()->isHidden());
        services::RecordService records(*db, kAdmin);
        const domain::Kind &kind = domain::kind(domain::KindId::Internships);
        QCOMPARE(records.find(kind, QStringLiteral("I1"))->values[static_cast<size_t>(kind.fieldIndex(QStringLiteral("status")))].toString(),
                 QStringLiteral("active"));

        // The dialog: OK only with a reason.
        ui::ChecklistOverrideDialog dialog(QStringLiteral("I2"), QStringLiteral("Insurance"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("   "));
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("urgent start"));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.reason(), QStringLiteral("urgent start"));
    }

    void checkDialog_validatesAsTyped()
    {
        ui::ChecklistCheckDialog dialog(QStringLiteral("I1"));
        QVERIFY(dialog.problem().startsWith(QStringLiteral("Without a document")));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.itemCombo()->setCurrentIndex(1); // work permission
        dialog.permissionCombo()->setCurrentIndex(2); // individual
        QCOMPARE(dialog.problem(), QStringLiteral("An individual permission needs its number."));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.permissionNoEdit()->insert(QStringLiteral("東京2025-1")); // as typed through an input method
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::keyClicks(dialog.documentEdit(), QStringLiteral("/no/such/file.pdf"));
        QCOMPARE(dialog.problem(), QStringLiteral("/no/such/file.pdf is not a file."));
        QVERIFY(!dialog.okButton()->isEnabled());
        const services::CheckInput in = dialog.input();
        QCOMPARE(in.permission, QStringLiteral("individual"));
        QCOMPARE(in.permissionNo, QStringLiteral("東京2025-1"));
    }

    void dashboard_listsInternshipsLackingItems_opensThem()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("c.sqlite3")));
        services::ChecklistService service(*db);
        service.record(kSato, QStringLiteral("I2"), check(rules::ChecklistItem::ResidenceCard));
        service.record(kSato, QStringLiteral("I2"), check(rules::ChecklistItem::WorkPermission, QStringLiteral("general")));
        service.record(kSato, QStringLiteral("I2"), check(rules::ChecklistItem::Agreement));
        ui::DashboardView view(*db, ui::Language::English);
        view.figure(ui::DashboardView::ActiveInterns); // the dashboard reads its figures and lists when first asked
        auto *list = view.findChild<ui::ChecklistMissingList *>();
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(list->model()->row(0).at(0), QStringLiteral("阮 文安"));
        QCOMPARE(list->model()->row(0).at(1), QStringLiteral("株式会社かけはし"));
        QCOMPARE(list->model()->row(0).at(4), QStringLiteral("residence card, work permission, agreement, insurance"));
        QCOMPARE(list->model()->row(1).at(4), QStringLiteral("insurance"));
        QCOMPARE(list->title(), QStringLiteral("Internships whose checklist lacks items (2)"));
        service.record(kSato, QStringLiteral("I2"), check(rules::ChecklistItem::Insurance));
        view.refresh();
        view.figure(ui::DashboardView::ActiveInterns); // read again (the page is not shown)
        QCOMPARE(list->model()->rowCount(), 1);
        QSignalSpy opened(&view, &ui::DashboardView::recordRequested);
        emit list->view()->activated(list->model()->index(0, 0));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("internships"));
        QCOMPARE(opened.at(0).at(1).toString(), QStringLiteral("I1"));
        const QString shots = qEnvironmentVariable("KAKEHASHI_SCREENSHOTS");
        if (!shots.isEmpty()) {
            view.resize(900, 900);
            view.grab().save(shots + QStringLiteral("/dashboard-checklist.png"));
        }
    }

    void recordEditor_internshipHasChecklistTab_overrideReloadsTheForm()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("c.sqlite3")));
        ledger::Settings(*db).set(kAdmin, QStringLiteral("internship.checklist"), QStringLiteral("on"));
        services::ChecklistService(*db).record(kSato, QStringLiteral("I1"), check(rules::ChecklistItem::ResidenceCard));
        const domain::Kind &kind = domain::kind(domain::KindId::Internships);
        ui::RecordEditor editor(*db, kind, ui::Language::English, kAdmin);
        editor.openRecord(*services::RecordService(*db, kAdmin).find(kind, QStringLiteral("I1")));
        // The panel in the tab now (the form rebuilds its tabs when it opens a record).
        auto shownPanel = [&editor]() -> ui::ChecklistPanel * {
            for (auto *p : editor.findChildren<ui::ChecklistPanel *>())
                if (editor.tabs()->indexOf(p) >= 0)
                    return p;
            return nullptr;
        };
        ui::ChecklistPanel *panel = shownPanel();
        QVERIFY(panel);
        const int tab = editor.tabs()->indexOf(panel);
        QCOMPARE(editor.tabs()->tabText(tab), QStringLiteral("Checklist (3 missing)"));
        QCOMPARE(panel->model()->row(0).at(1), QStringLiteral("done"));
        editor.tabs()->setCurrentIndex(tab);
        editor.resize(900, 640);
        const QString shots = qEnvironmentVariable("KAKEHASHI_SCREENSHOTS");
        if (!shots.isEmpty())
            editor.grab().save(shots + QStringLiteral("/internship-checklist.png"));
        QCOMPARE(panel->record(check(rules::ChecklistItem::Insurance)), QString());
        QCOMPARE(panel->missingCount(), 2);
        panel = shownPanel();
        QVERIFY(panel);
        QCOMPARE(editor.tabs()->tabText(editor.tabs()->indexOf(panel)), QStringLiteral("Checklist (2 missing)"));
        QCOMPARE(panel->overrideWith(QStringLiteral("papers arrive Monday")), QString());
        // The form shows the stored status now.
        QCOMPARE(editor.fieldText(QStringLiteral("status")), QStringLiteral("active"));
    }
};

QTEST_MAIN(ChecklistViewsTest)
#include "checklist_views_test.moc"
