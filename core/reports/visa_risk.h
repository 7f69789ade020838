#pragma once
// Students whose route to a work status after graduating is at risk, by pattern
// (the work-visa advisor applied to everyone), and one student's advice.
#include "reports/report_table.h"
#include "rules/visa_advisor.h"

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::reports {

struct StudentAdvice
{
    QString studentNo;
    QString name;
    rules::StudentFacts facts;
    int fieldPattern = 0;
    std::vector<rules::Advice> advice;
    QString riskGroup; // empty when not at risk
};

// nullopt for an unknown student.
std::optional<StudentAdvice> adviseStudent(const storage::Database &db, const QString &studentNo, const Date &on);
// Every student at risk, by student number.
std::vector<StudentAdvice> studentsAtRisk(const storage::Database &db, const Date &on);
// Counts by group (pattern-2, pattern-4, miscellaneous_school, …) and a total row.
ReportTable visaRiskReport(const storage::Database &db, const Date &on);

} // namespace kakehashi::reports
