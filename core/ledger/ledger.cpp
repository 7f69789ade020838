#include "ledger/ledger.h"

#include "rules/validation.h"
#include "ledger/approval.h"
#include "ledger/budget.h"
#include "ledger/settings.h"
#include "storage/attendance_store.h"
#include "storage/payment_store.h"

#include "storage/audit_store.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/output_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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
    // Nothing paid in advance (FORMATS §2): a month is posted after its last day.
    const QDate today = clock_().date();
    const QDate lastDay = QDate(ym->first, ym->second, 1).addMonths(1).addDays(-1);
    if (today <= lastDay)
        throw LedgerError(tr("%1 has not ended yet: a month is posted after its last day (%2; today is %3); "
                             "nothing was posted")
                              .arg(period, lastDay.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    DurableScope durable(db_);
    storage::Transaction tx(db_);
    // Desks posting at once on a server: one at a time, each seeing what the
    // one before it posted (a file's writers are one at a time already).
    db_.lockForTransaction(QStringLiteral("kakehashi-ledger"));
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
        store.append(row, session_.who());
        last = row;
        added.push_back(row);
    }
    if (!added.empty())
        recordTip(QStringLiteral("ledger_post"), period);
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
    if (!added.empty())
        writeWitness();
    return added;
}

storage::LedgerRow Ledger::reverse(qint64 entryNo, const QString &reason)
{
    auth::require(session_, auth::Action::Administer);
    if (reason.trimmed().isEmpty())
        throw LedgerError(tr("a reversal needs a reason"));
    if (const rules::Message m = rules::checkReason(reason.trimmed()))
        throw LedgerError(*m);
    DurableScope durable(db_);
    storage::Transaction tx(db_);
    db_.lockForTransaction(QStringLiteral("kakehashi-ledger"));
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
    store.append(row, session_.who());
    recordTip(QStringLiteral("ledger_reverse"), QString::number(entryNo));
    tx.commit();
    writeWitness();
    return row;
}

QString witnessFile(const QString &databasePath)
{
    return QDir(storage::backupFolder(databasePath))
        .filePath(QFileInfo(databasePath).completeBaseName() + QStringLiteral(".ledger-witness"));
}

namespace {

QString tipText(qint64 entries, const QString &hash)
{
    return QStringLiteral("%1 entries, last hash %2").arg(entries).arg(hash);
}

// (entries, last hash) from "N entries, last hash H" (the audit row and the witness file).
std::optional<std::pair<qint64, QString>> parseTip(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(\\d+) entries, last hash ([0-9a-f]{64})"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair{m.captured(1).toLongLong(), m.captured(2)};
}

} // namespace

void Ledger::recordTip(const QString &action, const QString &key)
{
    const auto [count, last] = tip();
    storage::AuditLog(db_, session_.who(), postingTimestamp(clock_()))
        .add(action, QStringLiteral("ledger"), key, QStringLiteral("tip"), {}, tipText(count, last));
}

void Ledger::writeWitness() const
{
    // A server's ledger is guarded by its privileges and triggers; a witness
    // file on one desk would not see the other desks' postings.
    if (db_.isServer())
        return;
    const QString file = witnessFile(db_.path());
    const auto [count, last] = tip();
    // The payment is committed: a witness that cannot be written is a warning for
    // `verify`, not a reason to undo it.
    if (!storage::makePrivateFolder(QFileInfo(file).absolutePath()))
        return;
    try {
        storage::writeOutputFile(file, (tipText(count, last) + QStringLiteral("\nat %1\n").arg(postingTimestamp(clock_())))
                                           .toUtf8());
    } catch (const Error &) {
    }
}

VerifyResult Ledger::verify() const
{
    VerifyResult v;
    // Tips recorded elsewhere: the newest in the audit trail, and the witness file.
    struct Recorded
    {
        QString source;
        qint64 entries;
        QString hash;
        QString seen; // the chain's hash at that entry, filled while walking
    };
    std::vector<Recorded> recorded;
    {
        QSqlQuery q = db_.prepare(QStringLiteral("SELECT new FROM audit_log WHERE kind = 'ledger' AND action IN "
                                                 "('ledger_post', 'ledger_reverse') ORDER BY id DESC LIMIT 1"));
        storage::Database::exec(q);
        if (q.next())
            if (const auto t = parseTip(q.value(0).toString()))
                recorded.push_back({tr("the audit trail's last record"), t->first, t->second, {}});
    }
    const QString witness = db_.isServer() ? QString() : witnessFile(db_.path());
    if (db_.isServer()) {
        // no witness file: see writeWitness()
    } else if (QFile f(witness); f.open(QIODevice::ReadOnly)) {
        if (const auto t = parseTip(QString::fromUtf8(f.readAll())))
            recorded.push_back({tr("the witness file %1").arg(witness), t->first, t->second, {}});
        else
            v.comparedWith << tr("the witness file %1 cannot be read as a witness").arg(witness);
    } else {
        v.comparedWith << tr("no witness file at %1").arg(witness);
    }
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
        for (Recorded &r : recorded)
            if (r.entries == entryNo)
                r.seen = QString::fromLatin1(prev);
        ++expected;
        ++v.entries;
        return true;
    });
    v.lastHash = QString::fromLatin1(prev);
    if (!v.ok)
        return v;
    for (const Recorded &r : recorded) {
        if (r.entries > v.entries) {
            v.ok = false;
            v.firstBadEntry = v.entries + 1;
            v.problem = tr("entries %1–%2 are missing: %3 recorded %4 entries, the ledger holds %5 (its last entries "
                           "were removed)")
                            .arg(v.entries + 1)
                            .arg(r.entries)
                            .arg(r.source)
                            .arg(r.entries)
                            .arg(v.entries);
            return v;
        }
        if (r.entries > 0 && r.seen != r.hash) {
            v.ok = false;
            v.firstBadEntry = r.entries;
            v.problem = tr("entry %1 is not the one %2 recorded (hash %3): the ledger was rewritten")
                            .arg(r.entries)
                            .arg(r.source, r.hash);
            return v;
        }
        v.comparedWith << tr("%1: %2 entries, last hash %3 — consistent").arg(r.source).arg(r.entries).arg(r.hash);
    }
    return v;
}

std::pair<qint64, QString> Ledger::tip() const
{
    const auto last = storage::SubsidyStore(db_).lastEntry();
    return {storage::SubsidyStore(db_).entryCount(), last ? last->hash : kGenesisHash};
}

} // namespace kakehashi::ledger
