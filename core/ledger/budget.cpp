#include "ledger/budget.h"

#include "ledger/ledger.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "storage/payment_store.h"

namespace kakehashi::ledger {

int fiscalYearOfPeriod(int year, int month)
{
    return month >= 4 ? year : year - 1;
}

Budgets::Budgets(storage::Database &db, Clock clock)
    : db_(db)
    , clock_(std::move(clock))
{
}

BudgetStatus Budgets::status(int fy) const
{
    const storage::PaymentStore store(db_);
    return {fy, store.budget(fy), store.paidInFiscalYear(fy)};
}

std::map<QString, qint64> Budgets::paidByMonth(int fy) const
{
    return storage::PaymentStore(db_).paidByPeriod(fy);
}

BudgetStatus Budgets::set(const auth::Session &session, int fy, qint64 yen)
{
    auth::require(session, auth::Action::Administer);
    if (fy < kFirstBudgetYear || fy > kLastBudgetYear)
        throw BudgetError(tr("FY%1 is outside %2–%3").arg(fy).arg(kFirstBudgetYear).arg(kLastBudgetYear));
    if (yen < 0)
        throw BudgetError(tr("a budget cannot be negative"));
    storage::Transaction tx(db_);
    storage::PaymentStore store(db_);
    const auto old = store.budget(fy);
    if (old != yen) {
        store.putBudget(fy, yen);
        storage::AuditLog(db_, session.who(), postingTimestamp(clock_()))
            .add(QStringLiteral("budget"), QStringLiteral("subsidy_budgets"), QString::number(fy),
                 QStringLiteral("budget_jpy"), old ? QVariant(QString::number(*old)) : QVariant(),
                 QString::number(yen));
    }
    const BudgetStatus s{fy, yen, store.paidInFiscalYear(fy)};
    tx.commit();
    return s;
}

} // namespace kakehashi::ledger
