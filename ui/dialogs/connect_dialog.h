#pragma once
// File → Connect to a server…: the server's host (or Unix-socket folder), port,
// database, user and TLS mode, and the password, asked each time and never
// stored. The connection and its session come from the server (its roles);
// each refusal is said in words a desk can act on.
#include "services/server_connection.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kakehashi::ui {

class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from a postgresql:// URI (a recent server, --db); its password is not kept.
    void setUri(const QString &uri);
    // The URI the fields make (never with a password).
    QString uri() const;
    services::ServerAddress address() const;

    // Connects with the fields; true when connected, else the reason is shown
    // and the password cleared.
    bool tryConnect();
    // The connection made by tryConnect() (once).
    services::ServerConnection takeConnection();

    // The dialog, filled from `uri`; nullopt when the person cancels.
    static std::optional<services::ServerConnection> ask(QWidget *parent, const QString &uri = {});

    // What a refusal means and what to do, in the person's language.
    static QString explain(const services::ConnectError &e);

    QLineEdit *hostField() const { return host_; }
    QSpinBox *portField() const { return port_; }
    QLineEdit *databaseField() const { return database_; }
    QLineEdit *userField() const { return user_; }
    QComboBox *sslModeField() const { return sslMode_; }
    QLineEdit *passwordField() const { return password_; }
    QLabel *errorLabel() const { return error_; }
    QPushButton *connectButton() const { return connect_; }

private:
    void updateState();

    QLineEdit *host_ = nullptr;
    QSpinBox *port_ = nullptr;
    QLineEdit *database_ = nullptr;
    QLineEdit *user_ = nullptr;
    QComboBox *sslMode_ = nullptr;
    QLineEdit *password_ = nullptr;
    QLabel *error_ = nullptr;
    QPushButton *connect_ = nullptr;
    std::optional<services::ServerConnection> connection_;
};

} // namespace kakehashi::ui
