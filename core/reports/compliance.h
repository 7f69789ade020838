#pragma once
// The right-to-work reports (FORMATS.md §6, issue 13): the work-hour limit's
// breaches of a period, read from storage and judged by core/rules.
#include "rules/work_hours.h"

#include <QString>

#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::reports {

struct StudentHoursBreach
{
    QString studentNo;
    rules::HoursBreach breach;
};

// `compliance hours --from --to`: sorted by student_no, date, rule.
std::vector<StudentHoursBreach> hoursBreaches(const storage::Database &db, const Date &from, const Date &to);

} // namespace kakehashi::reports
