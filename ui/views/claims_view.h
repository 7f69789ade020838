#pragma once
// A month's subsidy claims: each internship with present days, eligible or not
// and why, the amount, what the ledger already holds for it and the difference;
// the fiscal year's budget, paid and remaining with a chart of paid by month
// against it; the month's approval steps; an administrator posts the month from here.
#include "language.h"

#include "auth/auth.h"

#include <QWidget>

#include <vector>

class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

class EvidencePanel;
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
    // What posting would do, as the confirmation asks it: the ledger's entries and
    // total now (of the whole ledger and of the month) and the claims still unpaid.
    QString postQuestion() const;
    // The last posting's result: the entries added with their total, and the
    // ledger's count and total before and after (as `ledger post` reports it).
    QString postResult() const { return postResult_; }

    TextTableModel *model() const { return model_; }
    QString totalsText() const;
    // "FY2025 budget ¥… · paid ¥… · remaining ¥…" (or that the year has none).
    QString budgetText() const;
    // The month's approval state, who took the last step and when.
    QString approvalText() const;
    QChartView *chart() const { return chart_; }
    EvidencePanel *evidence() const { return evidence_; }

    // Takes an approval step (prepare, check, approve, reject) for the month as
    // the session's user; returns the refusal's message, empty when it was taken.
    QString takeStep(const QString &step, const QString &reason = {});

    // Writes the month's bank transfer file (administrators). `problems` gets
    // every refusal (settings, a student's account or name, entries an earlier
    // file paid); `repeats` is set when only `again` would make it.
    bool writeTransfer(const QDate &date, const QString &file, bool again, QStringList &problems, bool *repeats = nullptr);

signals:
    void posted();

private:
    QString period() const;
    void refreshBudget();
    void refreshApproval();
    void transferDialog();

    storage::Database &db_;
    Language language_;
    QDateEdit *month_ = nullptr;
    QTableView *view_ = nullptr;
    TextTableModel *model_ = nullptr;
    QLabel *totals_ = nullptr;
    QLabel *postResultLabel_ = nullptr;
    QString postResult_;
    QPushButton *post_ = nullptr;
    QPushButton *transfer_ = nullptr;
    QLabel *budget_ = nullptr;
    QLabel *approval_ = nullptr;
    QChartView *chart_ = nullptr;
    EvidencePanel *evidence_ = nullptr; // the month's signed timesheets
    std::vector<QPushButton *> stepButtons_; // prepare, check, approve, reject
    qint64 claimed_ = 0;
    auth::Session session_; // single-user until told otherwise
    qint64 posted_ = 0;
};

} // namespace kakehashi::ui
