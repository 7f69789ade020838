#pragma once
// A fiscal year's subsidy budget (FORMATS.md §6): what may be paid, what the
// ledger has paid (entries whose period lies in the FY, reversals included) and
// what remains. Posting past the budget is refused by Ledger::post.
#include "auth/roles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ledger {

struct BudgetStatus
{
    int fy = 0;
    std::optional<qint64> budgetJpy; // none: no limit
    qint64 paidJpy = 0;
    std::optional<qint64> remainingJpy() const
    {
        return budgetJpy ? std::optional<qint64>(*budgetJpy - paidJpy) : std::nullopt;
    }
};

// The fiscal year (FY n: n-04 … n+1-03) of a period YYYY-MM.
int fiscalYearOfPeriod(int year, int month);

inline constexpr int kFirstBudgetYear = 1900;
inline constexpr int kLastBudgetYear = 2199;

class Budgets final
{
    Q_DECLARE_TR_FUNCTIONS(kakehashi::ledger)

public:
    using Clock = std::function<QDateTime()>;
    explicit Budgets(storage::Database &db, Clock clock = &QDateTime::currentDateTime);

    BudgetStatus status(int fy) const;
    // What the ledger paid in each month of the FY (YYYY-MM → yen, net), for the chart.
    std::map<QString, qint64> paidByMonth(int fy) const;
    // Administrators only (AuthError); audited with the old and the new budget.
    BudgetStatus set(const auth::Session &session, int fy, qint64 yen);

private:
    storage::Database &db_;
    Clock clock_;
};

class BudgetError final : public Error
{
public:
    using Error::Error;
};

} // namespace kakehashi::ledger
