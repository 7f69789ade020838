#pragma once
// The three steps of the SME recruitment and retention programme (DOMAIN.md):
// STEP 1 awareness, STEP 2 matching, STEP 3 training and retention. For a fiscal
// year, each step's events and who took part, as the secretariat reports them.
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::reports {

struct StepSummary
{
    int step = 0;            // 1, 2, 3; 0 for events without a step
    long long events = 0;
    long long participations = 0; // students and companies signed up
    long long attended = 0;       // of those, ticked as attended
    long long students = 0;       // different students who attended
    long long companies = 0;      // different companies who attended
};

// Steps 1, 2 and 3 always (zeros when nothing happened), then "no step" when any.
std::vector<StepSummary> stepSummary(const storage::Database &db, int fiscalYear);

} // namespace kakehashi::reports
