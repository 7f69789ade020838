#pragma once
// The work-visa advisor's data that people change: a student's "senmonshi"
// flag (staff) and the whole rule set (an administrator's edited export). Each
// write checks the role, writes its audit rows and commits in one transaction
// (which nests in a caller's). Reads for the advisor and `advisor rules`.
#include "auth/roles.h"
#include "rules/visa_advisor.h"

#include <QString>

#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

class VisaService final
{
public:
    explicit VisaService(const storage::Database &db) : db_(db) {}

    // The advisor's rules in force, in rule order.
    std::vector<rules::VisaRule> rules() const;

    // Whether the student holds the senmonshi title; those who may edit records
    // (AuthError otherwise); audited as senmonshi of student_visa_facts with the
    // value before and after.
    void setSenmonshi(const auth::Session &session, const QString &studentNo, bool senmonshi);

    // Replaces the whole rule set; administrators only (AuthError otherwise);
    // audited as one rules_replace row giving the number of rules before and after.
    void replaceRules(const auth::Session &session, const std::vector<rules::VisaRule> &rules);

private:
    const storage::Database &db_;
};

} // namespace kakehashi::services
