#include "reports/reports.h"

#include "calendar/fiscal.h"
#include "domain/codes.h"
#include "domain/countries.h"
#include "rules/sme.h"
#include "storage/database.h"

#include <QVariant>

#include <algorithm>
#include <map>

namespace kakehashi::reports {

namespace {

using calendar::fiscalYearEnd;
using calendar::fiscalYearStart;

QString n(qint64 v)
{
    return QString::number(v);
}

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

// Groups in report order: the listed bands first in their order, other codes
// sorted, `unknown` last.
std::vector<QString> orderedGroups(const std::vector<QString> &present, const QStringList &bands)
{
    std::vector<QString> out = present;
    std::sort(out.begin(), out.end(), [&](const QString &a, const QString &b) {
        const bool ua = a == u"unknown", ub = b == u"unknown";
        if (ua != ub)
            return ub;
        const qsizetype ia = bands.indexOf(a), ib = bands.indexOf(b);
        if (ia >= 0 && ib >= 0)
            return ia < ib;
        if ((ia >= 0) != (ib >= 0))
            return ia >= 0;
        return a < b;
    });
    return out;
}

const QStringList kSizeBands = {QStringLiteral("1-49"), QStringLiteral("50-99"), QStringLiteral("100-299"),
                                QStringLiteral("300-999"), QStringLiteral("1000+")};
const QStringList kSalaryBands = {QStringLiteral("<200000"), QStringLiteral("200000-249999"),
                                  QStringLiteral("250000-299999"), QStringLiteral("300000-349999"),
                                  QStringLiteral("350000+")};
const QStringList kSmeBands = {QStringLiteral("sme"), QStringLiteral("large")};

// The cohort of FY n: students who completed in it, each with their latest
// placement (greatest decided_on, ties the greatest placement_no), found per
// student through the (student_no, decided_on) index: one pass, no join of two
// derived tables (which SQLite would answer in quadratic time).
const QString kCohortWithLatest = QStringLiteral(
    "SELECT c.*, p.outcome AS outcome, p.japanese_company AS japanese_company, p.company_code AS company_code, "
    "       p.job_category AS job_category, p.monthly_salary_jpy AS monthly_salary_jpy, "
    "       p.residence_status_after AS residence_status_after, p.employer_country AS employer_country, "
    "       p.id AS placement_id "
    "FROM (SELECT s.nationality, s.school_code, s.programme, sc.school_type, sc.prefecture AS school_prefecture, "
    "             (SELECT p.id FROM placements p WHERE p.student_no = s.student_no "
    "              ORDER BY p.decided_on DESC, p.placement_no DESC LIMIT 1) AS latest "
    "      FROM students s JOIN schools sc ON sc.code = s.school_code "
    "      WHERE s.completed_on BETWEEN :from AND :to) c "
    "LEFT JOIN placements p ON p.id = c.latest");

QString placementGroupExpression(const QString &by)
{
    if (by == u"none")
        return QStringLiteral("'total'");
    if (by == u"nationality")
        return QStringLiteral("coalesce(c.nationality, 'unknown')");
    if (by == u"school")
        return QStringLiteral("coalesce(c.school_code, 'unknown')");
    if (by == u"school-type")
        return QStringLiteral("coalesce(c.school_type, 'unknown')");
    if (by == u"programme")
        return QStringLiteral("coalesce(c.programme, 'unknown')");
    if (by == u"prefecture")
        return QStringLiteral("coalesce(c.school_prefecture, 'unknown')");
    throw ReportError(QStringLiteral("unknown grouping “%1” for the placement report (%2)")
                          .arg(by, placementGroupings().join(QStringLiteral(", "))));
}

struct PlacementCounts
{
    qint64 completers = 0, known = 0, furtherStudy = 0, employedJapanese = 0, employedOther = 0;
    PlacementCounts &operator+=(const PlacementCounts &o)
    {
        completers += o.completers;
        known += o.known;
        furtherStudy += o.furtherStudy;
        employedJapanese += o.employedJapanese;
        employedOther += o.employedOther;
        return *this;
    }
    QStringList row(const QString &group) const
    {
        const qint64 denominator = known - furtherStudy;
        return {group, n(completers), n(known), n(furtherStudy), n(employedJapanese), n(employedOther),
                n(denominator), percentOneDecimal(employedJapanese, denominator)};
    }
};

std::map<QString, PlacementCounts> placementCounts(const storage::Database &db, int fy, const QString &by)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT %1 AS grp, count(*), count(c.placement_id), "
                       "       coalesce(sum(CASE WHEN c.outcome = 'further_study' THEN 1 ELSE 0 END), 0), "
                       "       coalesce(sum(CASE WHEN c.outcome = 'employed' AND c.japanese_company = 1 THEN 1 ELSE 0 END), 0), "
                       "       coalesce(sum(CASE WHEN c.outcome = 'employed' AND coalesce(c.japanese_company, 0) = 0 THEN 1 ELSE 0 END), 0) "
                       "FROM (%2) c GROUP BY grp")
            .arg(placementGroupExpression(by), kCohortWithLatest));
    q.bindValue(QStringLiteral(":from"), isoDateQ(fiscalYearStart(fy)));
    q.bindValue(QStringLiteral(":to"), isoDateQ(fiscalYearEnd(fy)));
    storage::Database::exec(q);
    std::map<QString, PlacementCounts> out;
    while (q.next())
        out[q.value(0).toString()] = {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                      q.value(4).toLongLong(), q.value(5).toLongLong()};
    return out;
}

QString fyText(int fy, bool ja)
{
    return ja ? calendar::eraFiscalYear(fy) + QStringLiteral("（%1年度）").arg(fy) : calendar::eraFiscalYearEn(fy);
}

} // namespace

QStringList placementGroupings()
{
    return {QStringLiteral("none"), QStringLiteral("nationality"), QStringLiteral("school"),
            QStringLiteral("school-type"), QStringLiteral("programme"), QStringLiteral("prefecture")};
}

QStringList employmentGroupings()
{
    return {QStringLiteral("none"),     QStringLiteral("industry"),     QStringLiteral("company-size"),
            QStringLiteral("sme"),      QStringLiteral("job-category"), QStringLiteral("salary"),
            QStringLiteral("prefecture"), QStringLiteral("residence-status"), QStringLiteral("country")};
}

QString percentOneDecimal(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return {};
    // Tenths of a percent, rounded half up: floor((2000·num + den) / (2·den)).
    const qint64 tenths = (2000 * numerator + denominator) / (2 * denominator);
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

ReportTable placementReport(const storage::Database &db, int fy, const QString &by)
{
    const auto counts = placementCounts(db, fy, by);
    ReportTable t;
    t.code = QStringLiteral("placement");
    t.titleJa = u8("留学生の就職状況（就職率）") + QStringLiteral(" ") + fyText(fy, true);
    t.titleEn = QStringLiteral("Placement of international students, ") + fyText(fy, false);
    t.fiscalYear = fy;
    t.by = by;
    t.columns = {{QStringLiteral("group"), u8("区分"), QStringLiteral("Group")},
                 {QStringLiteral("completers"), u8("修了者数"), QStringLiteral("Completers"), true},
                 {QStringLiteral("outcome_known"), u8("進路判明者数"), QStringLiteral("Outcome known"), true},
                 {QStringLiteral("further_study"), u8("進学者数"), QStringLiteral("Further study"), true},
                 {QStringLiteral("employed_japanese"), u8("日本企業就職者数"), QStringLiteral("Employed (Japanese company)"), true},
                 {QStringLiteral("employed_other"), u8("その他就職者数"), QStringLiteral("Employed (other)"), true},
                 {QStringLiteral("denominator"), u8("分母"), QStringLiteral("Denominator"), true},
                 {QStringLiteral("placement_rate_percent"), u8("就職率（%）"), QStringLiteral("Placement rate (%)"), true}};
    PlacementCounts total;
    std::vector<QString> groups;
    for (const auto &[g, c] : counts) {
        groups.push_back(g);
        total += c;
    }
    if (by != u"none")
        for (const QString &g : orderedGroups(groups, {}))
            t.rows.push_back(counts.at(g).row(g));
    t.rows.push_back(total.row(QStringLiteral("total")));
    t.hasTotalRow = true;
    t.definitionJa = u8("対象: 修了日が当該年度（4月1日〜翌年3月31日）にある留学生。進路は最も新しい決定日の進路（同日は番号の大きい方）。"
                        "分母 = 進路判明者数 − 進学者数。就職率 = 100 × 日本企業就職者数 ÷ 分母（小数第1位、0.05 は切り上げ）。"
                        "分母が0のときは空欄。");
    t.definitionEn = QStringLiteral(
        "Cohort: international students whose completion date lies in the fiscal year (1 April to 31 March). Each "
        "student's outcome is the latest recorded (greatest decision date; ties, the greatest placement number). "
        "Denominator = outcome known − further study. Placement rate = 100 × employed at a Japanese company ÷ "
        "denominator, one decimal, halves rounded up; empty when the denominator is 0.");
    return t;
}

ReportTable employmentReport(const storage::Database &db, int fy, const QString &by)
{
    if (!employmentGroupings().contains(by))
        throw ReportError(QStringLiteral("unknown grouping “%1” for the employment report (%2)")
                              .arg(by, employmentGroupings().join(QStringLiteral(", "))));
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT c.job_category, c.monthly_salary_jpy, c.residence_status_after, c.employer_country, "
                       "       co.code, co.industry, co.sme_category, co.capital_jpy, co.employees, co.prefecture "
                       "FROM (%1) c LEFT JOIN companies co ON co.code = c.company_code WHERE c.outcome = 'employed'")
            .arg(kCohortWithLatest));
    q.bindValue(QStringLiteral(":from"), isoDateQ(fiscalYearStart(fy)));
    q.bindValue(QStringLiteral(":to"), isoDateQ(fiscalYearEnd(fy)));
    q.setForwardOnly(true);
    storage::Database::exec(q);
    const QString unknown = QStringLiteral("unknown");
    auto text = [&](int column) { return q.isNull(column) || q.value(column).toString().isEmpty() ? unknown : q.value(column).toString(); };
    auto number = [&](int column) -> std::optional<qint64> {
        return q.isNull(column) ? std::nullopt : std::optional<qint64>(q.value(column).toLongLong());
    };
    std::map<QString, qint64> counts;
    qint64 total = 0;
    while (q.next()) {
        const bool company = !q.isNull(4);
        QString g;
        if (by == u"none") {
            g = QStringLiteral("total");
        } else if (by == u"industry") {
            g = company ? text(5) : unknown;
        } else if (by == u"company-size") {
            const auto e = company ? number(8) : std::nullopt;
            g = !e ? unknown : *e < 50 ? kSizeBands[0] : *e < 100 ? kSizeBands[1] : *e < 300 ? kSizeBands[2]
                                         : *e < 1000 ? kSizeBands[3] : kSizeBands[4];
        } else if (by == u"sme") {
            g = company ? rules::smeClass(q.value(6).toString(), number(7), number(8)) : unknown;
        } else if (by == u"job-category") {
            g = text(0);
        } else if (by == u"salary") {
            const auto s = number(1);
            g = !s ? unknown : *s < 200000 ? kSalaryBands[0] : *s < 250000 ? kSalaryBands[1]
                              : *s < 300000 ? kSalaryBands[2] : *s < 350000 ? kSalaryBands[3] : kSalaryBands[4];
        } else if (by == u"prefecture") {
            g = company ? text(9) : unknown;
        } else if (by == u"residence-status") {
            g = text(2);
        } else {
            g = text(3);
        }
        ++counts[g];
        ++total;
    }
    ReportTable t;
    t.code = QStringLiteral("employment");
    t.titleJa = u8("留学生の就職先の内訳") + QStringLiteral(" ") + fyText(fy, true);
    t.titleEn = QStringLiteral("Employment of international students, ") + fyText(fy, false);
    t.fiscalYear = fy;
    t.by = by;
    t.columns = {{QStringLiteral("group"), u8("区分"), QStringLiteral("Group")},
                 {QStringLiteral("count"), u8("人数"), QStringLiteral("Students"), true},
                 {QStringLiteral("share_percent"), u8("構成比（%）"), QStringLiteral("Share (%)"), true}};
    if (by != u"none") {
        std::vector<QString> groups;
        for (const auto &[g, c] : counts)
            groups.push_back(g);
        const QStringList bands = by == u"company-size" ? kSizeBands : by == u"salary" ? kSalaryBands
                                                                   : by == u"sme"  ? kSmeBands
                                                                                   : QStringList();
        for (const QString &g : orderedGroups(groups, bands))
            t.rows.push_back({g, n(counts[g]), percentOneDecimal(counts[g], total)});
    }
    t.rows.push_back({QStringLiteral("total"), n(total), QStringLiteral("100.0")});
    t.hasTotalRow = true;
    t.definitionJa = u8("対象: 修了日が当該年度にあり、最新の進路が「就職」の留学生。構成比 = 100 × 人数 ÷ 合計（小数第1位、0.05 は切り上げ）。"
                        "企業コードのない就職先は業種・規模・中小企業区分・所在地が「unknown」。中小企業は資本金または従業員数が業種の基準以下の企業"
                        "（一方が基準超で他方が不明なら大企業）。");
    t.definitionEn = QStringLiteral(
        "Cohort: students who completed in the fiscal year and whose latest outcome is employed. Share = 100 × count "
        "÷ total, one decimal, halves rounded up. An employer without a company code is unknown for industry, size, "
        "SME class and prefecture. An SME has capital or employees within its category's limits (one figure over and "
        "the other unknown: large).");
    return t;
}

ReportTable programmeReport(const storage::Database &db, int fy)
{
    const QString from = isoDateQ(fiscalYearStart(fy));
    const QString to = isoDateQ(fiscalYearEnd(fy));
    auto scalar = [&](const QString &sql) {
        QSqlQuery q = db.prepare(sql);
        q.bindValue(QStringLiteral(":from"), from);
        q.bindValue(QStringLiteral(":to"), to);
        storage::Database::exec(q);
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    const QString active = QStringLiteral(
        "SELECT %1 FROM students WHERE enrolled_on <= :to AND (completed_on IS NULL OR completed_on >= :from)");
    const qint64 students = scalar(active.arg(QStringLiteral("count(*)")));
    const qint64 countries = scalar(active.arg(QStringLiteral("count(DISTINCT nationality)")));
    const qint64 schools = scalar(active.arg(QStringLiteral("count(DISTINCT school_code)")));
    const qint64 companies = scalar(QStringLiteral(
        "SELECT count(*) FROM (SELECT company_code FROM internships WHERE status <> 'cancelled' "
        "                      AND start_date <= :to AND end_date >= :from "
        "                      UNION SELECT p.company_code FROM participants p JOIN events e ON e.event_no = p.event_no "
        "                      WHERE p.company_code IS NOT NULL AND p.attended = 1 AND e.date BETWEEN :from AND :to) c"));
    const qint64 started = scalar(QStringLiteral(
        "SELECT count(*) FROM internships WHERE status <> 'cancelled' AND start_date BETWEEN :from AND :to"));
    const qint64 presentDays =
        scalar(QStringLiteral("SELECT count(*) FROM attendance WHERE status = 'present' AND date BETWEEN :from AND :to"));
    const qint64 paid = scalar(QStringLiteral("SELECT coalesce(sum(amount_jpy), 0) FROM ledger_entries "
                                              "WHERE period BETWEEN substr(:from, 1, 7) AND substr(:to, 1, 7)"));
    const qint64 events = scalar(QStringLiteral("SELECT count(*) FROM events WHERE date BETWEEN :from AND :to"));
    const qint64 participants = scalar(QStringLiteral(
        "SELECT count(*) FROM participants p JOIN events e ON e.event_no = p.event_no "
        "WHERE p.attended = 1 AND e.date BETWEEN :from AND :to"));
    const ReportTable placement = placementReport(db, fy, QStringLiteral("none"));
    const QStringList &pt = placement.rows.back();

    ReportTable t;
    t.code = QStringLiteral("programme");
    t.titleJa = u8("事業実施状況（経済産業省・文部科学省報告）") + QStringLiteral(" ") + fyText(fy, true);
    t.titleEn = QStringLiteral("Programme summary for METI and MEXT, ") + fyText(fy, false);
    t.fiscalYear = fy;
    t.by = QStringLiteral("none");
    t.columns = {{QStringLiteral("students"), u8("在籍留学生数"), QStringLiteral("Students"), true},
                 {QStringLiteral("countries"), u8("国・地域数"), QStringLiteral("Countries"), true},
                 {QStringLiteral("schools"), u8("学校数"), QStringLiteral("Schools"), true},
                 {QStringLiteral("companies"), u8("参加企業数"), QStringLiteral("Companies"), true},
                 {QStringLiteral("internships_started"), u8("職場実習開始件数"), QStringLiteral("Internships started"), true},
                 {QStringLiteral("present_days"), u8("実習出席日数"), QStringLiteral("Present days"), true},
                 {QStringLiteral("subsidy_paid_jpy"), u8("補助金支給額（円）"), QStringLiteral("Subsidy paid (¥)"), true},
                 {QStringLiteral("events"), u8("イベント数"), QStringLiteral("Events"), true},
                 {QStringLiteral("event_participants"), u8("イベント参加数"), QStringLiteral("Event participants"), true},
                 {QStringLiteral("placement_completers"), u8("修了者数"), QStringLiteral("Completers"), true},
                 {QStringLiteral("placement_denominator"), u8("就職率の分母"), QStringLiteral("Placement denominator"), true},
                 {QStringLiteral("placement_employed_japanese"), u8("日本企業就職者数"),
                  QStringLiteral("Employed (Japanese company)"), true},
                 {QStringLiteral("placement_rate_percent"), u8("就職率（%）"), QStringLiteral("Placement rate (%)"), true}};
    t.rows.push_back({n(students), n(countries), n(schools), n(companies), n(started), n(presentDays), n(paid), n(events),
                      n(participants), pt[1], pt[6], pt[4], pt[7]});
    t.definitionJa = u8("在籍留学生: 年度末日までに入学し、年度初日より前に修了していない留学生（国・地域数と学校数はその内訳）。参加企業: "
                        "年度と期間が重なる中止以外の職場実習、または年度内イベントへの出席がある企業。職場実習開始件数: 中止以外で年度内に開始。"
                        "補助金支給額: 対象月が年度内の台帳の合計（取消を含む）。イベント参加数: 年度内イベントの出席数。就職率は就職状況報告の合計行。");
    t.definitionEn = QStringLiteral(
        "Students: enrolled on or before the fiscal year's last day and not completed before its first day (countries "
        "and schools are theirs). Companies: with a non-cancelled internship overlapping the year or an attended "
        "participation in one of its events. Internships started: not cancelled, starting in the year. Subsidy paid: "
        "the ledger entries whose period lies in the year, reversals included. Event participants: attended "
        "participations in the year's events. Placement: the total row of the placement report.");
    return t;
}

ReportTable subsidyReport(const storage::Database &db, int fy)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT period, internship_no, sum(days), sum(amount_jpy) FROM ledger_entries "
        "WHERE period BETWEEN :from AND :to GROUP BY period, internship_no ORDER BY period, internship_no"));
    q.bindValue(QStringLiteral(":from"), QStringLiteral("%1-04").arg(fy));
    q.bindValue(QStringLiteral(":to"), QStringLiteral("%1-03").arg(fy + 1));
    storage::Database::exec(q);
    struct Period
    {
        qint64 internships = 0, days = 0, amount = 0;
    };
    std::map<QString, Period> periods;
    QSet<QString> paidInternships;
    Period total;
    while (q.next()) {
        Period &p = periods[q.value(0).toString()];
        const qint64 days = q.value(2).toLongLong(), amount = q.value(3).toLongLong();
        if (amount != 0) {
            ++p.internships;
            paidInternships.insert(q.value(1).toString());
        }
        p.days += days;
        p.amount += amount;
        total.days += days;
        total.amount += amount;
    }
    ReportTable t;
    t.code = QStringLiteral("subsidy");
    t.titleJa = u8("職場実習補助金の支給状況") + QStringLiteral(" ") + fyText(fy, true);
    t.titleEn = QStringLiteral("Internship subsidy paid, ") + fyText(fy, false);
    t.fiscalYear = fy;
    t.by = QStringLiteral("period");
    t.columns = {{QStringLiteral("period"), u8("対象月"), QStringLiteral("Period")},
                 {QStringLiteral("internships"), u8("実習件数"), QStringLiteral("Internships"), true},
                 {QStringLiteral("days"), u8("日数"), QStringLiteral("Days"), true},
                 {QStringLiteral("amount_jpy"), u8("金額（円）"), QStringLiteral("Amount (¥)"), true}};
    for (const auto &[period, p] : periods)
        t.rows.push_back({period, n(p.internships), n(p.days), n(p.amount)});
    t.rows.push_back({QStringLiteral("total"), n(paidInternships.size()), n(total.days), n(total.amount)});
    t.hasTotalRow = true;
    t.definitionJa = u8("補助金台帳の対象月ごとの正味（取消を差し引いた）日数と金額。実習件数は正味金額が0でない職場実習の数"
                        "（合計行は年度内で重複を除いた数）。");
    t.definitionEn = QStringLiteral(
        "Net days and amounts of the subsidy ledger per period, reversals deducted. Internships: those with a "
        "non-zero net amount in the period (the total row counts each internship once in the year).");
    return t;
}

QString groupLabel(const QString &by, const QString &code, bool ja)
{
    if (code == u"total")
        return ja ? u8("合計") : QStringLiteral("Total");
    if (code == u"unknown")
        return ja ? u8("不明") : QStringLiteral("Unknown");
    const codes::CodeList *list = nullptr;
    if (by == u"school-type")
        list = &codes::kSchoolType;
    else if (by == u"programme")
        list = &codes::kProgramme;
    else if (by == u"industry")
        list = &codes::kIndustry;
    else if (by == u"job-category")
        list = &codes::kJobCategory;
    else if (by == u"residence-status")
        list = &codes::kResidenceStatus;
    if (list)
        if (const codes::Code *c = list->find(code))
            return code + QLatin1Char(' ') + QString::fromUtf8(ja ? c->ja : c->en);
    if (by == u"prefecture")
        if (const codes::Prefecture *p = codes::prefecture(code))
            return code + QLatin1Char(' ') + QString::fromUtf8(ja ? p->ja : p->en);
    if (by == u"nationality" || by == u"country")
        if (const QString name = countries::name(code, ja); name != code)
            return code + QLatin1Char(' ') + name;
    return code;
}

} // namespace kakehashi::reports
