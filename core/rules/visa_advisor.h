#pragma once
// The work-visa advisor (DOMAIN.md §2): which residence statuses a student could
// change to after graduating, with the reasons, and the warnings a secretariat
// should raise early. The rules are data with the dates they took effect; this
// only applies them. It advises; the Immigration Services Agency decides.
#include "domain/date.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace kakehashi::rules {

struct VisaRule
{
    QString ruleNo;
    Date effectiveFrom;
    std::optional<Date> effectiveTo;
    QString schoolType;             // empty: any
    std::optional<int> fieldPattern; // 1–4 of the 専門学校 fields
    std::optional<bool> senmonshi;
    QString minJlpt;                 // N1 … N5; empty: none needed
    QString verdict;                 // candidate, warning, barrier
    QString status;                  // for a candidate: the residence status code
    QString messageJa;
    QString messageEn;
};

struct FieldKeyword
{
    int pattern = 0;
    QString keyword;
};

struct StudentFacts
{
    QString schoolType;
    QString field;    // the faculty / course as recorded
    QString jlpt;     // N1 … N5 or empty
    bool senmonshi = false;
};

struct Advice
{
    QString ruleNo;
    QString verdict;
    QString status;
    QString messageJa;
    QString messageEn;
};

// The pattern (1–4) whose keyword the field contains, or 0.
int fieldPattern(const QString &field, std::span<const FieldKeyword> keywords);

// Every rule in force on `on` whose conditions hold, candidates first, then
// warnings, then barriers, each in rule order.
std::vector<Advice> advise(const StudentFacts &facts, std::span<const VisaRule> rules,
                           std::span<const FieldKeyword> keywords, const Date &on);

// The group a student at risk is counted under: "pattern-2", "pattern-4",
// "miscellaneous_school", …; empty when the advice holds no warning or barrier.
QString riskGroup(const StudentFacts &facts, const std::vector<Advice> &advice, std::span<const FieldKeyword> keywords);

} // namespace kakehashi::rules
