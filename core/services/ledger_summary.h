#pragma once
// The ledger's size in the words of `ledger post`: how many entries it holds and
// their net total, of the whole ledger and of one month, so that a posting can
// say what it changed (before and after).
#include <QString>

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

} // namespace kakehashi::services
