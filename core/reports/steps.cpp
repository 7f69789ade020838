#include "reports/steps.h"

#include "calendar/fiscal.h"
#include "storage/database.h"

#include <QVariant>

#include <map>

namespace kakehashi::reports {

std::vector<StepSummary> stepSummary(const storage::Database &db, int fiscalYear)
{
    std::map<int, StepSummary> byStep;
    for (int s = 1; s <= 3; ++s)
        byStep[s].step = s;
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT coalesce(e.step, 0), count(DISTINCT e.event_no), count(p.id), coalesce(sum(p.attended), 0), "
        "       count(DISTINCT CASE WHEN p.attended = 1 THEN p.student_no END), "
        "       count(DISTINCT CASE WHEN p.attended = 1 THEN p.company_code END) "
        "FROM events e LEFT JOIN participants p ON p.event_no = e.event_no "
        "WHERE e.date BETWEEN ? AND ? AND e.archived = 0 GROUP BY coalesce(e.step, 0)"));
    q.addBindValue(isoDateQ(calendar::fiscalYearStart(fiscalYear)));
    q.addBindValue(isoDateQ(calendar::fiscalYearEnd(fiscalYear)));
    storage::Database::exec(q);
    while (q.next()) {
        StepSummary &s = byStep[q.value(0).toInt()];
        s.step = q.value(0).toInt();
        s.events = q.value(1).toLongLong();
        s.participations = q.value(2).toLongLong();
        s.attended = q.value(3).toLongLong();
        s.students = q.value(4).toLongLong();
        s.companies = q.value(5).toLongLong();
    }
    std::vector<StepSummary> out;
    for (int s : {1, 2, 3, 0})
        if (byStep.count(s))
            out.push_back(byStep[s]);
    return out;
}

} // namespace kakehashi::reports
