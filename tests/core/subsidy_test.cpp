#include "rules/subsidy.h"

#include "catch_qt.h"

using namespace kakehashi;
using rules::EligibilityInput;

namespace {

Date d(int y, int m, int day)
{
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(day));
}

EligibilityInput finalYear(Date start, Date graduation)
{
    EligibilityInput in;
    in.programme = QStringLiteral("sme_internship");
    in.start = start;
    in.graduation = graduation;
    return in;
}

} // namespace

TEST_CASE("eligibility_finalYear_fromFirstOctober", "[subsidy]")
{
    // FY2025: graduation 2026-03-31; the start may be 2025-10-01 at the earliest.
    CHECK(rules::subsidyEligibility(finalYear(d(2025, 10, 1), d(2026, 3, 31))).eligible);
    const auto sept = rules::subsidyEligibility(finalYear(d(2025, 9, 30), d(2026, 3, 31)));
    CHECK_FALSE(sept.eligible);
    CHECK(sept.reason.contains(QStringLiteral("2025-10-01")));
    // Graduation in the next fiscal year: not yet the final year.
    const auto early = rules::subsidyEligibility(finalYear(d(2025, 10, 1), d(2026, 4, 1)));
    CHECK_FALSE(early.eligible);
    CHECK(early.reason.contains(QStringLiteral("FY2026")));
    // Graduation on the start day is still the final-year case (on or after the start).
    CHECK(rules::subsidyEligibility(finalYear(d(2026, 3, 31), d(2026, 3, 31))).eligible);
    CHECK_FALSE(rules::subsidyEligibility(finalYear(d(2025, 9, 15), d(2025, 9, 15))).eligible);
}

TEST_CASE("eligibility_graduateStillLooking_untilEmployed", "[subsidy]")
{
    EligibilityInput in = finalYear(d(2025, 5, 1), d(2025, 3, 31));
    CHECK(rules::subsidyEligibility(in).eligible);
    // An employed placement decided on the start day: no longer looking.
    in.firstEmployedOn = d(2025, 5, 1);
    const auto e = rules::subsidyEligibility(in);
    CHECK_FALSE(e.eligible);
    CHECK(e.reason.contains(QStringLiteral("2025-05-01")));
    // Decided the day after the start: eligible (judged at the start).
    in.firstEmployedOn = d(2025, 5, 2);
    CHECK(rules::subsidyEligibility(in).eligible);
    // Graduated the day before the start.
    CHECK(rules::subsidyEligibility(finalYear(d(2025, 4, 1), d(2025, 3, 31))).eligible);
}

TEST_CASE("eligibility_otherProgrammesCancelledOrNoGraduation_earnNothing", "[subsidy]")
{
    EligibilityInput in = finalYear(d(2025, 10, 1), d(2026, 3, 31));
    in.programme = QStringLiteral("issn_network");
    CHECK(rules::subsidyEligibility(in).reason.contains(QStringLiteral("issn_network")));
    in = finalYear(d(2025, 10, 1), d(2026, 3, 31));
    in.cancelled = true;
    CHECK(rules::subsidyEligibility(in).reason.contains(QStringLiteral("cancelled")));
    in = finalYear(d(2025, 10, 1), d(2026, 3, 31));
    in.graduation.reset();
    CHECK_FALSE(rules::subsidyEligibility(in).eligible);
}

TEST_CASE("rates_changingMidMonth_payEachDayAtItsRate", "[subsidy]")
{
    const std::vector<rules::Rate> rates = {{d(2026, 4, 16), Yen(8000)}, {d(2013, 4, 1), Yen(7000)}};
    CHECK(rules::rateOn(rates, d(2013, 3, 31)) == std::nullopt);
    CHECK(rules::rateOn(rates, d(2013, 4, 1)) == Yen(7000));
    CHECK(rules::rateOn(rates, d(2026, 4, 15)) == Yen(7000));
    CHECK(rules::rateOn(rates, d(2026, 4, 16)) == Yen(8000));
    const rules::Eligibility yes{true, {}};
    const auto c = rules::monthClaim(yes, rates, {d(2026, 4, 14), d(2026, 4, 15), d(2026, 4, 16), d(2026, 4, 17)});
    CHECK(c.presentDays == 4);
    CHECK(c.amount == Yen(2 * 7000 + 2 * 8000));
    CHECK(c.rate == Yen(8000));
    const auto no = rules::monthClaim({false, QStringLiteral("x")}, rates, {d(2026, 4, 14)});
    CHECK(no.amount == Yen(0));
    CHECK(no.presentDays == 1);
    CHECK(no.rate == Yen(7000));
    // A present day before any rate: nothing is paid, and the reason says why.
    const auto before = rules::monthClaim(yes, rates, {d(2013, 3, 29)});
    CHECK_FALSE(before.eligible);
    CHECK(before.amount == Yen(0));
}
