#pragma once
// The employer's foreign-worker notification (外国人雇用状況届出, issue 13 item 5)
// on an employed placement's form: its due date (the 10th of the following
// month when the worker joins employment insurance, else the end of the
// following month), its state, and what the company reported — whether the
// worker joins employment insurance and the day it filed the notification —
// recorded through services::ComplianceService (audited).
#include "auth/roles.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class HireNotificationPanel final : public QWidget
{
    Q_OBJECT

public:
    HireNotificationPanel(storage::Database &db, const auth::Session &session, const QString &placementNo,
                          QWidget *parent = nullptr);

    QLabel *dueLabel() const { return due_; }
    QComboBox *insurance() const { return insurance_; } // -1: not reported yet; 0 joins; 1 does not join
    QCheckBox *filed() const { return filed_; }
    QDateEdit *filedOn() const { return filedOn_; }
    QPushButton *saveButton() const { return save_; }

    // What the button does: the refusal's message, empty when done.
    QString saveReport();

private:
    void load();

    storage::Database &db_;
    auth::Session session_;
    QString placementNo_;
    QLabel *due_ = nullptr;
    QComboBox *insurance_ = nullptr;
    QCheckBox *filed_ = nullptr;
    QDateEdit *filedOn_ = nullptr;
    QLabel *problem_ = nullptr;
    QPushButton *save_ = nullptr;
};

} // namespace kakehashi::ui
