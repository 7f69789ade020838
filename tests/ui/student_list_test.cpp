// Widget and model tests, offscreen: the lazy student model under
// QAbstractItemModelTester, and the main window's search as a user types.
#include "domain/kinds.h"
#include "io/importer.h"
#include "main_window.h"
#include "models/student_table_model.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kakehashi;

namespace {

// A database with `n` students, made through the importer as a user would.
std::unique_ptr<storage::Database> makeDatabase(const QString &path, int n)
{
    auto db = std::make_unique<storage::Database>(path);
    auto import = [&](const char *kind, const QString &csv) {
        const auto r = io::importCsv(*db, *domain::kindByName(QString::fromLatin1(kind)), csv.toUtf8());
        if (!r.ok())
            qFatal("fixture import failed: %s", qPrintable(r.problems.front().message));
    };
    import("schools", QStringLiteral("code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n"));
    QString students = QStringLiteral("student_no,family_name,given_name,birth_date,nationality,school_code,programme,"
                                      "cohort_fy,enrolled_on\n");
    for (int i = 1; i <= n; ++i) {
        const QString family = i % 10 == 0 ? QStringLiteral("Nguyễn") : (i % 10 == 1 ? QStringLiteral("王") : QStringLiteral("Kim"));
        students += QStringLiteral("ST%1,%2,Name%3,2000-01-01,VN,S1,sme_internship,2025,2025-04-01\n")
                        .arg(i, 6, 10, QLatin1Char('0'))
                        .arg(family)
                        .arg(i);
    }
    students += QStringLiteral("ST999999,100%_sure,Name,2000-01-01,VN,S1,sme_internship,2025,2025-04-01\n");
    import("students", students);
    return db;
}

} // namespace

class StudentListTest : public QObject
{
    Q_OBJECT

private slots:
    void model_passesModelTester_andFetchesLazily()
    {
        QTemporaryDir dir;
        auto db = makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 1000);
        ui::StudentTableModel model(*db, ui::Language::English);
        // Nothing is read until a view (or the tester) asks for rows.
        QCOMPARE(model.totalCount(), 1001);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ui::StudentTableModel::kBatch);
        model.setFilter(QStringLiteral("Name"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(QString());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1001);
        QCOMPARE(model.index(0, ui::StudentTableModel::StudentNo).data().toString(), QStringLiteral("ST000001"));
        QCOMPARE(model.index(999, ui::StudentTableModel::StudentNo).data().toString(), QStringLiteral("ST001000"));
        QCOMPARE(model.index(1, ui::StudentTableModel::Programme).data().toString(),
                 QStringLiteral("SME new-graduate internship"));
        QVERIFY(!model.index(1001, 0).isValid());
    }

    void model_filterInSql_treatsWildcardsLiterally()
    {
        QTemporaryDir dir;
        auto db = makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 1000);
        ui::StudentTableModel model(*db, ui::Language::Japanese);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(QStringLiteral("nguyễn")); // LIKE ignores the case of ASCII letters
        QCOMPARE(model.totalCount(), 100);
        model.setFilter(QStringLiteral("Nguyen")); // but not accents
        QCOMPARE(model.totalCount(), 0);
        model.setFilter(QStringLiteral("王"));
        QCOMPARE(model.totalCount(), 100);
        model.setFilter(QStringLiteral("%_"));
        QCOMPARE(model.totalCount(), 1);
        model.fetchMore({});
        QCOMPARE(model.index(0, ui::StudentTableModel::Name).data().toString(), QStringLiteral("100%_sure Name"));
        QCOMPARE(model.index(0, ui::StudentTableModel::Programme).data().toString(),
                 QStringLiteral("中小企業海外人材 職場実習"));
        model.setFilter(QString());
        QCOMPARE(model.totalCount(), 1001);
    }

    void mainWindow_searchAsYouType_filtersTheList()
    {
        QTemporaryDir dir;
        ui::MainWindow w(makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 300), ui::Language::English);
        w.show();
        w.showPage(ui::MainWindow::StudentsPage);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.studentView()->model()->rowCount() > 0);
        QTest::keyClicks(w.searchField(), QStringLiteral("ST00012"));
        QTRY_COMPARE(w.studentModel()->totalCount(), 10); // ST000120 … ST000129
        w.studentView()->scrollToBottom();
        QTRY_COMPARE(w.studentView()->model()->rowCount(), 10);
        QCOMPARE(w.studentView()->model()->index(9, 0).data().toString(), QStringLiteral("ST000129"));
    }
};

QTEST_MAIN(StudentListTest)
#include "student_list_test.moc"
