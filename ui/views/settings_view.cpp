#include "views/settings_view.h"

#include "ledger/budget.h"
#include "ledger/settings.h"
#include "models/text_table_model.h"
#include "rules/validation.h"
#include "services/calendar_and_rates.h"
#include "services/database_file.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace kakehashi::ui {

namespace {

Date toDate(const QDate &d)
{
    return Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                static_cast<unsigned short>(d.day()));
}

QTableView *tableFor(TextTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

SettingsView::SettingsView(storage::Database &db, Language language, QWidget *parent)
    : QWidget(parent)
    , db_(db)
    , language_(language)
{
    auto *layout = new QHBoxLayout(this);

    // The calendar of a year, with the administrator's overrides.
    auto *calendarBox = new QGroupBox(tr("Holidays and closing days"), this);
    auto *c = new QVBoxLayout(calendarBox);
    year_ = new QSpinBox(calendarBox);
    year_->setRange(calendar::kFirstYear, calendar::kLastYear);
    year_->setValue(QDate::currentDate().year());
    c->addWidget(year_);
    holidays_ = new TextTableModel({{tr("Date")}, {tr("Name of the day")}}, this);
    holidayView_ = tableFor(holidays_, calendarBox);
    c->addWidget(holidayView_, 1);
    auto *addRow = new QHBoxLayout;
    day_ = new QDateEdit(QDate::currentDate(), calendarBox);
    day_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    day_->setCalendarPopup(true);
    name_ = new QLineEdit(calendarBox);
    name_->setPlaceholderText(tr("name, e.g. 年末年始休業"));
    auto *add = new QPushButton(tr("&Add day off"), calendarBox);
    auto *remove = new QPushButton(tr("Make the selected day a &working day"), calendarBox);
    addRow->addWidget(day_);
    addRow->addWidget(name_, 1);
    addRow->addWidget(add);
    c->addLayout(addRow);
    c->addWidget(remove);
    layout->addWidget(calendarBox, 3);

    auto *right = new QVBoxLayout;
    // The daily rates.
    auto *rateBox = new QGroupBox(tr("Daily subsidy rates (sme_internship)"), this);
    auto *r = new QVBoxLayout(rateBox);
    rates_ = new TextTableModel({{tr("Valid from")}, {tr("Daily rate (¥)"), true}}, this);
    r->addWidget(tableFor(rates_, rateBox), 1);
    auto *rateRow = new QHBoxLayout;
    rateFrom_ = new QDateEdit(QDate::currentDate(), rateBox);
    rateFrom_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    rateFrom_->setCalendarPopup(true);
    rate_ = new QLineEdit(rateBox);
    rate_->setPlaceholderText(QStringLiteral("7000"));
    auto *addRateButton = new QPushButton(tr("Add &rate"), rateBox);
    rateRow->addWidget(rateFrom_);
    rateRow->addWidget(rate_, 1);
    rateRow->addWidget(addRateButton);
    r->addLayout(rateRow);
    r->addWidget(new QLabel(tr("Amounts already posted never change."), rateBox));
    right->addWidget(rateBox, 1);

    // The consortium's bank account, which heads every transfer file, approval and budgets.
    auto *bankBox = new QGroupBox(tr("Bank transfers and budgets"), this);
    auto *b = new QFormLayout(bankBox);
    const std::pair<const char *, QString> bankLabels[] = {
        {"transfer.requester_code", tr("Requester code (振込依頼人コード):")},
        {"transfer.requester_name", tr("Requester name (kana):")},
        {"transfer.bank_code", tr("Bank code:")},
        {"transfer.bank_name", tr("Bank name (kana):")},
        {"transfer.branch_code", tr("Branch code:")},
        {"transfer.branch_name", tr("Branch name (kana):")},
        {"transfer.account_no", tr("Account no.:")}};
    for (const auto &[key, label] : bankLabels) {
        auto *field = new QLineEdit(bankBox);
        field->setObjectName(QLatin1String(key));
        b->addRow(label, field);
        bankFields_.emplace_back(QLatin1String(key), field);
    }
    accountType_ = new QComboBox(bankBox);
    accountType_->addItem(tr("Ordinary (普通)"), QStringLiteral("ordinary"));
    accountType_->addItem(tr("Current (当座)"), QStringLiteral("current"));
    b->insertRow(6, tr("Account type:"), accountType_);
    approval_ = new QCheckBox(tr("Claims are prepared, checked and approved before posting"), bankBox);
    b->addRow(tr("Approval:"), approval_);
    auto *saveBank = new QPushButton(tr("Save the &bank account and approval"), bankBox);
    b->addRow(saveBank);
    auto *budgetRow = new QHBoxLayout;
    budgetYear_ = new QSpinBox(bankBox);
    budgetYear_->setRange(ledger::kFirstBudgetYear, ledger::kLastBudgetYear);
    budgetYear_->setPrefix(QStringLiteral("FY"));
    budgetYear_->setValue(QDate::currentDate().month() >= 4 ? QDate::currentDate().year()
                                                            : QDate::currentDate().year() - 1);
    budget_ = new QLineEdit(bankBox);
    budget_->setPlaceholderText(tr("whole yen"));
    auto *setBudgetButton = new QPushButton(tr("Set b&udget"), bankBox);
    budgetRow->addWidget(budgetYear_);
    budgetRow->addWidget(budget_, 1);
    budgetRow->addWidget(setBudgetButton);
    b->addRow(tr("Budget:"), budgetRow);
    budgetStatus_ = new QLabel(bankBox);
    b->addRow(budgetStatus_);
    right->addWidget(bankBox);
    connect(saveBank, &QPushButton::clicked, this, [this] {
        if (refuse())
            return;
        const QStringList problems = saveBankSettings();
        if (!problems.isEmpty())
            QMessageBox::warning(this, tr("Not all saved"), problems.join(QLatin1Char('\n')));
    });
    connect(setBudgetButton, &QPushButton::clicked, this, [this] {
        QString error;
        const auto yen = rules::parseYen(budget_->text(), error);
        if (!yen) {
            QMessageBox::warning(this, tr("Not set"), error);
            return;
        }
        setBudget(budgetYear_->value(), yen->value());
    });
    auto showBudget = [this] {
        const ledger::BudgetStatus s = ledger::Budgets(db_).status(budgetYear_->value());
        const QLocale locale;
        budgetStatus_->setText(s.budgetJpy ? tr("FY%1 budget ¥%2 · paid ¥%3 · remaining ¥%4")
                                                 .arg(s.fy)
                                                 .arg(locale.toString(*s.budgetJpy), locale.toString(s.paidJpy),
                                                      locale.toString(*s.remainingJpy()))
                                           : tr("FY%1: no budget set · paid ¥%2").arg(s.fy).arg(locale.toString(s.paidJpy)));
        budget_->setText(s.budgetJpy ? QString::number(*s.budgetJpy) : QString());
    };
    connect(budgetYear_, &QSpinBox::valueChanged, this, showBudget);
    showBudget();
    adminButtons_.push_back(saveBank);
    adminButtons_.push_back(setBudgetButton);

    // The user's own settings.
    auto *own = new QGroupBox(tr("This computer"), this);
    auto *f = new QFormLayout(own);
    auto *keep = new QSpinBox(own);
    keep->setRange(1, 100);
    keep->setValue(QSettings().value(QStringLiteral("backup/keep"), 10).toInt());
    f->addRow(tr("Rolling backups kept:"), keep);
    auto *lang = new QComboBox(own);
    lang->addItem(tr("The desktop's language"), QString());
    lang->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    lang->addItem(QStringLiteral("English"), QStringLiteral("en"));
    lang->setCurrentIndex(std::max(0, lang->findData(QSettings().value(QStringLiteral("language")).toString())));
    f->addRow(tr("Language:"), lang);
    languageBox_ = lang;
    folder_ = new QLineEdit(QSettings().value(QStringLiteral("database/folder")).toString(), own);
    folder_->setPlaceholderText(QFileInfo(services::defaultDatabasePath()).absolutePath());
    folder_->setToolTip(tr("Where the program opens kakehashi.sqlite3 at start and where new databases go"));
    auto *browse = new QPushButton(tr("&Choose…"), own);
    browse->setObjectName(QStringLiteral("chooseFolder")); // this computer's, anyone's to set
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(browse);
    f->addRow(tr("Database folder:"), folderRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Database folder"), folder_->text());
        if (!dir.isEmpty())
            folder_->setText(dir);
    });
    connect(folder_, &QLineEdit::textChanged, this,
            [](const QString &dir) { QSettings().setValue(QStringLiteral("database/folder"), dir.trimmed()); });
    right->addWidget(own);
    layout->addLayout(right, 2);

    adminButtons_.insert(adminButtons_.end(), {add, remove, addRateButton});
    connect(year_, &QSpinBox::valueChanged, this, &SettingsView::showYear);
    connect(add, &QPushButton::clicked, this, [this] { addHoliday(day_->date(), name_->text()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = holidayView_->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            removeHoliday(QDate::fromString(holidays_->row(rows.front().row()).front(), Qt::ISODate));
    });
    connect(addRateButton, &QPushButton::clicked, this, [this] {
        QString error;
        const auto yen = rules::parseYen(rate_->text(), error);
        if (!yen) {
            QMessageBox::warning(this, tr("Not added"), error);
            return;
        }
        addRate(rateFrom_->date(), yen->value());
    });
    connect(keep, &QSpinBox::valueChanged, this,
            [](int n) { QSettings().setValue(QStringLiteral("backup/keep"), n); });
    connect(lang, &QComboBox::currentIndexChanged, this,
            [this, lang](int i) {
                QSettings().setValue(QStringLiteral("language"), lang->itemData(i));
                emit languageChosen(savedLanguage());
            });
    showYear(year_->value());
    refreshRates();
    refreshBankSettings();
}

QLineEdit *SettingsView::bankField(const QString &key) const
{
    for (const auto &[k, field] : bankFields_)
        if (k == key)
            return field;
    return nullptr;
}

void SettingsView::refreshBankSettings()
{
    const ledger::Settings settings(db_);
    for (const auto &[key, field] : bankFields_)
        field->setText(settings.value(key));
    accountType_->setCurrentIndex(std::max(0, accountType_->findData(settings.value(QStringLiteral("transfer.account_type")))));
    approval_->setChecked(settings.approvalRequired());
}

QStringList SettingsView::saveBankSettings()
{
    QStringList problems;
    if (!session_.may(auth::Action::Administer))
        return {whyNot(auth::Action::Administer)};
    ledger::Settings settings(db_);
    std::vector<std::pair<QString, QString>> wanted;
    for (const auto &[key, field] : bankFields_)
        wanted.emplace_back(key, field->text().trimmed());
    wanted.emplace_back(QStringLiteral("transfer.account_type"), accountType_->currentData().toString());
    wanted.emplace_back(ledger::kApprovalSetting, approval_->isChecked() ? QStringLiteral("on") : QStringLiteral("off"));
    for (const auto &[key, value] : wanted) {
        if (settings.value(key) == value)
            continue;
        try {
            settings.set(session_, key, value);
        } catch (const std::exception &e) {
            problems << QString::fromUtf8(e.what());
        }
    }
    refreshBankSettings();
    return problems;
}

bool SettingsView::setBudget(int fy, qint64 yen)
{
    if (refuse())
        return false;
    try {
        ledger::Budgets(db_).set(session_, fy, yen);
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Not set"), QString::fromUtf8(e.what()));
        return false;
    }
    {
        const QSignalBlocker block(budgetYear_);
        budgetYear_->setValue(fy);
    }
    emit budgetYear_->valueChanged(fy);
    return true;
}

QString SettingsView::defaultDatabaseFile()
{
    const QString folder = QSettings().value(QStringLiteral("database/folder")).toString();
    if (folder.isEmpty())
        return services::defaultDatabasePath();
    return QDir(folder).filePath(QStringLiteral("kakehashi.sqlite3"));
}

void SettingsView::setSession(const auth::Session &session)
{
    session_ = session;
    const bool may = session.may(auth::Action::Administer);
    for (QPushButton *b : adminButtons_) {
        b->setEnabled(may);
        b->setToolTip(may ? QString() : whyNot(auth::Action::Administer));
    }
}

bool SettingsView::refuse()
{
    if (session_.may(auth::Action::Administer))
        return false;
    QMessageBox::information(this, tr("Not allowed"), whyNot(auth::Action::Administer));
    return true;
}

void SettingsView::showYear(int year)
{
    {
        const QSignalBlocker block(year_);
        year_->setValue(year);
    }
    std::vector<QStringList> rows;
    for (const calendar::DayInfo &h : services::CalendarService(db_).workCalendar().holidays(year))
        rows.push_back({isoDateQ(h.date), language_ == Language::Japanese ? h.nameJa : h.nameEn});
    holidays_->setRows(std::move(rows));
    holidayView_->resizeColumnsToContents();
}

bool SettingsView::addHoliday(const QDate &day, const QString &name)
{
    if (refuse())
        return false;
    if (name.trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Not added"), tr("Give the day a name."));
        return false;
    }
    services::CalendarService(db_).addHoliday(session_, toDate(day), name.trimmed());
    showYear(year_->value());
    return true;
}

bool SettingsView::removeHoliday(const QDate &day)
{
    if (refuse() || !day.isValid())
        return false;
    services::CalendarService(db_).removeHoliday(session_, toDate(day));
    showYear(year_->value());
    return true;
}

bool SettingsView::addRate(const QDate &from, qint64 dailyJpy)
{
    if (refuse())
        return false;
    services::RateService(db_).addRate(session_, toDate(from), dailyJpy);
    refreshRates();
    return true;
}

void SettingsView::refreshRates()
{
    const QLocale locale;
    std::vector<QStringList> rows;
    for (const rules::Rate &r : services::RateService(db_).rates())
        rows.push_back({isoDateQ(r.validFrom), locale.toString(r.daily.value())});
    rates_->setRows(std::move(rows));
}

} // namespace kakehashi::ui
