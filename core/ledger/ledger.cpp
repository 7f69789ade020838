#include "ledger/ledger.h"

#include "ledger/approval.h"
#include "ledger/budget.h"
#include "ledger/settings.h"
#include "storage/attendance_store.h"
#include "storage/payment_store.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <openssl/sha.h>

namespace kakehashi::ledger {

namespace {

// synchronous=FULL for the ledger's commits, NORMAL again afterwards.
class DurableScope
{
public:
    explicit DurableScope(const storage::Database &db) : db_(db) { db_.setDurable(true); }
    ~DurableScope() { db_.setDurable(false); }
    DurableScope(const DurableScope &) = delete;
    DurableScope &operator=(const DurableScope &) = delete;

private:
    const storage::Database &db_;
};

} // namespace

std::optional<std::pair<int, int>> parsePeriod(QStringView text)
{
    const auto d = parseMonth(text);
    if (!d)
        return std::nullopt;
    return std::pair<int, int>{d->year(), d->month()};
}

std::vector<Claim> claimsForMonth(const storage::Database &db, int year, int month, const QString &internshipNo)
{
    const storage::SubsidyStore store(db);
    const std::vector<rules::Rate> rates = store.rates();
    std::vector<Claim> out;
    for (const storage::ClaimSource &s : store.claimSources(year, month, internshipNo)) {
        const rules::Eligibility e = rules::subsidyEligibility(s.eligibility);
        out.push_back({s.internshipNo, s.studentNo, s.counterparty, rules::monthClaim(e, rates, s.presentDays)});
    }
    return out;
}

std::vector<MonthOfInternship> claimsOfInternship(const storage::Database &db, const QString &internshipNo)
{
    std::vector<MonthOfInternship> out;
    const auto period = storage::AttendanceStore(db).internship(internshipNo);
    if (!period)
        return out;
    const storage::SubsidyStore store(db);
    for (Date m(period->start.year(), period->start.month(), 1); m <= period->end; m = addMonthsClamped(m, 1)) {
        const QString ym = isoDateQ(m).left(7);
        const auto posted = store.postedAmounts(ym);
        const auto paid = posted.find(internshipNo);
        const qint64 postedJpy = paid == posted.end() ? 0 : paid->second;
        const auto claims = claimsForMonth(db, m.year(), m.month(), internshipNo);
        if (claims.empty() && postedJpy == 0)
            continue;
        out.push_back({ym, claims.empty() ? rules::MonthClaim{} : claims.front().claim, postedJpy});
    }
    return out;
}

QStringList hashedValues(const storage::LedgerRow &r)
{
    return {QString::number(r.entryNo), r.postedAt, r.period, r.kind, r.internshipNo, r.studentNo, r.counterparty,
            QString::number(r.days), QString::number(r.rateJpy), QString::number(r.amountJpy),
            r.reverses ? QString::number(*r.reverses) : QString(), r.reason};
}

namespace {

// Lower-case hex SHA-256 into a caller's 64-byte buffer: no allocation per entry.
void sha256HexInto(QByteArrayView bytes, char (&hex)[64])
{
    static const char digits[] = "0123456789abcdef";
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes.data()), static_cast<size_t>(bytes.size()), digest);
    for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 0xf];
    }
}

} // namespace

const QStringList &csvColumns()
{
    static const QStringList columns = {
        QStringLiteral("entry_no"),      QStringLiteral("posted_at"),  QStringLiteral("period"),
        QStringLiteral("kind"),          QStringLiteral("internship_no"), QStringLiteral("student_no"),
        QStringLiteral("counterparty"),  QStringLiteral("days"),       QStringLiteral("rate_jpy"),
        QStringLiteral("amount_jpy"),    QStringLiteral("reverses"),   QStringLiteral("reason"),
        QStringLiteral("prev_hash"),     QStringLiteral("hash")};
    return columns;
}

QStringList csvValues(const storage::LedgerRow &row)
{
    return hashedValues(row) << row.prevHash << row.hash;
}

QByteArray sha256Hex(QByteArrayView bytes)
{
    char hex[64];
    sha256HexInto(bytes, hex);
    return QByteArray(hex, 64);
}

QString entryHash(const QString &prevHash, const storage::LedgerRow &row)
{
    const QByteArray text = (prevHash + QLatin1Char('\n') + hashedValues(row).join(QLatin1Char('\t'))).toUtf8();
    return QString::fromLatin1(sha256Hex(text));
}

QString postingTimestamp(const QDateTime &t)
{
    // In the clock's own zone (local time for the real clock), with its offset;
    // never "Z", which Qt::ISODate would write for UTC.
    const int offset = t.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Ledger::Ledger(storage::Database &db, Clock clock)
    : db_(db)
    , clock_(std::move(clock))
{
}

storage::LedgerRow Ledger::next(storage::LedgerRow row, const std::optional<storage::LedgerRow> &last) const
{
    row.entryNo = last ? last->entryNo + 1 : 1;
    row.prevHash = last ? last->hash : kGenesisHash;
    row.postedAt = postingTimestamp(clock_());
    row.hash = entryHash(row.prevHash, row);
    return row;
}

std::vector<storage::LedgerRow> Ledger::post(const QString &period)
{
    auth::require(session_, auth::Action::Administer);
    const auto ym = parsePeriod(period);
    if (!ym)
        throw LedgerError(tr("“%1” is not a month (YYYY-MM)").arg(period));
    DurableScope durable(db_);
    storage::Transaction tx(db_);
    storage::SubsidyStore store(db_);
    const std::vector<Claim> claims = unpostedClaims(db_, period);
    if (claims.empty())
        return {};
    qint64 adding = 0;
    for (const Claim &c : claims)
        adding += c.claim.amount.value();

    // The fiscal year's budget, when it has one: equal is allowed, above is not.
    storage::PaymentStore payments(db_);
    const int fy = fiscalYearOfPeriod(ym->first, ym->second);
    if (const auto budget = payments.budget(fy)) {
        const qint64 paid = payments.paidInFiscalYear(fy);
        if (paid + adding > *budget)
            throw LedgerError(tr("%1: posting ¥%2 would take FY%3's paid total to ¥%4, above its budget of ¥%5 by "
                                 "¥%6; nothing was posted")
                                  .arg(period)
                                  .arg(adding)
                                  .arg(fy)
                                  .arg(paid + adding)
                                  .arg(*budget)
                                  .arg(paid + adding - *budget));
    }

    // With approval on, only the payments an administrator approved are posted.
    const bool approval = Settings(db_).approvalRequired();
    const QString digest = claimsDigest(claims);
    if (approval) {
        const auto steps = payments.approvalSteps(period);
        const QString state = approvalState(steps);
        if (state != u"approved")
            throw LedgerError(tr("%1: the month's claims are %2, not approved; with subsidy.approval on they are "
                                 "prepared, checked and approved before they are posted; nothing was posted")
                                  .arg(period, state));
        if (steps.back().claims != digest)
            throw LedgerError(tr("%1: the claims changed after they were approved; reject the month and prepare it "
                                 "again; nothing was posted")
                                  .arg(period));
    }

    std::optional<storage::LedgerRow> last = store.lastEntry();
    std::vector<storage::LedgerRow> added;
    for (const Claim &c : claims) {
        storage::LedgerRow row;
        row.period = period;
        row.kind = QStringLiteral("payment");
        row.internshipNo = c.internshipNo;
        row.studentNo = c.studentNo;
        row.counterparty = c.counterparty;
        row.days = c.claim.presentDays;
        row.rateJpy = c.claim.rate.value();
        row.amountJpy = c.claim.amount.value();
        row = next(row, last);
        store.append(row);
        last = row;
        added.push_back(row);
    }
    if (approval) {
        storage::ApprovalStepRow step;
        step.period = period;
        step.step = QStringLiteral("post");
        step.user = session_.who();
        step.at = added.front().postedAt;
        step.claims = digest;
        step.totalJpy = adding;
        payments.addApprovalStep(step);
    }
    tx.commit();
    return added;
}

storage::LedgerRow Ledger::reverse(qint64 entryNo, const QString &reason)
{
    auth::require(session_, auth::Action::Administer);
    if (reason.trimmed().isEmpty())
        throw LedgerError(tr("a reversal needs a reason"));
    DurableScope durable(db_);
    storage::Transaction tx(db_);
    storage::SubsidyStore store(db_);
    const auto original = store.entry(entryNo);
    if (!original)
        throw LedgerError(tr("there is no ledger entry %1").arg(entryNo));
    if (original->kind != u"payment")
        throw LedgerError(tr("entry %1 is a reversal; only a payment can be reversed").arg(entryNo));
    if (store.isReversed(entryNo))
        throw LedgerError(tr("entry %1 has already been reversed").arg(entryNo));
    storage::LedgerRow row;
    row.period = original->period;
    row.kind = QStringLiteral("reversal");
    row.internshipNo = original->internshipNo;
    row.studentNo = original->studentNo;
    row.counterparty = original->counterparty;
    row.days = -original->days;
    row.rateJpy = original->rateJpy;
    row.amountJpy = -original->amountJpy;
    row.reverses = entryNo;
    row.reason = reason.trimmed();
    row = next(row, store.lastEntry());
    store.append(row);
    tx.commit();
    return row;
}

VerifyResult Ledger::verify() const
{
    VerifyResult v;
    QByteArray prev = kGenesisHash.toLatin1();
    QByteArray text;
    qint64 expected = 1;
    storage::SubsidyStore(db_).forEachRawEntry([&](qint64 entryNo, const storage::SubsidyStore::RawEntry &c) {
        auto fail = [&](const QString &why) {
            v.ok = false;
            v.firstBadEntry = entryNo;
            v.problem = why;
            return false;
        };
        if (entryNo != expected)
            return fail(tr("entry %1 follows entry %2: entries are missing or out of order").arg(entryNo).arg(expected - 1));
        if (QByteArrayView(c[12].data(), static_cast<qsizetype>(c[12].size())) != prev)
            return fail(tr("entry %1 does not continue the chain: its prev_hash is not the hash of entry %2 "
                           "(an entry before it was changed, removed or reordered)")
                            .arg(entryNo)
                            .arg(expected - 1));
        // prev_hash + "\n" + entry_no … reason joined by tabs, as in the CSV.
        text = prev;
        text += '\n';
        for (size_t i = 0; i < 12; ++i) {
            if (i)
                text += '\t';
            text.append(c[i].data(), static_cast<qsizetype>(c[i].size()));
        }
        char hash[64];
        sha256HexInto(text, hash);
        if (QByteArrayView(c[13].data(), static_cast<qsizetype>(c[13].size())) != QByteArrayView(hash, 64))
            return fail(tr("entry %1 was changed after it was posted: its hash does not match its contents").arg(entryNo));
        prev = QByteArray(hash, 64);
        ++expected;
        ++v.entries;
        return true;
    });
    v.lastHash = QString::fromLatin1(prev);
    return v;
}

std::pair<qint64, QString> Ledger::tip() const
{
    const auto last = storage::SubsidyStore(db_).lastEntry();
    return {storage::SubsidyStore(db_).entryCount(), last ? last->hash : kGenesisHash};
}

} // namespace kakehashi::ledger
