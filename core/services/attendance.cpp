#include "services/attendance.h"

#include "storage/attendance_store.h"
#include "storage/subsidy_store.h"

namespace kakehashi::services {

std::vector<InternshipSummary> AttendanceService::internships() const
{
    return storage::AttendanceStore(db_).internships();
}

std::optional<InternshipSummary> AttendanceService::internship(const QString &internshipNo) const
{
    return storage::AttendanceStore(db_).internship(internshipNo);
}

MonthAttendance AttendanceService::month(const QString &internshipNo, int year, int month) const
{
    return storage::AttendanceStore(db_).month(internshipNo, year, month);
}

std::vector<AttendanceTotals> AttendanceService::totalsOfStudent(const QString &studentNo) const
{
    return storage::AttendanceStore(db_).totalsOfStudent(studentNo);
}

std::optional<rules::MonthClaim> AttendanceService::monthClaim(const QString &internshipNo,
                                                               const std::vector<Date> &present) const
{
    const storage::SubsidyStore store(db_);
    const auto input = store.eligibilityInput(internshipNo);
    if (!input)
        return std::nullopt;
    return rules::monthClaim(rules::subsidyEligibility(*input), store.rates(), present);
}

void AttendanceService::saveMonth(const auth::Session &session, const QString &internshipNo, int year, int month,
                                  const std::map<Date, QString> &status, double presentHours)
{
    storage::AttendanceStore(db_).saveMonth(session, internshipNo, year, month, status, presentHours);
}

} // namespace kakehashi::services
