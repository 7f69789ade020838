#include "storage/attendance_store.h"

#include "domain/timestamp.h"
#include "rules/validation.h"
#include "storage/audit_store.h"
#include <QDateTime>

#include "storage/database.h"

#include <QCoreApplication>
#include <QVariant>

namespace kakehashi::storage {

namespace {

const QString kSummary = QStringLiteral(
    "SELECT i.internship_no, i.student_no, s.family_name || ' ' || s.given_name, c.name, i.start_date, i.end_date, "
    "i.status FROM internships i JOIN students s ON s.student_no = i.student_no "
    "JOIN companies c ON c.code = i.company_code ");

InternshipSummary readSummary(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            parseDate(q.value(4).toString()).value_or(Date(2000, 1, 1)),
            parseDate(q.value(5).toString()).value_or(Date(2000, 1, 1)),
            q.value(6).toString()};
}

} // namespace

std::vector<InternshipSummary> AttendanceStore::internships() const
{
    QSqlQuery q = db_.prepare(kSummary + QStringLiteral("WHERE i.archived = 0 ORDER BY i.internship_no"));
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<InternshipSummary> out;
    while (q.next())
        out.push_back(readSummary(q));
    return out;
}

std::optional<InternshipSummary> AttendanceStore::internship(const QString &internshipNo) const
{
    QSqlQuery q = db_.prepare(kSummary + QStringLiteral("WHERE i.internship_no = ?"));
    q.addBindValue(internshipNo);
    Database::exec(q);
    if (q.next())
        return readSummary(q);
    return std::nullopt;
}

MonthAttendance AttendanceStore::month(const QString &internshipNo, int year, int month) const
{
    MonthAttendance m;
    if (auto i = internship(internshipNo))
        m.internship = *i;
    const Date first(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT date, status FROM attendance WHERE internship_no = ? AND date BETWEEN ? AND ? ORDER BY date"));
    q.addBindValue(internshipNo);
    q.addBindValue(isoDateQ(first));
    q.addBindValue(isoDateQ(first.end_of_month()));
    Database::exec(q);
    while (q.next())
        if (auto d = parseDate(q.value(0).toString()))
            m.status[*d] = q.value(1).toString();
    QSqlQuery p = db_.prepare(QStringLiteral(
        "SELECT p.entry_no FROM ledger_entries p WHERE p.kind = 'payment' AND p.internship_no = ? AND p.period = ? "
        "AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses = p.entry_no)"));
    p.addBindValue(internshipNo);
    p.addBindValue(isoDateQ(first).left(7));
    Database::exec(p);
    if (p.next())
        m.postedEntry = p.value(0).toLongLong();
    return m;
}

std::vector<AttendanceTotals> AttendanceStore::totalsOfStudent(const QString &studentNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT i.internship_no, c.name, i.start_date, i.end_date, "
        "       count(CASE WHEN a.status = 'present' THEN 1 END), count(CASE WHEN a.status = 'absent' THEN 1 END), "
        "       count(CASE WHEN a.status = 'leave' THEN 1 END), "
        "       coalesce(sum(CASE WHEN a.status = 'present' THEN a.hours END), 0) "
        "FROM internships i JOIN companies c ON c.code = i.company_code "
        "LEFT JOIN attendance a ON a.internship_no = i.internship_no "
        "WHERE i.student_no = ? GROUP BY i.internship_no, c.name, i.start_date, i.end_date ORDER BY i.start_date, i.internship_no"));
    q.addBindValue(studentNo);
    Database::exec(q);
    std::vector<AttendanceTotals> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), parseDate(q.value(2).toString()).value_or(Date()),
                       parseDate(q.value(3).toString()).value_or(Date()), q.value(4).toInt(), q.value(5).toInt(),
                       q.value(6).toInt(), q.value(7).toDouble()});
    return out;
}

void AttendanceStore::saveMonth(const auth::Session &session, const QString &internshipNo, int year, int month,
                                const std::map<Date, QString> &status, double presentHours)
{
    auth::require(session, auth::Action::Edit);
    if (auto problem = rules::checkHours(presentHours))
        throw DatabaseError(*problem);
    const auto info = internship(internshipNo);
    if (!info)
        throw DatabaseError(QCoreApplication::translate("kakehashi::storage", "there is no internship %1").arg(internshipNo));
    const Date first(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
    for (const auto &[day, s] : status)
        if (day < info->start || day > info->end || day < first || day > first.end_of_month())
            throw DatabaseError(QCoreApplication::translate("kakehashi::storage",
                                                            "%1 is outside the internship's period %2 … %3")
                                    .arg(isoDateQ(day), isoDateQ(info->start), isoDateQ(info->end)));
    const MonthAttendance before = this->month(internshipNo, year, month);
    Transaction tx(db_);
    AuditLog audit(db_, session.who(), postingTimestamp(QDateTime::currentDateTime()));
    const auto key = [&](const Date &day) { return internshipNo + QLatin1Char(' ') + isoDateQ(day); };
    // Only what changed is written: a posted month whose days are untouched saves.
    for (const auto &[day, s] : before.status) {
        if (status.count(day))
            continue;
        QSqlQuery del = db_.prepare(QStringLiteral("DELETE FROM attendance WHERE internship_no = ? AND date = ?"));
        del.addBindValue(internshipNo);
        del.addBindValue(isoDateQ(day));
        Database::exec(del);
        audit.add(QStringLiteral("delete"), QStringLiteral("attendance"), key(day), QStringLiteral("status"), s, {});
    }
    for (const auto &[day, s] : status) {
        auto old = before.status.find(day);
        if (old != before.status.end() && old->second == s)
            continue;
        QSqlQuery up = db_.prepare(QStringLiteral(
            "INSERT INTO attendance (internship_no, date, status, hours) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (internship_no, date) DO UPDATE SET status = excluded.status, hours = excluded.hours"));
        up.addBindValue(internshipNo);
        up.addBindValue(isoDateQ(day));
        up.addBindValue(s);
        up.addBindValue(s == u"present" ? QVariant(presentHours) : QVariant());
        Database::exec(up);
        const bool created = old == before.status.end();
        audit.add(created ? QStringLiteral("create") : QStringLiteral("update"), QStringLiteral("attendance"), key(day),
                  QStringLiteral("status"), created ? QVariant() : QVariant(old->second), s);
    }
    tx.commit();
}

} // namespace kakehashi::storage
