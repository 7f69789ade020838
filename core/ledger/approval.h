#pragma once
// Approval before payment, with separation of duties (issue 14): when the
// setting subsidy.approval is on, a month's claims are prepared (staff or an
// administrator), checked by a second person (not the preparer) and approved by
// an administrator (not the checker) before `ledger post` pays them. A rejection
// with its reason sends the month back to be prepared again. Each step records
// who, when and a SHA-256 of the payments it saw, so that claims changed after
// their approval are not paid on it. Off (the default), posting is as FORMATS.md
// §2 says.
#include "auth/roles.h"
#include "ledger/ledger.h"
#include "storage/payment_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <map>
#include <vector>

namespace kakehashi::ledger {

class ApprovalError final : public Error
{
public:
    using Error::Error;
};

// The claims of a month that posting would pay now: non-zero, not yet posted.
std::vector<Claim> unpostedClaims(const storage::Database &db, const QString &period);
// SHA-256 (hex) of those payments: internship, student, days, rate and amount of each.
QString claimsDigest(const std::vector<Claim> &claims);

// A month's state: the last step taken (prepare → "prepared", check → "checked",
// approve → "approved", reject → "rejected", post → "posted"), "open" before any.
QString approvalState(const std::vector<storage::ApprovalStepRow> &steps);

class Approvals final
{
    Q_DECLARE_TR_FUNCTIONS(kakehashi::ledger)

public:
    using Clock = std::function<QDateTime()>;
    explicit Approvals(storage::Database &db, Clock clock = &QDateTime::currentDateTime);

    std::vector<storage::ApprovalStepRow> steps(const QString &period) const;
    QString state(const QString &period) const;
    // Period → state, of every month that has a step.
    std::map<QString, QString> states() const;
    // What the person taking a step should know but that does not stop it: the
    // month's claims without their signed timesheet (ledger/evidence.h).
    QStringList warnings(const QString &period) const;

    // Each step throws AuthError when the session's role may not take it, and
    // ApprovalError when the month is not in the state for it, the same person
    // would take two steps that must be separate, or the claims changed.
    storage::ApprovalStepRow prepare(const auth::Session &session, const QString &period);
    storage::ApprovalStepRow check(const auth::Session &session, const QString &period);
    storage::ApprovalStepRow approve(const auth::Session &session, const QString &period);
    storage::ApprovalStepRow reject(const auth::Session &session, const QString &period, const QString &reason);

private:
    storage::ApprovalStepRow take(const auth::Session &session, const QString &period, const QString &step,
                                  const QString &reason);

    storage::Database &db_;
    Clock clock_;
};

} // namespace kakehashi::ledger
