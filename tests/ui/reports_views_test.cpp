// The dashboard's figures and the lists behind them, and the report dialog's
// table, chart and exports, offscreen on a small hand-made database.
#include "dialogs/report_dialog.h"
#include "domain/kinds.h"
#include "io/importer.h"
#include "models/text_table_model.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "services/privacy.h"
#include "support_fixtures.h"
#include "views/advisor_view.h"
#include "views/dashboard_view.h"
#include "dialogs/record_editor.h"
#include "main_window.h"

#include "calendar/fiscal.h"

#include <QItemSelectionModel>
#include <QPageLayout>
#include <QSettings>
#include <QTextDocument>
#include <QUrl>
#include <QTableView>

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kakehashi;

namespace {

std::unique_ptr<storage::Database> fixture(const QString &path)
{
    auto db = std::make_unique<storage::Database>(path);
    test::loadOrAbort(*db, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    test::loadOrAbort(*db, "companies", "code,name,industry,sme_category,employees,prefecture\nC1,精工,E,general,120,13\n");
    test::loadOrAbort(*db, "students",
         "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on,"
         "completed_on,residence_expiry\n"
         "A1,王,伟,2000-01-01,CN,S1,sme_internship,2024,2024-04-01,2025-03-31,2025-07-01\n"
         "A2,Le,Chi,2000-01-01,VN,S1,issn_network,2024,2024-04-01,2025-02-28,2025-12-01\n"
         "A3,Kim,Minjun,2000-01-01,KR,S1,issn_network,2024,2024-04-01,2025-03-01,2025-06-20\n");
    test::loadOrAbort(*db, "placements", "placement_no,student_no,outcome,decided_on,company_code,japanese_company\n"
                            "P1,A1,employed,2025-02-01,C1,true\nP2,A2,further_study,2025-01-10,,\n");
    test::loadOrAbort(*db, "internships", "internship_no,student_no,company_code,start_date,end_date,status\n"
                             "I1,A1,C1,2025-05-01,2025-07-31,active\n");
    return db;
}

} // namespace

class ReportsViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void dashboard_figuresAndTheListsBehindThem()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        ui::DashboardView view(*db, ui::Language::English);
        view.setToday(Date(2025, 6, 10));
        QVERIFY(view.figure(ui::DashboardView::ActiveInterns)->text().endsWith(QStringLiteral("\n1")));
        // A1's card (1 July) expires within 60 days and before I1 ends (31 July): one
        // row with both reasons; A3's (20 June) within 60 days; A2's (December) is far.
        QCOMPARE(view.openList(ui::DashboardView::ResidenceExpiring, false), 2);
        QVERIFY(view.figure(ui::DashboardView::ResidenceExpiring)->text().endsWith(QStringLiteral("\n2")));
        // A3 completed 2025-03-01, 101 days before, with no placement recorded.
        QCOMPARE(view.openList(ui::DashboardView::NoOutcome, false), 1);
        QVERIFY(view.figure(ui::DashboardView::NoOutcome)->text().endsWith(QStringLiteral("\n1")));
        QCOMPARE(view.openList(ui::DashboardView::ActiveInterns, false), 1);
        // FY2025 has no completer yet: no rate.
        QVERIFY(view.figure(ui::DashboardView::PlacementRate)->text().contains(QStringLiteral("no outcome yet")));
        view.setToday(Date(2025, 3, 31));
        // FY2024: A1 employed at a Japanese company, A2 further study, A3 unknown: 1 / (2 − 1).
        QVERIFY(view.figure(ui::DashboardView::PlacementRate)->text().contains(QStringLiteral("100.0 %")));
    }

    // The right-to-work lists by name, each row opening its record (issue 13).
    void dashboard_rightToWorkLists_byName_rowsOpenTheRecord()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        // A1 on 留学 status worked 8 h on 4, 5 and 6 June: 24 h in the seven days to 9 June (near).
        test::loadOrAbort(*db, "students", "student_no,residence_status\nA1,student\n");
        test::loadOrAbort(*db, "attendance", "internship_no,date,status,hours\nI1,2025-06-04,present,8\n"
                                             "I1,2025-06-05,present,8\nI1,2025-06-06,present,8\n");
        // Le Chi hired on 20 May: the notification is due on 10 June (insurance unknown).
        test::loadOrAbort(*db, "placements", "placement_no,student_no,outcome,decided_on,employer_country,start_date,"
                                             "employer_name,japanese_company\nP3,A2,employed,2025-05-01,JP,2025-05-20,浜松精機,true\n");
        ui::DashboardView view(*db, ui::Language::English);
        view.setToday(Date(2025, 6, 10));
        QCOMPARE(view.figure(ui::DashboardView::OverHoursLimit)->text(),
                 QStringLiteral("Students near (24 h) or over the 28-hour limit this week\n0 over · 1 near"));
        QVERIFY(view.figure(ui::DashboardView::NotificationsDue)->text().endsWith(QStringLiteral("\n1")));

        std::unique_ptr<QDialog> hours(view.listDialog(ui::DashboardView::OverHoursLimit));
        auto *table = hours->findChild<QTableView *>();
        QCOMPARE(table->model()->rowCount(), 1);
        // Names, not codes: the student number is the name's tooltip.
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("王 伟"));
        QCOMPARE(table->model()->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("A1"));
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("24"));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("2025-06-03 – 2025-06-09"));
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("near the limit"));
        // Enter (activated) on the row opens the student's record.
        QSignalSpy opened(&view, &ui::DashboardView::recordRequested);
        emit table->activated(table->model()->index(0, 0));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("students"));
        QCOMPARE(opened.at(0).at(1).toString(), QStringLiteral("A1"));

        std::unique_ptr<QDialog> due(view.listDialog(ui::DashboardView::NotificationsDue));
        table = due->findChild<QTableView *>();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Le Chi"));
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("浜松精機"));
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("2025-06-10"));
        QCOMPARE(table->model()->index(0, 4).data().toString(), QStringLiteral("due soon"));
        emit table->activated(table->model()->index(0, 2));
        QCOMPARE(opened.at(1).at(0).toString(), QStringLiteral("placements"));
        QCOMPARE(opened.at(1).at(1).toString(), QStringLiteral("P3"));

        std::unique_ptr<QDialog> cards(view.listDialog(ui::DashboardView::ResidenceExpiring));
        table = cards->findChild<QTableView *>();
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Kim Minjun")); // 20 June first
        QCOMPARE(table->model()->index(1, 0).data().toString(), QStringLiteral("王 伟"));
        QCOMPARE(table->model()->index(1, 2).data().toString(), QStringLiteral("2025-07-01"));
        QCOMPARE(table->model()->index(1, 3).data().toString(),
                 QStringLiteral("expires within 60 days; expires before the internship ends"));
        QCOMPARE(table->model()->index(1, 4).data().toString(), QStringLiteral("2025-07-31"));

        // In the main window a row opens the record's form on its list page.
        db.reset();
        ui::MainWindow window(std::make_unique<storage::Database>(dir.filePath(QStringLiteral("t.sqlite3"))),
                              ui::Language::English);
        ui::RecordEditor *editor = window.openRecord(QStringLiteral("students"), QStringLiteral("A1"));
        QVERIFY(editor);
        QCOMPARE(window.currentPage(), ui::MainWindow::StudentsPage);
        QVERIFY(!window.openRecord(QStringLiteral("students"), QStringLiteral("NOBODY")));
    }

    // The placement's form prints the foreign-worker notification sheet as an A4 PDF.
    void placementForm_writesTheNotificationSheet()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        test::loadOrAbort(*db, "students", "student_no,residence_status,residence_card_no,gender\nA1,student,AB12345678CD,male\n");
        test::loadOrAbort(*db, "placements", "placement_no,start_date,employer_country\nP1,2025-04-01,JP\n");
        ui::RecordEditor editor(*db, *domain::kindByName(u"placements"), ui::Language::Japanese, {});
        auto *button = editor.findChild<QPushButton *>(QStringLiteral("notificationSheet"));
        QVERIFY(button);
        editor.newRecord();
        QVERIFY(!button->isEnabled()); // a new placement has no sheet yet
        QVERIFY(!editor.writeNotificationSheet(dir.filePath(QStringLiteral("none.pdf"))).isEmpty());
        QVERIFY(editor.openKey(QStringLiteral("P1")));
        QVERIFY(button->isEnabled());
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        QCOMPARE(editor.writeNotificationSheet(pdf), QString());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.contains("/MediaBox [0 0 595.000000 842.000000]")); // A4 portrait
        // Personal data leaving the program is in the audit trail.
        storage::AuditFilter audit;
        audit.kind = QStringLiteral("notification_sheet");
        const auto rows = storage::auditEntries(*db, audit);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0][2], QStringLiteral("export"));
        QCOMPARE(rows[0][4], QStringLiteral("P1"));
        // The database itself is never an output.
        QVERIFY(!editor.writeNotificationSheet(dir.filePath(QStringLiteral("t.sqlite3"))).isEmpty());
        const QString keep = qEnvironmentVariable("KAKEHASHI_KEEP_SHEET");
        if (!keep.isEmpty()) {
            QFile::remove(keep);
            QFile::copy(pdf, keep);
        }
    }

    void reportDialog_tableChartAndExports()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        ui::ReportDialog dialog(*db, ui::Language::Japanese);
        dialog.choose(QStringLiteral("placement"), 2024, QStringLiteral("nationality"));
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->rowCount(), 4); // CN, KR, VN, total
        QCOMPARE(dialog.model()->row(3).at(0), QStringLiteral("合計"));
        QCOMPARE(dialog.model()->row(0).at(7), QStringLiteral("100.0"));
        QCOMPARE(dialog.model()->headerData(7, Qt::Horizontal).toString(), QStringLiteral("就職率（%）"));
        QVERIFY(dialog.chart()->chart()->series().size() == 1);
        QVERIFY(dialog.html().contains(QStringLiteral("令和6年度")));

        const QString csv = dir.filePath(QStringLiteral("r.csv"));
        QVERIFY(dialog.exportTo(csv, QStringLiteral("csv")));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBFgroup,completers,outcome_known,further_study,employed_japanese,"
                                         "employed_other,denominator,placement_rate_percent\r\n"
                                         "CN,1,1,0,1,0,1,100.0\r\nKR,1,0,0,0,0,0,\r\nVN,1,1,1,0,0,0,\r\n"
                                         "total,3,2,1,1,0,1,100.0\r\n"));
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(dialog.exportTo(pdf, QStringLiteral("pdf")));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    // The printed report as a secretariat hands it in: the consortium's name, the
    // chart the dialog shows, the made-on date in 和暦 too, A4 turned for a wide table.
    void reportDialog_printedWithChartNameEraAndOrientation()
    {
        QTemporaryDir dir;
        auto db = fixture(dir.filePath(QStringLiteral("t.sqlite3")));
        QSettings().setValue(QStringLiteral("consortium/name"), QStringLiteral("東海留学生就職支援コンソーシアム"));
        ui::ReportDialog dialog(*db, ui::Language::Japanese);
        dialog.choose(QStringLiteral("placement"), 2024, QStringLiteral("nationality"));
        const QDate today = QDate::currentDate();
        const QString era = calendar::eraDate(Date(static_cast<unsigned short>(today.year()),
                                                   static_cast<unsigned short>(today.month()),
                                                   static_cast<unsigned short>(today.day())));
        QVERIFY(era.startsWith(QStringLiteral("令和")));
        const QString html = dialog.html();
        QVERIFY(html.contains(QStringLiteral("東海留学生就職支援コンソーシアム")));
        QVERIFY2(html.contains(QStringLiteral("（%1）").arg(era)), qPrintable(era));
        QVERIFY(html.contains(QStringLiteral("<img src=\"data:image/png;base64,")));
        // The chart drawn for paper: white, with the bars' colour in it.
        const QImage chart = dialog.chartImage();
        QCOMPARE(chart.size(), QSize(1800, 840));
        QCOMPARE(chart.pixelColor(2, 2), QColor(Qt::white));
        int drawn = 0; // not blank: the bar, the axes, the labels
        for (int y = 0; y < chart.height(); y += 4)
            for (int x = 0; x < chart.width(); x += 4)
                drawn += chart.pixelColor(x, y) != QColor(Qt::white);
        QVERIFY2(drawn > 5000, qPrintable(QString::number(drawn)));
        // Eight columns of the placement report: landscape; the programme's one-row list: portrait.
        QCOMPARE(dialog.orientation(), QPageLayout::Landscape);
        QTextDocument doc;
        dialog.fillDocument(doc);
        QCOMPARE(doc.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart.png"))).value<QImage>().size(),
                 chart.size());
        QVERIFY(doc.toPlainText().contains(QStringLiteral("東海留学生就職支援コンソーシアム")));

        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(dialog.exportTo(pdf, QStringLiteral("pdf")));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString keep = qEnvironmentVariable("KAKEHASHI_KEEP_PDF");
        if (!keep.isEmpty()) {
            QFile::remove(keep);
            QFile::copy(pdf, keep);
        }
        QVERIFY(bytes.contains("/Subtype /Image"));                 // the chart
        QVERIFY(bytes.contains("/MediaBox [0 0 842.000000 595.000000]"));   // A4 landscape

        dialog.choose(QStringLiteral("subsidy"), 2024);
        QCOMPARE(dialog.orientation(), QPageLayout::Portrait);
        QVERIFY(dialog.exportTo(pdf, QStringLiteral("pdf")));
        QVERIFY(f.open(QIODevice::ReadOnly) || f.isOpen());
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("/MediaBox [0 0 595.000000 842.000000]")); // A4 portrait
        QSettings().remove(QStringLiteral("consortium/name"));

        dialog.choose(QStringLiteral("employment"), 2024, QStringLiteral("company-size"));
        QCOMPARE(dialog.model()->row(0).at(0), QStringLiteral("100-299"));
        dialog.choose(QStringLiteral("programme"), 2024);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QVERIFY(!dialog.chart()->isVisibleTo(&dialog));
    }

    void advisor_adviceRiskAndMatching()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("a.sqlite3")));
        test::loadOrAbort(db, "schools", "code,name,establishment,school_type,prefecture\n"
                            "U,大学,national,university,13\nV,専門学校,private,vocational_college,13\n");
        test::loadOrAbort(db, "students",
             "student_no,family_name,given_name,birth_date,nationality,school_code,faculty,programme,cohort_fy,"
             "enrolled_on,jlpt\n"
             "P2,B,b,2000-01-01,VN,V,調理師科,issn_network,2025,2025-04-01,N3\n"
             "P4,D,d,2000-01-01,TH,V,トリマー科,issn_network,2025,2025-04-01,\n"
             "U1,F,f,2000-01-01,VN,U,経済学部,issn_network,2025,2025-04-01,N1\n");
        test::loadOrAbort(db, "companies", "code,name,industry,sme_category,prefecture,overseas_markets\nC1,精工,E,general,13,VN\n");
        ui::AdvisorView view(db, ui::Language::English);
        view.show(); // the lists are worked out when the page is first shown
        QAbstractItemModelTester tester(view.adviceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.showStudent(QStringLiteral("P2"));
        bool pattern2 = false;
        for (int r = 0; r < view.adviceModel()->rowCount(); ++r)
            pattern2 = pattern2 || view.adviceModel()->row(r).at(2) == QStringLiteral("R08");
        QVERIFY(pattern2);
        QCOMPARE(view.riskModel()->rowCount(), 2); // P2 (pattern 2) and P4 (pattern 4)
        QCOMPARE(view.matchModel()->rowCount(), 2);  // U1 (N1) before P2 (N3); P4 is Thai
        QCOMPARE(view.matchModel()->row(0).at(0), QStringLiteral("U1"));
        view.matchView()->selectRow(0);
        services::Privacy(db).giveConsent(auth::Session{}, {QStringLiteral("U1"), QStringLiteral("introductions"),
                                                            QStringLiteral("2025-04-01"), {}, QStringLiteral("email"), {}});
        QVERIFY(view.introduceSelected().startsWith(QStringLiteral("INTRO-")));
    }
};

QTEST_MAIN(ReportsViewsTest)
#include "reports_views_test.moc"
