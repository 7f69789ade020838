#include "services/calendar_and_rates.h"

#include "storage/calendar_store.h"
#include "storage/subsidy_store.h"

namespace kakehashi::services {

calendar::WorkCalendar CalendarService::workCalendar() const
{
    return storage::CalendarStore(db_).workCalendar();
}

void CalendarService::addHoliday(const auth::Session &session, const Date &day, const QString &name)
{
    storage::CalendarStore(db_).addHoliday(session, day, name);
}

void CalendarService::removeHoliday(const auth::Session &session, const Date &day)
{
    storage::CalendarStore(db_).removeHoliday(session, day);
}

std::vector<rules::Rate> RateService::rates() const
{
    return storage::SubsidyStore(db_).rates();
}

void RateService::addRate(const auth::Session &session, const Date &validFrom, qint64 dailyJpy)
{
    storage::SubsidyStore(db_).addRate(session, validFrom, dailyJpy);
}

} // namespace kakehashi::services
