#pragma once
// The working-day calendar: Monday–Friday that is not a holiday, where holidays
// are the law's plus an administrator's overrides (a day added or removed).
#include "calendar/holidays.h"

#include <QString>

#include <optional>
#include <vector>

namespace kakehashi::calendar {

struct Override
{
    Date date;
    bool holiday = true; // true: the day is a holiday; false: the law's holiday is removed
    QString name;        // for an added day
};

struct DayInfo
{
    Date date;
    QString nameJa;
    QString nameEn;
};

class RangeError final : public std::out_of_range
{
public:
    using std::out_of_range::out_of_range;
};

class WorkCalendar final
{
public:
    WorkCalendar();
    explicit WorkCalendar(const std::vector<Override> &overrides);

    // The holidays of a year, overrides applied, in date order.
    std::vector<DayInfo> holidays(int year) const;
    std::optional<DayInfo> holiday(const Date &d) const;
    bool isWorkingDay(const Date &d) const;
    // Working days from `from` to `to`, both included; 0 when to < from. O(1).
    // Throws RangeError outside 1973-01-01 … 2099-12-31.
    int workingDays(const Date &from, const Date &to) const;

private:
    long index(const Date &d) const;

    Date first_;
    std::vector<int> prefix_;        // prefix_[i] = working days in [first_, first_ + i)
    std::vector<DayInfo> holidays_;  // every holiday in range, sorted
};

} // namespace kakehashi::calendar
