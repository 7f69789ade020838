#include "reports/visa_risk.h"

#include "storage/visa_store.h"

#include <map>

namespace kakehashi::reports {

namespace {

StudentAdvice adviceFor(const storage::StudentVisaRow &s, const std::vector<rules::VisaRule> &rules,
                        const std::vector<rules::FieldKeyword> &keywords, const Date &on)
{
    StudentAdvice a{s.studentNo, s.name, s.facts, rules::fieldPattern(s.facts.field, keywords), {}, {}};
    a.advice = rules::advise(s.facts, rules, keywords, on);
    a.riskGroup = rules::riskGroup(s.facts, a.advice, keywords);
    return a;
}

} // namespace

std::optional<StudentAdvice> adviseStudent(const storage::Database &db, const QString &studentNo, const Date &on)
{
    const storage::VisaStore store(db);
    const auto s = store.student(studentNo);
    if (!s)
        return std::nullopt;
    return adviceFor(*s, store.rules(), store.keywords(), on);
}

std::vector<StudentAdvice> studentsAtRisk(const storage::Database &db, const Date &on)
{
    const storage::VisaStore store(db);
    const auto rules = store.rules();
    const auto keywords = store.keywords();
    std::vector<StudentAdvice> out;
    for (const storage::StudentVisaRow &s : store.students()) {
        StudentAdvice a = adviceFor(s, rules, keywords, on);
        if (!a.riskGroup.isEmpty())
            out.push_back(std::move(a));
    }
    return out;
}

ReportTable visaRiskReport(const storage::Database &db, const Date &on)
{
    std::map<QString, qint64> counts;
    qint64 total = 0;
    for (const StudentAdvice &a : studentsAtRisk(db, on)) {
        ++counts[a.riskGroup];
        ++total;
    }
    ReportTable t;
    t.code = QStringLiteral("visa-risk");
    t.titleJa = QString::fromUtf8("就労資格への移行に課題のある留学生（パターン別）");
    t.titleEn = QStringLiteral("Students at risk of no work status after graduating, by pattern");
    t.by = QStringLiteral("risk");
    t.columns = {{QStringLiteral("group"), QString::fromUtf8("区分"), QStringLiteral("Group")},
                 {QStringLiteral("students"), QString::fromUtf8("人数"), QStringLiteral("Students"), true}};
    for (const auto &[g, n] : counts)
        t.rows.push_back({g, QString::number(n)});
    t.rows.push_back({QStringLiteral("total"), QString::number(total)});
    t.hasTotalRow = true;
    t.definitionJa = QString::fromUtf8(
        "%1 時点の就労資格アドバイザーの規則で、警告または障害がある在籍中の留学生。パターン1〜4は専門学校の分野"
        "（1: 医療系国家資格、2: 資格はあるが就労資格なし、3: 介護、4: 資格・就労資格なし）。助言であり、在留資格の判断は出入国在留管理庁が行います。")
                         .arg(isoDateQ(on));
    t.definitionEn = QStringLiteral(
        "Students (not archived) for whom the work-visa advisor's rules in force on %1 give a warning or a barrier. "
        "Patterns 1–4 are the specialised training college fields (1: medical qualification, 2: qualification "
        "without a work status, 3: care, 4: neither). This is advice; the Immigration Services Agency decides.")
                         .arg(isoDateQ(on));
    return t;
}

} // namespace kakehashi::reports
