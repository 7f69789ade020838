#pragma once
// The attendance of one internship for one month as a calendar: weekends and
// holidays shaded (holiday names on hover), P/A/L typed on the selected days,
// all working days filled as present at once, and the present days and the
// subsidy they earn counted as the staff member types.
#include "auth/auth.h"
#include "language.h"

#include <QWidget>

#include <map>
#include <optional>

#include "domain/date.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kakehashi::auth {
struct Session;
}

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class AttendanceView final : public QWidget
{
    Q_OBJECT

public:
    AttendanceView(storage::Database &db, Language language, QWidget *parent = nullptr);
    // Enables what the user's role allows; the rest is disabled with the reason.
    void setSession(const auth::Session &session);

    // Shows an internship's month (the internship by number, the month's first day).
    void showMonth(const QString &internshipNo, int year, int month);
    void reloadInternships();

    // Sets the selected days' status: "present", "absent", "leave", or empty to clear.
    void setSelected(const QString &status);
    void fillWorkingDays();
    bool save();

    int presentDays() const;
    QString summaryText() const;
    // The 28-hour limit's warning for what is entered (FORMATS.md §6), empty when none.
    QString hoursWarningText() const;
    QTableWidget *grid() const { return grid_; }
    QDoubleSpinBox *hoursField() const { return hours_; }
    bool isModified() const { return modified_; }

signals:
    void saved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openInternship(const QString &internshipNo);
    void load();
    void refreshGrid();
    void updateSummary();
    std::optional<Date> dayAt(int row, int column) const;
    void loadHoursContext();

    storage::Database &db_;
    Language language_;
    QComboBox *internship_ = nullptr;
    QDateEdit *month_ = nullptr;
    QTableWidget *grid_ = nullptr;
    QLabel *info_ = nullptr;
    QLabel *summary_ = nullptr;
    QLabel *lock_ = nullptr;
    QLabel *hoursWarning_ = nullptr;
    QPushButton *fill_ = nullptr;
    QPushButton *save_ = nullptr;
    QPushButton *revert_ = nullptr;

    QString internshipNo_;
    Date first_{2000, 1, 1};
    Date start_{2000, 1, 1};
    Date end_{2000, 1, 1};
    std::map<Date, QString> status_;
    std::map<Date, QString> loadedStatus_;
    // What the work-hour warning needs besides the month being edited.
    struct HoursContext
    {
        bool applies = false;
        bool statusStudent = false;
        std::map<Date, qint64> otherHours;  // the student's other present days (micro-hours)
        std::map<Date, qint64> storedHours; // this internship's stored present days of the month
        std::vector<std::pair<Date, Date>> vacations;
    } hoursContext_;
    bool locked_ = false;
    QDoubleSpinBox *hours_ = nullptr;
    bool mayEdit_ = true;
    auth::Session session_;
    bool modified_ = false;
};

} // namespace kakehashi::ui
