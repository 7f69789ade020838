#include "main_window.h"

#include "models/student_table_model.h"
#include "views/advisor_view.h"
#include "views/attendance_view.h"
#include "dialogs/login_dialog.h"
#include "dialogs/report_dialog.h"
#include "views/claims_view.h"
#include "views/dashboard_view.h"
#include "views/ledger_view.h"
#include "views/settings_view.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kakehashi::ui {

MainWindow::MainWindow(std::unique_ptr<storage::Database> db, Language language, const auth::Session &session,
                       QWidget *parent)
    : QMainWindow(parent)
    , language_(language)
{
    setWindowTitle(tr("Kakehashi"));
    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    nav_ = new QListWidget(central);
    nav_->addItems({tr("Dashboard"), tr("Students"), tr("Attendance"), tr("Subsidy claims"), tr("Subsidy ledger"),
                    tr("Visa advisor & matching"), tr("Settings")});
    nav_->setFixedWidth(170);
    pages_ = new QStackedWidget(central);
    outer->addWidget(nav_);
    outer->addWidget(pages_, 1);
    dashboardSlot_ = new QWidget(pages_); // replaced by the dashboard once a database is open
    pages_->addWidget(dashboardSlot_);
    pages_->addWidget(makeStudentsPage());
    setCentralWidget(central);
    connect(nav_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);

    fileLabel_ = new QLabel(this);
    countLabel_ = new QLabel(this);
    // Permanent, so that passing messages (a backup made) do not cover the file's name.
    statusBar()->addPermanentWidget(fileLabel_, 1);
    userLabel_ = new QLabel(this);
    statusBar()->addPermanentWidget(userLabel_);
    statusBar()->addPermanentWidget(countLabel_);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Back up now…"), this, &MainWindow::backupNow);
    file->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreFromBackup);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *reportsMenu = menuBar()->addMenu(tr("&Reports"));
    QAction *reportsAction = reportsMenu->addAction(tr("&Reports for METI/MEXT…"), this, &MainWindow::openReports);
    reportsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kakehashi"), this, &MainWindow::showAbout);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, search_, [this] {
        search_->setFocus();
        search_->selectAll();
    });
    addAction(find);

    // Filter as the user types, but query once typing pauses.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(search_, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        model_->setFilter(search_->text());
        updateCount();
    });

    setDatabase(std::move(db), session);
    nav_->setCurrentRow(DashboardPage);
    resize(1180, 720);
}

QWidget *MainWindow::makeStudentsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("Students"), page);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    search_ = new QLineEdit(page);
    search_->setPlaceholderText(tr("Search by name, kana or student number (Ctrl+F)"));
    search_->setClearButtonEnabled(true);
    layout->addWidget(search_);

    view_ = new QTableView(page);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setAlternatingRowColors(true);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(view_);
    return page;
}

void MainWindow::makeSubsidyPages()
{
    // The subsidy pages work on one database: setDatabase() deletes them and they
    // are made again for the new one.
    dashboard_ = new DashboardView(*db_, language_, pages_);
    pages_->insertWidget(DashboardPage, dashboard_);
    if (dashboardSlot_) {
        pages_->removeWidget(dashboardSlot_);
        delete dashboardSlot_;
        dashboardSlot_ = nullptr;
    }
    connect(dashboard_, &DashboardView::reportRequested, this, &MainWindow::openReports);
    attendance_ = new AttendanceView(*db_, language_, pages_);
    claims_ = new ClaimsView(*db_, language_, pages_);
    ledger_ = new LedgerView(*db_, language_, pages_);
    pages_->addWidget(attendance_);
    pages_->addWidget(claims_);
    pages_->addWidget(ledger_);
    advisor_ = new AdvisorView(*db_, language_, pages_);
    pages_->addWidget(advisor_);
    settings_ = new SettingsView(*db_, language_, pages_);
    pages_->addWidget(settings_);
    connect(attendance_, &AttendanceView::saved, claims_, &ClaimsView::refresh);
    connect(claims_, &ClaimsView::posted, ledger_, &LedgerView::refresh);
    connect(claims_, &ClaimsView::posted, dashboard_, &DashboardView::refresh);
    attendance_->setSession(session_);
    claims_->setSession(session_);
    ledger_->setSession(session_);
    advisor_->setSession(session_);
    settings_->setSession(session_);
    pages_->setCurrentIndex(nav_->currentRow() < 0 ? 0 : nav_->currentRow());
}

void MainWindow::showPage(Page page)
{
    nav_->setCurrentRow(page);
}

void MainWindow::openReports()
{
    ReportDialog dialog(*db_, language_, this);
    dialog.exec();
}

MainWindow::~MainWindow()
{
    releaseDatabase();
}

void MainWindow::releaseDatabase()
{
    // Everything that reads through the database goes before it.
    view_->setModel(nullptr);
    delete model_;
    model_ = nullptr;
    if (dashboard_) {
        // Keep the page's place while the database changes.
        dashboardSlot_ = new QWidget(pages_);
        pages_->insertWidget(DashboardPage, dashboardSlot_);
    }
    delete dashboard_;
    delete attendance_;
    delete claims_;
    delete ledger_;
    delete advisor_;
    delete settings_;
    settings_ = nullptr;
    dashboard_ = nullptr;
    attendance_ = nullptr;
    claims_ = nullptr;
    ledger_ = nullptr;
    advisor_ = nullptr;
    db_.reset();
}

void MainWindow::setDatabase(std::unique_ptr<storage::Database> db, const auth::Session &session)
{
    releaseDatabase();
    db_ = std::move(db);
    session_ = session;
    userLabel_->setText(session_.singleUser ? tr("Single-user")
                                            : tr("User: %1 (%2)").arg(session_.user, auth::roleCode(session_.role)));
    model_ = new StudentTableModel(*db_, language_, this);
    view_->setModel(model_);
    makeSubsidyPages();
    // Size the columns to the first page of rows, not to the empty model.
    if (model_->canFetchMore({}))
        model_->fetchMore({});
    view_->resizeColumnsToContents();
    view_->setColumnWidth(StudentTableModel::Name, std::max(view_->columnWidth(StudentTableModel::Name), 220));
    fileLabel_->setText(tr("Database: %1").arg(db_->path()));
    if (!search_->text().isEmpty())
        model_->setFilter(search_->text());
    updateCount();
    // A rolling copy each time a file is opened, the last N kept (Settings: backup/keep).
    const int keep = QSettings().value(QStringLiteral("backup/keep"), 10).toInt();
    try {
        const QString copy = storage::rollingBackup(*db_, storage::backupFolder(db_->path()), keep);
        statusBar()->showMessage(tr("Backed up to %1").arg(copy), 8000);
    } catch (const storage::DatabaseError &e) {
        statusBar()->showMessage(tr("No backup was made: %1").arg(e.message()), 15000);
    }
}

void MainWindow::restoreFromBackup()
{
    const QString path = db_->path();
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore from backup"), storage::backupFolder(path),
                                                      tr("Backups (*.sqlite3)"));
    if (file.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Restore from backup"),
                              tr("Replace the database with the backup %1?\nThe current file is kept aside first.")
                                  .arg(QFileInfo(file).fileName())) != QMessageBox::Yes)
        return;
    releaseDatabase();
    QString message;
    try {
        const QString aside = storage::restoreBackup(file, path);
        message = tr("Restored from %1; the file before is kept as %2").arg(file, aside);
    } catch (const storage::DatabaseError &e) {
        QMessageBox::warning(this, tr("Not restored"), e.message());
    }
    auto reopened = std::make_unique<storage::Database>(path);
    // The backup may hold other users: log in again where it has any.
    const auto session = LoginDialog::ask(*reopened, this);
    if (!session) {
        close();
        return;
    }
    setDatabase(std::move(reopened), *session);
    if (!message.isEmpty())
        statusBar()->showMessage(message, 15000);
}

void MainWindow::backupNow()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up the database"),
                                                      storage::backupFolder(db_->path()), tr("Databases (*.sqlite3)"));
    if (file.isEmpty())
        return;
    try {
        db_->backupTo(file);
        statusBar()->showMessage(tr("Backed up to %1").arg(file), 8000);
    } catch (const storage::DatabaseError &e) {
        QMessageBox::warning(this, tr("Not backed up"), e.message());
    }
}

void MainWindow::updateCount()
{
    countLabel_->setText(tr("%n student(s)", nullptr, static_cast<int>(model_->totalCount())));
}

void MainWindow::openDatabase()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open database"), db_ ? db_->path() : QString(),
                                                      tr("Kakehashi databases (*.sqlite3 *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    try {
        auto db = std::make_unique<storage::Database>(file);
        const auto session = LoginDialog::ask(*db, this);
        if (!session)
            return;
        setDatabase(std::move(db), *session);
    } catch (const storage::DatabaseError &e) {
        QMessageBox::warning(this, tr("Cannot open the database"), e.message());
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kakehashi"),
                       tr("<h3>Kakehashi 架け橋</h3><p>Records of international students, their internships, "
                          "attendance and placements for an industry–academia consortium.</p>"));
}

} // namespace kakehashi::ui
