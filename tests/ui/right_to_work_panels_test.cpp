// The right-to-work panels of the record forms (issue 13): on the student's
// form the residence card's validity check and the job-hunting clock, checked
// as typed; on an employed placement's form what the company reported of the
// foreign-worker notification. Offscreen, on a small database; dates relative
// to today, since the panels judge on today.
#include "reports/compliance.h"
#include "services/job_hunting.h"
#include "storage/database.h"
#include "support_fixtures.h"
#include "dialogs/record_editor.h"
#include "domain/kinds.h"
#include "views/hire_notification_panel.h"
#include "views/right_to_work_panel.h"

#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QTimer>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kakehashi;

namespace {

Date fromQ(const QDate &d)
{
    return Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                static_cast<unsigned short>(d.day()));
}

void fixture(storage::Database &db)
{
    const QString start = QDate::currentDate().addDays(-5).toString(Qt::ISODate);
    test::loadOrAbort(db, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    test::loadOrAbort(db, "companies", "code,name,industry,sme_category,employees,prefecture\nC1,精工,E,general,120,13\n");
    test::loadOrAbort(db, "students",
                      "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,"
                      "enrolled_on,completed_on,residence_card_no,residence_expiry\n"
                      "G1,阮,文安,2000-01-01,VN,S1,sme_internship,2024,2024-04-01,2026-03-31,AB12345678CD,2099-12-31\n"
                      "G2,Kim,Minjun,2000-01-01,KR,S1,sme_internship,2024,2024-04-01,2026-03-31,,\n");
    test::loadOrAbort(db, "placements",
                      QStringLiteral("placement_no,student_no,outcome,decided_on,company_code,japanese_company,start_date\n"
                                     "P1,G1,employed,2026-01-10,C1,true,%1\n"
                                     "P2,G2,further_study,2026-01-10,,,\n")
                          .arg(start)
                          .toUtf8()
                          .constData());
}

// Answers the next message box shown by a modal exec() with `button`; returns its text.
std::shared_ptr<QString> answer(QMessageBox::StandardButton button)
{
    auto text = std::make_shared<QString>();
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, text, button] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            *text = box->text();
            timer->stop();
            timer->deleteLater();
            box->button(button)->click();
            return;
        }
    });
    timer->start();
    return text;
}

} // namespace

class RightToWorkPanelsTest : public QObject
{
    Q_OBJECT

private slots:
    void studentForm_cardCheckRecorded_withWhoAndWhen_auditorMayNot()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("t.sqlite3")));
        fixture(db);
        const auth::Session staff{QStringLiteral("sato"), auth::Role::Staff, false};
        ui::RightToWorkPanel panel(db, staff, QStringLiteral("G1"));
        QVERIFY(panel.cardLabel()->text().startsWith(QStringLiteral("Card AB12345678CD, expires on 2099-12-31")));
        QVERIFY(panel.cardLabel()->text().endsWith(QStringLiteral("Its validity has never been checked.")));
        panel.checkNote()->setText(QStringLiteral("valid in the online lookup"));
        QCOMPARE(panel.recordCardCheck(), QString());
        QVERIFY(panel.cardLabel()->text().endsWith(
            QStringLiteral("Validity last checked on %1 by sato.").arg(QDate::currentDate().toString(Qt::ISODate))));
        QVERIFY(panel.checkNote()->text().isEmpty());

        ui::RightToWorkPanel noCard(db, staff, QStringLiteral("G2"));
        QCOMPARE(noCard.cardLabel()->text(), QStringLiteral("No residence card is recorded for this student."));

        const auth::Session auditor{QStringLiteral("kato"), auth::Role::Auditor, false};
        ui::RightToWorkPanel readOnly(db, auditor, QStringLiteral("G1"));
        QVERIFY(!readOnly.checkButton()->isEnabled());
        QVERIFY(!readOnly.saveClockButton()->isEnabled());
        QVERIFY(!readOnly.recordCardCheck().isEmpty()); // refused by the service, too
    }

    void studentForm_jobHuntingClock_checkedAsTyped_savedAndReloaded()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("t.sqlite3")));
        fixture(db);
        const auth::Session staff{QStringLiteral("sato"), auth::Role::Staff, false};
        ui::RightToWorkPanel panel(db, staff, QStringLiteral("G2"));
        QVERIFY(panel.clockStatus()->text().startsWith(QStringLiteral("No job-hunting status is recorded")));
        const QDate granted = QDate::currentDate().addDays(-10);
        panel.grantedOn()->setDate(granted);
        // Seven months is more than the six the status is granted for.
        panel.endsOn()->setDate(granted.addMonths(7));
        QVERIFY(panel.clockProblem()->text().contains(QStringLiteral("more than six months after it was granted")));
        QVERIFY(!panel.saveClockButton()->isEnabled());
        panel.endsOn()->setDate(granted.addMonths(6));
        QCOMPARE(panel.clockProblem()->text(), QString());
        QVERIFY(panel.saveClockButton()->isEnabled());
        // The letter needs who and when.
        QTest::keyClicks(panel.letterBy(), QStringLiteral("Tokyo Univ. Career Centre"));
        QCOMPARE(panel.clockProblem()->text(), QStringLiteral("the school's letter needs both who issued it and when"));
        QVERIFY(!panel.saveClockButton()->isEnabled());
        panel.hasLetter()->setChecked(true);
        QVERIFY(panel.letterOn()->isEnabled());
        panel.letterOn()->setDate(granted.addDays(-3));
        QCOMPARE(panel.clockProblem()->text(), QString());
        QVERIFY(panel.clockChanged());
        QCOMPARE(panel.saveClock(), QString());
        QVERIFY(!panel.clockChanged());
        QVERIFY(!panel.saveClockButton()->isEnabled()); // nothing new to save
        const QString end = granted.addMonths(6).toString(Qt::ISODate);
        QCOMPARE(panel.clockStatus()->text(),
                 QStringLiteral("The status ends on %1, in %2 day(s); the graduate is not placed yet.")
                     .arg(end)
                     .arg(QDate::currentDate().daysTo(granted.addMonths(6))));

        const auto all = services::JobHuntingService(db).all(fromQ(QDate::currentDate()));
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all[0].entry.studentNo, QStringLiteral("G2"));
        QCOMPARE(isoDateQ(all[0].entry.grantedOn), granted.toString(Qt::ISODate));
        QCOMPARE(isoDateQ(all[0].entry.endsOn), end);
        QVERIFY(!all[0].entry.renewedTo);
        QCOMPARE(all[0].entry.letterBy, QStringLiteral("Tokyo Univ. Career Centre"));
        QCOMPARE(isoDateQ(*all[0].entry.letterOn), granted.addDays(-3).toString(Qt::ISODate));

        // The one renewal: at most six months after the first end.
        ui::RightToWorkPanel again(db, staff, QStringLiteral("G2"));
        QCOMPARE(again.grantedOn()->date(), granted);
        QCOMPARE(again.letterBy()->text(), QStringLiteral("Tokyo Univ. Career Centre"));
        QVERIFY(!again.clockChanged());
        QVERIFY(!again.renewedTo()->isEnabled());
        again.renewed()->setChecked(true);
        QVERIFY(again.renewedTo()->isEnabled());
        again.renewedTo()->setDate(granted.addMonths(6).addMonths(6).addDays(1));
        QVERIFY(again.clockProblem()->text().startsWith(QStringLiteral("the one renewal ends on")));
        again.renewedTo()->setDate(granted.addMonths(6).addMonths(5));
        QCOMPARE(again.saveClock(), QString());
        QCOMPARE(isoDateQ(*services::JobHuntingService(db).all(fromQ(QDate::currentDate()))[0].entry.renewedTo),
                 granted.addMonths(6).addMonths(5).toString(Qt::ISODate));

        if (qEnvironmentVariableIsSet("KAKEHASHI_GRAB")) {
            again.resize(640, 480);
            again.grab().save(qEnvironmentVariable("KAKEHASHI_GRAB") + QStringLiteral("/right_to_work.png"));
        }
    }

    void studentForm_hasTheRightToWorkTab_placementFormTheNotificationTab()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("t.sqlite3")));
        fixture(db);
        ui::RecordEditor student(db, *domain::kindByName(u"students"), ui::Language::English, {});
        QVERIFY(student.openKey(QStringLiteral("G1")));
        QVERIFY(student.findChild<ui::RightToWorkPanel *>(QStringLiteral("rightToWork")));
        ui::RecordEditor placement(db, *domain::kindByName(u"placements"), ui::Language::English, {});
        QVERIFY(placement.openKey(QStringLiteral("P1")));
        QVERIFY(placement.findChild<ui::HireNotificationPanel *>(QStringLiteral("hireNotification")));
    }

    void studentForm_typedJobHuntingStatus_notLostSilently()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("t.sqlite3")));
        fixture(db);
        ui::RecordEditor student(db, *domain::kindByName(u"students"), ui::Language::English, {});
        QVERIFY(student.openKey(QStringLiteral("G2")));
        auto *panel = student.findChild<ui::RightToWorkPanel *>(QStringLiteral("rightToWork"));
        QVERIFY(panel);
        QVERIFY(student.confirmClose()); // nothing typed: no question
        QTest::keyClicks(panel->letterBy(), QStringLiteral("Career Centre"));
        QVERIFY(panel->clockChanged());
        auto asked = answer(QMessageBox::Cancel);
        QVERIFY(!student.confirmClose());
        QCOMPARE(*asked, QStringLiteral("The job-hunting status you typed is not saved."));
        asked = answer(QMessageBox::Discard);
        QVERIFY(student.confirmClose());
        QCOMPARE(*asked, QStringLiteral("The job-hunting status you typed is not saved."));
    }

    void placementForm_notification_dueDate_insuranceAndFilingRecorded()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("t.sqlite3")));
        fixture(db);
        const auth::Session staff{QStringLiteral("sato"), auth::Role::Staff, false};
        const Date today = fromQ(QDate::currentDate());
        const auto row = [&] { return reports::hireNotifications(db, today).at(0); };
        QCOMPARE(row().placementNo, QStringLiteral("P1"));
        ui::HireNotificationPanel panel(db, staff, QStringLiteral("P1"));
        QVERIFY(panel.dueLabel()->text().contains(QStringLiteral("is due on %1").arg(isoDateQ(*row().due))));
        QCOMPARE(panel.insurance()->currentIndex(), -1);
        QVERIFY(!panel.filed()->isChecked());
        QVERIFY(!panel.filedOn()->isEnabled());
        panel.insurance()->setCurrentIndex(0);
        panel.filed()->setChecked(true);
        QVERIFY(panel.filedOn()->isEnabled());
        QCOMPARE(panel.saveReport(), QString());
        QCOMPARE(row().employmentInsurance, std::optional<bool>(true));
        QCOMPARE(isoDateQ(*row().filedOn), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(row().state, QStringLiteral("filed"));
        QVERIFY(panel.dueLabel()->text().endsWith(QStringLiteral(": filed.")));
        // Joining employment insurance moves the due date to the 10th of the following month.
        const QDate start = QDate::currentDate().addDays(-5);
        const QDate tenth = QDate(start.year(), start.month(), 1).addMonths(1).addDays(9);
        QCOMPARE(isoDateQ(*row().due), tenth.toString(Qt::ISODate));

        ui::HireNotificationPanel again(db, staff, QStringLiteral("P1"));
        QCOMPARE(again.insurance()->currentIndex(), 0);
        QVERIFY(again.filed()->isChecked());
        again.insurance()->setCurrentIndex(1);
        again.filed()->setChecked(false);
        QCOMPARE(again.saveReport(), QString());
        QCOMPARE(row().employmentInsurance, std::optional<bool>(false));
        QVERIFY(!row().filedOn);
        const QDate endOfNext = QDate(start.year(), start.month(), 1).addMonths(2).addDays(-1);
        QCOMPARE(isoDateQ(*row().due), endOfNext.toString(Qt::ISODate));

        ui::HireNotificationPanel none(db, staff, QStringLiteral("P2")); // not an employment
        QVERIFY(!none.saveButton()->isEnabled());
        const auth::Session auditor{QStringLiteral("kato"), auth::Role::Auditor, false};
        ui::HireNotificationPanel readOnly(db, auditor, QStringLiteral("P1"));
        QVERIFY(!readOnly.saveButton()->isEnabled());
        QVERIFY(!readOnly.saveReport().isEmpty());

        if (qEnvironmentVariableIsSet("KAKEHASHI_GRAB")) {
            panel.resize(640, 300);
            panel.grab().save(qEnvironmentVariable("KAKEHASHI_GRAB") + QStringLiteral("/hire_notification.png"));
        }
    }
};

QTEST_MAIN(RightToWorkPanelsTest)
#include "right_to_work_panels_test.moc"
