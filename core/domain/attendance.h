#pragma once
// Attendance as the programs show it: an internship to choose, a month's days,
// a student's totals. Plain data, stored by storage::AttendanceStore and handed
// to the ui by services::AttendanceService (neither of which the other sees).
#include "domain/date.h"

#include <QString>

#include <map>
#include <optional>

namespace kakehashi::domain {

struct InternshipSummary
{
    QString internshipNo;
    QString studentNo;
    QString studentName;
    QString companyName;
    Date start;
    Date end;
    QString status;
};

// A student's days of one internship, by status.
struct AttendanceTotals
{
    QString internshipNo;
    QString companyName;
    Date start;
    Date end;
    int present = 0;
    int absent = 0;
    int leave = 0;
    double presentHours = 0;
};

struct MonthAttendance
{
    InternshipSummary internship;
    std::map<Date, QString> status;    // present / absent / leave, by day
    std::optional<qint64> postedEntry; // the active payment closing this month, if any
};

} // namespace kakehashi::domain
