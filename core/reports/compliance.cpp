#include "reports/compliance.h"

#include "storage/compliance_store.h"

namespace kakehashi::reports {

std::vector<StudentHoursBreach> hoursBreaches(const storage::Database &db, const Date &from, const Date &to)
{
    std::vector<StudentHoursBreach> out;
    if (to < from)
        return out;
    const storage::ComplianceStore store(db);
    const auto vacations = store.vacationsBySchool();
    const rules::VacationDays none;
    // The seven days before `from` count in the windows of its first days.
    store.forEachLimitedStudent(from - boost::gregorian::date_duration(6), to, [&](const storage::StudentWorkDays &s) {
        const auto v = vacations.constFind(s.schoolCode);
        for (rules::HoursBreach &b : rules::workHourBreaches(s.days, s.residenceStatus == u"student",
                                                             v == vacations.constEnd() ? none : *v, from, to))
            out.push_back({s.studentNo, std::move(b)});
    });
    return out;
}

std::vector<CardRow> cardsNeedingAttention(const storage::Database &db, const Date &on, int withinDays)
{
    std::vector<CardRow> out;
    for (const storage::StudentCard &c : storage::ComplianceStore(db).studentCards())
        for (rules::CardFlag &f : rules::cardFlags(c.expiry, c.completedOn, c.internships, on, withinDays))
            out.push_back({c.studentNo, c.name, c.cardNo, c.expiry, std::move(f), c.lastCheckedOn, c.lastCheckedBy});
    return out;
}

} // namespace kakehashi::reports
