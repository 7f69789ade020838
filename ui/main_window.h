#pragma once
// The first main window: the student list of the open database, searchable,
// with the file in the status bar. The full set of views is built on this.
#include "auth/auth.h"
#include "language.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTableView;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class AdvisorView;
class SettingsView;
class AttendanceView;
class ClaimsView;
class DashboardView;
class LedgerView;
class StudentTableModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<storage::Database> db, Language language, const auth::Session &session = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Page { DashboardPage, StudentsPage, AttendancePage, ClaimsPage, LedgerPage, AdvisorPage, SettingsPage };

    StudentTableModel *studentModel() const { return model_; }
    QLineEdit *searchField() const { return search_; }
    QTableView *studentView() const { return view_; }
    AttendanceView *attendanceView() const { return attendance_; }
    ClaimsView *claimsView() const { return claims_; }
    LedgerView *ledgerView() const { return ledger_; }
    DashboardView *dashboardView() const { return dashboard_; }
    void openReports();
    storage::Database &database() const { return *db_; }
    void showPage(Page page);

private:
    QWidget *makeStudentsPage();
    void makeSubsidyPages();
    void openDatabase();
    void setDatabase(std::unique_ptr<storage::Database> db, const auth::Session &session);
    void releaseDatabase();
    void restoreFromBackup();
    void backupNow();
    void updateCount();
    void showAbout();

    std::unique_ptr<storage::Database> db_;
    Language language_;
    StudentTableModel *model_ = nullptr;
    QLineEdit *search_ = nullptr;
    QTableView *view_ = nullptr;
    QListWidget *nav_ = nullptr;
    QStackedWidget *pages_ = nullptr;
    QWidget *dashboardSlot_ = nullptr;
    AttendanceView *attendance_ = nullptr;
    ClaimsView *claims_ = nullptr;
    LedgerView *ledger_ = nullptr;
    DashboardView *dashboard_ = nullptr;
    AdvisorView *advisor_ = nullptr;
    SettingsView *settings_ = nullptr;
    QLabel *fileLabel_ = nullptr;
    QLabel *countLabel_ = nullptr;
    QLabel *userLabel_ = nullptr;
    auth::Session session_;
};

} // namespace kakehashi::ui
