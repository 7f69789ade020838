#pragma once
// The internship subsidy of FORMATS.md §2: who is eligible, at what daily rate,
// and what a month's claim comes to. Pure functions over plain values; the data
// come from core/storage and the results go to the ledger.
#include "domain/date.h"
#include "domain/yen.h"

#include <QString>

#include <optional>
#include <vector>

namespace kakehashi::rules {

// What eligibility is judged on, as of the internship's start date.
struct EligibilityInput
{
    QString programme;                    // the student's programme
    bool cancelled = false;               // the internship's status
    Date start;                           // the internship's start_date
    std::optional<Date> graduation;       // the student's graduation_date
    std::optional<Date> firstEmployedOn;  // earliest decided_on of an `employed` placement
};

struct Eligibility
{
    bool eligible = false;
    QString reason; // why not, for a person to read; empty when eligible
};

// (a) a final-year student: graduation on or after the start, in the same fiscal
// year, and the start on or after 1 October of that year; or (b) a graduate still
// looking for work: graduated before the start, and no employed placement decided
// on or before it. Only programme sme_internship; a cancelled internship never.
Eligibility subsidyEligibility(const EligibilityInput &in);

struct Rate
{
    Date validFrom;
    Yen daily;
};
// The rate in force on `day` (the latest valid_from on or before it), if any.
// `rates` need not be sorted.
std::optional<Yen> rateOn(const std::vector<Rate> &rates, const Date &day);

struct MonthClaim
{
    int presentDays = 0;
    Yen rate;      // the rate in force (on the month's last present day)
    Yen amount;    // Σ rate in force on each present day; 0 when not eligible
    bool eligible = false;
    QString reason;
};

// A month's claim for one internship from its present days in that month.
MonthClaim monthClaim(const Eligibility &eligibility, const std::vector<Rate> &rates,
                      const std::vector<Date> &presentDays);

} // namespace kakehashi::rules
