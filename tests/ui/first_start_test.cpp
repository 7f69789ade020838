// The first start on a new database: one dialog for the consortium's name, the
// fiscal year's rate and hours, single-user or a first administrator, and demo
// data only when asked for.
#include "auth/auth.h"
#include "dialogs/first_start_dialog.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "storage/subsidy_store.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kakehashi;

namespace {

int count(const storage::Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    storage::Database::exec(q);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class FirstStartTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The program's settings go to a folder of the test's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("kakehashi-first-start-test"));
        QCoreApplication::setApplicationName(QStringLiteral("kakehashi-first-start-test"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void defaults_singleUser_rateInForce_noDemo()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("new.sqlite3")));
        QVERIFY(db.createdNow());
        ui::FirstStartDialog dialog(db);
        QVERIFY(dialog.singleUserChoice()->isChecked());
        QVERIFY(!dialog.demoChoice()->isChecked());
        QVERIFY(!dialog.adminNameField()->isEnabled());
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(dialog.rateField()->value(), 7000); // the rate in force since 2013-04-01
        QCOMPARE(dialog.hoursField()->value(), 8.0);
        dialog.fiscalYearField()->setValue(2013);
        QCOMPARE(dialog.rateField()->value(), 7000);
        dialog.grab().save(QStringLiteral("/tmp/first_start_dialog.png"));
    }

    void singleUser_savesNameHoursAndANewRate_nothingElse()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("new.sqlite3")));
        ui::FirstStartDialog dialog(db);
        dialog.consortiumField()->setText(QStringLiteral("  東海留学生コンソーシアム "));
        dialog.fiscalYearField()->setValue(2026);
        dialog.rateField()->setValue(7500);
        dialog.hoursField()->setValue(6.5);
        QVERIFY(dialog.apply());
        QVERIFY(!dialog.session());
        QCOMPARE(ui::consortiumName(), QStringLiteral("東海留学生コンソーシアム"));
        QCOMPARE(QSettings().value(QStringLiteral("attendance/hours")).toDouble(), 6.5);
        const auto rates = storage::SubsidyStore(db).rates();
        QCOMPARE(rates.size(), size_t(2));
        QCOMPARE(count(db, QStringLiteral("SELECT daily_rate_jpy FROM programme_rates WHERE programme = "
                                          "'sme_internship' AND valid_from = '2026-04-01'")),
                 7500);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new = '7500'")) >= 1);
        QVERIFY(!auth::Users(db).any());
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM students")), 0);
    }

    void unchangedRate_addsNoRate()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("new.sqlite3")));
        ui::FirstStartDialog dialog(db);
        QVERIFY(dialog.apply());
        QCOMPARE(storage::SubsidyStore(db).rates().size(), size_t(1));
        QCOMPARE(ui::consortiumName(), QString());
    }

    // The setting internship.checklist: off unless ticked (imports keep FORMATS §1's behaviour).
    void checklistSetting_offByDefault_onWhenTicked()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("new.sqlite3")));
        {
            ui::FirstStartDialog dialog(db);
            QVERIFY(!dialog.checklistChoice()->isChecked());
            QVERIFY(dialog.apply());
            QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'internship.checklist'")), 0);
        }
        ui::FirstStartDialog dialog(db);
        dialog.checklistChoice()->setChecked(true);
        QVERIFY(dialog.apply());
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'internship.checklist' AND value = 'on'")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'setting' AND new = 'on'")), 1);
    }

    void administrator_checkedAsTyped_thenMadeAndLoggedIn()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("new.sqlite3")));
        ui::FirstStartDialog dialog(db);
        dialog.administratorChoice()->setChecked(true);
        QVERIFY(dialog.adminNameField()->isEnabled());
        QVERIFY(!dialog.startButton()->isEnabled());
        QTest::keyClicks(dialog.adminNameField(), QStringLiteral("kimura"));
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("short"));
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("at least 12 characters")));
        dialog.passwordField()->setText(QStringLiteral("a long enough password"));
        dialog.confirmField()->setText(QStringLiteral("a long enough passworD"));
        QVERIFY(!dialog.startButton()->isEnabled());
        QCOMPARE(dialog.problemLabel()->text(), QStringLiteral("The two passwords differ."));
        QVERIFY(!dialog.apply());
        QVERIFY(!auth::Users(db).any());
        dialog.confirmField()->setText(QStringLiteral("a long enough password"));
        QVERIFY(dialog.startButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().isEmpty());
        QVERIFY(dialog.apply());
        QVERIFY(dialog.session());
        QCOMPARE(dialog.session()->user, QStringLiteral("kimura"));
        QVERIFY(dialog.session()->role == auth::Role::Administrator);
        QVERIFY(!dialog.session()->singleUser);
        const auto users = auth::Users(db).list();
        QCOMPARE(users.size(), size_t(1));
        QCOMPARE(users[0].name, QStringLiteral("kimura"));
        QVERIFY(users[0].role == auth::Role::Administrator);
        // The password works for the next start's login.
        QCOMPARE(auth::Users(db).login(QStringLiteral("kimura"), QStringLiteral("a long enough password")).user,
                 QStringLiteral("kimura"));
    }

    void demo_onlyWhenAsked()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("new.sqlite3")));
        ui::FirstStartDialog dialog(db);
        dialog.setDemoStudents(40);
        dialog.demoChoice()->setChecked(true);
        QVERIFY(dialog.apply());
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM students")), 40);
    }
};

QTEST_MAIN(FirstStartTest)
#include "first_start_test.moc"
