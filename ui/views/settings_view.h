#pragma once
// Settings: the calendar's overrides (a day added or removed, for a year), the
// programme's daily rates, how many rolling backups to keep, and the language.
// Calendar and rates are an administrator's; the rest is the user's own.
#include "auth/auth.h"
#include "language.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
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
};

} // namespace kakehashi::ui
