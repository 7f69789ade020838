// The dashboard's list of graduates whose 特定活動 (継続就職活動) ends within 30
// days with no placement (issue 13, item 4), offscreen on a small database.
#include "services/job_hunting.h"
#include "storage/database.h"
#include "support_fixtures.h"
#include "views/dashboard_view.h"

#include <QDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kakehashi;

class JobHuntingDashboardTest : public QObject
{
    Q_OBJECT

private slots:
    void dashboard_jobHuntersEndingUnplaced_byName_rowOpensTheStudent()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("t.sqlite3")));
        test::loadOrAbort(db, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
        test::loadOrAbort(db, "companies", "code,name,industry,sme_category,employees,prefecture\nC1,精工,E,general,120,13\n");
        test::loadOrAbort(db, "students",
                          "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,"
                          "enrolled_on,completed_on\n"
                          "G1,阮,文安,2000-01-01,VN,S1,sme_internship,2024,2024-04-01,2026-03-31\n"
                          "G2,Kim,Minjun,2000-01-01,KR,S1,sme_internship,2024,2024-04-01,2026-03-31\n"
                          "G3,Lee,Ha,2000-01-01,KR,S1,sme_internship,2024,2024-04-01,2026-03-31\n");
        test::loadOrAbort(db, "placements", "placement_no,student_no,outcome,decided_on,company_code,japanese_company\n"
                                            "P1,G2,employed,2026-08-01,C1,true\n");
        const auth::Session staff{QStringLiteral("sato"), auth::Role::Staff, false};
        services::JobHuntingService service(db);
        const auto at = [](const char *iso) { return *parseDate(std::string_view(iso)); };
        // G1 ends in 21 days, G2 too but is placed, G3 was renewed to March.
        service.save(staff, {QStringLiteral("G1"), at("2026-04-01"), at("2026-10-01"), std::nullopt,
                             QStringLiteral("東京大学 キャリアセンター"), at("2026-03-20")});
        service.save(staff, {QStringLiteral("G2"), at("2026-04-01"), at("2026-10-01"), std::nullopt, {}, std::nullopt});
        service.save(staff, {QStringLiteral("G3"), at("2026-04-01"), at("2026-10-01"), at("2027-03-31"), {}, std::nullopt});

        ui::DashboardView view(db, ui::Language::English);
        view.setToday(Date(2026, 9, 10));
        QCOMPARE(view.figure(ui::DashboardView::JobHuntingEnding)->text(),
                 QStringLiteral("Job-hunting status ending within 30 days, no placement\n1"));
        QCOMPARE(view.openList(ui::DashboardView::JobHuntingEnding, false), 1);

        std::unique_ptr<QDialog> list(view.listDialog(ui::DashboardView::JobHuntingEnding));
        auto *table = list->findChild<QTableView *>();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("阮 文安"));
        QCOMPARE(table->model()->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("G1"));
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Status ends"));
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("2026-10-01"));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("21"));
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("東京大学 キャリアセンター"));
        QSignalSpy opened(&view, &ui::DashboardView::recordRequested);
        emit table->activated(table->model()->index(0, 0));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("students"));
        QCOMPARE(opened.at(0).at(1).toString(), QStringLiteral("G1"));

        if (qEnvironmentVariableIsSet("KAKEHASHI_GRAB")) {
            view.resize(760, 640);
            view.grab().save(qEnvironmentVariable("KAKEHASHI_GRAB") + QStringLiteral("/dashboard.png"));
            list->resize(700, 240);
            list->grab().save(qEnvironmentVariable("KAKEHASHI_GRAB") + QStringLiteral("/job_hunting_list.png"));
        }

        // The day after G1's end it has left the list.
        view.setToday(Date(2026, 10, 2));
        QVERIFY(view.figure(ui::DashboardView::JobHuntingEnding)->text().endsWith(QStringLiteral("\n0")));
    }
};

QTEST_MAIN(JobHuntingDashboardTest)
#include "job_hunting_dashboard_test.moc"
