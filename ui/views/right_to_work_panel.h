#pragma once
// The student's right to work on the student's form (issue 13, items 2 and 4):
// the residence card (number, expiry, the latest recorded validity check) with
// a button recording that a person checked the card's validity today (the
// Agency's online lookup), and the job-hunting clock of a graduate on 特定活動
// (継続就職活動): granted on, ends on, the one renewal, the school's letter of
// recommendation, checked as typed and saved through services::JobHuntingService.
#include "auth/roles.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class RightToWorkPanel final : public QWidget
{
    Q_OBJECT

public:
    RightToWorkPanel(storage::Database &db, const auth::Session &session, const QString &studentNo,
                     QWidget *parent = nullptr);

    QLabel *cardLabel() const { return card_; }
    QLineEdit *checkNote() const { return note_; }
    QPushButton *checkButton() const { return check_; }
    QDateEdit *grantedOn() const { return granted_; }
    QDateEdit *endsOn() const { return ends_; }
    QCheckBox *renewed() const { return renewed_; }
    QDateEdit *renewedTo() const { return renewedTo_; }
    QLineEdit *letterBy() const { return letterBy_; }
    QCheckBox *hasLetter() const { return hasLetter_; }
    QDateEdit *letterOn() const { return letterOn_; }
    QLabel *clockProblem() const { return problem_; }
    QLabel *clockStatus() const { return status_; }
    QPushButton *saveClockButton() const { return save_; }
    // The clock's fields differ from what is stored.
    bool clockChanged() const;

    // What the buttons do (for tests too): the refusal's message, empty when done.
    QString recordCardCheck();
    QString saveClock();

private:
    void load();
    void validate();
    QString state() const;

    storage::Database &db_;
    auth::Session session_;
    QString studentNo_;
    bool stored_ = false;
    QLabel *card_ = nullptr;
    QLineEdit *note_ = nullptr;
    QPushButton *check_ = nullptr;
    QDateEdit *granted_ = nullptr;
    QDateEdit *ends_ = nullptr;
    QCheckBox *renewed_ = nullptr;
    QDateEdit *renewedTo_ = nullptr;
    QLineEdit *letterBy_ = nullptr;
    QCheckBox *hasLetter_ = nullptr;
    QDateEdit *letterOn_ = nullptr;
    QLabel *problem_ = nullptr;
    QLabel *status_ = nullptr;
    QPushButton *save_ = nullptr;
    QString savedState_;
};

} // namespace kakehashi::ui
