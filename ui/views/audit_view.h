#pragma once
// The audit trail for auditors and administrators: filtered by dates, user,
// kind of record, key and action, shown as the rows of `audit export`
// (at, user, action, kind, key, field, old, new), counted, and exported to CSV
// or XLSX; each export is itself recorded in the trail. Other roles see a
// disabled view with the reason.
#include "auth/auth.h"
#include "services/audit.h"
#include "language.h"

#include <QString>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class TextTableModel;

class AuditView final : public QWidget
{
    Q_OBJECT

public:
    AuditView(storage::Database &db, Language language, QWidget *parent = nullptr);
    // Shows the trail when the session may AuditLedger; otherwise empties and
    // disables the view and says why. Single-user until told otherwise.
    void setSession(const auth::Session &session);

    // The filter as the fields give it.
    services::AuditQuery filter() const;
    // Reads the trail again with the filter: the newest entries up to the limit.
    void refresh();
    // Reads it again now if shown, else when next shown (after a change elsewhere).
    void invalidate();
    // How many stored entries the page shows at most (the export has them all).
    void setShownLimit(qint64 entries) { limit_ = entries; }
    // Writes every row the filter matches to `file` as "csv" (UTF-8 with BOM) or
    // "xlsx" and records the export; false with the reason in status() when not written.
    bool exportTo(const QString &file, const QString &format);

    // The codes the action filter offers (after "all").
    static QStringList actions();
    // An action ("create") and a kind ("students", "user") as people read them.
    static QString actionLabel(const QString &action);
    static QString kindText(const QString &kind);

    TextTableModel *model() const { return model_; }
    QTableView *view() const { return view_; }
    QCheckBox *fromCheck() const { return useFrom_; }
    QDateEdit *fromEdit() const { return from_; }
    QCheckBox *toCheck() const { return useTo_; }
    QDateEdit *toEdit() const { return to_; }
    QLineEdit *userField() const { return user_; }
    QComboBox *kindCombo() const { return kind_; }
    QLineEdit *keyField() const { return key_; }
    QComboBox *actionCombo() const { return action_; }
    QLabel *countLabel() const { return count_; }
    QLabel *reasonLabel() const { return reason_; }
    QLabel *status() const { return status_; }
    QPushButton *csvButton() const { return csv_; }
    QPushButton *xlsxButton() const { return xlsx_; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void exportDialog(const QString &format);
    bool allowed() const;

    storage::Database &db_;
    Language language_;
    auth::Session session_;
    std::vector<std::vector<QString>> rows_; // as shown
    qint64 limit_ = 10000;
    bool stale_ = true;
    QWidget *filters_ = nullptr;
    QCheckBox *useFrom_ = nullptr;
    QDateEdit *from_ = nullptr;
    QCheckBox *useTo_ = nullptr;
    QDateEdit *to_ = nullptr;
    QLineEdit *user_ = nullptr;
    QComboBox *kind_ = nullptr;
    QLineEdit *key_ = nullptr;
    QComboBox *action_ = nullptr;
    QTimer *debounce_ = nullptr;
    TextTableModel *model_ = nullptr;
    QTableView *view_ = nullptr;
    QLabel *count_ = nullptr;
    QLabel *reason_ = nullptr;
    QLabel *status_ = nullptr;
    QPushButton *csv_ = nullptr;
    QPushButton *xlsx_ = nullptr;
};

} // namespace kakehashi::ui
