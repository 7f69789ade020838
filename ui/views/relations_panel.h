#pragma once
// The people and the conversations of one company or student (issue 15, item
// 5), a tab of the record's form: for a company its contacts (with the buttons
// to add one and to mark one primary, former or do-not-contact), and for both
// the activity log (visits, calls, mails, meetings, counselling, letters) with
// a form to record one: its kind, date, contact, summary, next step and its
// date, and whether it is confidential. Confidential text that the session may
// not read is shown as "(confidential)". NextStepsList is the session's own
// open next steps, for the dashboard. Everything goes through services::Relations.
#include "auth/roles.h"
#include "services/relations.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class TextTableModel;

class RelationsPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class Owner { Company, Student };
    RelationsPanel(storage::Database &db, const auth::Session &session, Owner owner, const QString &key,
                   QWidget *parent = nullptr);

    TextTableModel *contactsModel() const { return contacts_; }
    TextTableModel *activitiesModel() const { return activities_; }
    QPushButton *recordButton() const { return record_; }
    QLabel *messageLabel() const { return message_; }

    // What the buttons do, without their dialogs (for tests): the refusal's
    // message, empty when done.
    QString addContact(const services::Contact &contact);
    QString setContactFlag(const QString &contactNo, const QString &flag, bool on); // primary, former, do_not_contact
    // The form's values as typed (the tests fill the form's widgets first).
    QString recordActivity();
    QString completeNextStep(const QString &activityNo);
    // A student's letter from a template (issue 15, item 6) written to `file`
    // as PDF and recorded as an activity; the refusal's message, empty when done.
    QString writeLetter(const QString &templateCode, const QString &file, const QString &eventNo = {},
                        const QString &month = {});
    // Fills the activity form (as if typed), for tests and "record a letter".
    void fillActivity(const QString &kind, const QString &summary, const QString &nextStep = {},
                      const QDate &nextOn = {}, bool confidential = false, const QString &contactNo = {});

signals:
    void changed();

private:
    void refresh();
    void validateForm();
    QString selected(QTableView *view) const;

    storage::Database &db_;
    auth::Session session_;
    Owner owner_;
    QString key_;
    TextTableModel *contacts_ = nullptr;
    TextTableModel *activities_ = nullptr;
    QTableView *contactView_ = nullptr;
    QTableView *activityView_ = nullptr;
    QComboBox *kind_ = nullptr;
    QDateEdit *date_ = nullptr;
    QComboBox *contact_ = nullptr;
    QPlainTextEdit *summary_ = nullptr;
    QLineEdit *nextStep_ = nullptr;
    QCheckBox *hasNextDate_ = nullptr;
    QDateEdit *nextOn_ = nullptr;
    QCheckBox *confidential_ = nullptr;
    QPushButton *record_ = nullptr;
    QLabel *message_ = nullptr;
};

// The session's own open next steps: date, what, whom it concerns; double-click
// opens the record.
class NextStepsList final : public QWidget
{
    Q_OBJECT

public:
    NextStepsList(storage::Database &db, const auth::Session &session, QWidget *parent = nullptr);
    void refresh();
    TextTableModel *model() const { return model_; }

signals:
    void recordRequested(const QString &kindName, const QString &key);

private:
    storage::Database &db_;
    auth::Session session_;
    TextTableModel *model_ = nullptr;
    QTableView *view_ = nullptr;
    QLabel *title_ = nullptr;
};

// A kind of activity as people say it ("Visit", "Counselling", …).
QString activityKindLabel(const QString &kind);

} // namespace kakehashi::ui
