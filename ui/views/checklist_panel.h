#pragma once
// The checks before an internship starts (issue 13, item 3), as a tab of the
// internship's form: each item (residence card copy seen, work permission,
// agreement signed by the company, insurance) with who verified it, when, and
// the scanned document; what is missing, as a warning (setting
// internship.checklist off) or as what keeps the internship from becoming
// active (on); the student's residence card warnings; buttons to record a
// check, view its document (audited) and, for administrators, override.
#include "auth/roles.h"

#include <QDialog>
#include <QWidget>

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

namespace kakehashi::services {
struct CheckInput;
}

namespace kakehashi::ui {

class TextTableModel;

class ChecklistPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPanel(storage::Database &db, QWidget *parent = nullptr);
    void setSession(const auth::Session &session);
    void setInternship(const QString &internshipNo); // refreshes

    TextTableModel *model() const { return model_; }
    QLabel *warning() const { return warning_; }
    QLabel *cardWarning() const { return cards_; }
    QPushButton *overrideButton() const { return override_; }
    QPushButton *recordButton() const { return record_; }

    // What the buttons do, without their dialogs (for tests): each returns the
    // refusal's message, empty when done.
    QString record(const services::CheckInput &input);
    QString overrideWith(const QString &reason);
    // The item's document written to `file` (audited as a view).
    QString view(int row, const QString &file);

signals:
    // The internship's status was changed here (an override): the form reloads it.
    void statusChanged();
    // After each refresh: how many items are not done (the form's tab says it).
    void missingChanged(int count);

public:
    int missingCount() const { return missingCount_; }

private:
    void refresh();
    void recordDialog();
    void overrideDialog();
    void viewDialog();

    storage::Database &db_;
    auth::Session session_;
    QString internshipNo_;
    QLabel *warning_ = nullptr;
    QLabel *cards_ = nullptr;
    TextTableModel *model_ = nullptr;
    QTableView *table_ = nullptr;
    QPushButton *record_ = nullptr;
    QPushButton *view_ = nullptr;
    QPushButton *override_ = nullptr;
    int missingCount_ = 0;
};

// Recording one check: the item, the day, the permission (for the work
// permission; an individual one with its date and number), the scanned
// document and a note. OK only while what is typed can be recorded.
class ChecklistCheckDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChecklistCheckDialog(const QString &internshipNo, QWidget *parent = nullptr);
    // What to record; the document's bytes are read by the caller from documentPath().
    services::CheckInput input() const;
    QString documentPath() const;
    QString problem() const; // why OK is disabled, empty when it is enabled
    QComboBox *itemCombo() const { return item_; }
    QComboBox *permissionCombo() const { return permission_; }
    QLineEdit *permissionNoEdit() const { return permissionNo_; }
    QLineEdit *documentEdit() const { return document_; }
    QPushButton *okButton() const { return ok_; }

private:
    void validate();

    QComboBox *item_ = nullptr;
    QDateEdit *date_ = nullptr;
    QComboBox *permission_ = nullptr;
    QDateEdit *permissionDate_ = nullptr;
    QLineEdit *permissionNo_ = nullptr;
    QLineEdit *document_ = nullptr;
    QLineEdit *note_ = nullptr;
    QLabel *problem_ = nullptr;
    QPushButton *ok_ = nullptr;
};

// An administrator's override: the internship becomes active with items
// missing; the reason is required (OK disabled until one is typed).
class ChecklistOverrideDialog final : public QDialog
{
    Q_OBJECT

public:
    ChecklistOverrideDialog(const QString &internshipNo, const QString &missing, QWidget *parent = nullptr);
    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return reason_; }
    QPushButton *okButton() const { return ok_; }

private:
    QPlainTextEdit *reason_ = nullptr;
    QPushButton *ok_ = nullptr;
};

} // namespace kakehashi::ui
