#include "rules/hire_notification.h"

namespace kakehashi::rules {

Date notificationDue(const Date &hired, std::optional<bool> employmentInsurance)
{
    const Date nextMonth = addMonthsClamped(Date(hired.year(), hired.month(), 1), 1);
    if (employmentInsurance.value_or(true))
        return Date(nextMonth.year(), nextMonth.month(), 10);
    return nextMonth.end_of_month();
}

QString notificationState(const Date &due, const std::optional<Date> &filedOn, const Date &on, int withinDays)
{
    if (filedOn)
        return QStringLiteral("filed");
    if (due < on)
        return QStringLiteral("overdue");
    if ((due - on).days() <= withinDays)
        return QStringLiteral("due_soon");
    return QStringLiteral("pending");
}

} // namespace kakehashi::rules
