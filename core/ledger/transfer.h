#pragma once
// The bank transfer file (全銀協 総合振込, FORMATS.md §6): the payments of a
// ledger period, net of reversals, one data record per student with a net
// amount above zero, in student_no order, as fixed 120-byte Shift_JIS records
// each followed by CRLF: header (1), data (2), trailer (8) and end (9). The
// consortium's own account comes from the settings transfer.*. Which ledger
// entries each file paid is recorded (and audited), so that a second file for
// the same month says which entries it repeats and is made only when confirmed.
#include "auth/roles.h"
#include "domain/date.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ledger {

inline constexpr int kZenginRecordBytes = 120;
inline constexpr int kZenginHolderWidth = 30;

// The header's values (text already in the transfer file's character set).
struct TransferHeader
{
    QString requesterCode; // up to 10 digits
    QString requesterName; // up to 40
    Date date;
    QString bankCode;      // 4 digits
    QString bankName;      // up to 15
    QString branchCode;    // 3 digits
    QString branchName;    // up to 15
    QString accountType;   // ordinary, current
    QString accountNo;     // 7 digits
};

struct TransferPayee
{
    QString studentNo;
    QString bankCode;   // 4 digits
    QString bankName;   // up to 15; empty is written as spaces
    QString branchCode; // 3 digits
    QString branchName; // up to 15
    QString accountType; // ordinary, current
    QString accountNo;  // 7 digits
    QString holder;     // half-width katakana; cut to 30
    qint64 amountJpy = 0;
    std::vector<qint64> entries; // the ledger entries the amount nets
};

// The file's bytes: header, one data record per payee, trailer, end record.
// Every record is 120 bytes of Shift_JIS (CP932) followed by CRLF. The text
// must be in the transfer file's character set (rules::isZenginText).
QByteArray zenginTransferFile(const TransferHeader &header, const std::vector<TransferPayee> &payees);

// The file refused: each problem (a setting, a student's account or name).
class TransferError final : public Error
{
public:
    TransferError(const QString &message, QStringList problems, bool repeats = false)
        : Error(message), problems(std::move(problems)), repeats(repeats)
    {
    }
    QStringList problems;
    bool repeats = false; // refused only because an earlier file paid some of the entries
};

struct TransferResult
{
    QString period;
    Date date;
    std::vector<TransferPayee> payees;
    qint64 totalJpy = 0;
    QByteArray bytes;
    QString sha256;
    std::vector<qint64> entries;  // every ledger entry the file pays
    std::vector<qint64> repeated; // of them, those an earlier file paid
    QStringList repeatNotes;      // which earlier files, for the person to read
    QStringList warnings;         // e.g. a name cut to 30 characters, a date that is not a working day
};

class Transfers final
{
    Q_DECLARE_TR_FUNCTIONS(kakehashi::ledger)

public:
    using Clock = std::function<QDateTime()>;
    explicit Transfers(storage::Database &db, Clock clock = &QDateTime::currentDateTime);

    // What the file for the period would hold; throws TransferError listing every
    // problem (settings missing, a student without complete account details or
    // with a name that half-width katakana cannot write, nothing to pay).
    TransferResult prepare(const QString &period, const Date &date) const;

    // Makes the file: administrators only (AuthError). When an earlier file paid
    // some of the entries, refuses (TransferError naming them) unless `again`.
    // Writes `file` whole or not at all, and records which entries it paid with
    // its SHA-256 in the audit trail, in one transaction.
    TransferResult write(const auth::Session &session, const QString &period, const Date &date, const QString &file,
                         bool again);

private:
    storage::Database &db_;
    Clock clock_;
};

} // namespace kakehashi::ledger
