// Widget and model tests, offscreen: the paged list model of any kind under
// QAbstractItemModelTester (search, column filters, sorting in SQL), the list
// page (archived hidden, export of the shown rows), and the main window's search.
#include "domain/kinds.h"
#include "io/importer.h"
#include "main_window.h"
#include "models/record_table_model.h"
#include "services/records.h"
#include "storage/audit_store.h"
#include "storage/backups.h"
#include "storage/calendar_store.h"
#include "storage/record_store.h"
#include "views/record_list_view.h"
#include "views/settings_view.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QComboBox>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <QRegularExpression>
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

class RecordListTest : public QObject
{
    Q_OBJECT

private slots:
    void model_passesModelTester_andReadsPagesOnDemand()
    {
        QTemporaryDir dir;
        auto db = makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 1000);
        const domain::Kind &students = *domain::kindByName(u"students");
        ui::RecordTableModel model(*db, students, ui::Language::English);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1001);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("ST000001"));
        // The last row without reading those before it.
        QCOMPARE(model.index(999, 0).data().toString(), QStringLiteral("ST001000"));
        const int programme = students.fieldIndex(u"programme");
        QCOMPARE(model.index(1, programme).data().toString(), QStringLiteral("SME new-graduate internship"));
        // The referenced school's name beside its code.
        QCOMPARE(model.index(1, students.fieldIndex(u"school_code")).data().toString(), QStringLiteral("東京大学"));
        QCOMPARE(model.index(1, students.fieldIndex(u"school_code")).data(Qt::ToolTipRole).toString(), QStringLiteral("S1"));
        QVERIFY(!model.index(1001, 0).isValid());
        // Sorting in SQL, by any column.
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("ST999999"));
        model.sort(students.fieldIndex(u"given_name"), Qt::AscendingOrder);
        QCOMPARE(model.index(0, students.fieldIndex(u"given_name")).data().toString(), QStringLiteral("Name"));
    }

    void model_searchAndColumnFiltersInSql_treatWildcardsLiterally()
    {
        QTemporaryDir dir;
        auto db = makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 1000);
        const domain::Kind &students = *domain::kindByName(u"students");
        ui::RecordTableModel model(*db, students, ui::Language::Japanese);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(QStringLiteral("nguyễn")); // LIKE ignores the case of ASCII letters
        QCOMPARE(model.rowCount(), 100);
        model.setSearch(QStringLiteral("Nguyen")); // but not accents
        QCOMPARE(model.rowCount(), 0);
        model.setSearch(QStringLiteral("王"));
        QCOMPARE(model.rowCount(), 100);
        model.setSearch(QStringLiteral("%_"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("100%_sure"));
        QCOMPARE(model.index(0, students.fieldIndex(u"programme")).data().toString(),
                 QStringLiteral("中小企業海外人材 職場実習"));
        // The school's name is searched too.
        model.setSearch(QStringLiteral("東京大"));
        QCOMPARE(model.rowCount(), 1001);
        model.setSearch(QString());
        storage::ListFilter f = model.filter();
        f.columns = {{students.fieldIndex(u"family_name"), QStringLiteral("Kim")}};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 800);
        f.columns.push_back({students.fieldIndex(u"enrolled_on"), QStringLiteral("2025-04")});
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 800);
        f.columns.back().second = QStringLiteral("2024");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
    }

    void model_shortSearch_notCounted_readsPagesAsTheViewScrolls()
    {
        QTemporaryDir dir;
        auto db = makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 1000);
        const domain::Kind &students = *domain::kindByName(u"students");
        ui::RecordTableModel model(*db, students, ui::Language::English);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Two characters, too short for the trigram index: a page, and more on demand.
        model.setSearch(QStringLiteral("Ki"));
        QCOMPARE(model.rowCount(), ui::RecordTableModel::kPage);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ui::RecordTableModel::kPage);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 800); // every Kim, and no more
        QCOMPARE(model.index(799, 1).data().toString(), QStringLiteral("Kim"));
        // Three characters: through the index, counted at once.
        model.setSearch(QStringLiteral("Kim"));
        QCOMPARE(model.rowCount(), 800);
        QVERIFY(!model.canFetchMore({}));
        // In the list, the count says that more may follow.
        ui::RecordListView list(*db, students, ui::Language::English);
        list.searchField()->setText(QStringLiteral("Ki"));
        QCoreApplication::processEvents();
        const auto *count = list.findChild<QLabel *>(QStringLiteral("recordCount"));
        QVERIFY(count);
        QVERIFY2(count->text().startsWith(QStringLiteral("200 or more record")), qPrintable(count->text()));
        list.model()->fetchMore({});
        QVERIFY2(count->text().startsWith(QStringLiteral("400 or more record")), qPrintable(count->text()));
    }

    void listView_archivedHidden_exportOfShownRows()
    {
        QTemporaryDir dir;
        auto db = makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 20);
        const domain::Kind &students = *domain::kindByName(u"students");
        ui::RecordListView list(*db, students, ui::Language::English);
        QCOMPARE(list.model()->rowCount(), 21);
        services::RecordService service(*db, {});
        service.setArchived(students, *service.find(students, QStringLiteral("ST000003")), true);
        list.reload();
        QCOMPARE(list.model()->rowCount(), 20);
        list.archivedBox()->setChecked(true);
        QCOMPARE(list.model()->rowCount(), 21);
        QCOMPARE(list.model()->index(2, 0).data(ui::RecordTableModel::ArchivedRole).toBool(), true);
        list.archivedBox()->setChecked(false);
        list.addColumnFilter(QStringLiteral("family_name"), QStringLiteral("王"));
        QCOMPARE(list.model()->rowCount(), 2); // ST000001, ST000011
        const QString file = dir.filePath(QStringLiteral("shown.csv"));
        list.exportTo(file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "student_no,family_name,given_name,"));
        const QString text = QString::fromUtf8(bytes);
        QCOMPARE(text.count(QStringLiteral("\r\n")), 3);
        QVERIFY(text.contains(QStringLiteral("ST000011,王,Name11,")));
        // The export is in the audit trail.
        storage::AuditFilter a;
        a.action = QStringLiteral("export");
        QCOMPARE(storage::auditEntries(*db, a).size(), size_t(1));
    }

    void mainWindow_searchAsYouType_filtersTheList()
    {
        QTemporaryDir dir;
        ui::MainWindow w(makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 300), ui::Language::English);
        w.show();
        w.showPage(ui::MainWindow::StudentsPage);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::RecordListView *list = w.listView(ui::MainWindow::StudentsPage);
        QCOMPARE(list->model()->rowCount(), 301);
        QTest::keyClicks(list->searchField(), QStringLiteral("ST00012"));
        QTRY_COMPARE(list->model()->rowCount(), 10); // ST000120 … ST000129
        list->view()->scrollToBottom();
        QCOMPARE(list->model()->index(9, 0).data().toString(), QStringLiteral("ST000129"));
        // Every kind has its list page.
        for (auto page : {ui::MainWindow::SchoolsPage, ui::MainWindow::CompaniesPage, ui::MainWindow::InternshipsPage,
                          ui::MainWindow::PlacementsPage, ui::MainWindow::EventsPage})
            QVERIFY(w.listView(page));
        QCOMPARE(w.listView(ui::MainWindow::SchoolsPage)->model()->rowCount(), 1);
    }

    void mainWindow_restoresABackup_keepingTheCurrentFileAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite3"));
        ui::MainWindow w(makeDatabase(path, 5), ui::Language::English);
        QTRY_VERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Backed up to ")));
        const QStringList copies = storage::backupsOf(path, storage::backupFolder(path));
        QCOMPARE(copies.size(), 1);
        // A student archived after the backup …
        const domain::Kind &students = *domain::kindByName(u"students");
        services::RecordService service(w.database(), {});
        service.setArchived(students, *service.find(students, QStringLiteral("ST000001")), true);
        w.listView(ui::MainWindow::StudentsPage)->reload();
        QCOMPARE(w.listView(ui::MainWindow::StudentsPage)->model()->rowCount(), 5);
        // … is back after the restore, in the reopened window's list.
        QCOMPARE(w.restoreFrom(copies.front()), QString());
        QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Restored from ")));
        QCOMPARE(w.listView(ui::MainWindow::StudentsPage)->model()->rowCount(), 6);
        QVERIFY(!services::RecordService(w.database(), {}).find(students, QStringLiteral("ST000001"))->archived);
        // The file before the restore is kept aside, with the archive in it.
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("t.sqlite3.before-restore-*")});
        QVERIFY2(aside.filter(QRegularExpression(QStringLiteral("-(wal|shm)$"))).size() < aside.size(), qPrintable(aside.join(u' ')));
        // A file that is not a database is refused and the open one stays.
        const QString junk = dir.filePath(QStringLiteral("junk.sqlite3"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, not even close to one; SQLite needs a header");
        f.close();
        QVERIFY(!w.restoreFrom(junk).isEmpty());
        QCOMPARE(w.listView(ui::MainWindow::StudentsPage)->model()->rowCount(), 6);
    }

    // The schools' vacations (FORMATS.md §6) have their list like every kind.
    void mainWindow_vacationsPage_listsTheSchoolsVacations()
    {
        QTemporaryDir dir;
        auto db = makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 5);
        const auto r = io::importCsv(*db, domain::kind(domain::KindId::Vacations),
                                     QStringLiteral("school_code,start_date,end_date,name\nS1,2025-08-01,2025-09-20,夏季休業\n"
                                                    "S1,2026-02-10,2026-03-31,春季休業\n")
                                         .toUtf8());
        QVERIFY(r.ok());
        ui::MainWindow w(std::move(db), ui::Language::English);
        w.showPage(ui::MainWindow::VacationsPage);
        QCOMPARE(w.navigation()->item(ui::MainWindow::VacationsPage)->text(), QStringLiteral("School vacations"));
        ui::RecordListView *list = w.listView(ui::MainWindow::VacationsPage);
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(list->model()->columnCount(), 4);
    }

    void mainWindow_switchesLanguageWithoutARestart()
    {
        QTemporaryDir dir;
        ui::installTranslators(ui::Language::English);
        ui::MainWindow w(makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 5), ui::Language::English);
        w.show();
        w.showPage(ui::MainWindow::SettingsPage);
        auto *settings = w.findChild<ui::SettingsView *>();
        QVERIFY(settings);
        QCOMPARE(w.navigation()->item(ui::MainWindow::StudentsPage)->text(), QStringLiteral("Students"));
        settings->languageBox()->setCurrentIndex(settings->languageBox()->findData(QStringLiteral("ja")));
        QTRY_COMPARE(w.language(), ui::Language::Japanese);
        QCOMPARE(w.navigation()->item(ui::MainWindow::StudentsPage)->text(), QStringLiteral("留学生"));
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("ファイル(&F)"));
        // The pages are made again in Japanese, on the same database, and the settings page stays in front.
        QCOMPARE(w.currentPage(), ui::MainWindow::SettingsPage);
        ui::RecordListView *students = w.listView(ui::MainWindow::StudentsPage);
        QCOMPARE(students->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("姓"));
        QCOMPARE(students->model()->rowCount(), 6);
        settings = w.findChild<ui::SettingsView *>();
        settings->languageBox()->setCurrentIndex(settings->languageBox()->findData(QStringLiteral("en")));
        QTRY_COMPARE(w.language(), ui::Language::English);
        QCOMPARE(w.navigation()->item(ui::MainWindow::StudentsPage)->text(), QStringLiteral("Students"));
        QSettings().remove(QStringLiteral("language"));
    }

    void settings_databaseFolder_isWhereTheProgramOpensItsFile()
    {
        QTemporaryDir dir;
        auto db = makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 1);
        ui::SettingsView settings(*db, ui::Language::English);
        settings.folderField()->setText(dir.filePath(QStringLiteral("office")));
        QCOMPARE(ui::SettingsView::defaultDatabaseFile(), dir.filePath(QStringLiteral("office/kakehashi.sqlite3")));
        settings.folderField()->clear();
        QCOMPARE(ui::SettingsView::defaultDatabaseFile(), storage::defaultDatabasePath());
        QSettings().remove(QStringLiteral("database/folder"));
    }

    void mainWindow_backsUpTheFileOnOpening_offTheWindowsThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite3"));
        const QString folder = storage::backupFolder(path);
        QVERIFY(storage::backupsOf(path, folder).isEmpty());
        {
            ui::MainWindow w(makeDatabase(path, 50), ui::Language::English);
            QTRY_VERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Backed up to ")));
        }
        const QStringList copies = storage::backupsOf(path, folder);
        QCOMPARE(copies.size(), 1);
        // A whole database: the copy opens and holds the students.
        storage::Database copy(copies.front(), {.migrateTo = -1, .mustExist = true});
        QCOMPARE(storage::RecordStore(copy).count(*domain::kindByName(u"students")), 51);
    }

    // Off the GUI thread: two searches typed quickly show the second's rows, and
    // the first's result (read with a slow worker) is dropped, never shown.
    void model_offGuiThread_dropsAStaleResult()
    {
        QTemporaryDir dir;
        auto db = makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 1000);
        const domain::Kind &students = *domain::kindByName(u"students");
        ui::RecordTableModel model(*db, students, ui::Language::English);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setReadsOffGuiThread(true));
        model.setWorkerDelayForTests(300);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy reading(&model, &ui::RecordTableModel::readingChanged);
        model.setSearch(QStringLiteral("Kim"));
        // Returned at once: the rows of before are still shown while the worker reads.
        QVERIFY(model.reading());
        QCOMPARE(model.rowCount(), 1001);
        QCOMPARE(model.filter().search, QStringLiteral("Kim"));
        // The worker has begun the first (it sleeps 300 ms) when the second is typed.
        QTest::qWait(100);
        model.setSearch(QStringLiteral("王"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.reading(), 20000);
        QCOMPARE(resets.count(), 1); // the second's result only
        QCOMPARE(reading.count(), 2); // on, then off once
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.countComplete());
        const int family = students.fieldIndex(u"family_name");
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, family).data().toString(), QStringLiteral("王"));
        // Let a late first result come, if the worker read it: it is dropped.
        QTest::qWait(400);
        QCOMPARE(model.droppedResults(), 1);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 100);
    }

    // The count and the rows after the worker are those the GUI thread reads.
    void model_offGuiThread_countsAndRowsAsOnTheGuiThread()
    {
        QTemporaryDir dir;
        auto db = makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 1000);
        const domain::Kind &students = *domain::kindByName(u"students");
        ui::RecordTableModel async(*db, students, ui::Language::English);
        ui::RecordTableModel sync(*db, students, ui::Language::English);
        QVERIFY(async.setReadsOffGuiThread(true));
        QVERIFY(async.readsOffGuiThread());
        QSignalSpy done(&async, &ui::RecordTableModel::readingChanged);
        async.setSearch(QStringLiteral("Kim"));
        QTRY_VERIFY(done.count() == 2 && !async.reading());
        sync.setSearch(QStringLiteral("Kim"));
        QCOMPARE(async.rowCount(), 800);
        QCOMPARE(sync.rowCount(), 800);
        QCOMPARE(async.index(799, 0).data().toString(), QStringLiteral("ST000999"));
        for (int r : {0, 1, 199, 200, 555, 799})
            QCOMPARE(async.index(r, 0).data().toString(), sync.index(r, 0).data().toString());
        async.sort(0, Qt::DescendingOrder);
        QVERIFY(async.reading());
        QTRY_VERIFY(!async.reading());
        QCOMPARE(async.index(0, 0).data().toString(), QStringLiteral("ST000999"));
        QCOMPARE(async.rowCount(), 800);
        // A short search (no count): read page by page, as on the GUI thread.
        async.setSearch(QStringLiteral("K"));
        QTRY_VERIFY(!async.reading());
        QVERIFY(!async.countComplete());
        QCOMPARE(async.rowCount(), ui::RecordTableModel::kPage);
        QVERIFY(async.canFetchMore({}));
        // Back on the GUI thread: what was asked for last is shown.
        async.setWorkerDelayForTests(5000);
        async.setSearch(QStringLiteral("王"));
        QVERIFY(async.reading());
        QVERIFY(async.setReadsOffGuiThread(false));
        QVERIFY(!async.reading());
        QCOMPARE(async.rowCount(), 100);
    }

    // The GUI thread goes on while a slow read runs: the list page says
    // "Reading…", timers fire and keys are typed; then the count is shown.
    void view_offGuiThread_staysResponsiveWhileReading()
    {
        QTemporaryDir dir;
        auto db = makeDatabase(dir.filePath(QStringLiteral("t.sqlite3")), 1000);
        ui::RecordListView view(*db, *domain::kindByName(u"students"), ui::Language::English);
        QVERIFY(view.setReadsOffGuiThread(true));
        view.model()->setWorkerDelayForTests(1500);
        auto *count = view.findChild<QLabel *>(QStringLiteral("recordCount"));
        QCOMPARE(count->text(), QStringLiteral("1001 records"));
        auto *search = view.findChildren<QLineEdit *>().front();
        QElapsedTimer clock;
        clock.start();
        QTest::keyClicks(search, QStringLiteral("Nguy"));
        QCOMPARE(count->text(), QStringLiteral("Reading…"));
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&] { ++ticks; });
        timer.start(10);
        QTest::qWait(200);
        // Four keys typed and the event loop turned while the worker sleeps 1.5 s a read.
        QVERIFY(view.model()->reading());
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        QVERIFY(clock.elapsed() < 1500);
        QCOMPARE(view.model()->rowCount(), 1001);
        QTRY_VERIFY_WITH_TIMEOUT(!view.model()->reading(), 20000);
        QCOMPARE(view.model()->rowCount(), 100);
        QCOMPARE(count->text(), QStringLiteral("100 records"));
    }
};

QTEST_MAIN(RecordListTest)
#include "record_list_test.moc"
