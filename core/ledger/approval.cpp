#include "ledger/approval.h"

#include "ledger/evidence.h"
#include "storage/audit_store.h"
#include "storage/database.h"

#include <QSet>

namespace kakehashi::ledger {

std::vector<Claim> unpostedClaims(const storage::Database &db, const QString &period)
{
    const auto ym = parsePeriod(period);
    if (!ym)
        return {};
    QSet<QString> posted;
    for (const storage::LedgerRow &p : storage::SubsidyStore(db).activePayments(period))
        posted.insert(p.internshipNo);
    std::vector<Claim> out;
    for (Claim &c : claimsForMonth(db, ym->first, ym->second))
        if (c.claim.amount.value() != 0 && !posted.contains(c.internshipNo))
            out.push_back(std::move(c));
    return out;
}

QString claimsDigest(const std::vector<Claim> &claims)
{
    QByteArray text;
    for (const Claim &c : claims)
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(c.internshipNo, c.studentNo)
                    .arg(c.claim.presentDays)
                    .arg(c.claim.rate.value())
                    .arg(c.claim.amount.value())
                    .toUtf8();
    return QString::fromLatin1(sha256Hex(text));
}

QString approvalState(const std::vector<storage::ApprovalStepRow> &steps)
{
    if (steps.empty())
        return QStringLiteral("open");
    const QString &s = steps.back().step;
    if (s == u"prepare")
        return QStringLiteral("prepared");
    if (s == u"check")
        return QStringLiteral("checked");
    if (s == u"approve")
        return QStringLiteral("approved");
    if (s == u"reject")
        return QStringLiteral("rejected");
    return QStringLiteral("posted");
}

Approvals::Approvals(storage::Database &db, Clock clock)
    : db_(db)
    , clock_(std::move(clock))
{
}

std::vector<storage::ApprovalStepRow> Approvals::steps(const QString &period) const
{
    return storage::PaymentStore(db_).approvalSteps(period);
}

QString Approvals::state(const QString &period) const
{
    return approvalState(steps(period));
}

std::map<QString, QString> Approvals::states() const
{
    std::map<QString, QString> out;
    for (const auto &[period, last] : storage::PaymentStore(db_).lastApprovalSteps())
        out[period] = approvalState({last});
    return out;
}

QStringList Approvals::warnings(const QString &period) const
{
    return missingTimesheetWarnings(db_, period);
}

storage::ApprovalStepRow Approvals::prepare(const auth::Session &session, const QString &period)
{
    return take(session, period, QStringLiteral("prepare"), {});
}

storage::ApprovalStepRow Approvals::check(const auth::Session &session, const QString &period)
{
    return take(session, period, QStringLiteral("check"), {});
}

storage::ApprovalStepRow Approvals::approve(const auth::Session &session, const QString &period)
{
    return take(session, period, QStringLiteral("approve"), {});
}

storage::ApprovalStepRow Approvals::reject(const auth::Session &session, const QString &period, const QString &reason)
{
    return take(session, period, QStringLiteral("reject"), reason);
}

storage::ApprovalStepRow Approvals::take(const auth::Session &session, const QString &period, const QString &step,
                                         const QString &reason)
{
    if (!parsePeriod(period))
        throw ApprovalError(tr("“%1” is not a month (YYYY-MM)").arg(period));
    // The roles first: staff prepare and check, administrators approve.
    auth::require(session, step == u"approve" ? auth::Action::Administer : auth::Action::Edit);
    if (step == u"reject" && reason.trimmed().isEmpty())
        throw ApprovalError(tr("a rejection needs a reason"));
    storage::Transaction tx(db_);
    storage::PaymentStore store(db_);
    const auto history = store.approvalSteps(period);
    const QString current = approvalState(history);
    const QString who = session.who();
    const std::vector<Claim> claims = unpostedClaims(db_, period);
    const QString digest = claimsDigest(claims);
    qint64 total = 0;
    for (const Claim &c : claims)
        total += c.claim.amount.value();

    auto refuse = [&](const QString &why) { throw ApprovalError(QStringLiteral("%1: %2").arg(period, why)); };
    auto unchanged = [&] {
        if (history.back().claims != digest)
            refuse(tr("the claims changed after they were prepared (now %n payment(s), ¥%1); reject the month and "
                      "prepare it again",
                      nullptr, static_cast<int>(claims.size()))
                       .arg(total));
    };
    const QString lastUser = history.empty() ? QString() : history.back().user;
    if (step == u"prepare") {
        if (current == u"checked" || current == u"approved")
            refuse(tr("the month is %1 already; reject it first to prepare it again").arg(current));
        if (claims.empty())
            refuse(tr("there are no unpaid claims to prepare"));
    } else if (step == u"check") {
        if (current != u"prepared")
            refuse(tr("only a prepared month can be checked; it is %1").arg(current));
        if (lastUser == who)
            refuse(tr("%1 prepared the month; a second person must check it").arg(who));
        unchanged();
    } else if (step == u"approve") {
        if (current != u"checked")
            refuse(tr("only a checked month can be approved; it is %1").arg(current));
        if (lastUser == who)
            refuse(tr("%1 checked the month; another administrator must approve it").arg(who));
        unchanged();
    } else {
        if (current != u"prepared" && current != u"checked" && current != u"approved")
            refuse(tr("only a prepared, checked or approved month can be rejected; it is %1").arg(current));
        if (current != u"prepared")
            auth::require(session, auth::Action::Administer);
        if (current != u"approved" && lastUser == who)
            refuse(tr("%1 %2 the month; someone else must reject it").arg(who, current));
    }
    storage::ApprovalStepRow row;
    row.period = period;
    row.step = step;
    row.user = who;
    row.at = postingTimestamp(clock_());
    row.reason = reason.trimmed();
    row.claims = digest;
    row.totalJpy = total;
    store.addApprovalStep(row);
    storage::AuditLog(db_, who, row.at)
        .add(QStringLiteral("approval_") + step, QStringLiteral("approval"), period,
             step == u"reject" ? QStringLiteral("reason") : QStringLiteral("claims"), current,
             step == u"reject" ? row.reason : QStringLiteral("%1 payment(s), ¥%2, sha256 %3").arg(claims.size()).arg(total).arg(digest));
    tx.commit();
    return row;
}

} // namespace kakehashi::ledger
