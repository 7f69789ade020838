#pragma once
// The subsidy ledger: claims of a month, posting, reversal and the hash chain
// (FORMATS.md §2). Entries are only ever appended; a correction is a reversal
// entry that names the payment it cancels, and the next posting pays what is due.
#include "auth/roles.h"
#include "domain/timestamp.h"
#include "storage/subsidy_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include "domain/error.h"

namespace kakehashi::ledger {

class LedgerError final : public Error
{
public:
    using Error::Error;
};

// One row of `subsidy claims`.
struct Claim
{
    QString internshipNo;
    QString studentNo;
    QString counterparty;
    rules::MonthClaim claim;
};

// The claims of a month (YYYY-MM), one per internship with a present day in it
// (of one internship, when `internshipNo` is given).
std::vector<Claim> claimsForMonth(const storage::Database &db, int year, int month, const QString &internshipNo = {});

// One internship's claim of each month of its period that has a present day,
// beside what the ledger has paid for that month.
struct MonthOfInternship
{
    QString period; // YYYY-MM
    rules::MonthClaim claim;
    qint64 postedJpy = 0;
};
std::vector<MonthOfInternship> claimsOfInternship(const storage::Database &db, const QString &internshipNo);

inline const QString kGenesisHash = QString(64, QLatin1Char('0'));

// The twelve hashed values of an entry, as the ledger CSV writes them.
QStringList hashedValues(const storage::LedgerRow &row);
// The ledger CSV's fourteen columns, and an entry's values for them.
const QStringList &csvColumns();
QStringList csvValues(const storage::LedgerRow &row);
// Lower-case hex SHA-256 of prev_hash + "\n" + the twelve values joined by "\t".
QString entryHash(const QString &prevHash, const storage::LedgerRow &row);
// Lower-case hex SHA-256 of bytes.
QByteArray sha256Hex(QByteArrayView bytes);
// Local time in ISO 8601 with its offset (domain/timestamp.h: the stores write it too).
using kakehashi::postingTimestamp;

struct VerifyResult
{
    bool ok = true;
    qint64 entries = 0;
    QString lastHash = kGenesisHash;
    qint64 firstBadEntry = 0; // when not ok
    QString problem;
    // What the ledger was compared with beyond its own chain (the last tip the
    // audit trail recorded, the witness file), in plain words.
    QStringList comparedWith;
};

// The witness file: the ledger's (entries, last hash) after each post and
// reversal, kept beside the backups so that deleting the ledger's last entries
// in the database alone cannot hide it.
QString witnessFile(const QString &databasePath);

class Ledger final
{
    // Messages in the namespace's translation context, as its free functions' (lupdate reads this).
    Q_DECLARE_TR_FUNCTIONS(kakehashi::ledger)

public:
    using Clock = std::function<QDateTime()>;
    explicit Ledger(storage::Database &db, Clock clock = &QDateTime::currentDateTime);
    // Who posts and reverses (single-user by default); only administrators may.
    void setSession(const auth::Session &session) { session_ = session; }

    // Posts the month's unpaid claims; returns the entries added (none when the
    // month is already posted). Durable (synchronous=FULL) when it returns.
    std::vector<storage::LedgerRow> post(const QString &period);
    // Reverses a payment with a reason; returns the reversal entry.
    storage::LedgerRow reverse(qint64 entryNo, const QString &reason);

    VerifyResult verify() const;
    // The number of entries and the last hash, as every export states them.
    std::pair<qint64, QString> tip() const;

private:
    // Records (entries, last hash) in the audit trail (same transaction) and the witness file.
    void recordTip(const QString &action, const QString &key);
    void writeWitness() const;
    storage::LedgerRow next(storage::LedgerRow row, const std::optional<storage::LedgerRow> &last) const;

    storage::Database &db_;
    Clock clock_;
    auth::Session session_;
};

// "YYYY-MM" → (year, month); nullopt when it is not a month.
std::optional<std::pair<int, int>> parsePeriod(QStringView text);

} // namespace kakehashi::ledger
