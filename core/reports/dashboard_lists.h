#pragma once
// The dashboard's right-to-work lists (issue 13), by name: residence cards that
// expire within 60 days or before an internship ends, foreign-worker
// notifications due within 14 days or overdue, and students near (24 hours or
// more) or over the 28-hour limit in a seven-day window ending this week.
#include "reports/dashboard.h"

namespace kakehashi::reports {

inline constexpr int kNearHoursLimit = 24;

// student_no, name, residence_status, residence_expiry, reason (expires and/or
// before_internship_end, space-separated), internship_no, end_date; one row per
// student, by expiry.
DashboardList cardsFlagged(const storage::Database &db, const Date &today);
// placement_no, student_no, name, employer, start_date, due, state (due_soon,
// overdue); by due date.
DashboardList notificationsDue(const storage::Database &db, const Date &today);
// student_no, name, most_hours (the most in any seven days ending Monday–Sunday
// of this week), window (D−6 … D of that most), state (over, near); over first.
DashboardList hoursThisWeek(const storage::Database &db, const Date &today, int nearHours = kNearHoursLimit);

// Students in a list (distinct student_no in its first column named so).
qint64 distinctStudents(const DashboardList &list);

} // namespace kakehashi::reports
