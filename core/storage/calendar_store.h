#pragma once
// The administrator's calendar overrides, stored per day.
#include "auth/roles.h"
#include "calendar/work_calendar.h"

namespace kakehashi::storage {

class Database;

class CalendarStore final
{
public:
    explicit CalendarStore(const Database &db) : db_(db) {}

    std::vector<calendar::Override> overrides() const;
    // The working-day calendar with this database's overrides.
    calendar::WorkCalendar workCalendar() const;
    // Makes `day` a holiday named `name` (replacing any earlier override).
    // Administrators only (AuthError otherwise); audited.
    void addHoliday(const auth::Session &session, const Date &day, const QString &name);
    // Makes `day` a normal day: drops an added holiday, or overrides the law's.
    void removeHoliday(const auth::Session &session, const Date &day);

private:
    const Database &db_;
};

// Where the database lives unless --db or $KAKEHASHI_DB say otherwise:
// the user's data folder (~/.local/share/kakehashi/kakehashi.sqlite3 on Linux).
QString defaultDatabasePath();

} // namespace kakehashi::storage
