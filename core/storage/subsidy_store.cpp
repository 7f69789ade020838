#include "storage/subsidy_store.h"

#include "domain/timestamp.h"
#include "storage/audit_store.h"
#include <QDateTime>

#include "storage/database.h"
#include "storage/sql_text.h"
#include "storage/statement.h"

#include <QStringList>
#include <QVariant>

namespace kakehashi::storage {

namespace {

const QString kLedgerColumns = QStringLiteral(
    "entry_no, posted_at, period, kind, internship_no, student_no, counterparty, days, rate_jpy, amount_jpy, "
    "reverses, reason, prev_hash, hash");

LedgerRow readRow(const QSqlQuery &q)
{
    LedgerRow r;
    r.entryNo = q.value(0).toLongLong();
    r.postedAt = q.value(1).toString();
    r.period = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.internshipNo = q.value(4).toString();
    r.studentNo = q.value(5).toString();
    r.counterparty = q.value(6).toString();
    r.days = q.value(7).toLongLong();
    r.rateJpy = q.value(8).toLongLong();
    r.amountJpy = q.value(9).toLongLong();
    if (!q.isNull(10))
        r.reverses = q.value(10).toLongLong();
    r.reason = q.value(11).toString();
    r.prevHash = q.value(12).toString();
    r.hash = q.value(13).toString();
    return r;
}

} // namespace

std::vector<rules::Rate> SubsidyStore::rates(const QString &programme) const
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT valid_from, daily_rate_jpy FROM programme_rates WHERE programme = ? ORDER BY valid_from"));
    q.addBindValue(programme);
    Database::exec(q);
    std::vector<rules::Rate> out;
    while (q.next())
        if (auto d = parseDate(q.value(0).toString()))
            out.push_back({*d, Yen(q.value(1).toLongLong())});
    return out;
}

void SubsidyStore::addRate(const auth::Session &session, const Date &validFrom, qint64 dailyJpy,
                           const QString &programme)
{
    auth::require(session, auth::Action::Administer);
    Transaction tx(db_);
    AuditLog(db_, session.who(), postingTimestamp(QDateTime::currentDateTime()))
        .add(QStringLiteral("rate_add"), QStringLiteral("rates"), programme + QLatin1Char(' ') + isoDateQ(validFrom),
             QStringLiteral("daily_rate_jpy"), {}, QString::number(dailyJpy));
    QSqlQuery q = db_.prepare(QStringLiteral(
        "INSERT INTO programme_rates (programme, valid_from, daily_rate_jpy) VALUES (?, ?, ?) "
        "ON CONFLICT (programme, valid_from) DO UPDATE SET daily_rate_jpy = excluded.daily_rate_jpy"));
    q.addBindValue(programme);
    q.addBindValue(isoDateQ(validFrom));
    q.addBindValue(dailyJpy);
    Database::exec(q);
    tx.commit();
}

std::optional<rules::EligibilityInput> SubsidyStore::eligibilityInput(const QString &internshipNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT i.status, i.start_date, s.programme, s.graduation_date, "
        "       (SELECT min(p.decided_on) FROM placements p WHERE p.student_no = i.student_no "
        "                                                    AND p.outcome = 'employed') "
        "FROM internships i JOIN students s ON s.student_no = i.student_no WHERE i.internship_no = ?"));
    q.addBindValue(internshipNo);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    rules::EligibilityInput in;
    in.cancelled = q.value(0).toString() == u"cancelled";
    in.start = parseDate(q.value(1).toString()).value_or(Date(2000, 1, 1));
    in.programme = q.value(2).toString();
    if (!q.isNull(3))
        in.graduation = parseDate(q.value(3).toString());
    if (!q.isNull(4))
        in.firstEmployedOn = parseDate(q.value(4).toString());
    return in;
}

std::vector<ClaimSource> SubsidyStore::claimSources(int year, int month, const QString &internshipNo) const
{
    const Date first(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
    const Date last = first.end_of_month();
    // The month's present days by internship, with the student and their first
    // employed placement (eligibility looks at placements decided by the start).
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT i.internship_no, i.student_no, s.family_name, s.given_name, i.status, i.start_date, s.programme, "
        "       s.graduation_date, "
        "       (SELECT min(p.decided_on) FROM placements p WHERE p.student_no = i.student_no "
        "                                                    AND p.outcome = 'employed'), "
        "       %2 "
        "FROM attendance a JOIN internships i ON i.internship_no = a.internship_no "
        "                  JOIN students s ON s.student_no = i.student_no "
        "WHERE a.status = 'present' AND a.date BETWEEN ? AND ? %1"
        "GROUP BY i.internship_no, i.student_no, s.family_name, s.given_name, i.status, i.start_date, s.programme, "
        "         s.graduation_date "
        "ORDER BY i.internship_no")
                                  .arg(internshipNo.isEmpty() ? QString() : QStringLiteral("AND a.internship_no = ? "),
                                       db_.groupConcatSql(QStringLiteral("a.date"))));
    q.setForwardOnly(true);
    q.addBindValue(isoDateQ(first));
    q.addBindValue(isoDateQ(last));
    if (!internshipNo.isEmpty())
        q.addBindValue(internshipNo);
    Database::exec(q);
    std::vector<ClaimSource> out;
    while (q.next()) {
        ClaimSource c;
        c.internshipNo = q.value(0).toString();
        c.studentNo = q.value(1).toString();
        c.counterparty = q.value(2).toString() + QLatin1Char(' ') + q.value(3).toString();
        c.eligibility.cancelled = q.value(4).toString() == u"cancelled";
        c.eligibility.start = parseDate(q.value(5).toString()).value_or(first);
        c.eligibility.programme = q.value(6).toString();
        if (!q.isNull(7))
            c.eligibility.graduation = parseDate(q.value(7).toString());
        if (!q.isNull(8))
            c.eligibility.firstEmployedOn = parseDate(q.value(8).toString());
        for (const QString &d : q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (auto day = parseDate(QStringView(d)))
                c.presentDays.push_back(*day);
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<LedgerRow> SubsidyStore::lastEntry() const
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT %1 FROM ledger_entries ORDER BY entry_no DESC LIMIT 1").arg(kLedgerColumns));
    Database::exec(q);
    if (q.next())
        return readRow(q);
    return std::nullopt;
}

std::optional<LedgerRow> SubsidyStore::entry(qint64 entryNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM ledger_entries WHERE entry_no = ?").arg(kLedgerColumns));
    q.addBindValue(entryNo);
    Database::exec(q);
    if (q.next())
        return readRow(q);
    return std::nullopt;
}

void SubsidyStore::append(const LedgerRow &r, const QString &postedBy)
{
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO ledger_entries (%1, posted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                             "?, ?, ?, ?, ?, ?, ?)")
                                  .arg(kLedgerColumns));
    q.addBindValue(r.entryNo);
    q.addBindValue(r.postedAt);
    q.addBindValue(r.period);
    q.addBindValue(r.kind);
    q.addBindValue(r.internshipNo);
    q.addBindValue(r.studentNo);
    q.addBindValue(r.counterparty);
    q.addBindValue(r.days);
    q.addBindValue(r.rateJpy);
    q.addBindValue(r.amountJpy);
    q.addBindValue(r.reverses ? QVariant(*r.reverses) : QVariant());
    q.addBindValue(r.reason.isEmpty() ? QVariant() : QVariant(r.reason));
    q.addBindValue(r.prevHash);
    q.addBindValue(r.hash);
    q.addBindValue(postedBy.isEmpty() ? QVariant() : QVariant(postedBy));
    Database::exec(q);
}

std::vector<LedgerRow> SubsidyStore::activePayments(const QString &period) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM ledger_entries p WHERE p.period = ? AND p.kind = 'payment' "
                                             "AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses = p.entry_no) "
                                             "ORDER BY p.entry_no")
                                  .arg(kLedgerColumns));
    q.addBindValue(period);
    Database::exec(q);
    std::vector<LedgerRow> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

bool SubsidyStore::isReversed(qint64 entryNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT 1 FROM ledger_entries WHERE reverses = ?"));
    q.addBindValue(entryNo);
    Database::exec(q);
    return q.next();
}

std::map<qint64, qint64> SubsidyStore::reversals() const
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT reverses, entry_no FROM ledger_entries WHERE reverses IS NOT NULL"));
    Database::exec(q);
    std::map<qint64, qint64> out;
    while (q.next())
        out[q.value(0).toLongLong()] = q.value(1).toLongLong();
    return out;
}

std::map<QString, qint64> SubsidyStore::postedAmounts(const QString &period) const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT internship_no, sum(amount_jpy) FROM ledger_entries WHERE period = ? GROUP BY internship_no"));
    q.addBindValue(period);
    Database::exec(q);
    std::map<QString, qint64> out;
    while (q.next())
        out[q.value(0).toString()] = q.value(1).toLongLong();
    return out;
}

std::vector<LedgerRow> SubsidyStore::entries(const LedgerFilter &f) const
{
    QStringList where;
    QVariantList values;
    if (f.fiscalYear) {
        where << QStringLiteral("period BETWEEN ? AND ?");
        values << QStringLiteral("%1-04").arg(*f.fiscalYear) << QStringLiteral("%1-03").arg(*f.fiscalYear + 1);
    }
    if (f.postedFrom) {
        where << QStringLiteral("substr(posted_at, 1, 10) >= ?");
        values << isoDateQ(*f.postedFrom);
    }
    if (f.postedTo) {
        where << QStringLiteral("substr(posted_at, 1, 10) <= ?");
        values << isoDateQ(*f.postedTo);
    }
    if (f.minAmount) {
        where << QStringLiteral("amount_jpy >= ?");
        values << *f.minAmount;
    }
    if (f.maxAmount) {
        where << QStringLiteral("amount_jpy <= ?");
        values << *f.maxAmount;
    }
    if (!f.counterparty.trimmed().isEmpty()) {
        where << db_.likeSql(QStringLiteral("counterparty"));
        values << containsPattern(f.counterparty.trimmed());
    }
    QString sql = QStringLiteral("SELECT %1 FROM ledger_entries").arg(kLedgerColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY entry_no");
    QSqlQuery q = db_.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<LedgerRow> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

void SubsidyStore::forEachRawEntry(const std::function<bool(qint64, const RawEntry &)> &f) const
{
    RawStatement q(db_, QStringLiteral("SELECT %1 FROM ledger_entries ORDER BY entry_no").arg(kLedgerColumns));
    RawEntry row;
    while (q.step()) {
        for (int c = 0; c < 14; ++c)
            row[static_cast<size_t>(c)] = q.text(c);
        if (!f(q.integer(0), row))
            return;
    }
}

qint64 SubsidyStore::entryCount() const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT count(*) FROM ledger_entries"));
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<SubsidyStore::ClosedMonth> SubsidyStore::closedMonths() const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT p.internship_no, p.period, p.entry_no FROM ledger_entries p WHERE p.kind = 'payment' "
        "AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses = p.entry_no)"));
    Database::exec(q);
    std::vector<ClosedMonth> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

} // namespace kakehashi::storage
