#pragma once
#include "auth/roles.h"
// What the subsidy and the ledger read and write: the programme's daily rates,
// a month's present days per internship with what eligibility is judged on, and
// the ledger's entries. SQLite-neutral SQL, bound values only.
#include "domain/date.h"
#include "rules/subsidy.h"

#include <QString>

#include <array>
#include <functional>
#include <map>
#include <string_view>
#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;

// One internship with present days in a month, and what its claim depends on.
struct ClaimSource
{
    QString internshipNo;
    QString studentNo;
    QString counterparty; // "family_name given_name"
    rules::EligibilityInput eligibility;
    std::vector<Date> presentDays;
};

// A ledger entry as stored: the fourteen columns of FORMATS.md §2.
struct LedgerRow
{
    qint64 entryNo = 0;
    QString postedAt;
    QString period;
    QString kind;
    QString internshipNo;
    QString studentNo;
    QString counterparty;
    qint64 days = 0;
    qint64 rateJpy = 0;
    qint64 amountJpy = 0;
    std::optional<qint64> reverses;
    QString reason;
    QString prevHash;
    QString hash;
};

struct LedgerFilter
{
    std::optional<int> fiscalYear;   // on period
    std::optional<Date> postedFrom;  // on the date of posted_at, inclusive
    std::optional<Date> postedTo;
    std::optional<qint64> minAmount; // on amount_jpy, inclusive
    std::optional<qint64> maxAmount;
    QString counterparty;            // part of the name
};

class SubsidyStore final
{
public:
    explicit SubsidyStore(const Database &db) : db_(db) {}

    std::vector<rules::Rate> rates(const QString &programme = QStringLiteral("sme_internship")) const;
    // An administrator's new rate from a day on; amounts already posted never change.
    // Administrators only (AuthError otherwise); audited.
    void addRate(const auth::Session &session, const Date &validFrom, qint64 dailyJpy,
                 const QString &programme = QStringLiteral("sme_internship"));

    // What one internship's eligibility is judged on (for a live figure while
    // attendance is being entered); nullopt for an unknown internship.
    std::optional<rules::EligibilityInput> eligibilityInput(const QString &internshipNo) const;

    // Internships with at least one present day in the month, by internship_no.
    // Of every internship, or of one when `internshipNo` is given.
    std::vector<ClaimSource> claimSources(int year, int month, const QString &internshipNo = {}) const;

    // Ledger. Appending happens inside the caller's transaction.
    std::optional<LedgerRow> lastEntry() const;
    std::optional<LedgerRow> entry(qint64 entryNo) const;
    // `postedBy`: who posted it (kept beside the entry; not hashed, not in the CSV).
    void append(const LedgerRow &row, const QString &postedBy = {});
    // Payment entries of the period that no reversal names: internship_no → entry.
    std::vector<LedgerRow> activePayments(const QString &period) const;
    bool isReversed(qint64 entryNo) const;
    // Every reversed payment → the reversal that cancels it.
    std::map<qint64, qint64> reversals() const;
    // Net amount posted (payments and reversals) per internship for a period.
    std::map<QString, qint64> postedAmounts(const QString &period) const;
    std::vector<LedgerRow> entries(const LedgerFilter &filter = {}) const;
    // Every entry in entry_no order as the UTF-8 text of its fourteen columns,
    // exactly as the ledger CSV writes them (empty for none), without building
    // strings: verify walks a million entries this way. Stop by returning false.
    using RawEntry = std::array<std::string_view, 14>;
    void forEachRawEntry(const std::function<bool(qint64 entryNo, const RawEntry &)> &f) const;
    qint64 entryCount() const;
    // Every active payment's internship and month, for the attendance lock.
    struct ClosedMonth
    {
        QString internshipNo;
        QString period;
        qint64 entryNo = 0;
    };
    std::vector<ClosedMonth> closedMonths() const;

private:
    const Database &db_;
};

} // namespace kakehashi::storage
