#pragma once
// Calendar dates for the domain: boost::gregorian::date in arithmetic, ISO text at
// the edges (storage, files). QDate belongs to the ui layer only.
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <string_view>

class QString;
class QStringView;

namespace kakehashi {

using Date = boost::gregorian::date;

// Accepts YYYY-MM-DD, YYYY/MM/DD and YYYY/M/D; only real calendar dates.
std::optional<Date> parseDate(std::string_view text);
std::optional<Date> parseDate(QStringView text);
// Accepts YYYY-MM.
std::optional<Date> parseMonth(QStringView text);

std::string isoDate(const Date &d);
QString isoDateQ(const Date &d);

// The same day `months` later, or that month's last day when it is shorter.
Date addMonthsClamped(const Date &d, int months);

// Whole years of age on `on` for someone born on `birth`.
int ageOn(const Date &birth, const Date &on);

} // namespace kakehashi
