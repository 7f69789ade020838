#include "rules/work_hours.h"

#include <algorithm>
#include <cmath>

namespace kakehashi::rules {

using boost::gregorian::date_duration;

MicroHours toMicroHours(double hours)
{
    return std::llround(hours * static_cast<double>(kMicroPerHour));
}

QString hoursText(MicroHours hours)
{
    return QString::number(static_cast<double>(hours) / static_cast<double>(kMicroPerHour), 'g', 12);
}

bool workHourLimitApplies(QStringView status, QStringView permission)
{
    return (status == u"student" || status == u"job_hunting") && permission != u"individual";
}

VacationDays::VacationDays(std::vector<DatePeriod> periods)
{
    std::sort(periods.begin(), periods.end(), [](const DatePeriod &a, const DatePeriod &b) { return a.start < b.start; });
    for (const DatePeriod &p : periods) {
        if (p.end < p.start)
            continue;
        // Adjacent or overlapping periods make one run of vacation days.
        if (!runs_.empty() && p.start <= runs_.back().end + date_duration(1))
            runs_.back().end = std::max(runs_.back().end, p.end);
        else
            runs_.push_back(p);
    }
}

const DatePeriod *VacationDays::runAt(const Date &day) const
{
    auto it = std::upper_bound(runs_.begin(), runs_.end(), day,
                               [](const Date &d, const DatePeriod &p) { return d < p.start; });
    if (it == runs_.begin())
        return nullptr;
    --it;
    return day <= it->end ? &*it : nullptr;
}

bool VacationDays::contains(const Date &day) const
{
    return runAt(day) != nullptr;
}

bool VacationDays::containsAll(const Date &first, const Date &last) const
{
    const DatePeriod *run = runAt(last);
    return run && run->start <= first;
}

std::vector<HoursBreach> workHourBreaches(std::span<const WorkedDay> days, bool statusStudent,
                                          const VacationDays &vacations, const Date &from, const Date &to)
{
    std::vector<HoursBreach> out;
    if (to < from)
        return out;
    const MicroHours weekly = kWeeklyLimitHours * kMicroPerHour;
    const MicroHours daily = kDailyVacationLimitHours * kMicroPerHour;
    const date_duration six(6);
    // The seven days D−6…D are the days [head, tail) of `days`, their hours `sum`.
    size_t head = 0, tail = 0;
    MicroHours sum = 0;
    Date next = from; // the first day D not judged yet
    for (const WorkedDay &worked : days) {
        // Only the days that a worked day falls in the window of can break a rule.
        const Date lo = std::max({worked.date, from, next});
        const Date hi = std::min(worked.date + six, to);
        for (Date d = lo; d <= hi; d += date_duration(1)) {
            while (tail < days.size() && days[tail].date <= d)
                sum += days[tail++].hours;
            while (head < tail && days[head].date < d - six)
                sum -= days[head++].hours;
            if (statusStudent && tail > head && days[tail - 1].date == d && days[tail - 1].hours > daily &&
                vacations.contains(d))
                out.push_back({d, QStringLiteral("daily"), days[tail - 1].hours, kDailyVacationLimitHours});
            if (sum > weekly && !(statusStudent && vacations.containsAll(d - six, d)))
                out.push_back({d, QStringLiteral("weekly"), sum, kWeeklyLimitHours});
        }
        if (hi >= next)
            next = hi + date_duration(1);
    }
    return out;
}

} // namespace kakehashi::rules
