#pragma once
// The main window: navigation to every kind of record and the subsidy, report,
// advisor, audit and settings pages; the file, the user and their role in the
// status bar; the File menu (new, open, recent, import, export, back up,
// restore, print); the window's layout remembered.
#include "auth/auth.h"
#include "language.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QThread;
class QTimer;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class AdvisorView;
class ComplianceView;
class AuditView;
class AttendanceView;
class ClaimsView;
class DashboardView;
class DatabaseLock;
class RecordEditor;
class LedgerView;
class RecordListView;
class SettingsView;
class StepsPanel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<storage::Database> db, Language language, const auth::Session &session = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Page {
        DashboardPage,
        StudentsPage,
        SchoolsPage,
        CompaniesPage,
        InternshipsPage,
        AttendancePage,
        PlacementsPage,
        EventsPage,
        VacationsPage,
        ClaimsPage,
        LedgerPage,
        ReportsPage,
        AdvisorPage,
        CompliancePage,
        AuditPage,
        SettingsPage,
        PageCount
    };

    // The list page of a kind (students, schools, companies, internships, placements, events).
    RecordListView *listView(Page page) const;
    AttendanceView *attendanceView() const { return attendance_; }
    ClaimsView *claimsView() const { return claims_; }
    LedgerView *ledgerView() const { return ledger_; }
    DashboardView *dashboardView() const { return dashboard_; }
    StepsPanel *stepsPanel() const { return steps_; }
    storage::Database &database() const { return *db_; }
    const auth::Session &session() const { return session_; }
    void showPage(Page page);
    Page currentPage() const;
    Language language() const { return language_; }
    QListWidget *navigation() const { return nav_; }
    // The lock that tells a second window the file is open here (gui_main takes
    // it before the window exists; opening another file takes that file's).
    void setLock(std::unique_ptr<DatabaseLock> lock);
    DatabaseLock *lock() const { return lock_.get(); }

public slots:
    void openReports();
    // Opens the attendance calendar of an internship.
    void showAttendance(const QString &internshipNo);
    // Shows the record's list page, selects it and opens its form (a dashboard
    // list's row); null when it is not found.
    RecordEditor *openRecord(const QString &kindName, const QString &key);
    void printCurrentList();
    // Replaces the open file with a backup, the current file kept aside first,
    // and opens it again (a login where it has users). Returns why it was
    // refused (the current file then stays as it was), or nothing.
    QString restoreFrom(const QString &backupFile);
    // Every menu and page in another language, without a restart.
    void switchLanguage(Language language);
    // The import wizard, with the kind of the list shown chosen.
    void openImport();
    void manageUsers();
    // File → Connect to a server…: the connect dialog (filled from `uri`, else
    // the last server), then the server's database replaces the open one.
    void connectToServer(const QString &uri = {});

    // Before the window closes or its file changes: each open form and the
    // attendance page with unsaved changes asks to save, discard or keep editing.
    // True when nothing is left unsaved (or the user discarded it).
    bool confirmUnsavedWork();

    // On a server: whether this window hears the other desks' changes (LISTEN).
    bool watchingChanges() const { return watching_; }
    // The server (host, database) as the status bar shows it; empty for a file.
    QString serverLabel() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void makePages();
    void newDatabase();
    void openDatabase();
    void openFile(const QString &file);
    void setDatabase(std::unique_ptr<storage::Database> db, const auth::Session &session);
    void releaseDatabase();
    void releasePages();
    void buildMenus();
    void showStatus();
    void startBackup();
    void waitForBackup();
    void restoreFromBackup();
    void backupNow();
    void exportCurrentList();
    void rememberRecent(const QString &file);
    void fillRecentMenu();
    void updateCount();
    void showAbout();
    void refreshAfterChange(const QString &kindName);
    // Changes committed at other desks (a server's notifications), a burst at once.
    void refreshAfterRemoteChanges();
    void rememberRecentServer();
    void updateTitle();

    std::unique_ptr<storage::Database> db_;
    std::unique_ptr<DatabaseLock> lock_; // after db_: released when the file is closed
    Language language_;
    QListWidget *nav_ = nullptr;
    QStackedWidget *pages_ = nullptr;
    RecordListView *lists_[PageCount] = {};
    AttendanceView *attendance_ = nullptr;
    ClaimsView *claims_ = nullptr;
    LedgerView *ledger_ = nullptr;
    DashboardView *dashboard_ = nullptr;
    AdvisorView *advisor_ = nullptr;
    ComplianceView *compliance_ = nullptr;
    SettingsView *settings_ = nullptr;
    AuditView *audit_ = nullptr;
    StepsPanel *steps_ = nullptr;
    QMenu *recentMenu_ = nullptr;
    QThread *backup_ = nullptr; // the rolling backup of the file just opened
    QLabel *fileLabel_ = nullptr;
    QLabel *countLabel_ = nullptr;
    QLabel *userLabel_ = nullptr;
    auth::Session session_;
    // The role made visible: File menu actions the role may not use, disabled with the reason.
    void applyRoleToMenus();
    QAction *importAction_ = nullptr;
    QAction *restoreAction_ = nullptr;
    QAction *usersAction_ = nullptr;
    QTimer *remoteChanges_ = nullptr; // coalesces a burst of notifications
    QSet<QString> changedTables_;
    bool watching_ = false;
};

} // namespace kakehashi::ui
