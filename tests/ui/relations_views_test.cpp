// The contacts and activities tab of a company's and a student's form, and the
// dashboard's own next steps (issue 15, item 5), offscreen: the Record button
// disabled until a summary is typed, a contact added and made primary, an
// activity recorded with its contact and next step, a confidential one shown
// as "(confidential)" to another staff member, auditors reading but not
// recording, and the next steps of the session in date order; screenshots.
#include "auth/auth.h"
#include "dialogs/record_editor.h"
#include "models/text_table_model.h"
#include "storage/database.h"
#include "support_fixtures.h"
#include "views/dashboard_view.h"
#include "views/relations_panel.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kakehashi;

namespace {

const auth::Session kSato{QStringLiteral("sato"), auth::Role::Staff, false};
const auth::Session kIto{QStringLiteral("ito"), auth::Role::Staff, false};
const auth::Session kAuditor{QStringLiteral("audit"), auth::Role::Auditor, false};

void grab(QWidget &w, const char *name)
{
    // For a person to look at: $KAKEHASHI_SCREENSHOTS/NAME.png when set.
    const QString dir = qEnvironmentVariable("KAKEHASHI_SCREENSHOTS");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace

class RelationsViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void companyPanel_contactsAndActivities()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("t.sqlite3")));
        test::loadBasics(db);
        ui::RelationsPanel panel(db, kSato, ui::RelationsPanel::Owner::Company, QStringLiteral("C1"));
        panel.resize(900, 640);
        QVERIFY(!panel.recordButton()->isEnabled()); // nothing typed yet
        services::Contact c;
        c.companyCode = QStringLiteral("C1");
        c.name = QStringLiteral("山田 花子");
        c.role = QStringLiteral("人事部長");
        c.email = QStringLiteral("hanako@example.jp");
        QCOMPARE(panel.addContact(c), QString());
        c.name = QStringLiteral("鈴木 一郎");
        c.role.clear();
        c.email = QStringLiteral("not-an-address");
        QVERIFY(panel.addContact(c).contains(QStringLiteral("not an e-mail address")));
        QCOMPARE(panel.contactsModel()->rowCount(), 1);
        QCOMPARE(panel.setContactFlag(QStringLiteral("CT000001"), QStringLiteral("primary"), true), QString());
        QCOMPARE(panel.contactsModel()->row(0).value(5), QStringLiteral("yes"));

        auto *summary = panel.findChild<QPlainTextEdit *>(QStringLiteral("activitySummary"));
        QVERIFY(summary);
        QTest::keyClicks(summary, QStringLiteral("quota talk"));
        QVERIFY(panel.recordButton()->isEnabled());
        panel.fillActivity(QStringLiteral("visit"), QStringLiteral("訪問: 受入れ枠の相談"), QStringLiteral("見積り送付"),
                           QDate(2026, 1, 10), false, QStringLiteral("CT000001"));
        QCOMPARE(panel.recordActivity(), QString());
        QCOMPARE(panel.activitiesModel()->rowCount(), 1);
        const QStringList row = panel.activitiesModel()->row(0);
        QCOMPARE(row.value(2), QStringLiteral("Visit"));
        QCOMPARE(row.value(3), QStringLiteral("山田 花子"));
        QCOMPARE(row.value(4), QStringLiteral("sato"));
        QCOMPARE(row.value(6), QStringLiteral("見積り送付"));
        QCOMPARE(row.value(7), QStringLiteral("2026-01-10"));
        QCOMPARE(row.value(8), QStringLiteral("open"));
        QVERIFY(summary->toPlainText().isEmpty()); // cleared once recorded
        // A date for the next step without the step: refused as it is typed.
        panel.fillActivity(QStringLiteral("call"), QStringLiteral("電話"), QString(), QDate(2026, 1, 12));
        QVERIFY(!panel.recordButton()->isEnabled());
        QVERIFY(panel.recordButton()->toolTip().contains(QStringLiteral("needs the next step")));
        grab(panel, "relations-company");

        ui::RelationsPanel audit(db, kAuditor, ui::RelationsPanel::Owner::Company, QStringLiteral("C1"));
        QCOMPARE(audit.activitiesModel()->rowCount(), 1);
        audit.fillActivity(QStringLiteral("call"), QStringLiteral("x"));
        QVERIFY(!audit.recordButton()->isEnabled());
    }

    void studentPanel_confidentialAndNextSteps()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("t.sqlite3")));
        test::loadBasics(db);
        ui::RelationsPanel sato(db, kSato, ui::RelationsPanel::Owner::Student, QStringLiteral("ST1"));
        sato.fillActivity(QStringLiteral("counselling"), QStringLiteral("家族の事情で帰国を検討"), QStringLiteral("再面談"),
                          QDate(2026, 1, 15), true);
        QCOMPARE(sato.recordActivity(), QString());
        sato.fillActivity(QStringLiteral("mail"), QStringLiteral("書類の案内"), QStringLiteral("書類の受取確認"),
                          QDate(2026, 1, 8));
        QCOMPARE(sato.recordActivity(), QString());
        QCOMPARE(sato.activitiesModel()->rowCount(), 2);

        ui::RelationsPanel ito(db, kIto, ui::RelationsPanel::Owner::Student, QStringLiteral("ST1"));
        QStringList summaries;
        for (int r = 0; r < ito.activitiesModel()->rowCount(); ++r)
            summaries << ito.activitiesModel()->row(r).value(5);
        QVERIFY(summaries.contains(QStringLiteral("(confidential)")));
        QVERIFY(summaries.contains(QStringLiteral("書類の案内")));
        QVERIFY(!summaries.contains(QStringLiteral("家族の事情で帰国を検討")));

        ui::DashboardView dash(db, ui::Language::English);
        dash.setSession(kSato);
        QVERIFY(dash.nextSteps());
        QCOMPARE(dash.nextSteps()->model()->rowCount(), 2);
        QVERIFY(dash.nextSteps()->model()->row(0).value(1) == QStringLiteral("書類の受取確認"));
        QVERIFY(dash.nextSteps()->model()->row(1).value(1) == QStringLiteral("再面談"));
        QCOMPARE(dash.nextSteps()->model()->row(0).value(2), QStringLiteral("阮 文安")); // the name, not ST1
        dash.resize(900, 700);
        grab(dash, "relations-dashboard");
        dash.setSession(kIto);
        QCOMPARE(dash.nextSteps()->model()->rowCount(), 0);

        // A letter from the student's tab: a PDF, recorded as an activity.
        const QString letter = dir.filePath(QStringLiteral("invitation.pdf"));
        QVERIFY(sato.writeLetter(QStringLiteral("invitation"), letter).contains(QStringLiteral("needs the event")));
        QVERIFY(!QFile::exists(letter));
        test::loadOrAbort(db, "events", "event_no,kind,step,title,date\nE1,lecture,1,ビジネス日本語講座,2026-02-01\n");
        QCOMPARE(sato.writeLetter(QStringLiteral("invitation"), letter, QStringLiteral("E1")), QString());
        QFile pdf(letter);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));
        QCOMPARE(sato.activitiesModel()->rowCount(), 3);
        QCOMPARE(sato.activitiesModel()->row(0).value(2), QStringLiteral("Letter"));

        // The student's form has the tab.
        ui::RecordEditor editor(db, domain::kind(domain::KindId::Students), ui::Language::English, kSato);
        QVERIFY(editor.openKey(QStringLiteral("ST1")));
        bool found = false;
        for (int i = 0; i < editor.tabs()->count(); ++i)
            found = found || editor.tabs()->widget(i)->findChild<ui::RelationsPanel *>() ||
                    qobject_cast<ui::RelationsPanel *>(editor.tabs()->widget(i));
        QVERIFY(found);
    }
};

QTEST_MAIN(RelationsViewsTest)
#include "relations_views_test.moc"
