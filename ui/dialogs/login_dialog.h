#pragma once
// Logging in to a database that has users; a database without users is
// single-user and opens without asking.
#include "auth/auth.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(storage::Database &db, QWidget *parent = nullptr);

    // The session for the database: at once when it has no users, else after a
    // successful login; nullopt when the person cancels.
    static std::optional<auth::Session> ask(storage::Database &db, QWidget *parent = nullptr);

    const auth::Session &session() const { return session_; }
    // Tries the fields' name and password; shows the reason when it fails.
    bool tryLogin();

    QLineEdit *nameField() const { return name_; }
    QLineEdit *passwordField() const { return password_; }
    QLabel *errorLabel() const { return error_; }

private:
    storage::Database &db_;
    QLineEdit *name_ = nullptr;
    QLineEdit *password_ = nullptr;
    QLabel *error_ = nullptr;
    auth::Session session_;
};

} // namespace kakehashi::ui
