#pragma once
// The ledger's size in the words of `ledger post`: how many entries it holds and
// their net total, of the whole ledger and of one month, so that a posting can
// say what it changed (before and after); and the entries themselves.
#include "storage/subsidy_store.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

struct LedgerSummary
{
    qint64 entries = 0;      // every entry (payments and reversals)
    qint64 totalJpy = 0;     // their net amount
    qint64 monthEntries = 0; // of the period asked for
    qint64 monthTotalJpy = 0;
};

// One pass over the ledger; `period` is YYYY-MM (empty: the month figures stay 0).
LedgerSummary ledgerSummary(const storage::Database &db, const QString &period);

// The ledger's entries as the ledger view and `ledger export` list them.
using LedgerFilter = storage::LedgerFilter;
using LedgerRow = storage::LedgerRow;
std::vector<LedgerRow> ledgerEntries(const storage::Database &db, const LedgerFilter &filter = {});
std::optional<LedgerRow> ledgerEntry(const storage::Database &db, qint64 entryNo);
// Each reversed payment's entry_no → its reversal's.
std::map<qint64, qint64> ledgerReversals(const storage::Database &db);
// What the active payments of a month (YYYY-MM) paid, by internship_no.
std::map<QString, qint64> postedAmounts(const storage::Database &db, const QString &period);

} // namespace kakehashi::services
