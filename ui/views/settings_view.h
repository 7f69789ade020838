#pragma once
// Settings: the calendar's overrides (a day added or removed, for a year), the
// programme's daily rates, the consortium's bank account for transfer files,
// approval before posting and the fiscal years' budgets, how many rolling
// backups to keep, and the language. Calendar, rates, bank account, approval and
// budgets are an administrator's; the rest is the user's own.
#include "auth/auth.h"
#include "language.h"

#include <QWidget>

#include <utility>
#include <vector>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QCheckBox;
class QComboBox;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class TextTableModel;

class SettingsView final : public QWidget
{
    Q_OBJECT

public:
    SettingsView(storage::Database &db, Language language, QWidget *parent = nullptr);
    void setSession(const auth::Session &session);
    QComboBox *languageBox() const { return languageBox_; }
    QLineEdit *folderField() const { return folder_; }

    // The database the program opens without --db or $KAKEHASHI_DB: kakehashi.sqlite3
    // in the folder chosen here, else in the user's data folder.
    static QString defaultDatabaseFile();

    void showYear(int year);
    // An administrator's changes; false (with a message) when refused.
    bool addHoliday(const QDate &day, const QString &name);
    bool removeHoliday(const QDate &day);
    bool addRate(const QDate &from, qint64 dailyJpy);

    // The consortium's bank account (settings transfer.*) and subsidy.approval:
    // the field of a key, and saving what changed. Returns the problems, one
    // "key: message" each (nothing is saved of a refused key), empty when all saved.
    QLineEdit *bankField(const QString &key) const;
    QComboBox *accountTypeBox() const { return accountType_; }
    QCheckBox *approvalBox() const { return approval_; }
    QStringList saveBankSettings();
    void refreshBankSettings();
    // A fiscal year's budget; false (with a message) when refused.
    bool setBudget(int fy, qint64 yen);

    TextTableModel *holidays() const { return holidays_; }
    TextTableModel *rates() const { return rates_; }

signals:
    // A language chosen (the desktop's, when that is chosen): the window switches.
    void languageChosen(Language language);

private:
    void refreshRates();
    bool refuse();

    storage::Database &db_;
    Language language_;
    auth::Session session_;
    QSpinBox *year_ = nullptr;
    TextTableModel *holidays_ = nullptr;
    QTableView *holidayView_ = nullptr;
    QDateEdit *day_ = nullptr;
    QLineEdit *name_ = nullptr;
    TextTableModel *rates_ = nullptr;
    QDateEdit *rateFrom_ = nullptr;
    QLineEdit *rate_ = nullptr;
    std::vector<QPushButton *> adminButtons_;
    QComboBox *languageBox_ = nullptr;
    QLineEdit *folder_ = nullptr;
    std::vector<std::pair<QString, QLineEdit *>> bankFields_;
    QComboBox *accountType_ = nullptr;
    QCheckBox *approval_ = nullptr;
    QSpinBox *budgetYear_ = nullptr;
    QLineEdit *budget_ = nullptr;
    QLabel *budgetStatus_ = nullptr;
};

} // namespace kakehashi::ui
