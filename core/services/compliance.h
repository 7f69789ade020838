#pragma once
// The compliance view's data: the hours breaches of a period with the student's
// name and the internships the rule counted, from storage behind a header that
// names no storage type (the ui reaches storage only through services).
#include "domain/date.h"
#include "reports/compliance.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

struct HoursBreachRow
{
    reports::StudentHoursBreach breach;
    QString studentName;      // the student's display name
    QStringList internships;  // those with a present day in the days the rule counted, each once
};

class ComplianceService final
{
public:
    explicit ComplianceService(const storage::Database &db) : db_(db) {}

    // reports::hoursBreaches, in its order; a weekly breach counts the 7 days
    // ending on its date, a vacation day that day alone.
    std::vector<HoursBreachRow> hoursBreaches(const Date &from, const Date &to) const;

private:
    const storage::Database &db_;
};

} // namespace kakehashi::services
