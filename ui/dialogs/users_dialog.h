#pragma once
// User management for administrators: the users with their role, lock and
// failed logins; adding a user, resetting a password (which also unlocks) and
// disabling a user, all through core/auth, which checks the roles table again.
// Other roles see the list with the buttons disabled and the reason.
#include "auth/auth.h"
#include "language.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class TextTableModel;

// A role's label in the language: 職員/管理者/監査担当者 or Staff/Administrator/Auditor.
QString roleLabel(auth::Role role, Language language);

// The form of a new user (name, role, password twice) or of a new password for
// a named user. It checks as one types: the password needs
// auth::kMinimumPasswordLength characters and the confirmation must match; the
// message stands beside the field and OK stays disabled while anything is wrong.
// OK emits submitted(): the owner tries the change and accepts the form, or
// shows core's refusal with showError() and leaves it open.
class UserForm final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { AddUser, ResetPassword };

    // `name` is the user whose password is reset (ignored when adding).
    UserForm(Mode mode, Language language, const QString &name = {}, QWidget *parent = nullptr);

    Mode mode() const { return mode_; }
    QString name() const;
    auth::Role role() const;
    QString password() const;
    bool isValid() const;
    void showError(const QString &message);

    // The name is read-only when resetting; there is no role field then (nullptr).
    QLineEdit *nameField() const { return name_; }
    QComboBox *roleField() const { return role_; }
    QLineEdit *passwordField() const { return password_; }
    QLineEdit *confirmField() const { return confirm_; }
    QLabel *nameMessage() const { return nameMessage_; }
    QLabel *passwordMessage() const { return passwordMessage_; }
    QLabel *confirmMessage() const { return confirmMessage_; }
    QLabel *errorLabel() const { return error_; }
    QPushButton *okButton() const { return ok_; }

signals:
    void submitted();

private:
    void validate();

    Mode mode_;
    QString fixedName_;
    QLineEdit *name_ = nullptr;
    QComboBox *role_ = nullptr;
    QLineEdit *password_ = nullptr;
    QLineEdit *confirm_ = nullptr;
    QLabel *nameMessage_ = nullptr;
    QLabel *passwordMessage_ = nullptr;
    QLabel *confirmMessage_ = nullptr;
    QLabel *error_ = nullptr;
    QPushButton *ok_ = nullptr;
};

class UsersDialog final : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(storage::Database &db, Language language, const auth::Session &session, QWidget *parent = nullptr);

    // Reads the users again.
    void refresh();
    // The user of the selected row, if any; selects a user's row (false when absent).
    std::optional<QString> selectedUser() const;
    bool selectUser(const QString &name);

    // The changes themselves, through core/auth; false with core's reason in
    // errorLabel() when refused.
    bool addUser(const QString &name, auth::Role role, const QString &password);
    bool resetPassword(const QString &name, const QString &password);
    bool disableUser(const QString &name);

    // What the buttons do: open the form (window-modal, not blocking) or ask
    // before disabling the selected user.
    UserForm *openAddForm();
    UserForm *openResetForm();
    void confirmDisable();

    TextTableModel *model() const { return model_; }
    QTableView *view() const { return view_; }
    QPushButton *addButton() const { return add_; }
    QPushButton *resetButton() const { return reset_; }
    QPushButton *disableButton() const { return disable_; }
    QLabel *errorLabel() const { return error_; }
    // The form now open, if any.
    UserForm *form() const { return form_; }

private:
    void updateButtons();
    UserForm *openForm(UserForm::Mode mode, const QString &name);
    // Runs a core change and reads the users again; on a refusal puts core's
    // message in `refusal` and returns false.
    bool attempt(const std::function<void()> &change, QString &refusal);

    storage::Database &db_;
    Language language_;
    auth::Session session_;
    std::vector<auth::UserInfo> users_;
    TextTableModel *model_ = nullptr;
    QTableView *view_ = nullptr;
    QPushButton *add_ = nullptr;
    QPushButton *reset_ = nullptr;
    QPushButton *disable_ = nullptr;
    QLabel *error_ = nullptr;
    QPointer<UserForm> form_;
};

} // namespace kakehashi::ui
