#include "views/settings_view.h"

#include "models/text_table_model.h"
#include "rules/validation.h"
#include "storage/calendar_store.h"
#include "storage/database.h"
#include "storage/subsidy_store.h"

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
    folder_->setPlaceholderText(QFileInfo(storage::defaultDatabasePath()).absolutePath());
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

    adminButtons_ = {add, remove, addRateButton};
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
}

QString SettingsView::defaultDatabaseFile()
{
    const QString folder = QSettings().value(QStringLiteral("database/folder")).toString();
    if (folder.isEmpty())
        return storage::defaultDatabasePath();
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
    for (const calendar::DayInfo &h : storage::CalendarStore(db_).workCalendar().holidays(year))
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
    storage::CalendarStore(db_).addHoliday(session_, toDate(day), name.trimmed());
    showYear(year_->value());
    return true;
}

bool SettingsView::removeHoliday(const QDate &day)
{
    if (refuse() || !day.isValid())
        return false;
    storage::CalendarStore(db_).removeHoliday(session_, toDate(day));
    showYear(year_->value());
    return true;
}

bool SettingsView::addRate(const QDate &from, qint64 dailyJpy)
{
    if (refuse())
        return false;
    storage::SubsidyStore(db_).addRate(session_, toDate(from), dailyJpy);
    refreshRates();
    return true;
}

void SettingsView::refreshRates()
{
    const QLocale locale;
    std::vector<QStringList> rows;
    for (const rules::Rate &r : storage::SubsidyStore(db_).rates())
        rows.push_back({isoDateQ(r.validFrom), locale.toString(r.daily.value())});
    rates_->setRows(std::move(rows));
}

} // namespace kakehashi::ui
