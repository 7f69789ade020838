#include "dialogs/connect_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kakehashi::ui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A database on a PostgreSQL server, shared by several desks. Your login is the "
                                "server's; an administrator creates it with “user add”."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    host_ = new QLineEdit(this);
    host_->setObjectName(QStringLiteral("host"));
    host_->setPlaceholderText(tr("db.example.org, or a socket folder such as /var/run/postgresql"));
    port_ = new QSpinBox(this);
    port_->setObjectName(QStringLiteral("port"));
    port_->setRange(1, 65535);
    port_->setValue(5432);
    database_ = new QLineEdit(this);
    database_->setObjectName(QStringLiteral("database"));
    user_ = new QLineEdit(this);
    user_->setObjectName(QStringLiteral("user"));
    sslMode_ = new QComboBox(this);
    sslMode_->setObjectName(QStringLiteral("sslmode"));
    const QStringList labels = {tr("disable (no TLS)"), tr("prefer (TLS when the server offers it)"),
                                tr("require (always TLS)"), tr("verify-full (TLS, the server's certificate checked)")};
    const QStringList modes = services::ServerAddress::sslModes();
    for (qsizetype i = 0; i < modes.size(); ++i)
        sslMode_->addItem(labels.value(i, modes[i]), modes[i]);
    sslMode_->setCurrentIndex(1);
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("password"));
    password_->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server (host or socket folder):"), host_);
    form->addRow(tr("P&ort:"), port_);
    form->addRow(tr("&Database:"), database_);
    form->addRow(tr("&User:"), user_);
    form->addRow(tr("&TLS:"), sslMode_);
    form->addRow(tr("&Password:"), password_);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The password is asked each time and never stored."), this);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(note);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("connectError"));
    error_->setStyleSheet(QStringLiteral("color: #b00020;"));
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->hide();
    layout->addWidget(error_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect_ = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connect_->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (tryConnect())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *line : {host_, database_, user_})
        connect(line, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    updateState();
    setMinimumWidth(520);
}

void ConnectDialog::updateState()
{
    // TLS is for a network connection; a socket folder is this machine.
    sslMode_->setEnabled(!host_->text().trimmed().startsWith(QLatin1Char('/')));
    connect_->setEnabled(!database_->text().trimmed().isEmpty());
}

void ConnectDialog::setUri(const QString &uri)
{
    if (uri.isEmpty())
        return;
    try {
        const services::ServerAddress a = services::ServerAddress::fromUri(uri);
        host_->setText(a.host);
        port_->setValue(a.port);
        database_->setText(a.database);
        user_->setText(a.user);
        const int i = sslMode_->findData(a.sslMode);
        sslMode_->setCurrentIndex(i < 0 ? 1 : i);
        password_->setFocus();
    } catch (const Error &e) {
        error_->setText(e.message());
        error_->show();
    }
}

services::ServerAddress ConnectDialog::address() const
{
    services::ServerAddress a;
    a.host = host_->text().trimmed();
    a.port = port_->value();
    a.database = database_->text().trimmed();
    a.user = user_->text().trimmed();
    a.sslMode = sslMode_->currentData().toString();
    return a;
}

QString ConnectDialog::uri() const
{
    return address().uri();
}

QString ConnectDialog::explain(const services::ConnectError &e)
{
    using F = services::ConnectFailure;
    switch (e.failure) {
    case F::Unreachable:
        return tr("The server cannot be reached. Check the server's name (or socket folder) and port, and that "
                  "the server is running and this computer may reach it.\n(%1)")
            .arg(e.message());
    case F::LoginRefused:
        return tr("The server refused the login: a wrong user name or password, or this user may not log in to "
                  "this database. Type the password again, or ask your administrator.\n(%1)")
            .arg(e.message());
    case F::NoSuchDatabase:
        return tr("The server has no database of that name. Check the database's name.\n(%1)").arg(e.message());
    case F::NoRole:
        return tr("You are logged in to the server, but you have no Kakehashi role there (staff, administrator or "
                  "auditor). An administrator gives you one with “kakehashi-cli user add” or “user role”.\n(%1)")
            .arg(e.message());
    case F::NotInitialised:
        return tr("This database is not a Kakehashi database yet. Nothing was changed. The database's owner "
                  "prepares it once with “kakehashi-cli --db URI init”; then connect again.");
    case F::NeedsUpgrade:
        return tr("This database was made by an older version of Kakehashi and must be upgraded by its owner: "
                  "the owner connects once (or runs any kakehashi-cli command on it); then connect again.\n(%1)")
            .arg(e.message());
    case F::TooNew:
        return tr("This database was written by a newer version of Kakehashi. Update Kakehashi on this computer.\n(%1)")
            .arg(e.message());
    case F::Other:
        break;
    }
    return tr("Cannot connect: %1").arg(e.message());
}

bool ConnectDialog::tryConnect()
{
    error_->hide();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        connection_ = services::connectToServer(uri(), user_->text().trimmed(), password_->text());
        QApplication::restoreOverrideCursor();
        password_->clear();
        return true;
    } catch (const services::ConnectError &e) {
        QApplication::restoreOverrideCursor();
        error_->setText(explain(e));
        error_->show();
        password_->clear();
        password_->setFocus();
        return false;
    }
}

services::ServerConnection ConnectDialog::takeConnection()
{
    services::ServerConnection c = std::move(*connection_);
    connection_.reset();
    return c;
}

std::optional<services::ServerConnection> ConnectDialog::ask(QWidget *parent, const QString &uri)
{
    ConnectDialog dialog(parent);
    dialog.setUri(uri);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takeConnection();
}

} // namespace kakehashi::ui
