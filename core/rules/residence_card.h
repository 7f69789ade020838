#pragma once
// Residence cards (在留カード, 入管法 Art. 19-3 ff.): the cards that need
// attention before they lapse, as a pure rule. A card is flagged when it expires
// within N days (or has expired), and for each internship not yet over that ends
// after it (the student could not finish the internship on it).
#include "domain/date.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace kakehashi::rules {

inline constexpr int kCardWarningDays = 60;

struct InternshipSpan
{
    QString internshipNo;
    Date start;
    Date end;
};

struct CardFlag
{
    QString reason;       // "expires" or "before_internship_end"
    int daysLeft = 0;     // from `on` to the expiry (negative once expired)
    QString internshipNo; // for before_internship_end
    std::optional<Date> internshipEnd;
};

// `internships` are the student's non-cancelled ones. Only a current student is
// flagged: not completed before `on`, or with an internship not over on `on`.
// Sorted by reason ("before_internship_end" by internship number, then "expires").
std::vector<CardFlag> cardFlags(const Date &expiry, const std::optional<Date> &completedOn,
                                std::span<const InternshipSpan> internships, const Date &on,
                                int withinDays = kCardWarningDays);

} // namespace kakehashi::rules
