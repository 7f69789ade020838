#include "dialogs/login_dialog.h"

#include "services/database_file.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kakehashi::ui {

LoginDialog::LoginDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent)
    , db_(db)
{
    setWindowTitle(tr("Log in to %1").arg(QFileInfo(services::databasePath(db)).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    name_ = new QLineEdit(this);
    password_ = new QLineEdit(this);
    password_->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User:"), name_);
    form->addRow(tr("&Password:"), password_);
    layout->addLayout(form);
    error_ = new QLabel(this);
    error_->setStyleSheet(QStringLiteral("color: #b00020;"));
    error_->setWordWrap(true);
    layout->addWidget(error_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (tryLogin())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool LoginDialog::tryLogin()
{
    try {
        session_ = auth::Users(db_).login(name_->text().trimmed(), password_->text());
        return true;
    } catch (const auth::AuthError &e) {
        error_->setText(e.message());
        password_->clear();
        password_->setFocus();
        return false;
    }
}

std::optional<auth::Session> LoginDialog::ask(storage::Database &db, QWidget *parent)
{
    if (!auth::Users(db).any())
        return auth::Session{};
    LoginDialog dialog(db, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

} // namespace kakehashi::ui
