#include "dialogs/users_dialog.h"

#include "domain/codes.h"
#include "models/text_table_model.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kakehashi::ui {

namespace {

const codes::Code kRoleCodes[] = {
    {"staff", "職員", "Staff"},
    {"administrator", "管理者", "Administrator"},
    {"auditor", "監査担当者", "Auditor"},
};
const codes::CodeList kRoles{"role", kRoleCodes};

const QString kErrorStyle = QStringLiteral("color: #b00020;");

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(kErrorStyle);
    return label;
}

// A form row whose field has its message beside it; the label's mnemonic
// goes to the field.
void addRowWithMessage(QFormLayout *form, const QString &label, QWidget *field, QLabel *message)
{
    auto *caption = new QLabel(label, field->parentWidget());
    caption->setBuddy(field);
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(message, 1);
    form->addRow(caption, row);
}

// Rows as high as the text needs, not the style's roomy default.
void compactRows(QTableView *view)
{
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

} // namespace

QString roleLabel(auth::Role role, Language language)
{
    return codeLabel(kRoles, auth::roleCode(role), language);
}

// --- UserForm ---------------------------------------------------------------

UserForm::UserForm(Mode mode, Language language, const QString &name, QWidget *parent)
    : QDialog(parent)
    , mode_(mode)
{
    setWindowTitle(mode == Mode::AddUser ? tr("Add user") : tr("Reset the password of %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    name_ = new QLineEdit(this);
    name_->setMaxLength(64);
    nameMessage_ = messageLabel(this);
    if (mode == Mode::ResetPassword) {
        name_->setText(name);
        name_->setReadOnly(true);
    }
    addRowWithMessage(form, tr("&Name:"), name_, nameMessage_);
    if (mode == Mode::AddUser) {
        role_ = new QComboBox(this);
        for (auth::Role r : {auth::Role::Staff, auth::Role::Administrator, auth::Role::Auditor})
            role_->addItem(roleLabel(r, language), auth::roleCode(r));
        form->addRow(tr("&Role:"), role_);
    }
    password_ = new QLineEdit(this);
    confirm_ = new QLineEdit(this);
    for (QLineEdit *e : {password_, confirm_})
        e->setEchoMode(QLineEdit::Password);
    passwordMessage_ = messageLabel(this);
    confirmMessage_ = messageLabel(this);
    addRowWithMessage(form, mode == Mode::AddUser ? tr("&Password:") : tr("New &password:"), password_,
                      passwordMessage_);
    addRowWithMessage(form, tr("&Confirm:"), confirm_, confirmMessage_);
    layout->addLayout(form);
    if (mode == Mode::ResetPassword) {
        auto *note = new QLabel(tr("A new password also unlocks the user."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    error_ = messageLabel(this);
    error_->setWordWrap(true);
    layout->addWidget(error_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            emit submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {name_, password_, confirm_})
        connect(e, &QLineEdit::textChanged, this, &UserForm::validate);
    setMinimumWidth(520);
    validate();
    (mode == Mode::AddUser ? name_ : password_)->setFocus();
}

QString UserForm::name() const
{
    return name_->text().trimmed();
}

auth::Role UserForm::role() const
{
    if (!role_)
        return auth::Role::Staff;
    return auth::roleFromCode(role_->currentData().toString()).value_or(auth::Role::Staff);
}

QString UserForm::password() const
{
    return password_->text();
}

bool UserForm::isValid() const
{
    return !name().isEmpty() && password_->text().size() >= auth::kMinimumPasswordLength &&
           confirm_->text() == password_->text();
}

void UserForm::showError(const QString &message)
{
    error_->setText(message);
}

void UserForm::validate()
{
    error_->clear();
    nameMessage_->setText(name().isEmpty() ? tr("Enter a name.") : QString());
    const qsizetype length = password_->text().size();
    passwordMessage_->setText(length < auth::kMinimumPasswordLength
                                  ? tr("At least %1 characters (%2 so far).").arg(auth::kMinimumPasswordLength).arg(length)
                                  : QString());
    confirmMessage_->setText(confirm_->text() != password_->text() ? tr("Does not match the password.") : QString());
    ok_->setEnabled(isValid());
}

// --- UsersDialog ------------------------------------------------------------

UsersDialog::UsersDialog(storage::Database &db, Language language, const auth::Session &session, QWidget *parent)
    : QDialog(parent)
    , db_(db)
    , language_(language)
    , session_(session)
{
    setWindowTitle(tr("Users"));
    auto *layout = new QVBoxLayout(this);
    model_ = new TextTableModel(
        {{tr("Name")}, {tr("Role")}, {tr("Locked until")}, {tr("Failed logins"), true}, {tr("Disabled")}}, this);
    view_ = new QTableView(this);
    view_->setModel(model_);
    view_->setAlternatingRowColors(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->verticalHeader()->hide();
    compactRows(view_);
    layout->addWidget(view_, 1);

    error_ = messageLabel(this);
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(error_);

    auto *row = new QHBoxLayout;
    add_ = new QPushButton(tr("&Add user…"), this);
    reset_ = new QPushButton(tr("&Reset password…"), this);
    disable_ = new QPushButton(tr("&Disable…"), this);
    row->addWidget(add_);
    row->addWidget(reset_);
    row->addWidget(disable_);
    row->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    row->addWidget(close);
    layout->addLayout(row);

    connect(add_, &QPushButton::clicked, this, &UsersDialog::openAddForm);
    connect(reset_, &QPushButton::clicked, this, &UsersDialog::openResetForm);
    connect(disable_, &QPushButton::clicked, this, &UsersDialog::confirmDisable);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersDialog::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &UsersDialog::updateButtons);
    resize(720, 420);
    refresh();
}

void UsersDialog::refresh()
{
    const std::optional<QString> selected = selectedUser();
    try {
        users_ = auth::Users(db_).list();
    } catch (const std::exception &e) {
        users_.clear();
        error_->setText(QString::fromUtf8(e.what()));
    }
    const QDateTime now = QDateTime::currentDateTime();
    std::vector<QStringList> rows;
    for (const auth::UserInfo &u : users_) {
        QString locked;
        if (!u.lockedUntil.isEmpty()) {
            const QDateTime until = QDateTime::fromString(u.lockedUntil, Qt::ISODate);
            if (!until.isValid())
                locked = u.lockedUntil;
            else if (until > now)
                locked = until.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            else
                locked = tr("%1 (over)").arg(until.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        rows.push_back({u.name, roleLabel(u.role, language_), locked, QString::number(u.failedLogins),
                        u.disabled ? tr("disabled") : QString()});
    }
    model_->setRows(std::move(rows));
    view_->resizeColumnsToContents();
    if (selected)
        selectUser(*selected);
    updateButtons();
}

std::optional<QString> UsersDialog::selectedUser() const
{
    const QModelIndexList rows = view_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return model_->row(rows.front().row()).front();
}

bool UsersDialog::selectUser(const QString &name)
{
    for (int r = 0; r < model_->rowCount(); ++r) {
        if (model_->row(r).front() == name) {
            view_->selectRow(r);
            return true;
        }
    }
    return false;
}

void UsersDialog::updateButtons()
{
    const bool maintain = session_.may(auth::Action::Maintain);
    const QString why = maintain ? QString() : whyNot(auth::Action::Maintain);
    const std::optional<QString> selected = selectedUser();
    bool selectedDisabled = false;
    for (const auth::UserInfo &u : users_)
        if (selected && u.name == *selected)
            selectedDisabled = u.disabled;
    add_->setEnabled(maintain);
    reset_->setEnabled(maintain && selected.has_value());
    disable_->setEnabled(maintain && selected.has_value() && !selectedDisabled);
    for (QPushButton *b : {add_, reset_, disable_})
        b->setToolTip(why);
    if (maintain) {
        if (!selected) {
            reset_->setToolTip(tr("Choose a user first."));
            disable_->setToolTip(tr("Choose a user first."));
        } else if (selectedDisabled) {
            disable_->setToolTip(tr("%1 is disabled already.").arg(*selected));
        }
    }
}

bool UsersDialog::attempt(const std::function<void()> &change, QString &refusal)
{
    try {
        change();
    } catch (const Error &e) {
        refusal = e.message();
        return false;
    } catch (const std::exception &e) {
        refusal = QString::fromUtf8(e.what());
        return false;
    }
    refresh();
    return true;
}

bool UsersDialog::addUser(const QString &name, auth::Role role, const QString &password)
{
    QString refusal;
    const bool ok = attempt([&] { auth::Users(db_).add(session_, name.trimmed(), role, password); }, refusal);
    error_->setText(ok ? QString() : refusal);
    if (ok)
        selectUser(name.trimmed());
    return ok;
}

bool UsersDialog::resetPassword(const QString &name, const QString &password)
{
    QString refusal;
    const bool ok = attempt([&] { auth::Users(db_).setPassword(session_, name, password); }, refusal);
    error_->setText(ok ? QString() : refusal);
    return ok;
}

bool UsersDialog::disableUser(const QString &name)
{
    QString refusal;
    bool ok = false;
    if (!session_.user.isEmpty() && name == session_.user)
        refusal = tr("You cannot disable your own account.");
    else
        ok = attempt([&] { auth::Users(db_).disable(session_, name); }, refusal);
    error_->setText(ok ? QString() : refusal);
    return ok;
}

UserForm *UsersDialog::openForm(UserForm::Mode mode, const QString &name)
{
    if (form_)
        form_->close();
    auto *form = new UserForm(mode, language_, name, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &UserForm::submitted, this, [this, form] {
        QString refusal;
        const QString user = form->name();
        const QString password = form->password();
        const bool ok = form->mode() == UserForm::Mode::AddUser
                            ? attempt([&] { auth::Users(db_).add(session_, user, form->role(), password); }, refusal)
                            : attempt([&] { auth::Users(db_).setPassword(session_, user, password); }, refusal);
        if (!ok) {
            form->showError(refusal);
            return;
        }
        error_->clear();
        selectUser(user);
        form->accept();
    });
    form_ = form;
    form->open();
    return form;
}

UserForm *UsersDialog::openAddForm()
{
    if (!session_.may(auth::Action::Maintain)) {
        error_->setText(whyNot(auth::Action::Maintain));
        return nullptr;
    }
    return openForm(UserForm::Mode::AddUser, {});
}

UserForm *UsersDialog::openResetForm()
{
    if (!session_.may(auth::Action::Maintain)) {
        error_->setText(whyNot(auth::Action::Maintain));
        return nullptr;
    }
    const std::optional<QString> name = selectedUser();
    if (!name) {
        error_->setText(tr("Choose a user first."));
        return nullptr;
    }
    return openForm(UserForm::Mode::ResetPassword, *name);
}

void UsersDialog::confirmDisable()
{
    if (!session_.may(auth::Action::Maintain)) {
        error_->setText(whyNot(auth::Action::Maintain));
        return;
    }
    const std::optional<QString> name = selectedUser();
    if (!name) {
        error_->setText(tr("Choose a user first."));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disable user"),
                                tr("Disable %1? The user can no longer log in; the audit trail keeps the name.")
                                    .arg(*name),
                                QMessageBox::NoButton, this);
    QPushButton *yes = box->addButton(tr("Disable"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, user = *name](QAbstractButton *clicked) {
        if (clicked == yes)
            disableUser(user);
    });
    box->open();
}

} // namespace kakehashi::ui
