#pragma once
// The subsidy ledger for administrators and auditors: search by posting date,
// amount and counterparty (in any combination), each reversal shown beside the
// entry it reverses, reversal with a reason, the chain verified, and the found
// entries exported to CSV, XLSX or PDF.
#include "language.h"
#include "services/ledger_summary.h"

#include "auth/auth.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class TextTableModel;

class LedgerView final : public QWidget
{
    Q_OBJECT

public:
    LedgerView(storage::Database &db, Language language, QWidget *parent = nullptr);
    // Enables what the user's role allows; the rest is disabled with the reason.
    void setSession(const auth::Session &session);

    services::LedgerFilter filter() const;
    void refresh();
    // Reverses the selected payment after asking for a reason.
    void reverseSelected();
    void verify();
    bool exportTo(const QString &file, const QString &format);

    TextTableModel *model() const { return model_; }
    QLineEdit *counterpartyField() const { return counterparty_; }
    QLineEdit *minAmountField() const { return minAmount_; }
    QTableView *view() const { return view_; }
    QLabel *status() const { return status_; }
    QCheckBox *correctionsOnly() const { return corrections_; }

private:
    void exportDialog(const QString &format);

    storage::Database &db_;
    Language language_;
    QCheckBox *useFy_ = nullptr;
    QSpinBox *fy_ = nullptr;
    QCheckBox *useFrom_ = nullptr;
    QDateEdit *from_ = nullptr;
    QCheckBox *useTo_ = nullptr;
    QCheckBox *corrections_ = nullptr;
    QPushButton *reverse_ = nullptr;
    auth::Session session_; // single-user until told otherwise
    QPushButton *verify_ = nullptr;
    QPushButton *exports_[3] = {};
    QDateEdit *to_ = nullptr;
    QLineEdit *minAmount_ = nullptr;
    QLineEdit *maxAmount_ = nullptr;
    QLineEdit *counterparty_ = nullptr;
    QTableView *view_ = nullptr;
    TextTableModel *model_ = nullptr;
    QLabel *status_ = nullptr;
};

} // namespace kakehashi::ui
