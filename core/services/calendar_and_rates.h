#pragma once
// The database's working-day calendar (holiday overrides) and the subsidy's
// daily rates, for the settings view and the first start: storage's stores
// behind headers that name no storage type (the ui reaches storage only
// through services).
#include "auth/roles.h"
#include "calendar/work_calendar.h"
#include "domain/date.h"
#include "rules/subsidy.h"

#include <QString>

#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

class CalendarService final
{
public:
    explicit CalendarService(const storage::Database &db) : db_(db) {}

    // The working-day calendar with this database's overrides.
    calendar::WorkCalendar workCalendar() const;
    // Administrators only (AuthError otherwise); audited.
    void addHoliday(const auth::Session &session, const Date &day, const QString &name);
    void removeHoliday(const auth::Session &session, const Date &day);

private:
    const storage::Database &db_;
};

class RateService final
{
public:
    explicit RateService(const storage::Database &db) : db_(db) {}

    // The daily rates of the SME internship programme.
    std::vector<rules::Rate> rates() const;
    // A new rate from a day on; administrators only (AuthError otherwise); audited.
    void addRate(const auth::Session &session, const Date &validFrom, qint64 dailyJpy);

private:
    const storage::Database &db_;
};

} // namespace kakehashi::services
