#include "rules/visa_advisor.h"

#include <algorithm>

namespace kakehashi::rules {

namespace {

int jlptRank(const QString &level)
{
    // N1 is the highest: a smaller number is a better level; none is the worst.
    return level.size() == 2 && level[0] == u'N' ? level[1].digitValue() : 99;
}

int verdictOrder(const QString &v)
{
    return v == u"candidate" ? 0 : v == u"warning" ? 1 : 2;
}

} // namespace

int fieldPattern(const QString &field, std::span<const FieldKeyword> keywords)
{
    int found = 0;
    for (const FieldKeyword &k : keywords)
        if (!k.keyword.isEmpty() && field.contains(k.keyword, Qt::CaseInsensitive) && (found == 0 || k.pattern < found))
            found = k.pattern;
    return found;
}

std::vector<Advice> advise(const StudentFacts &facts, std::span<const VisaRule> rules,
                           std::span<const FieldKeyword> keywords, const Date &on)
{
    const int pattern = fieldPattern(facts.field, keywords);
    std::vector<Advice> out;
    for (const VisaRule &r : rules) {
        if (on < r.effectiveFrom || (r.effectiveTo && on > *r.effectiveTo))
            continue;
        if (!r.schoolType.isEmpty() && r.schoolType != facts.schoolType)
            continue;
        if (r.fieldPattern && *r.fieldPattern != pattern)
            continue;
        if (r.senmonshi && *r.senmonshi != facts.senmonshi)
            continue;
        if (!r.minJlpt.isEmpty() && jlptRank(facts.jlpt) > jlptRank(r.minJlpt))
            continue;
        out.push_back({r.ruleNo, r.verdict, r.status, r.messageJa, r.messageEn});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Advice &a, const Advice &b) { return verdictOrder(a.verdict) < verdictOrder(b.verdict); });
    return out;
}

QString riskGroup(const StudentFacts &facts, const std::vector<Advice> &advice, std::span<const FieldKeyword> keywords)
{
    const bool atRisk = std::any_of(advice.begin(), advice.end(),
                                    [](const Advice &a) { return a.verdict != u"candidate"; });
    if (!atRisk)
        return {};
    if (facts.schoolType == u"vocational_college") {
        const int p = fieldPattern(facts.field, keywords);
        return p ? QStringLiteral("pattern-%1").arg(p) : QStringLiteral("vocational_college");
    }
    return facts.schoolType.isEmpty() ? QStringLiteral("unknown") : facts.schoolType;
}

} // namespace kakehashi::rules
