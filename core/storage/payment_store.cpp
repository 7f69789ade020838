#include "storage/payment_store.h"

#include "storage/database.h"

#include <QVariant>

namespace kakehashi::storage {

std::map<QString, QString> PaymentStore::settings() const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    Database::exec(q);
    std::map<QString, QString> out;
    while (q.next())
        out[q.value(0).toString()] = q.value(1).toString();
    return out;
}

std::optional<QString> PaymentStore::setting(const QString &key) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void PaymentStore::putSetting(const QString &key, const QString &value)
{
    QSqlQuery q = db_.prepare(value.isEmpty() ? QStringLiteral("DELETE FROM settings WHERE key = ?")
                                              : QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    if (!value.isEmpty())
        q.addBindValue(value);
    Database::exec(q);
}

std::optional<qint64> PaymentStore::budget(int fy) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT budget_jpy FROM subsidy_budgets WHERE fy = ?"));
    q.addBindValue(fy);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void PaymentStore::putBudget(int fy, qint64 yen)
{
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO subsidy_budgets (fy, budget_jpy) VALUES (?, ?) "
                                             "ON CONFLICT (fy) DO UPDATE SET budget_jpy = excluded.budget_jpy"));
    q.addBindValue(fy);
    q.addBindValue(yen);
    Database::exec(q);
}

qint64 PaymentStore::paidInFiscalYear(int fy) const
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT coalesce(sum(amount_jpy), 0) FROM ledger_entries WHERE period BETWEEN ? AND ?"));
    q.addBindValue(QStringLiteral("%1-04").arg(fy));
    q.addBindValue(QStringLiteral("%1-03").arg(fy + 1));
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::map<QString, qint64> PaymentStore::paidByPeriod(int fy) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT period, sum(amount_jpy) FROM ledger_entries "
                                             "WHERE period BETWEEN ? AND ? GROUP BY period"));
    q.addBindValue(QStringLiteral("%1-04").arg(fy));
    q.addBindValue(QStringLiteral("%1-03").arg(fy + 1));
    Database::exec(q);
    std::map<QString, qint64> out;
    while (q.next())
        out[q.value(0).toString()] = q.value(1).toLongLong();
    return out;
}

std::vector<PayableEntry> PaymentStore::payableEntries(const QString &period) const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT e.entry_no, e.amount_jpy, e.student_no, s.family_name || ' ' || s.given_name, s.bank_code, "
        "       s.branch_code, s.account_type, s.account_no, s.account_holder_kana "
        "FROM ledger_entries e JOIN students s ON s.student_no = e.student_no "
        "WHERE e.period = ? ORDER BY e.student_no, e.entry_no"));
    q.addBindValue(period);
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<PayableEntry> out;
    while (q.next()) {
        PayableEntry e;
        e.entryNo = q.value(0).toLongLong();
        e.amountJpy = q.value(1).toLongLong();
        e.studentNo = q.value(2).toString();
        e.studentName = q.value(3).toString();
        e.bankCode = q.value(4).toString();
        e.branchCode = q.value(5).toString();
        e.accountType = q.value(6).toString();
        e.accountNo = q.value(7).toString();
        e.holderKana = q.value(8).toString();
        out.push_back(std::move(e));
    }
    return out;
}

std::map<qint64, EarlierTransfer> PaymentStore::transferredEntries(const QString &period) const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT t.entry_no, f.id, f.transfer_date, f.made_at, f.made_by "
        "FROM transfer_entries t JOIN transfer_files f ON f.id = t.transfer_id "
        "WHERE f.period = ? ORDER BY t.entry_no, f.id"));
    q.addBindValue(period);
    Database::exec(q);
    std::map<qint64, EarlierTransfer> out;
    while (q.next())
        out.try_emplace(q.value(0).toLongLong(), EarlierTransfer{q.value(1).toLongLong(), q.value(2).toString(),
                                                                 q.value(3).toString(), q.value(4).toString()});
    return out;
}

qint64 PaymentStore::addTransferFile(const TransferFileRow &row)
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "INSERT INTO transfer_files (period, transfer_date, made_at, made_by, payees, total_jpy, sha256) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(row.period);
    q.addBindValue(row.transferDate);
    q.addBindValue(row.madeAt);
    q.addBindValue(row.madeBy);
    q.addBindValue(row.payees);
    q.addBindValue(row.totalJpy);
    q.addBindValue(row.sha256);
    Database::exec(q);
    if (!q.next())
        throw DatabaseError(QStringLiteral("the new transfer file's number was not returned"));
    return q.value(0).toLongLong();
}

void PaymentStore::addTransferEntries(qint64 transferId, const std::vector<qint64> &entries)
{
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO transfer_entries (transfer_id, entry_no) VALUES (?, ?)"));
    for (qint64 e : entries) {
        q.bindValue(0, transferId);
        q.bindValue(1, e);
        Database::exec(q);
    }
}

std::vector<TransferFileRow> PaymentStore::transferFiles(const QString &period) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT period, transfer_date, made_at, made_by, payees, total_jpy, sha256 "
                                             "FROM transfer_files WHERE period = ? ORDER BY id"));
    q.addBindValue(period);
    Database::exec(q);
    std::vector<TransferFileRow> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toString()});
    return out;
}

namespace {

const QString kStepColumns = QStringLiteral("id, period, step, \"user\", at, reason, claims, total_jpy");

ApprovalStepRow readStep(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong()};
}

} // namespace

std::vector<ApprovalStepRow> PaymentStore::approvalSteps(const QString &period) const
{
    QSqlQuery q =
        db_.prepare(QStringLiteral("SELECT %1 FROM approval_steps WHERE period = ? ORDER BY id").arg(kStepColumns));
    q.addBindValue(period);
    Database::exec(q);
    std::vector<ApprovalStepRow> out;
    while (q.next())
        out.push_back(readStep(q));
    return out;
}

std::map<QString, ApprovalStepRow> PaymentStore::lastApprovalSteps() const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM approval_steps a WHERE id = "
                                             "(SELECT max(id) FROM approval_steps b WHERE b.period = a.period)")
                                  .arg(kStepColumns));
    Database::exec(q);
    std::map<QString, ApprovalStepRow> out;
    while (q.next()) {
        ApprovalStepRow r = readStep(q);
        out[r.period] = r;
    }
    return out;
}

void PaymentStore::addApprovalStep(const ApprovalStepRow &row)
{
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO approval_steps (period, step, \"user\", at, reason, claims, "
                                             "total_jpy) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row.period);
    q.addBindValue(row.step);
    q.addBindValue(row.user);
    q.addBindValue(row.at);
    q.addBindValue(row.reason.isEmpty() ? QVariant() : QVariant(row.reason));
    q.addBindValue(row.claims);
    q.addBindValue(row.totalJpy);
    Database::exec(q);
}

} // namespace kakehashi::storage
