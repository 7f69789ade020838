#include "rules/subsidy.h"

#include "calendar/fiscal.h"

#include <QCoreApplication>

#include <algorithm>

namespace kakehashi::rules {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("kakehashi::rules", s);
}

} // namespace

Eligibility subsidyEligibility(const EligibilityInput &in)
{
    if (in.cancelled)
        return {false, tr("the internship is cancelled")};
    if (in.programme != u"sme_internship")
        return {false, tr("the student's programme is %1, not sme_internship").arg(in.programme)};
    if (!in.graduation)
        return {false, tr("the student has no graduation date")};
    const Date &grad = *in.graduation;
    if (grad >= in.start) {
        // (a) A final-year student, from 1 October of the graduation's fiscal year.
        const int fy = calendar::fiscalYearOf(in.start);
        if (calendar::fiscalYearOf(grad) != fy)
            return {false, tr("not in the final year: graduation on %1 is in FY%2, the start on %3 in FY%4")
                               .arg(isoDateQ(grad))
                               .arg(calendar::fiscalYearOf(grad))
                               .arg(isoDateQ(in.start))
                               .arg(fy)};
        const Date october(static_cast<unsigned short>(fy), 10, 1);
        if (in.start < october)
            return {false, tr("a final-year student's internship may start from %1; it starts on %2")
                               .arg(isoDateQ(october), isoDateQ(in.start))};
        return {true, {}};
    }
    // (b) A graduate still looking for work.
    if (in.firstEmployedOn && *in.firstEmployedOn <= in.start)
        return {false, tr("already employed: a placement was decided on %1, on or before the start on %2")
                           .arg(isoDateQ(*in.firstEmployedOn), isoDateQ(in.start))};
    return {true, {}};
}

std::optional<Yen> rateOn(const std::vector<Rate> &rates, const Date &day)
{
    const Rate *best = nullptr;
    for (const Rate &r : rates)
        if (r.validFrom <= day && (!best || r.validFrom > best->validFrom))
            best = &r;
    if (!best)
        return std::nullopt;
    return best->daily;
}

MonthClaim monthClaim(const Eligibility &eligibility, const std::vector<Rate> &rates,
                      const std::vector<Date> &presentDays)
{
    MonthClaim c;
    c.presentDays = static_cast<int>(presentDays.size());
    c.eligible = eligibility.eligible;
    c.reason = eligibility.reason;
    if (presentDays.empty())
        return c;
    const Date last = *std::max_element(presentDays.begin(), presentDays.end());
    c.rate = rateOn(rates, last).value_or(Yen(0));
    if (!c.eligible)
        return c;
    for (const Date &d : presentDays) {
        const auto r = rateOn(rates, d);
        if (!r) {
            c.eligible = false;
            c.amount = Yen(0);
            c.reason = tr("no daily rate is in force on %1").arg(isoDateQ(d));
            return c;
        }
        c.amount += *r;
    }
    return c;
}

} // namespace kakehashi::rules
