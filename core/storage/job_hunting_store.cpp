#include "storage/job_hunting_store.h"

#include "domain/error.h"
#include "domain/timestamp.h"
#include "storage/audit_store.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace kakehashi::storage {

namespace {

const char kColumns[] = "j.student_no, j.granted_on, j.ends_on, j.renewed_to, j.letter_by, j.letter_on";

std::optional<Date> optionalDate(const QVariant &v)
{
    return v.isNull() ? std::nullopt : parseDate(v.toString());
}

JobHuntingRow rowOf(const QSqlQuery &q)
{
    JobHuntingRow r;
    r.studentNo = q.value(0).toString();
    r.grantedOn = parseDate(q.value(1).toString()).value_or(Date());
    r.endsOn = parseDate(q.value(2).toString()).value_or(Date());
    r.renewedTo = optionalDate(q.value(3));
    r.letterBy = q.value(4).toString();
    r.letterOn = optionalDate(q.value(5));
    return r;
}

QVariant dateValue(const std::optional<Date> &d)
{
    return d ? QVariant(isoDateQ(*d)) : QVariant();
}

} // namespace

std::vector<JobHuntingStatus> JobHuntingStore::all() const
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT %1, s.family_name || ' ' || s.given_name, "
                       "EXISTS (SELECT 1 FROM placements p WHERE p.student_no = j.student_no AND p.outcome = 'employed') "
                       "FROM job_hunting j JOIN students s ON s.student_no = j.student_no ORDER BY j.student_no")
            .arg(QLatin1String(kColumns)));
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<JobHuntingStatus> out;
    while (q.next())
        out.push_back({rowOf(q), q.value(6).toString(), q.value(7).toBool()});
    return out;
}

std::optional<JobHuntingRow> JobHuntingStore::find(const QString &studentNo) const
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT %1 FROM job_hunting j WHERE j.student_no = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(studentNo);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return rowOf(q);
}

void JobHuntingStore::save(const auth::Session &session, const JobHuntingRow &row)
{
    auth::require(session, auth::Action::Edit);
    Transaction tx(db_);
    QSqlQuery s = db_.prepare(QStringLiteral("SELECT 1 FROM students WHERE student_no = ?"));
    s.addBindValue(row.studentNo);
    Database::exec(s);
    if (!s.next())
        throw Error(QCoreApplication::translate("kakehashi::storage", "the database holds no student with number “%1”")
                        .arg(row.studentNo));
    const std::optional<JobHuntingRow> before = find(row.studentNo);
    const QVariant values[] = {isoDateQ(row.grantedOn), isoDateQ(row.endsOn), dateValue(row.renewedTo),
                               row.letterBy.isEmpty() ? QVariant() : QVariant(row.letterBy), dateValue(row.letterOn)};
    QSqlQuery q = db_.prepare(
        before ? QStringLiteral("UPDATE job_hunting SET granted_on = ?, ends_on = ?, renewed_to = ?, letter_by = ?, "
                                "letter_on = ? WHERE student_no = ?")
               : QStringLiteral("INSERT INTO job_hunting (granted_on, ends_on, renewed_to, letter_by, letter_on, "
                                "student_no) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(row.studentNo);
    Database::exec(q);

    AuditLog audit(db_, session.who(), postingTimestamp(QDateTime::currentDateTime()));
    const char *const fields[] = {"granted_on", "ends_on", "renewed_to", "letter_by", "letter_on"};
    const QVariant old[] = {before ? QVariant(isoDateQ(before->grantedOn)) : QVariant(),
                            before ? QVariant(isoDateQ(before->endsOn)) : QVariant(),
                            before ? dateValue(before->renewedTo) : QVariant(),
                            before && !before->letterBy.isEmpty() ? QVariant(before->letterBy) : QVariant(),
                            before ? dateValue(before->letterOn) : QVariant()};
    const QString action = before ? QStringLiteral("update") : QStringLiteral("create");
    for (int i = 0; i < 5; ++i)
        if (old[i] != values[i])
            audit.add(action, QStringLiteral("job_hunting"), row.studentNo, QLatin1String(fields[i]), old[i], values[i]);
    tx.commit();
}

} // namespace kakehashi::storage
