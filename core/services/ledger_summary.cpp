#include "services/ledger_summary.h"

#include "storage/subsidy_store.h"

#include <charconv>

namespace kakehashi::services {

LedgerSummary ledgerSummary(const storage::Database &db, const QString &period)
{
    LedgerSummary s;
    const QByteArray month = period.toUtf8();
    const std::string_view wanted(month.constData(), static_cast<size_t>(month.size()));
    // The fourteen CSV columns: period is the third, amount_jpy the tenth.
    storage::SubsidyStore(db).forEachRawEntry([&](qint64, const storage::SubsidyStore::RawEntry &e) {
        qint64 amount = 0;
        std::from_chars(e[9].data(), e[9].data() + e[9].size(), amount);
        ++s.entries;
        s.totalJpy += amount;
        if (!wanted.empty() && e[2] == wanted) {
            ++s.monthEntries;
            s.monthTotalJpy += amount;
        }
        return true;
    });
    return s;
}

std::vector<LedgerRow> ledgerEntries(const storage::Database &db, const LedgerFilter &filter)
{
    return storage::SubsidyStore(db).entries(filter);
}

std::optional<LedgerRow> ledgerEntry(const storage::Database &db, qint64 entryNo)
{
    return storage::SubsidyStore(db).entry(entryNo);
}

std::map<qint64, qint64> ledgerReversals(const storage::Database &db)
{
    return storage::SubsidyStore(db).reversals();
}

std::map<QString, qint64> postedAmounts(const storage::Database &db, const QString &period)
{
    return storage::SubsidyStore(db).postedAmounts(period);
}

} // namespace kakehashi::services
