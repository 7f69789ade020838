#include "main_window.h"
#include "database_lock.h"

#include "dialogs/about_dialog.h"
#include "dialogs/import_wizard.h"
#include "dialogs/login_dialog.h"
#include "dialogs/record_editor.h"
#include "dialogs/completion_dialog.h"
#include "dialogs/connect_dialog.h"
#include "dialogs/report_dialog.h"
#include "dialogs/users_dialog.h"
#include "domain/kinds.h"
#include "labels.h"
#include "printing.h"
#include "services/live_changes.h"
#include "services/server_connection.h"
#include "models/record_table_model.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "views/advisor_view.h"
#include "views/compliance_view.h"
#include "views/attendance_view.h"
#include "views/audit_view.h"
#include "views/claims_view.h"
#include "views/dashboard_view.h"
#include "views/ledger_view.h"
#include "views/record_list_view.h"
#include "views/settings_view.h"
#include "views/steps_panel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTextDocument>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace kakehashi::ui {

namespace {

constexpr int kRecentFiles = 8;
constexpr int kRecentServers = 8;
// Notifications come in bursts (an import, a month posted): one refresh for each.
constexpr int kRemoteRefreshMs = 300;

domain::KindId listKind(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::SchoolsPage: return domain::KindId::Schools;
    case MainWindow::CompaniesPage: return domain::KindId::Companies;
    case MainWindow::InternshipsPage: return domain::KindId::Internships;
    case MainWindow::PlacementsPage: return domain::KindId::Placements;
    case MainWindow::EventsPage: return domain::KindId::Events;
    case MainWindow::VacationsPage: return domain::KindId::Vacations;
    default: return domain::KindId::Students;
    }
}

bool isListPage(int page)
{
    return page == MainWindow::StudentsPage || page == MainWindow::SchoolsPage || page == MainWindow::CompaniesPage ||
           page == MainWindow::InternshipsPage || page == MainWindow::PlacementsPage || page == MainWindow::EventsPage ||
           page == MainWindow::VacationsPage;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<storage::Database> db, Language language, const auth::Session &session,
                       QWidget *parent)
    : QMainWindow(parent)
    , language_(language)
{
    setWindowTitle(tr("Kakehashi"));
    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    nav_ = new QListWidget(central);
    nav_->setObjectName(QStringLiteral("navigation"));
    for (int p = 0; p < PageCount; ++p)
        nav_->addItem(QString());
    nav_->setFixedWidth(180);
    pages_ = new QStackedWidget(central);
    outer->addWidget(nav_);
    outer->addWidget(pages_, 1);
    setCentralWidget(central);
    connect(nav_, &QListWidget::currentRowChanged, this, [this](int row) {
        pages_->setCurrentIndex(row);
        if (isListPage(row) && lists_[row])
            lists_[row]->searchField()->setFocus();
        updateCount();
    });

    fileLabel_ = new QLabel(this);
    countLabel_ = new QLabel(this);
    // Permanent, so that passing messages (a backup made) do not cover the file's name.
    statusBar()->addPermanentWidget(fileLabel_, 1);
    userLabel_ = new QLabel(this);
    statusBar()->addPermanentWidget(userLabel_);
    statusBar()->addPermanentWidget(countLabel_);

    remoteChanges_ = new QTimer(this);
    remoteChanges_->setSingleShot(true);
    remoteChanges_->setInterval(kRemoteRefreshMs);
    connect(remoteChanges_, &QTimer::timeout, this, &MainWindow::refreshAfterRemoteChanges);

    buildMenus();

    setDatabase(std::move(db), session);
    nav_->setCurrentRow(DashboardPage);
    resize(1180, 720);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    releaseDatabase();
}

void MainWindow::buildMenus()
{
    // Also after a change of language: everything in the bar is made again.
    menuBar()->clear();
    setWindowTitle(tr("Kakehashi"));
    const QStringList titles = {tr("Dashboard"),      tr("Students"),       tr("Schools"),
                                tr("Companies"),      tr("Internships"),    tr("Attendance"),
                                tr("Placements"),     tr("Events"),         tr("School vacations"),
                                tr("Subsidy claims"),
                                tr("Subsidy ledger"), tr("Reports"),        tr("Visa advisor & matching"),
                                tr("Right to work"),  tr("Audit trail"),    tr("Settings")};
    for (int p = 0; p < PageCount; ++p)
        nav_->item(p)->setText(titles[p]);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Connect to a server…"), this, [this] { connectToServer(); });
    recentMenu_ = file->addMenu(tr("Open &recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    QAction *importAction = importAction_ = file->addAction(tr("&Import a CSV file…"), this, &MainWindow::openImport);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *exportList = file->addAction(tr("&Export the shown list…"), this, &MainWindow::exportCurrentList);
    exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *print = file->addAction(tr("&Print the shown list…"), this, &MainWindow::printCurrentList);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    file->addAction(tr("&Back up now…"), this, &MainWindow::backupNow);
    restoreAction_ = file->addAction(tr("Re&store from backup…"), this, &MainWindow::restoreFromBackup);
    usersAction_ = file->addAction(tr("&Users and roles…"), this, &MainWindow::manageUsers);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *reportsMenu = menuBar()->addMenu(tr("&Reports"));
    QAction *reportsAction = reportsMenu->addAction(tr("&Reports for METI/MEXT…"), this, &MainWindow::openReports);
    reportsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kakehashi"), this, &MainWindow::showAbout);
}

void MainWindow::switchLanguage(Language language)
{
    if (language == language_)
        return;
    // The pages are made again: what is typed in them is saved or discarded first.
    if (!confirmUnsavedWork())
        return;
    installTranslators(language);
    language_ = language;
    // The pages are made again in the new language on the same database and session.
    const int page = nav_->currentRow();
    releasePages();
    buildMenus();
    makePages();
    showPage(static_cast<Page>(page));
    showStatus();
    updateCount();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmUnsavedWork()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::makePages()
{
    // Every page works on one database: setDatabase() deletes them and they are
    // made again for the new one, in the order of Page.
    const int current = nav_->currentRow() < 0 ? 0 : nav_->currentRow();
    dashboard_ = new DashboardView(*db_, language_, pages_);
    connect(dashboard_, &DashboardView::reportRequested, this, &MainWindow::openReports);
    connect(dashboard_, &DashboardView::recordRequested, this, &MainWindow::openRecord);
    attendance_ = new AttendanceView(*db_, language_, pages_);
    claims_ = new ClaimsView(*db_, language_, pages_);
    ledger_ = new LedgerView(*db_, language_, pages_);
    advisor_ = new AdvisorView(*db_, language_, pages_);
    compliance_ = new ComplianceView(*db_, language_, pages_);
    settings_ = new SettingsView(*db_, language_, pages_);
    audit_ = new AuditView(*db_, language_, pages_);
    for (int p = 0; p < PageCount; ++p) {
        QWidget *page = nullptr;
        switch (p) {
        case DashboardPage: page = dashboard_; break;
        case AttendancePage: page = attendance_; break;
        case ClaimsPage: page = claims_; break;
        case LedgerPage: page = ledger_; break;
        case AdvisorPage: page = advisor_; break;
        case CompliancePage: page = compliance_; break;
        case SettingsPage: page = settings_; break;
        case AuditPage: page = audit_; break;
        case ReportsPage: {
            page = new QWidget(pages_);
            auto *v = new QVBoxLayout(page);
            auto *text = new QLabel(tr("<h2>Reports</h2><p>Placement rate, employment, programme and subsidy "
                                       "reports for METI and MEXT, by fiscal year, with charts; printed or saved as "
                                       "PDF, HTML, XLSX or CSV.</p>"),
                                    page);
            text->setWordWrap(true);
            auto *button = new QPushButton(tr("Open the reports… (Ctrl+R)"), page);
            connect(button, &QPushButton::clicked, this, &MainWindow::openReports);
            v->addWidget(text);
            v->addWidget(button, 0, Qt::AlignLeft);
            // Issue 14: the fiscal year's completion report for the fund.
            auto *completion = new QPushButton(tr("Completion report (実績報告) for the fund…"), page);
            completion->setObjectName(QStringLiteral("completionReport"));
            connect(completion, &QPushButton::clicked, this, [this] {
                CompletionDialog dialog(*db_, language_, session_.who(), this);
                dialog.exec();
            });
            v->addWidget(completion, 0, Qt::AlignLeft);
            v->addStretch(1);
            break;
        }
        default: {
            auto *list = new RecordListView(*db_, domain::kind(listKind(static_cast<Page>(p))), language_, pages_);
            list->setSession(session_);
            list->setReadsOffGuiThread(true);
            connect(list, &RecordListView::changed, this, &MainWindow::refreshAfterChange);
            connect(list, &RecordListView::attendanceRequested, this, &MainWindow::showAttendance);
            connect(list->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
            lists_[p] = list;
            page = list;
            if (p == EventsPage) {
                // The events under the year's steps of the SME programme.
                page = new QWidget(pages_);
                auto *v = new QVBoxLayout(page);
                v->setContentsMargins(0, 0, 0, 0);
                steps_ = new StepsPanel(*db_, page);
                v->addWidget(steps_);
                v->addWidget(list, 1);
            }
        }
        }
        pages_->addWidget(page);
    }
    connect(attendance_, &AttendanceView::saved, claims_, &ClaimsView::refresh);
    connect(attendance_, &AttendanceView::saved, compliance_, &ComplianceView::refresh);
    connect(claims_, &ClaimsView::posted, ledger_, &LedgerView::refresh);
    connect(claims_, &ClaimsView::posted, dashboard_, &DashboardView::refresh);
    connect(settings_, &SettingsView::languageChosen, this,
            [this](Language l) {
                // After the settings page's signal has returned: that page is made again.
                QMetaObject::invokeMethod(this, [this, l] { switchLanguage(l); }, Qt::QueuedConnection);
            });
    attendance_->setSession(session_);
    claims_->setSession(session_);
    ledger_->setSession(session_);
    advisor_->setSession(session_);
    settings_->setSession(session_);
    audit_->setSession(session_);
    dashboard_->setSession(session_);
    pages_->setCurrentIndex(current);
}

RecordListView *MainWindow::listView(Page page) const
{
    return isListPage(page) ? lists_[page] : nullptr;
}

void MainWindow::showPage(Page page)
{
    nav_->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(nav_->currentRow());
}

void MainWindow::showAttendance(const QString &internshipNo)
{
    const QDate today = QDate::currentDate();
    attendance_->showMonth(internshipNo, today.year(), today.month());
    showPage(AttendancePage);
}

RecordEditor *MainWindow::openRecord(const QString &kindName, const QString &key)
{
    for (int p = 0; p < PageCount; ++p) {
        const Page page = static_cast<Page>(p);
        if (!isListPage(page) || QLatin1String(domain::kind(listKind(page)).name) != kindName || !lists_[page])
            continue;
        showPage(page);
        RecordListView *list = lists_[page];
        if (!list->selectRecord(domain::Values{key}))
            return nullptr;
        return list->openRow(list->view()->currentIndex().row());
    }
    return nullptr;
}

void MainWindow::refreshAfterChange(const QString &kindName)
{
    // A change made from another record's page, and the names of the changed kind
    // shown beside references in other lists.
    for (RecordListView *list : lists_)
        if (list)
            list->reload();
    if (kindName == u"internships")
        attendance_->reloadInternships();
    audit_->invalidate();
    steps_->refresh();
    claims_->refresh();
    dashboard_->refresh();
}

void MainWindow::refreshAfterRemoteChanges()
{
    const QSet<QString> tables = std::exchange(changedTables_, {});
    if (tables.isEmpty() || !db_)
        return;
    bool records = false;
    for (const QString &t : tables)
        records = records || domain::kindByName(t) != nullptr;
    if (records) {
        for (RecordListView *list : lists_)
            if (list)
                list->reload();
        if (tables.contains(QStringLiteral("internships")))
            attendance_->reloadInternships();
        audit_->invalidate();
        steps_->refresh();
        compliance_->refresh();
    }
    if (records || tables.contains(QStringLiteral("ledger_entries"))) {
        claims_->refresh();
        dashboard_->refresh();
    }
    if (tables.contains(QStringLiteral("ledger_entries")))
        ledger_->refresh();
    // An open form whose record another desk changed says so before its user saves.
    for (RecordEditor *editor : findChildren<RecordEditor *>())
        if (editor->isVisible() && tables.contains(QLatin1String(editor->kind().name)))
            editor->noticeChangedElsewhere();
    statusBar()->showMessage(tr("Updated with changes from other desks"), 4000);
}

void MainWindow::connectToServer(const QString &uri)
{
    if (!confirmUnsavedWork())
        return;
    QString fill = uri;
    if (fill.isEmpty())
        fill = QSettings().value(QStringLiteral("recentServers")).toStringList().value(0);
    auto connection = ConnectDialog::ask(this, fill);
    if (!connection)
        return;
    setDatabase(std::move(connection->db), connection->session);
}

void MainWindow::openImport()
{
    ImportWizard wizard(*db_, language_, session_, this);
    if (RecordListView *list = listView(currentPage()))
        wizard.setKind(QLatin1String(list->kind().name));
    connect(&wizard, &ImportWizard::imported, this, &MainWindow::refreshAfterChange);
    wizard.exec();
}

void MainWindow::manageUsers()
{
    UsersDialog dialog(*db_, language_, session_, this);
    dialog.exec();
}

void MainWindow::openReports()
{
    ReportDialog dialog(*db_, language_, this);
    dialog.exec();
}

void MainWindow::releaseDatabase()
{
    waitForBackup();
    remoteChanges_->stop();
    changedTables_.clear();
    if (db_ && watching_)
        services::stopWatching(*db_);
    watching_ = false;
    releasePages();
    db_.reset();
}

void MainWindow::releasePages()
{
    // Everything that reads through the database goes before it.
    while (pages_->count() > 0) {
        QWidget *w = pages_->widget(0);
        pages_->removeWidget(w);
        delete w;
    }
    std::fill(std::begin(lists_), std::end(lists_), nullptr);
    dashboard_ = nullptr;
    attendance_ = nullptr;
    claims_ = nullptr;
    ledger_ = nullptr;
    advisor_ = nullptr;
    compliance_ = nullptr;
    settings_ = nullptr;
    audit_ = nullptr;
    steps_ = nullptr;
}

void MainWindow::setDatabase(std::unique_ptr<storage::Database> db, const auth::Session &session)
{
    releaseDatabase();
    db_ = std::move(db);
    session_ = session;
    makePages();
    showStatus();
    updateCount();
    if (db_->isServer()) {
        // The server keeps its own backups; the other desks' changes are heard.
        rememberRecentServer();
        watching_ = services::watchChanges(*db_, this, [this](const QString &table) {
            changedTables_.insert(table);
            if (!remoteChanges_->isActive())
                remoteChanges_->start();
        });
        return;
    }
    rememberRecent(db_->path());
    startBackup();
}

void MainWindow::startBackup()
{
    // A rolling copy each time a file is opened, the last N kept (Settings:
    // backup/keep), made on its own connection and thread: a large file is not
    // copied while the window waits. Closing or changing the file waits for it.
    const int keep = QSettings().value(QStringLiteral("backup/keep"), 10).toInt();
    const QString path = db_->path();
    backup_ = QThread::create([this, path, keep] {
        QString message;
        int timeout = 8000;
        try {
            const storage::Database db(path, {.migrateTo = -1, .mustExist = true});
            message = tr("Backed up to %1").arg(storage::rollingBackup(db, storage::backupFolder(path), keep));
        } catch (const Error &e) {
            message = tr("No backup was made: %1").arg(e.message());
            timeout = 15000;
        }
        QMetaObject::invokeMethod(this, [this, message, timeout] { statusBar()->showMessage(message, timeout); },
                                  Qt::QueuedConnection);
    });
    backup_->start();
}

void MainWindow::waitForBackup()
{
    if (!backup_)
        return;
    backup_->wait();
    delete backup_;
    backup_ = nullptr;
}

void MainWindow::showStatus()
{
    applyRoleToMenus();
    userLabel_->setText(session_.singleUser ? tr("Single-user")
                                            : tr("User: %1 (%2)").arg(session_.user, roleLabel(session_.role, language_)));
    if (db_->isServer())
        fileLabel_->setText(tr("Server: %1 — database %2").arg(serverLabel(), db_->info().database));
    else
        fileLabel_->setText(tr("Database: %1").arg(db_->path()));
    fileLabel_->setToolTip(db_->displayName());
    updateTitle();
}

QString MainWindow::serverLabel() const
{
    if (!db_ || !db_->isServer())
        return {};
    const storage::ConnectionInfo &info = db_->info();
    QString where = info.host.isEmpty() ? QStringLiteral("localhost") : info.host;
    if (info.port > 0 && info.port != 5432)
        where += QLatin1Char(':') + QString::number(info.port);
    return where;
}

void MainWindow::updateTitle()
{
    if (!db_ || !db_->isServer()) {
        setWindowTitle(tr("Kakehashi"));
        return;
    }
    setWindowTitle(tr("Kakehashi — %1 on %2 — %3 (%4)")
                       .arg(db_->info().database, serverLabel(), session_.user, roleLabel(session_.role, language_)));
}

void MainWindow::rememberRecentServer()
{
    // The URI without its password (and without this program's own connect_timeout).
    QString uri;
    try {
        uri = services::ServerAddress::fromUri(db_->path()).uri();
    } catch (const Error &) {
        return;
    }
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentServers")).toStringList();
    recent.removeAll(uri);
    recent.prepend(uri);
    while (recent.size() > kRecentServers)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentServers"), recent);
}

void MainWindow::rememberRecent(const QString &file)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString path = QFileInfo(file).absoluteFilePath();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
}

void MainWindow::fillRecentMenu()
{
    recentMenu_->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &file : recent) {
        QAction *a = recentMenu_->addAction(file, this, [this, file] { openFile(file); });
        a->setEnabled(QFileInfo::exists(file) &&
                      (!db_ || db_->isServer() || file != QFileInfo(db_->path()).absoluteFilePath()));
    }
    const QStringList servers = QSettings().value(QStringLiteral("recentServers")).toStringList();
    if (!servers.isEmpty())
        recentMenu_->addSection(tr("Servers"));
    for (const QString &uri : servers)
        recentMenu_->addAction(uri, this, [this, uri] { connectToServer(uri); });
    if (recent.isEmpty() && servers.isEmpty())
        recentMenu_->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::restoreFromBackup()
{
    if (!confirmUnsavedWork())
        return;
    const QString path = db_->path();
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore from backup"), storage::backupFolder(path),
                                                      tr("Backups (*.sqlite3)"));
    if (file.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Restore from backup"),
                              tr("Replace the database with the backup %1?\nThe current file is kept aside first.")
                                  .arg(QFileInfo(file).fileName())) != QMessageBox::Yes)
        return;
    if (const QString refused = restoreFrom(file); !refused.isEmpty())
        QMessageBox::warning(this, tr("Not restored"), refused);
}

QString MainWindow::restoreFrom(const QString &file)
{
    const QString path = db_->path();
    releaseDatabase();
    QString message;
    QString refused;
    try {
        const QString aside = storage::restoreBackup(file, path);
        message = tr("Restored from %1; the file before is kept as %2").arg(file, aside);
    } catch (const storage::DatabaseError &e) {
        refused = e.message();
    }
    // The current file again when the backup was refused (it was not touched).
    auto reopened = std::make_unique<storage::Database>(path);
    // The backup may hold other users: log in again where it has any.
    const auto session = LoginDialog::ask(*reopened, this);
    if (!session) {
        close();
        return refused;
    }
    setDatabase(std::move(reopened), *session);
    if (!message.isEmpty())
        statusBar()->showMessage(message, 15000);
    return refused;
}

void MainWindow::backupNow()
{
    // A server's backup is a SQLite snapshot on this computer.
    const QString folder = db_->isServer() ? QFileInfo(SettingsView::defaultDatabaseFile()).absolutePath()
                                           : storage::backupFolder(db_->path());
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up the database"), folder,
                                                      tr("Databases (*.sqlite3)"));
    if (file.isEmpty())
        return;
    try {
        db_->backupTo(file);
        statusBar()->showMessage(tr("Backed up to %1").arg(file), 8000);
    } catch (const storage::DatabaseError &e) {
        QMessageBox::warning(this, tr("Not backed up"), e.message());
    }
}

void MainWindow::exportCurrentList()
{
    if (RecordListView *list = listView(currentPage()))
        list->exportRows();
    else
        statusBar()->showMessage(tr("Choose a list (students, schools, …) to export its rows"), 8000);
}

void MainWindow::printCurrentList()
{
    RecordListView *list = listView(currentPage());
    if (!list) {
        statusBar()->showMessage(tr("Choose a list (students, schools, …) to print its rows"), 8000);
        return;
    }
    std::vector<QString> header;
    const auto rows = list->visibleRows(&header);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table border=1 cellspacing=0 cellpadding=3><tr>")
                       .arg(kindLabel(list->kind()).toHtmlEscaped(),
                            tr("%n record(s), printed %1", nullptr, static_cast<int>(rows.size()))
                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    for (const QString &h : header)
        html += QStringLiteral("<th>%1</th>").arg(fieldLabel(list->kind(), list->kind().fieldIndex(h)).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const auto &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    QTextDocument doc;
    doc.setHtml(html);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printDocument(doc, printer, this);
}

void MainWindow::updateCount()
{
    RecordListView *list = listView(currentPage());
    countLabel_->setText(list ? tr("%n record(s)", nullptr, list->model()->rowCount()) : QString());
}

void MainWindow::newDatabase()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("New database"),
                                                      QFileInfo(SettingsView::defaultDatabaseFile()).absolutePath(),
                                                      tr("Kakehashi databases (*.sqlite3)"));
    if (file.isEmpty())
        return;
    if (QFileInfo::exists(file)) {
        QMessageBox::warning(this, tr("New database"), tr("%1 exists already; open it instead.").arg(file));
        return;
    }
    openFile(file);
}

void MainWindow::openDatabase()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open database"),
                                                      db_ && !db_->isServer() ? db_->path() : QString(),
                                                      tr("Kakehashi databases (*.sqlite3 *.db);;All files (*)"));
    if (!file.isEmpty())
        openFile(file);
}

void MainWindow::setLock(std::unique_ptr<DatabaseLock> lock)
{
    lock_ = std::move(lock);
}

void MainWindow::openFile(const QString &file)
{
    if (!confirmUnsavedWork())
        return;
    // Another window (or this one) may have the file already: say so before the login.
    std::unique_ptr<DatabaseLock> lock;
    const bool same = lock_ && lock_->databasePath() == DatabaseLock(file).databasePath();
    if (!same) {
        lock = lockOrAsk(file, this);
        if (!lock)
            return;
    }
    try {
        auto db = std::make_unique<storage::Database>(file);
        const auto session = LoginDialog::ask(*db, this);
        if (!session)
            return;
        setDatabase(std::move(db), *session);
        if (!same)
            lock_ = std::move(lock);
    } catch (const storage::DatabaseError &e) {
        QMessageBox::warning(this, tr("Cannot open the database"), e.message());
    }
}

void MainWindow::showAbout()
{
    showAboutDialog(this, *db_);
}

// Unsaved work (issue 12): the open forms and the attendance page.
bool MainWindow::confirmUnsavedWork()
{
    for (RecordEditor *editor : findChildren<RecordEditor *>()) {
        if (!editor->isVisible() || !editor->isDirty())
            continue;
        editor->raise();
        editor->activateWindow();
        if (!editor->confirmClose())
            return false;
        // Saved or discarded: the form has nothing left to keep.
        editor->close();
    }
    return !attendance_ || attendance_->confirmLeave();
}

void MainWindow::applyRoleToMenus()
{
    // Shown, but off with the reason (in the menu's tooltip and the status bar).
    const auto apply = [this](QAction *a, auth::Action needs) {
        if (!a)
            return;
        const bool may = session_.may(needs);
        a->setEnabled(may);
        a->setToolTip(may ? QString() : whyNot(needs));
        a->setStatusTip(a->toolTip());
        if (auto *menu = qobject_cast<QMenu *>(a->parent()))
            menu->setToolTipsVisible(true);
    };
    apply(importAction_, auth::Action::Edit);
    apply(restoreAction_, auth::Action::Maintain);
    apply(usersAction_, auth::Action::Maintain);
    if (db_ && db_->isServer()) {
        // A server's database is restored by its administrator on the server, and its
        // logins are the server's roles (kakehashi-cli user …).
        for (QAction *a : {restoreAction_, usersAction_}) {
            a->setEnabled(false);
            a->setToolTip(tr("Not on a server: its administrator restores it and manages its logins "
                             "(kakehashi-cli user …)"));
            a->setStatusTip(a->toolTip());
        }
    }
}

} // namespace kakehashi::ui
