#pragma once
// The work-hour limit of a student's status of residence (FORMATS.md §6;
// 入管法 Art. 19(2) and Enforcement Regulations Art. 19(5)): at most 28 hours in
// any seven days, 8 hours a day in the school's long vacations for status
// `student`, unless an individual permission covers the activity. Pure: the
// caller hands over one student's days and their school's vacations.
#include "domain/date.h"

#include <QString>

#include <span>
#include <vector>

namespace kakehashi::rules {

// Hours are counted in millionths of an hour, so that sums of decimal hours
// (9.3 + 9.3 + 9.4) compare with the limit exactly.
using MicroHours = qint64;
inline constexpr MicroHours kMicroPerHour = 1'000'000;
inline constexpr int kWeeklyLimitHours = 28;
inline constexpr int kDailyVacationLimitHours = 8;
inline constexpr double kHoursOfPresentDayWithoutHours = 8.0;

MicroHours toMicroHours(double hours);
// "30", "30.5", "7.25": the shortest plain form, as the attendance export writes hours.
QString hoursText(MicroHours hours);

// Whether the limit applies: status `student` or `job_hunting` and a permission
// other than `individual` (empty = `none`).
bool workHourLimitApplies(QStringView residenceStatus, QStringView workPermission);

struct WorkedDay
{
    Date date;
    MicroHours hours = 0; // present days of all internships of the day together
};

struct DatePeriod
{
    Date start;
    Date end;
};

// A school's vacations, merged into runs of consecutive vacation days, for the
// questions the rule asks: is a day in a vacation, are all seven days D−6…D.
class VacationDays
{
public:
    VacationDays() = default;
    explicit VacationDays(std::vector<DatePeriod> periods);
    bool contains(const Date &day) const;
    bool containsAll(const Date &first, const Date &last) const;

private:
    const DatePeriod *runAt(const Date &day) const;
    std::vector<DatePeriod> runs_;
};

struct HoursBreach
{
    Date date;
    QString rule; // "daily" or "weekly"
    MicroHours hours = 0;
    int limit = 0;
};

// The breaches on the days from…to of one student whose limit applies: `days`
// sorted by date, one entry per date, covering at least from−6…to. In order of
// date, then rule ("daily" before "weekly").
std::vector<HoursBreach> workHourBreaches(std::span<const WorkedDay> days, bool statusStudent,
                                          const VacationDays &vacations, const Date &from, const Date &to);

} // namespace kakehashi::rules
