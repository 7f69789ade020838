#include "reports/dashboard.h"

#include "reports/compliance.h"

#include "calendar/fiscal.h"
#include "ledger/ledger.h"
#include "reports/reports.h"
#include "storage/database.h"
#include "storage/subsidy_store.h"

#include <QVariant>

namespace kakehashi::reports {

namespace {

using boost::gregorian::date_duration;

DashboardList query(const storage::Database &db, const QStringList &columns, const QString &sql,
                    const QVariantList &values)
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.setForwardOnly(true);
    storage::Database::exec(q);
    DashboardList out{columns, {}};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < columns.size(); ++i)
            row << q.value(i).toString();
        out.rows.push_back(row);
    }
    return out;
}

} // namespace

DashboardList activeInterns(const storage::Database &db, const Date &today)
{
    return query(db,
                 {QStringLiteral("internship_no"), QStringLiteral("student_no"), QStringLiteral("name"),
                  QStringLiteral("company"), QStringLiteral("start_date"), QStringLiteral("end_date")},
                 QStringLiteral("SELECT i.internship_no, i.student_no, s.family_name || ' ' || s.given_name, c.name, "
                                "i.start_date, i.end_date FROM internships i "
                                "JOIN students s ON s.student_no = i.student_no JOIN companies c ON c.code = i.company_code "
                                "WHERE i.status <> 'cancelled' AND i.archived = 0 AND i.start_date <= ? AND i.end_date >= ? "
                                "ORDER BY i.internship_no"),
                 {isoDateQ(today), isoDateQ(today)});
}

DashboardList monthClaims(const storage::Database &db, const Date &today)
{
    const QString period = isoDateQ(today).left(7);
    const auto posted = storage::SubsidyStore(db).postedAmounts(period);
    DashboardList out{{QStringLiteral("internship_no"), QStringLiteral("student_no"), QStringLiteral("present_days"),
                       QStringLiteral("amount_jpy"), QStringLiteral("posted_jpy"), QStringLiteral("eligible")},
                      {}};
    for (const ledger::Claim &c : ledger::claimsForMonth(db, today.year(), today.month())) {
        const auto p = posted.find(c.internshipNo);
        out.rows.push_back({c.internshipNo, c.studentNo, QString::number(c.claim.presentDays),
                            QString::number(c.claim.amount.value()), QString::number(p == posted.end() ? 0 : p->second),
                            c.claim.eligible ? QStringLiteral("true") : QStringLiteral("false")});
    }
    return out;
}

DashboardList residenceExpiring(const storage::Database &db, const Date &today)
{
    return query(db,
                 {QStringLiteral("student_no"), QStringLiteral("name"), QStringLiteral("residence_status"),
                  QStringLiteral("residence_expiry"), QStringLiteral("email")},
                 QStringLiteral("SELECT student_no, family_name || ' ' || given_name, residence_status, residence_expiry, "
                                "email FROM students WHERE archived = 0 AND residence_expiry BETWEEN ? AND ? "
                                "ORDER BY residence_expiry, student_no"),
                 {isoDateQ(today), isoDateQ(today + date_duration(kResidenceWarningDays))});
}

DashboardList completersWithoutOutcome(const storage::Database &db, const Date &today)
{
    return query(db,
                 {QStringLiteral("student_no"), QStringLiteral("name"), QStringLiteral("completed_on"),
                  QStringLiteral("school_code"), QStringLiteral("email")},
                 QStringLiteral("SELECT s.student_no, s.family_name || ' ' || s.given_name, s.completed_on, s.school_code, "
                                "s.email FROM students s WHERE s.archived = 0 AND s.completed_on <= ? "
                                "AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.student_no = s.student_no) "
                                "ORDER BY s.completed_on, s.student_no"),
                 {isoDateQ(today - date_duration(kOutcomeOverdueDays))});
}

DashboardList overHoursLimit(const storage::Database &db, const Date &today)
{
    DashboardList list{{QStringLiteral("student_no"), QStringLiteral("days"), QStringLiteral("rules"),
                        QStringLiteral("most_hours")},
                       {}};
    const Date monday = today - date_duration((today.day_of_week().as_number() + 6) % 7);
    for (const StudentHoursBreach &b : hoursBreaches(db, monday, monday + date_duration(6))) {
        if (list.rows.empty() || list.rows.back()[0] != b.studentNo)
            list.rows.push_back({b.studentNo, QString(), QString(), QStringLiteral("0")});
        QStringList &row = list.rows.back();
        const QString day = isoDateQ(b.breach.date);
        if (!row[1].endsWith(day))
            row[1] += (row[1].isEmpty() ? QString() : QStringLiteral(" ")) + day;
        if (!row[2].split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(b.breach.rule))
            row[2] += (row[2].isEmpty() ? QString() : QStringLiteral(" ")) + b.breach.rule;
        if (b.breach.hours > rules::toMicroHours(row[3].toDouble()))
            row[3] = rules::hoursText(b.breach.hours);
    }
    return list;
}

Dashboard dashboard(const storage::Database &db, const Date &today)
{
    Dashboard d;
    d.today = today;
    d.activeInterns = static_cast<qint64>(activeInterns(db, today).rows.size());
    for (const QStringList &r : monthClaims(db, today).rows) {
        d.claimsThisMonthJpy += r[3].toLongLong();
        d.postedThisMonthJpy += r[4].toLongLong();
    }
    const ReportTable placement = placementReport(db, calendar::fiscalYearOf(today));
    d.placementRateSoFar = placement.rows.back()[7];
    d.placementDenominator = placement.rows.back()[6].toLongLong();
    d.residenceExpiring = static_cast<qint64>(residenceExpiring(db, today).rows.size());
    d.completersWithoutOutcome = static_cast<qint64>(completersWithoutOutcome(db, today).rows.size());
    d.overHoursLimit = static_cast<qint64>(overHoursLimit(db, today).rows.size());
    return d;
}

} // namespace kakehashi::reports
