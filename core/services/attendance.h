#pragma once
// Attendance for the attendance grid and the record editor: the internships to
// choose from, a month's days, a student's totals, the month's subsidy as it
// would be claimed, and saving a month (the role, the audit rows and the
// database's refusals in one transaction, which nests in a caller's). A header
// that names no storage type.
#include "auth/roles.h"
#include "domain/attendance.h"
#include "domain/date.h"
#include "rules/subsidy.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

using InternshipSummary = domain::InternshipSummary;
using AttendanceTotals = domain::AttendanceTotals;
using MonthAttendance = domain::MonthAttendance;

class AttendanceService final
{
public:
    explicit AttendanceService(const storage::Database &db) : db_(db) {}

    std::vector<InternshipSummary> internships() const;
    std::optional<InternshipSummary> internship(const QString &internshipNo) const;
    MonthAttendance month(const QString &internshipNo, int year, int month) const;
    std::vector<AttendanceTotals> totalsOfStudent(const QString &studentNo) const;
    // The claim of the internship's month with these present days at the stored
    // rates; none when the internship's student or company is not stored.
    std::optional<rules::MonthClaim> monthClaim(const QString &internshipNo, const std::vector<Date> &present) const;

    // Replaces the month's attendance (storage::AttendanceStore::saveMonth): those
    // who may edit (AuthError otherwise); each changed day audited; throws Error
    // when a day lies outside the internship or the month is posted.
    void saveMonth(const auth::Session &session, const QString &internshipNo, int year, int month,
                   const std::map<Date, QString> &status, double presentHours = 8.0);

private:
    const storage::Database &db_;
};

} // namespace kakehashi::services
