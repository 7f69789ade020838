#pragma once
// The figures of the first screen, each with the list behind it.
#include "domain/date.h"

#include <QStringList>

#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::reports {

struct DashboardList
{
    QStringList columns;             // CSV-style codes
    std::vector<QStringList> rows;
};

struct Dashboard
{
    Date today;
    qint64 activeInterns = 0;
    qint64 claimsThisMonthJpy = 0;
    qint64 postedThisMonthJpy = 0;
    QString placementRateSoFar; // this fiscal year's rate, one decimal, empty when no denominator
    qint64 placementDenominator = 0;
    qint64 residenceExpiring = 0;  // within 60 days
    qint64 completersWithoutOutcome = 0; // 90 days or more after completion
    qint64 overHoursLimit = 0;     // students over the 28-hour limit on a day of this week (Monday–Sunday)
};

inline constexpr int kResidenceWarningDays = 60;
inline constexpr int kOutcomeOverdueDays = 90;

Dashboard dashboard(const storage::Database &db, const Date &today);

DashboardList activeInterns(const storage::Database &db, const Date &today);
DashboardList monthClaims(const storage::Database &db, const Date &today);
DashboardList residenceExpiring(const storage::Database &db, const Date &today);
DashboardList completersWithoutOutcome(const storage::Database &db, const Date &today);
// One row per student with a breach of the work-hour limit (FORMATS.md §6) on a
// day of the week (Monday–Sunday) of `today`: the days, the most hours.
DashboardList overHoursLimit(const storage::Database &db, const Date &today);

} // namespace kakehashi::reports
