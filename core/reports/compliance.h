#pragma once
// The right-to-work reports (FORMATS.md §6, issue 13): the work-hour limit's
// breaches of a period, read from storage and judged by core/rules.
#include "rules/hire_notification.h"
#include "rules/residence_card.h"
#include "rules/work_hours.h"

#include <QString>

#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::reports {

struct StudentHoursBreach
{
    QString studentNo;
    rules::HoursBreach breach;
};

// `compliance hours --from --to`: sorted by student_no, date, rule.
std::vector<StudentHoursBreach> hoursBreaches(const storage::Database &db, const Date &from, const Date &to);

struct CardRow
{
    QString studentNo;
    QString name;
    QString cardNo;
    Date expiry;
    rules::CardFlag flag;
    QString lastCheckedOn;
    QString lastCheckedBy;
};

// `compliance cards`: the residence cards of current students that expire
// within `withinDays` of `on` (or have expired) or before an internship not yet
// over ends; sorted by student_no, reason, internship.
std::vector<CardRow> cardsNeedingAttention(const storage::Database &db, const Date &on,
                                           int withinDays = rules::kCardWarningDays);

struct NotificationRow
{
    QString placementNo;
    QString studentNo;
    QString name;
    QString employer;
    std::optional<Date> startDate;
    std::optional<bool> employmentInsurance;
    std::optional<Date> due; // none without a start date
    std::optional<Date> filedOn;
    QString state; // rules::notificationState, or "no_start_date"
};

// `compliance notifications`: the foreign-worker notifications of the employed
// placements at companies in Japan, in placement_no order, judged on `on`.
std::vector<NotificationRow> hireNotifications(const storage::Database &db, const Date &on,
                                               int withinDays = rules::kNotificationWarningDays);

} // namespace kakehashi::reports
