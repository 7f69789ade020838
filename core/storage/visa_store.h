#pragma once
// The advisor's rules and keywords, and the facts about a student it needs.
#include "rules/visa_advisor.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;

struct StudentVisaRow
{
    QString studentNo;
    QString name;
    rules::StudentFacts facts;
};

class VisaStore final
{
public:
    explicit VisaStore(const Database &db) : db_(db) {}

    std::vector<rules::VisaRule> rules() const;
    std::vector<rules::FieldKeyword> keywords() const;
    // Replaces the whole rule set (an administrator's edited export).
    void replaceRules(const std::vector<rules::VisaRule> &rules);

    std::optional<StudentVisaRow> student(const QString &studentNo) const;
    // Every student not archived (for the risk report).
    std::vector<StudentVisaRow> students() const;
    void setSenmonshi(const QString &studentNo, bool senmonshi);

private:
    const Database &db_;
};

} // namespace kakehashi::storage
