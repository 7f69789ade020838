#pragma once
// What the work-hour and residence-card rules read of a student: plain data,
// stored by storage::ComplianceStore and handed to the ui by
// services::ComplianceService (neither of which the other sees).
#include "domain/date.h"
#include "rules/residence_card.h"
#include "rules/work_hours.h"

#include <QString>

#include <optional>
#include <vector>

namespace kakehashi::rules {

// The student of an internship, for the attendance page's warning.
struct InternshipStudent
{
    QString studentNo;
    QString schoolCode;
    QString residenceStatus;
    QString workPermission;
};

// A present day of one of a student's internships.
struct InternshipDay
{
    QString internshipNo;
    WorkedDay day;
};

// A student's residence card with what the card rules need.
struct StudentCard
{
    QString studentNo;
    QString name;
    QString cardNo;
    Date expiry;
    std::optional<Date> completedOn;
    std::vector<InternshipSpan> internships; // not cancelled
    QString lastCheckedOn; // the latest recorded check, empty when none
    QString lastCheckedBy;
};

} // namespace kakehashi::rules
