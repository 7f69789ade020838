#include "rules/residence_card.h"

#include <algorithm>

namespace kakehashi::rules {

std::vector<CardFlag> cardFlags(const Date &expiry, const std::optional<Date> &completedOn,
                                std::span<const InternshipSpan> internships, const Date &on, int withinDays)
{
    std::vector<CardFlag> out;
    const bool internshipNotOver =
        std::any_of(internships.begin(), internships.end(), [&](const InternshipSpan &i) { return i.end >= on; });
    if (completedOn && *completedOn < on && !internshipNotOver)
        return out;
    const int daysLeft = static_cast<int>((expiry - on).days());
    std::vector<InternshipSpan> spans(internships.begin(), internships.end());
    std::sort(spans.begin(), spans.end(),
              [](const InternshipSpan &a, const InternshipSpan &b) { return a.internshipNo < b.internshipNo; });
    for (const InternshipSpan &i : spans)
        if (i.end >= on && expiry < i.end)
            out.push_back({QStringLiteral("before_internship_end"), daysLeft, i.internshipNo, i.end});
    if (daysLeft <= withinDays)
        out.push_back({QStringLiteral("expires"), daysLeft, {}, std::nullopt});
    return out;
}

} // namespace kakehashi::rules
