#pragma once
// Japanese national holidays (国民の祝日に関する法律) as the law stood in each year,
// 1973–2099, with the substitute-holiday and citizens'-holiday rules and the
// one-off days of 1989, 1990, 1993, 2019, 2020 and 2021.
#include "domain/date.h"

#include <vector>

namespace kakehashi::calendar {

inline constexpr int kFirstYear = 1973;
inline constexpr int kLastYear = 2099;

struct Holiday
{
    Date date;
    const char *nameJa = "";
    const char *nameEn = "";
};

// The holidays of `year` in date order, under the rules in force that year.
// Throws std::out_of_range outside kFirstYear..kLastYear.
std::vector<Holiday> lawHolidays(int year);

// Day of March / September of the equinox holidays (the Cabinet Office's
// formula; the official dates are announced a year ahead and may be overridden).
int vernalEquinoxDay(int year);
int autumnalEquinoxDay(int year);

} // namespace kakehashi::calendar
