#pragma once
// The employer's notification of a foreign worker's hire (外国人雇用状況届出,
// 労働施策総合推進法 Art. 28): due by the 10th of the month after the hire when
// the worker joins employment insurance (it goes with the 資格取得届, 雇用保険法
// 施行規則 Art. 6), otherwise by the last day of the month after the hire
// (同法施行規則 Art. 12). Pure.
#include "domain/date.h"

#include <QString>

#include <optional>

namespace kakehashi::rules {

inline constexpr int kNotificationWarningDays = 14;

// An unknown insurance flag takes the earlier due date (the 10th).
Date notificationDue(const Date &hired, std::optional<bool> employmentInsurance);

// "filed", "overdue" (due before `on`), "due_soon" (within `withinDays`), "pending".
QString notificationState(const Date &due, const std::optional<Date> &filedOn, const Date &on,
                          int withinDays = kNotificationWarningDays);

} // namespace kakehashi::rules
