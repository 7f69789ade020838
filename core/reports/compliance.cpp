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

std::vector<NotificationRow> hireNotifications(const storage::Database &db, const Date &on, int withinDays)
{
    std::vector<NotificationRow> out;
    for (storage::Hire &h : storage::ComplianceStore(db).hires()) {
        NotificationRow r{h.placementNo, h.studentNo, h.name, h.employer, h.startDate, h.employmentInsurance,
                          std::nullopt, h.filedOn, QStringLiteral("no_start_date")};
        if (h.startDate) {
            r.due = rules::notificationDue(*h.startDate, h.employmentInsurance);
            r.state = rules::notificationState(*r.due, h.filedOn, on, withinDays);
        } else if (h.filedOn) {
            r.state = QStringLiteral("filed");
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace kakehashi::reports
