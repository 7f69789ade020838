#pragma once
// What paying the interns reads and writes (FORMATS.md §6): the database's
// settings, the fiscal years' budgets, the ledger entries of a month with the
// payees' bank accounts, the transfer files made, and the approval steps of each
// month. Writing happens inside the caller's transaction.
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;

// A ledger entry of a month with the account of the student it pays.
struct PayableEntry
{
    qint64 entryNo = 0;
    qint64 amountJpy = 0;
    QString studentNo;
    QString studentName; // family_name given_name as stored now
    QString bankCode;
    QString branchCode;
    QString accountType;
    QString accountNo;
    QString holderKana;
};

// A transfer file made earlier that paid a ledger entry.
struct EarlierTransfer
{
    qint64 id = 0;
    QString transferDate;
    QString madeAt;
    QString madeBy;
};

struct TransferFileRow
{
    QString period;
    QString transferDate;
    QString madeAt;
    QString madeBy;
    qint64 payees = 0;
    qint64 totalJpy = 0;
    QString sha256;
};

struct ApprovalStepRow
{
    qint64 id = 0;
    QString period;
    QString step; // prepare, check, approve, reject, post
    QString user;
    QString at;
    QString reason;
    QString claims; // SHA-256 of the payments the step saw
    qint64 totalJpy = 0;
};

class PaymentStore final
{
public:
    explicit PaymentStore(const Database &db) : db_(db) {}

    // Settings: key → value; a key without a row has no value.
    std::map<QString, QString> settings() const;
    std::optional<QString> setting(const QString &key) const;
    // An empty value removes the key.
    void putSetting(const QString &key, const QString &value);

    std::optional<qint64> budget(int fy) const;
    void putBudget(int fy, qint64 yen);
    // Net amount of the ledger entries whose period lies in FY`fy`.
    qint64 paidInFiscalYear(int fy) const;
    // Net amount of the ledger entries per period of FY`fy` (YYYY-MM → yen).
    std::map<QString, qint64> paidByPeriod(int fy) const;

    // Every ledger entry of the period (payments and reversals), by student_no
    // then entry_no, with the student's account as stored now.
    std::vector<PayableEntry> payableEntries(const QString &period) const;
    // Entries of the period that a transfer file has paid already → the first such file.
    std::map<qint64, EarlierTransfer> transferredEntries(const QString &period) const;
    qint64 addTransferFile(const TransferFileRow &row);
    void addTransferEntries(qint64 transferId, const std::vector<qint64> &entries);
    std::vector<TransferFileRow> transferFiles(const QString &period) const;

    std::vector<ApprovalStepRow> approvalSteps(const QString &period) const;
    // The last step of each period that has one.
    std::map<QString, ApprovalStepRow> lastApprovalSteps() const;
    void addApprovalStep(const ApprovalStepRow &row);

private:
    const Database &db_;
};

} // namespace kakehashi::storage
