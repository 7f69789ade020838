#pragma once
// Attendance of one internship, a month at a time, for the attendance grid; and
// a student's attendance summed up per internship.
#include "auth/roles.h"
#include "domain/attendance.h"
#include "domain/date.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;

using InternshipSummary = domain::InternshipSummary;
using AttendanceTotals = domain::AttendanceTotals;
using MonthAttendance = domain::MonthAttendance;

class AttendanceStore final
{
public:
    explicit AttendanceStore(const Database &db) : db_(db) {}

    // Internships for choosing one, by internship_no.
    std::vector<InternshipSummary> internships() const;
    std::optional<InternshipSummary> internship(const QString &internshipNo) const;
    MonthAttendance month(const QString &internshipNo, int year, int month) const;
    // Each of a student's internships (by start) with its attendance summed up.
    std::vector<AttendanceTotals> totalsOfStudent(const QString &studentNo) const;
    // Replaces the month's attendance with `status` (days not listed are removed).
    // Throws DatabaseError when a day lies outside the internship or the month is
    // posted to the ledger (the database refuses it).
    // Needs a session that may edit (AuthError otherwise); each changed day audited.
    // A day newly present or changed to present records `presentHours`.
    void saveMonth(const auth::Session &session, const QString &internshipNo, int year, int month,
                   const std::map<Date, QString> &status, double presentHours = 8.0);

private:
    const Database &db_;
};

} // namespace kakehashi::storage
