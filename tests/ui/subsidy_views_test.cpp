// The subsidy pages through their widgets, offscreen: attendance typed on the
// calendar, the claim it earns, posting, the lock it puts on the month, and the
// ledger's search and correction history.
#include "domain/kinds.h"
#include "services/records.h"
#include "io/importer.h"
#include "ledger/ledger.h"
#include "models/text_table_model.h"
#include "storage/database.h"
#include "support_fixtures.h"
#include "views/attendance_view.h"
#include "views/claims_view.h"
#include "views/compliance_view.h"
#include "views/ledger_view.h"
#include "views/settings_view.h"
#include "auth/auth.h"
#include "dialogs/login_dialog.h"

#include <QPushButton>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSettings>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
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
         "I1,ST1,C1,2025-10-01,2026-03-31,active\nI2,ST2,C1,2025-10-01,2026-03-31,active\n");
    test::loadOrAbort(*db, "attendance", "internship_no,date,status\nI2,2025-10-01,present\n");
    return db;
}

} // namespace

class SubsidyViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void attendance_typedAndFilled_countsAndEarns_thenClaimShowsIt()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        ui::AttendanceView view(*db, ui::Language::English);
        view.showMonth(QStringLiteral("I1"), 2025, 10);
        QTableWidget *grid = view.grid();
        // 1 October 2025 is a Wednesday: row 0, column 2 (Monday first).
        QCOMPARE(grid->item(0, 2)->text(), QStringLiteral("1"));
        grid->setCurrentCell(0, 2);
        grid->item(0, 3)->setSelected(true); // and Thursday the 2nd
        QTest::keyClick(grid, Qt::Key_P);
        QCOMPARE(view.presentDays(), 2);
        QVERIFY(view.summaryText().contains(QStringLiteral("¥14,000")));
        grid->clearSelection();
        grid->item(0, 4)->setSelected(true); // Friday the 3rd
        QTest::keyClick(grid, Qt::Key_A);
        QCOMPARE(view.presentDays(), 2);
        // Sports Day (13 October) is a holiday: shaded, named on hover, not filled.
        QCOMPARE(grid->item(2, 0)->toolTip(), QStringLiteral("Sports Day"));
        view.fillWorkingDays();
        // October 2025 has 22 working days (the 13th is a holiday); the 3rd stays absent.
        QCOMPARE(view.presentDays(), 21);
        QVERIFY(view.isModified());
        view.hoursField()->setValue(7.5);
        QVERIFY(view.save());
        QVERIFY(!view.isModified());
        const auto day = services::RecordService(*db, {}).find(
            *domain::kindByName(u"attendance"), domain::Values{QStringLiteral("I1"), QStringLiteral("2025-10-01")});
        QVERIFY(day);
        QCOMPARE(day->values[3].toDouble(), 7.5);
        QSettings().remove(QStringLiteral("attendance/hours")); // remembered on this computer otherwise

        ui::ClaimsView claims(*db, ui::Language::English);
        QAbstractItemModelTester tester(claims.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        claims.setMonth(2025, 10);
        QCOMPARE(claims.model()->rowCount(), 2);
        QCOMPARE(claims.model()->row(0).at(0), QStringLiteral("I1"));
        QCOMPARE(claims.model()->row(0).at(3), QStringLiteral("21"));
        QCOMPARE(claims.model()->row(0).at(5), QStringLiteral("147,000"));
        QCOMPARE(claims.model()->row(1).at(6), QStringLiteral("no"));
        QVERIFY(claims.totalsText().contains(QStringLiteral("¥147,000 due")));
        QVERIFY(claims.totalsText().contains(QStringLiteral("¥0 posted")));

        // The confirmation says what the ledger holds and what posting adds.
        QVERIFY2(claims.postQuestion().contains(
                     QStringLiteral("The ledger now: 0 entries, ¥0 (of them 2025-10: 0 entries, ¥0)")),
                 qPrintable(claims.postQuestion()));
        QVERIFY2(claims.postQuestion().contains(QStringLiteral("To post: 1 claim(s), ¥147,000")),
                 qPrintable(claims.postQuestion()));
        // Posting closes the month: the grid refuses keys, Save stays off.
        QCOMPARE(claims.post(false), 1);
        // The result as `ledger post` states it, with the ledger before and after.
        QCOMPARE(claims.postResult(),
                 QStringLiteral("2025-10: 1 payment(s) posted, ¥147,000\n"
                                "Ledger before: 0 entries, ¥0 (of them 2025-10: 0 entries, ¥0)\n"
                                "Ledger after: 1 entries, ¥147,000 (of them 2025-10: 1 entries, ¥147,000)"));
        QCOMPARE(claims.findChild<QLabel *>(QStringLiteral("postResult"))->text(), claims.postResult());
        QVERIFY(claims.postQuestion().contains(QStringLiteral("To post: 0 claim(s), ¥0")));
        QVERIFY(claims.totalsText().contains(QStringLiteral("¥147,000 posted")));
        view.showMonth(QStringLiteral("I1"), 2025, 10);
        grid->clearSelection();
        grid->item(0, 4)->setSelected(true);
        QTest::keyClick(grid, Qt::Key_P);
        QCOMPARE(view.presentDays(), 21);
        QVERIFY(!view.isModified());
    }

    // The 28-hour limit (FORMATS.md §6) warned about as the days and hours are entered.
    void attendance_hoursOverTheWeeklyLimit_warnedAsTyped()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        test::loadOrAbort(*db, "students", "student_no,residence_status,work_permission\nST1,student,general\n");
        // A cancelled internship of the same student with a day worked: its hours count too.
        test::loadOrAbort(*db, "internships", "internship_no,student_no,company_code,start_date,end_date,status\n"
                                              "I3,ST1,C1,2025-10-01,2025-10-31,cancelled\n");
        test::loadOrAbort(*db, "attendance", "internship_no,date,status,hours\nI3,2025-10-07,present,4\n");
        ui::AttendanceView view(*db, ui::Language::English);
        view.hoursField()->setValue(5);
        view.showMonth(QStringLiteral("I1"), 2025, 10);
        QVERIFY(view.hoursWarningText().isEmpty());
        QTableWidget *grid = view.grid();
        // Monday 6 … Friday 10 October: row 1, columns 0–4; 5 × 5 h + 4 h = 29 h.
        grid->clearSelection();
        for (int c = 0; c < 5; ++c)
            grid->item(1, c)->setSelected(true);
        QTest::keyClick(grid, Qt::Key_P);
        QCOMPARE(view.hoursWarningText(),
                 QStringLiteral("Work-hour limit: 29 h in the 7 days 2025-10-04 … 2025-10-10, over the 28 h a week of "
                                "the student's status of residence (3 breach(es) in all)"));
        bool shown = false;
        for (QLabel *l : view.findChildren<QLabel *>())
            shown = shown || (l->text() == view.hoursWarningText() && !l->isHidden());
        QVERIFY(shown);
        // Fewer hours per day: within the limit, the warning goes.
        view.hoursField()->setValue(4.5);
        QVERIFY(view.hoursWarningText().isEmpty());
        // An individual permission lifts the limit.
        view.hoursField()->setValue(8);
        QVERIFY(!view.hoursWarningText().isEmpty());
        test::loadOrAbort(*db, "students", "student_no,work_permission\nST1,individual\n");
        view.showMonth(QStringLiteral("I1"), 2025, 10);
        grid->clearSelection();
        for (int c = 0; c < 5; ++c)
            grid->item(1, c)->setSelected(true);
        QTest::keyClick(grid, Qt::Key_P);
        QCOMPARE(view.presentDays(), 5);
        QVERIFY(view.hoursWarningText().isEmpty());
        QSettings().remove(QStringLiteral("attendance/hours"));
    }

    // The right-to-work page: the breaches of a period with the student and the internships counted.
    void compliance_breachesOfAPeriod_withStudentAndInternships()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        test::loadOrAbort(*db, "students", "student_no,residence_status\nST1,job_hunting\n");
        test::loadOrAbort(*db, "internships", "internship_no,student_no,company_code,start_date,end_date,status\n"
                                              "I3,ST1,C1,2025-10-01,2025-10-31,cancelled\n");
        test::loadOrAbort(*db, "attendance", "internship_no,date,status,hours\n"
                                             "I1,2025-10-06,present,10\nI1,2025-10-07,present,10\n"
                                             "I3,2025-10-08,present,9\n");
        ui::ComplianceView view(*db, ui::Language::English);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setPeriod(Date(2025, 10, 1), Date(2025, 10, 31));
        // 29 hours in the windows ending 8–12 October.
        QCOMPARE(view.model()->rowCount(), 5);
        QCOMPARE(view.model()->row(0),
                 (QStringList{QStringLiteral("ST1"), QStringLiteral("阮 文安"), QStringLiteral("I1, I3"),
                              QStringLiteral("2025-10-08"), QStringLiteral("7 days 2025-10-02 … 2025-10-08"),
                              QStringLiteral("29"), QStringLiteral("28")}));
        QCOMPARE(view.countText(), QStringLiteral("5 breach(es), 1 student(s)"));
        view.setPeriod(Date(2025, 10, 13), Date(2025, 10, 31));
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void ledger_searchAndCorrectionHistory()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        test::loadOrAbort(*db, "attendance", "internship_no,date,status\nI1,2025-10-01,present\nI1,2025-11-04,present\n");
        ledger::Ledger book(*db);
        book.post(QStringLiteral("2025-10"));
        book.post(QStringLiteral("2025-11"));
        book.reverse(1, QStringLiteral("timesheet corrected"));

        ui::LedgerView view(*db, ui::Language::English);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.model()->rowCount(), 3);
        QVERIFY(view.status()->text().contains(QStringLiteral("3 of 3 entries")));
        QTest::keyClicks(view.minAmountField(), QStringLiteral("1"));
        QTRY_COMPARE(view.model()->rowCount(), 2); // the reversal is negative
        view.minAmountField()->clear();
        QTest::keyClicks(view.counterpartyField(), QStringLiteral("Kim"));
        QTRY_COMPARE(view.model()->rowCount(), 0);
        view.counterpartyField()->clear();
        QTRY_COMPARE(view.model()->rowCount(), 3);
        view.correctionsOnly()->setChecked(true);
        QTRY_COMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.model()->row(0).at(0), QStringLiteral("1"));
        QCOMPARE(view.model()->row(0).at(11), QStringLiteral("3")); // reversed by entry 3
        QCOMPARE(view.model()->row(1).at(10), QStringLiteral("1")); // which reverses entry 1

        const QString pdf = dir.filePath(QStringLiteral("ledger.pdf"));
        QVERIFY(view.exportTo(pdf, QStringLiteral("pdf")));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString csv = dir.filePath(QStringLiteral("ledger.csv"));
        QVERIFY(view.exportTo(csv, QStringLiteral("csv")));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF" "entry_no,posted_at,period,kind,"));
    }

    void login_andRolesDisableWhatTheyMayNotDo()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        auth::Users users(*db);
        users.add({}, QStringLiteral("admin"), auth::Role::Administrator, QStringLiteral("adminpassword1"));
        const auth::Session admin = users.login(QStringLiteral("admin"), QStringLiteral("adminpassword1"));
        users.add(admin, QStringLiteral("kato"), auth::Role::Auditor, QStringLiteral("auditorpasswd1"));
        users.add(admin, QStringLiteral("sato"), auth::Role::Staff, QStringLiteral("staffpassword1"));

        ui::LoginDialog login(*db);
        login.nameField()->setText(QStringLiteral("kato"));
        login.passwordField()->setText(QStringLiteral("wrong"));
        QVERIFY(!login.tryLogin());
        QVERIFY(login.errorLabel()->text().contains(QStringLiteral("wrong password")));
        login.passwordField()->setText(QStringLiteral("auditorpasswd1"));
        QVERIFY(login.tryLogin());
        QVERIFY(login.session().role == auth::Role::Auditor);

        auto button = [](QWidget &w, const QString &text) {
            for (QPushButton *b : w.findChildren<QPushButton *>())
                if (b->text().remove(QLatin1Char('&')).startsWith(text))
                    return b;
            return static_cast<QPushButton *>(nullptr);
        };
        ui::ClaimsView claims(*db, ui::Language::English);
        claims.setSession(login.session());
        QVERIFY(!button(claims, QStringLiteral("Post"))->isEnabled());
        QVERIFY(button(claims, QStringLiteral("Post"))->toolTip().contains(QStringLiteral("Only administrators")));
        ui::LedgerView ledger(*db, ui::Language::English);
        ledger.setSession(login.session());
        QVERIFY(!button(ledger, QStringLiteral("Reverse"))->isEnabled());
        QVERIFY(button(ledger, QStringLiteral("Export PDF"))->isEnabled()); // auditors export
        ledger.setSession(users.login(QStringLiteral("sato"), QStringLiteral("staffpassword1")));
        QVERIFY(!button(ledger, QStringLiteral("Export PDF"))->isEnabled()); // staff do not export the ledger
        ui::AttendanceView attendance(*db, ui::Language::English);
        attendance.setSession(login.session());
        attendance.showMonth(QStringLiteral("I1"), 2025, 10);
        attendance.grid()->item(0, 2)->setSelected(true);
        QTest::keyClick(attendance.grid(), Qt::Key_P);
        QCOMPARE(attendance.presentDays(), 0); // an auditor changes nothing
        attendance.setSession(admin);
        attendance.showMonth(QStringLiteral("I1"), 2025, 10);
        attendance.grid()->item(0, 2)->setSelected(true);
        QTest::keyClick(attendance.grid(), Qt::Key_P);
        QCOMPARE(attendance.presentDays(), 1);
    }

    void settings_calendarOverrideAndNewRate_changeTheClaim()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        ui::SettingsView settings(*db, ui::Language::English);
        settings.showYear(2025);
        const int lawHolidays = settings.holidays()->rowCount();
        QCOMPARE(lawHolidays, 19);
        QVERIFY(settings.addHoliday(QDate(2025, 10, 6), QStringLiteral("臨時休業")));
        QCOMPARE(settings.holidays()->rowCount(), lawHolidays + 1);
        QVERIFY(settings.addRate(QDate(2025, 10, 16), 8000));
        QCOMPARE(settings.rates()->rowCount(), 2);

        ui::AttendanceView attendance(*db, ui::Language::English);
        attendance.showMonth(QStringLiteral("I1"), 2025, 10);
        attendance.fillWorkingDays();
        QCOMPARE(attendance.presentDays(), 21); // 22 working days less the 6th
        QVERIFY(attendance.save());
        ui::ClaimsView claims(*db, ui::Language::English);
        claims.setMonth(2025, 10);
        // 1–15 October: 9 working days at ¥7,000 (the 6th is off, the 13th a holiday);
        // 16–31 October: 12 at ¥8,000.
        QCOMPARE(claims.model()->row(0).at(5), QStringLiteral("159,000"));

        // Staff see the settings but the administrator's buttons are off (this
        // computer's database folder stays theirs to choose).
        const auth::Session staff{QStringLiteral("sato"), auth::Role::Staff, false};
        settings.setSession(staff);
        for (QPushButton *b : settings.findChildren<QPushButton *>())
            QVERIFY(b->objectName() == u"chooseFolder" ? b->isEnabled() : !b->isEnabled());
    }
};

QTEST_MAIN(SubsidyViewsTest)
#include "subsidy_views_test.moc"
