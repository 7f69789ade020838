#include "calendar/work_calendar.h"

#include <algorithm>

namespace kakehashi::calendar {

WorkCalendar::WorkCalendar()
    : WorkCalendar(std::vector<Override>{})
{
}

WorkCalendar::WorkCalendar(const std::vector<Override> &overrides)
    : first_(Date(kFirstYear, 1, 1))
{
    for (int y = kFirstYear; y <= kLastYear; ++y)
        for (const Holiday &h : lawHolidays(y))
            holidays_.push_back({h.date, QString::fromUtf8(h.nameJa), QString::fromUtf8(h.nameEn)});

    const Date last(kLastYear, 12, 31);
    for (const Override &o : overrides) {
        if (o.date < first_ || o.date > last)
            continue;
        auto it = std::lower_bound(holidays_.begin(), holidays_.end(), o.date,
                                   [](const DayInfo &a, const Date &d) { return a.date < d; });
        const bool present = it != holidays_.end() && it->date == o.date;
        if (o.holiday) {
            DayInfo info{o.date, o.name, o.name};
            if (present)
                *it = info;
            else
                holidays_.insert(it, info);
        } else if (present) {
            holidays_.erase(it);
        }
    }

    const long days = (last - first_).days() + 1;
    prefix_.assign(static_cast<size_t>(days) + 1, 0);
    auto h = holidays_.begin();
    Date d = first_;
    for (long i = 0; i < days; ++i, d += boost::gregorian::date_duration(1)) {
        bool off = d.day_of_week() == boost::gregorian::Saturday || d.day_of_week() == boost::gregorian::Sunday;
        while (h != holidays_.end() && h->date < d)
            ++h;
        if (h != holidays_.end() && h->date == d)
            off = true;
        prefix_[static_cast<size_t>(i) + 1] = prefix_[static_cast<size_t>(i)] + (off ? 0 : 1);
    }
}

long WorkCalendar::index(const Date &d) const
{
    const long i = (d - first_).days();
    if (i < 0 || i + 1 >= static_cast<long>(prefix_.size()))
        throw RangeError("the working-day calendar covers 1973-01-01 … 2099-12-31");
    return i;
}

int WorkCalendar::workingDays(const Date &from, const Date &to) const
{
    if (to < from)
        return 0;
    const long a = index(from);
    const long b = index(to);
    return prefix_[static_cast<size_t>(b) + 1] - prefix_[static_cast<size_t>(a)];
}

bool WorkCalendar::isWorkingDay(const Date &d) const
{
    const size_t i = static_cast<size_t>(index(d));
    return prefix_[i + 1] != prefix_[i];
}

std::vector<DayInfo> WorkCalendar::holidays(int year) const
{
    if (year < kFirstYear || year > kLastYear)
        throw RangeError("the holiday calendar covers 1973–2099");
    const Date a(static_cast<unsigned short>(year), 1, 1);
    const Date b(static_cast<unsigned short>(year), 12, 31);
    auto lo = std::lower_bound(holidays_.begin(), holidays_.end(), a,
                               [](const DayInfo &x, const Date &d) { return x.date < d; });
    auto hi = std::upper_bound(holidays_.begin(), holidays_.end(), b,
                               [](const Date &d, const DayInfo &x) { return d < x.date; });
    return {lo, hi};
}

std::optional<DayInfo> WorkCalendar::holiday(const Date &d) const
{
    auto it = std::lower_bound(holidays_.begin(), holidays_.end(), d,
                               [](const DayInfo &x, const Date &v) { return x.date < v; });
    if (it != holidays_.end() && it->date == d)
        return *it;
    return std::nullopt;
}

} // namespace kakehashi::calendar
