#pragma once
// The first start on a new database, in one short dialog: the consortium's name,
// the fiscal year's programme settings (the daily subsidy rate from 1 April and
// the hours recorded for a present day), who uses the file (single-user, or the
// first administrator with a password) and, only when asked, demo data to try
// the program. Everything can be changed later: Settings, File → Users and roles.
#include "auth/auth.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

// Where the consortium's name is kept (the program's settings) and read from.
QString consortiumName();

class FirstStartDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FirstStartDialog(storage::Database &db, QWidget *parent = nullptr);

    // Shows the dialog on a new database. Returns the first administrator's
    // session when one was made, nullopt for a single-user file (or Cancel:
    // the file stays empty and single-user).
    static std::optional<auth::Session> run(storage::Database &db, QWidget *parent = nullptr);

    // Writes what the fields say (rate and user through core, audited); false with
    // the reason shown when core refuses. Called by Start.
    bool apply();
    // The administrator's session after apply(), when one was made.
    const std::optional<auth::Session> &session() const { return session_; }
    // What is wrong with the fields (empty when Start may be pressed).
    QString problem() const;

    void setDemoStudents(int n) { demoStudents_ = n; }

    QLineEdit *consortiumField() const { return consortium_; }
    QSpinBox *fiscalYearField() const { return fiscalYear_; }
    QSpinBox *rateField() const { return rate_; }
    QDoubleSpinBox *hoursField() const { return hours_; }
    QRadioButton *singleUserChoice() const { return single_; }
    QRadioButton *administratorChoice() const { return several_; }
    QLineEdit *adminNameField() const { return adminName_; }
    QLineEdit *passwordField() const { return password_; }
    QLineEdit *confirmField() const { return confirm_; }
    QCheckBox *demoChoice() const { return demo_; }
    // The setting internship.checklist (off unless ticked).
    QCheckBox *checklistChoice() const { return checklist_; }
    QPushButton *startButton() const { return start_; }
    QLabel *problemLabel() const { return problem_; }

private:
    void update();
    void showRateInForce();
    bool fillWithDemo();

    storage::Database &db_;
    int demoStudents_ = 2000;
    bool demoDone_ = false;
    std::optional<auth::Session> session_;
    QLineEdit *consortium_ = nullptr;
    QSpinBox *fiscalYear_ = nullptr;
    QCheckBox *checklist_ = nullptr;
    QSpinBox *rate_ = nullptr;
    QDoubleSpinBox *hours_ = nullptr;
    QRadioButton *single_ = nullptr;
    QRadioButton *several_ = nullptr;
    QLineEdit *adminName_ = nullptr;
    QLineEdit *password_ = nullptr;
    QLineEdit *confirm_ = nullptr;
    QCheckBox *demo_ = nullptr;
    QPushButton *start_ = nullptr;
    QLabel *problem_ = nullptr;
};

} // namespace kakehashi::ui
