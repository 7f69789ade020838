#pragma once
// A month's subsidy claims: each internship with present days, eligible or not
// and why, the amount, what the ledger already holds for it and the difference;
// an administrator posts the month from here.
#include "language.h"

#include "auth/auth.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class TextTableModel;

class ClaimsView final : public QWidget
{
    Q_OBJECT

public:
    ClaimsView(storage::Database &db, Language language, QWidget *parent = nullptr);
    // Enables what the user's role allows; the rest is disabled with the reason.
    void setSession(const auth::Session &session);

    void setMonth(int year, int month);
    void refresh();
    // Posts the month after asking; returns the number of entries added.
    int post(bool ask = true);

    TextTableModel *model() const { return model_; }
    QString totalsText() const;

signals:
    void posted();

private:
    QString period() const;

    storage::Database &db_;
    Language language_;
    QDateEdit *month_ = nullptr;
    QTableView *view_ = nullptr;
    TextTableModel *model_ = nullptr;
    QLabel *totals_ = nullptr;
    QPushButton *post_ = nullptr;
    qint64 claimed_ = 0;
    auth::Session session_; // single-user until told otherwise
    qint64 posted_ = 0;
};

} // namespace kakehashi::ui
