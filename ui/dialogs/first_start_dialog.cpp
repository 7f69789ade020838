#include "first_start_dialog.h"

#include "calendar/fiscal.h"
#include "demo/demo_generator.h"
#include "ledger/settings.h"
#include "rules/subsidy.h"
#include "services/calendar_and_rates.h"
#include "services/database_file.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kakehashi::ui {

namespace {

const QString kConsortiumKey = QStringLiteral("consortium/name");
const QString kHoursKey = QStringLiteral("attendance/hours");

Date today()
{
    const QDate d = QDate::currentDate();
    return Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                static_cast<unsigned short>(d.day()));
}

} // namespace

QString consortiumName()
{
    return QSettings().value(kConsortiumKey).toString();
}

FirstStartDialog::FirstStartDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent)
    , db_(db)
{
    setWindowTitle(tr("Welcome to Kakehashi"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This database is new:\n%1\n\nA few answers and it is ready; all of them can be "
                                "changed later under Settings and File → Users and roles.")
                                 .arg(services::databasePath(db)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Who and which year.
    auto *programme = new QGroupBox(tr("The consortium and its fiscal year"), this);
    auto *form = new QFormLayout(programme);
    consortium_ = new QLineEdit(consortiumName(), programme);
    form->addRow(tr("Consortium's &name:"), consortium_);
    fiscalYear_ = new QSpinBox(programme);
    fiscalYear_->setRange(2013, 2100);
    fiscalYear_->setValue(calendar::fiscalYearOf(today()));
    fiscalYear_->setPrefix(tr("FY"));
    form->addRow(tr("&Fiscal year:"), fiscalYear_);
    rate_ = new QSpinBox(programme);
    rate_->setRange(0, 1000000);
    rate_->setSingleStep(500);
    rate_->setSuffix(tr(" yen a day"));
    rate_->setGroupSeparatorShown(true);
    form->addRow(tr("Internship subsidy from 1 &April:"), rate_);
    hours_ = new QDoubleSpinBox(programme);
    hours_->setRange(0.5, 24);
    hours_->setSingleStep(0.5);
    hours_->setDecimals(1);
    hours_->setSuffix(tr(" h"));
    hours_->setValue(QSettings().value(kHoursKey, 8.0).toDouble());
    form->addRow(tr("&Hours per present day:"), hours_);
    checklist_ = new QCheckBox(tr("An internship becomes active only with its &checklist done (residence card copy, "
                                  "work permission, signed agreement, insurance) or an administrator's override"),
                               programme);
    checklist_->setToolTip(tr("The setting internship.checklist; off, missing items are warnings only. It can be "
                              "changed later under Settings."));
    form->addRow(checklist_);
    layout->addWidget(programme);

    // Who uses the file.
    auto *users = new QGroupBox(tr("Who uses this database"), this);
    auto *userLayout = new QVBoxLayout(users);
    single_ = new QRadioButton(tr("&Only me, without logins (single-user)"), users);
    several_ = new QRadioButton(tr("&Several people with logins and roles: I am the first administrator"), users);
    auto *group = new QButtonGroup(this);
    group->addButton(single_);
    group->addButton(several_);
    single_->setChecked(true);
    userLayout->addWidget(single_);
    userLayout->addWidget(several_);
    auto *adminForm = new QFormLayout;
    adminName_ = new QLineEdit(users);
    password_ = new QLineEdit(users);
    password_->setEchoMode(QLineEdit::Password);
    confirm_ = new QLineEdit(users);
    confirm_->setEchoMode(QLineEdit::Password);
    adminForm->addRow(tr("Administrator's &user name:"), adminName_);
    adminForm->addRow(tr("&Password (at least %1 characters):").arg(auth::kMinimumPasswordLength), password_);
    adminForm->addRow(tr("&Confirm the password:"), confirm_);
    userLayout->addLayout(adminForm);
    layout->addWidget(users);

    demo_ = new QCheckBox(tr("Fill it with &demo data to try the program (2,000 made-up students with their schools, "
                             "companies, internships, attendance, placements and events)"),
                          this);
    layout->addWidget(demo_);

    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("problem"));
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->setWordWrap(true);
    layout->addWidget(problem_);

    auto *buttons = new QDialogButtonBox(this);
    start_ = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("S&kip"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *e : {adminName_, password_, confirm_})
        connect(e, &QLineEdit::textChanged, this, &FirstStartDialog::update);
    connect(several_, &QRadioButton::toggled, this, &FirstStartDialog::update);
    connect(fiscalYear_, &QSpinBox::valueChanged, this, &FirstStartDialog::showRateInForce);
    showRateInForce();
    update();
}

void FirstStartDialog::showRateInForce()
{
    const auto rate = rules::rateOn(services::RateService(db_).rates(), calendar::fiscalYearStart(fiscalYear_->value()));
    rate_->setValue(rate ? static_cast<int>(rate->value()) : 0);
}

QString FirstStartDialog::problem() const
{
    if (!several_->isChecked())
        return {};
    if (adminName_->text().trimmed().isEmpty())
        return tr("The administrator needs a user name.");
    if (password_->text().size() < auth::kMinimumPasswordLength)
        return tr("The password needs at least %1 characters.").arg(auth::kMinimumPasswordLength);
    if (confirm_->text() != password_->text())
        return tr("The two passwords differ.");
    return {};
}

void FirstStartDialog::update()
{
    for (QLineEdit *e : {adminName_, password_, confirm_})
        e->setEnabled(several_->isChecked());
    const QString why = problem();
    // Only what the person has begun to type is pointed out.
    problem_->setText(adminName_->text().isEmpty() && password_->text().isEmpty() ? QString() : why);
    start_->setEnabled(why.isEmpty());
}

bool FirstStartDialog::fillWithDemo()
{
    QProgressDialog progress(tr("Creating demo data…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QApplication::processEvents();
    demo::Options options;
    options.students = demoStudents_;
    options.progress = [&](const QString &status) {
        progress.setLabelText(status);
        QApplication::processEvents();
    };
    try {
        demo::generate(db_, options);
    } catch (const std::exception &e) {
        problem_->setText(tr("The demo data could not be created: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    return true;
}

bool FirstStartDialog::apply()
{
    if (!problem().isEmpty()) {
        problem_->setText(problem());
        return false;
    }
    const auth::Session singleUser; // the file has no users yet: its only user may do everything
    try {
        const Date from = calendar::fiscalYearStart(fiscalYear_->value());
        const auto inForce = rules::rateOn(services::RateService(db_).rates(), from);
        if (!inForce || inForce->value() != rate_->value())
            services::RateService(db_).addRate(singleUser, from, rate_->value());
    } catch (const Error &e) {
        problem_->setText(e.message());
        return false;
    }
    if (checklist_->isChecked()) {
        try {
            ledger::Settings(db_).set(singleUser, QStringLiteral("internship.checklist"), QStringLiteral("on"));
        } catch (const Error &e) {
            problem_->setText(e.message());
            return false;
        }
    }
    QSettings settings;
    settings.setValue(kHoursKey, hours_->value());
    const QString name = consortium_->text().trimmed();
    if (name.isEmpty())
        settings.remove(kConsortiumKey);
    else
        settings.setValue(kConsortiumKey, name);
    if (demo_->isChecked() && !demoDone_) {
        if (!fillWithDemo())
            return false;
        demoDone_ = true;
    }
    if (several_->isChecked()) {
        try {
            auth::Users users(db_);
            users.add(singleUser, adminName_->text().trimmed(), auth::Role::Administrator, password_->text());
            session_ = users.login(adminName_->text().trimmed(), password_->text());
        } catch (const Error &e) {
            problem_->setText(e.message());
            return false;
        }
    }
    return true;
}

std::optional<auth::Session> FirstStartDialog::run(storage::Database &db, QWidget *parent)
{
    FirstStartDialog dialog(db, parent);
    dialog.exec();
    return dialog.session();
}

} // namespace kakehashi::ui
