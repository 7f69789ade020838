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
class QMenu;
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
    // Before the month shown is left with unsaved days (another month or
    // internship, quitting): asks whether to save, discard or keep editing.
    // True when it may be left.
    bool confirmLeave();

    // A click on a day cycles it: none → present → absent → leave → none.
    void cycleDay(int row, int column);
    // The right-click menu of a day (present, absent, leave, clear; for the
    // selected days, or this one when it is not selected). The caller shows it.
    QMenu *dayMenu(int row, int column);
    // The day shown at a cell, as an ISO date ("" outside the month).
    QString dayText(int row, int column) const;
    // The status of a day ("present", "absent", "leave" or "").
    QString statusOf(const QDate &day) const;
    // Days after this one are planned, and look so (today unless set, for tests).
    void setToday(const QDate &today);
    // The month before or after the one shown (asks first when days are unsaved).
    void stepMonth(int months);

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
    QDate today_;
    Qt::DayOfWeek firstDay_ = Qt::Monday; // Sunday in Japanese, as Japanese calendars
};

} // namespace kakehashi::ui
