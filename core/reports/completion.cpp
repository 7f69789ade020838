#include "reports/completion.h"

#include "calendar/fiscal.h"
#include "domain/countries.h"
#include "ledger/evidence.h"
#include "ledger/settings.h"
#include "storage/database.h"
#include "storage/payment_store.h"

#include <QLocale>
#include <QSet>
#include <QVariant>

namespace kakehashi::reports {

namespace {

QString yen(qint64 v)
{
    return QLocale(QLocale::English).toString(v);
}

QString outcomeJa(const QString &code)
{
    if (code == u"employed")
        return QString::fromUtf8("就職");
    if (code == u"further_study")
        return QString::fromUtf8("進学");
    if (code == u"job_hunting")
        return QString::fromUtf8("就職活動中");
    if (code == u"other")
        return QString::fromUtf8("その他");
    return code;
}

} // namespace

CompletionReport completionReport(const storage::Database &db, int fy)
{
    CompletionReport r;
    r.fiscalYear = fy;
    const storage::PaymentStore payments(db);
    r.consortium = payments.setting(ledger::kConsortiumNameSetting).value_or(QString());
    r.budgetJpy = payments.budget(fy);
    r.paidByMonth = payments.paidByPeriod(fy);
    storage::LedgerFilter filter;
    filter.fiscalYear = fy;
    r.payments = storage::SubsidyStore(db).entries(filter);

    // Net days and amount per internship, and per internship and month.
    std::map<QString, CompletionInternship> rows;
    std::map<std::pair<QString, QString>, qint64> netByMonth;
    for (const storage::LedgerRow &e : r.payments) {
        CompletionInternship &c = rows[e.internshipNo];
        c.internshipNo = e.internshipNo;
        c.studentNo = e.studentNo;
        c.days += e.days;
        c.paidJpy += e.amountJpy;
        netByMonth[{e.internshipNo, e.period}] += e.amountJpy;
        r.totalDays += e.days;
        r.totalPaidJpy += e.amountJpy;
    }
    storage::DocumentFilter docs;
    docs.ownerKind = ledger::kInternshipOwner;
    docs.purpose = ledger::kTimesheetPurpose;
    docs.periodFrom = QStringLiteral("%1-04").arg(fy);
    docs.periodTo = QStringLiteral("%1-03").arg(fy + 1);
    QSet<QString> sheets;
    for (const storage::DocumentInfo &d : storage::EvidenceStore(db).list(docs)) {
        if (!rows.count(d.ownerKey))
            continue;
        r.evidence.push_back(d);
        sheets.insert(d.ownerKey + QLatin1Char('/') + d.period);
    }
    std::sort(r.evidence.begin(), r.evidence.end(),
              [](const storage::DocumentInfo &a, const storage::DocumentInfo &b) { return a.id < b.id; });
    for (const auto &[key, net] : netByMonth) {
        if (net == 0)
            continue;
        CompletionInternship &c = rows[key.first];
        ++c.months;
        if (sheets.contains(key.first + QLatin1Char('/') + key.second))
            ++c.sheets;
    }

    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT s.family_name || ' ' || s.given_name, s.nationality, sc.name, c.name, i.start_date, i.end_date, "
        "c.code FROM internships i JOIN students s ON s.student_no = i.student_no "
        "JOIN schools sc ON sc.code = s.school_code JOIN companies c ON c.code = i.company_code "
        "WHERE i.internship_no = ?"));
    QSqlQuery p = db.prepare(QStringLiteral(
        "SELECT p.outcome, coalesce(p.employer_name, c.name, ''), p.decided_on FROM placements p "
        "LEFT JOIN companies c ON c.code = p.company_code WHERE p.student_no = ? "
        "ORDER BY p.decided_on DESC, p.placement_no DESC LIMIT 1"));
    QSet<QString> students, companies;
    for (auto &[no, c] : rows) {
        q.addBindValue(no);
        storage::Database::exec(q);
        if (q.next()) {
            c.name = q.value(0).toString();
            c.nationality = q.value(1).toString();
            c.school = q.value(2).toString();
            c.company = q.value(3).toString();
            c.startDate = q.value(4).toString();
            c.endDate = q.value(5).toString();
            companies.insert(q.value(6).toString());
        }
        q.finish();
        p.addBindValue(c.studentNo);
        storage::Database::exec(p);
        if (p.next()) {
            c.outcome = p.value(0).toString();
            c.employer = p.value(1).toString();
            c.decidedOn = p.value(2).toString();
        }
        p.finish();
        students.insert(c.studentNo);
        r.internships.push_back(c);
    }
    r.students = static_cast<int>(students.size());
    r.companies = static_cast<int>(companies.size());
    return r;
}

std::vector<QString> completionColumns()
{
    return {QStringLiteral("internship_no"), QStringLiteral("student_no"),  QStringLiteral("name"),
            QStringLiteral("nationality"),   QStringLiteral("school"),      QStringLiteral("company"),
            QStringLiteral("start_date"),    QStringLiteral("end_date"),    QStringLiteral("days"),
            QStringLiteral("paid_jpy"),      QStringLiteral("timesheets"),  QStringLiteral("outcome"),
            QStringLiteral("employer"),      QStringLiteral("decided_on")};
}

std::vector<std::vector<QString>> completionRows(const CompletionReport &r)
{
    std::vector<std::vector<QString>> out;
    int months = 0, sheets = 0;
    for (const CompletionInternship &c : r.internships) {
        out.push_back({c.internshipNo, c.studentNo, c.name, c.nationality, c.school, c.company, c.startDate, c.endDate,
                       QString::number(c.days), QString::number(c.paidJpy),
                       QStringLiteral("%1/%2").arg(c.sheets).arg(c.months), c.outcome, c.employer, c.decidedOn});
        months += c.months;
        sheets += c.sheets;
    }
    out.push_back({QStringLiteral("total"), QString::number(r.students), QString(), QString(), QString(),
                   QString::number(r.companies), QString(), QString(), QString::number(r.totalDays),
                   QString::number(r.totalPaidJpy), QStringLiteral("%1/%2").arg(sheets).arg(months), QString(),
                   QString(), QString()});
    return out;
}

std::vector<QString> registerColumns()
{
    return {QStringLiteral("entry_no"), QStringLiteral("posted_at"),     QStringLiteral("period"),
            QStringLiteral("kind"),     QStringLiteral("internship_no"), QStringLiteral("student_no"),
            QStringLiteral("counterparty"), QStringLiteral("days"),      QStringLiteral("amount_jpy"),
            QStringLiteral("reverses"), QStringLiteral("timesheet_sha256"), QStringLiteral("hash")};
}

std::vector<std::vector<QString>> registerRows(const CompletionReport &r)
{
    std::map<QString, QString> sheet; // internship/period → sha256 of the version in force
    for (const storage::DocumentInfo &d : r.evidence)
        sheet[d.ownerKey + QLatin1Char('/') + d.period] = d.sha256; // later versions come later
    std::vector<std::vector<QString>> out;
    for (const storage::LedgerRow &e : r.payments) {
        const auto it = sheet.find(e.internshipNo + QLatin1Char('/') + e.period);
        out.push_back({QString::number(e.entryNo), e.postedAt, e.period, e.kind, e.internshipNo, e.studentNo,
                       e.counterparty, QString::number(e.days), QString::number(e.amountJpy),
                       e.reverses ? QString::number(*e.reverses) : QString(),
                       it != sheet.end() ? it->second : QString(), e.hash});
    }
    return out;
}

std::vector<QString> evidenceColumns()
{
    return {QStringLiteral("added_at"), QStringLiteral("internship_no"), QStringLiteral("period"),
            QStringLiteral("purpose"),  QStringLiteral("version"),       QStringLiteral("filename"),
            QStringLiteral("media_type"), QStringLiteral("size_bytes"),  QStringLiteral("sha256"),
            QStringLiteral("added_by")};
}

std::vector<std::vector<QString>> evidenceRows(const CompletionReport &r)
{
    std::vector<std::vector<QString>> out;
    for (const storage::DocumentInfo &d : r.evidence)
        out.push_back({d.addedAt, d.ownerKey, d.period, d.purpose, QString::number(d.version), d.filename, d.mediaType,
                       QString::number(d.sizeBytes), d.sha256, d.addedBy});
    return out;
}

std::vector<QString> summaryColumns()
{
    return {QStringLiteral("period"), QStringLiteral("paid_jpy")};
}

std::vector<std::vector<QString>> summaryRows(const CompletionReport &r)
{
    std::vector<std::vector<QString>> out;
    for (const auto &[period, paid] : r.paidByMonth)
        out.push_back({period, QString::number(paid)});
    out.push_back({QStringLiteral("total"), QString::number(r.totalPaidJpy)});
    out.push_back({QStringLiteral("budget"), r.budgetJpy ? QString::number(*r.budgetJpy) : QString()});
    out.push_back({QStringLiteral("remaining"), r.budgetJpy ? QString::number(*r.budgetJpy - r.totalPaidJpy) : QString()});
    return out;
}

QString completionHtml(const CompletionReport &r, bool ja, const QDateTime &madeAt, const QString &madeBy)
{
    auto L = [ja](const char *jaText, const char *en) { return ja ? QString::fromUtf8(jaText) : QString::fromUtf8(en); };
    auto e = [](const QString &s) { return s.toHtmlEscaped(); };
    const QString fyName = ja ? calendar::eraFiscalYear(r.fiscalYear) + QStringLiteral("（FY%1）").arg(r.fiscalYear)
                              : calendar::eraFiscalYearEn(r.fiscalYear);
    const QString title = L("職場実習 実績報告書", "Internship completion report");
    QString h = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head><body>")
                    .arg(ja ? QStringLiteral("ja") : QStringLiteral("en"), e(title));
    if (!r.consortium.isEmpty())
        h += QStringLiteral("<p align=\"right\">%1</p>").arg(e(r.consortium));
    h += QStringLiteral("<h2 align=\"center\">%1　%2</h2>").arg(e(fyName), e(title));

    // 1. Summary.
    h += QStringLiteral("<h3>%1</h3>").arg(L("1. 概要", "1. Summary"));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    auto fig = [&](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><th bgcolor=\"#e8eef5\" align=\"left\">%1</th><td align=\"right\">%2</td></tr>")
                 .arg(e(label), e(value));
    };
    fig(L("実習（件）", "Internships"), QString::number(r.internships.size()));
    fig(L("実習生（人）", "Students"), QString::number(r.students));
    fig(L("受入企業（社）", "Companies"), QString::number(r.companies));
    fig(L("実習日数（日）", "Days"), QString::number(r.totalDays));
    fig(L("支給額（円）", "Paid (yen)"), yen(r.totalPaidJpy));
    fig(L("予算額（円）", "Budget (yen)"), r.budgetJpy ? yen(*r.budgetJpy) : L("設定なし", "none"));
    if (r.budgetJpy)
        fig(L("予算残額（円）", "Remaining (yen)"), yen(*r.budgetJpy - r.totalPaidJpy));
    // The interns' placements: each student's latest outcome, once per student.
    std::map<QString, QString> outcomeOf;
    for (const CompletionInternship &c : r.internships)
        outcomeOf[c.studentNo] = c.outcome;
    std::map<QString, int> outcomes;
    for (const auto &[student, outcome] : outcomeOf)
        ++outcomes[outcome];
    QStringList placed;
    for (const char *code : {"employed", "further_study", "job_hunting", "other", ""}) {
        const auto it = outcomes.find(QString::fromLatin1(code));
        if (it == outcomes.end())
            continue;
        const QString label = *code ? (ja ? outcomeJa(it->first) : it->first) : L("未登録", "not recorded");
        placed << QStringLiteral("%1 %2").arg(label).arg(it->second);
    }
    if (!placed.isEmpty())
        fig(L("実習生の進路（人）", "Students' placements"), placed.join(QStringLiteral(" / ")));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(L("2. 月別支給額", "2. Paid by month"));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr><th bgcolor=\"#e8eef5\">%1</th>"
                        "<th bgcolor=\"#e8eef5\">%2</th></tr></thead><tbody>")
             .arg(L("対象月", "Month"), L("支給額（円）", "Paid (yen)"));
    for (const auto &[period, paid] : r.paidByMonth)
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(e(period), yen(paid));
    h += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr></tbody></table>")
             .arg(L("合計", "Total"), yen(r.totalPaidJpy));

    // 3. Internships.
    h += QStringLiteral("<h3>%1</h3>").arg(L("3. 実習別実績", "3. Internships"));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    const char *const heads[][2] = {{"実習番号", "Internship"}, {"氏名", "Name"},       {"国籍", "Nationality"},
                                    {"学校", "School"},         {"受入企業", "Company"}, {"期間", "Period"},
                                    {"日数", "Days"},           {"支給額", "Paid"},      {"出勤簿", "Timesheets"},
                                    {"進路", "Placement"}};
    for (const auto &hd : heads)
        h += QStringLiteral("<th bgcolor=\"#e8eef5\">%1</th>").arg(L(hd[0], hd[1]));
    h += QStringLiteral("</tr></thead><tbody>");
    int months = 0, sheets = 0;
    for (const CompletionInternship &c : r.internships) {
        QString placement = ja ? outcomeJa(c.outcome) : c.outcome;
        if (!c.employer.isEmpty())
            placement += QStringLiteral(" ") + c.employer;
        if (!c.decidedOn.isEmpty())
            placement += QStringLiteral(" (%1)").arg(c.decidedOn);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6<br>%7</td>"
                            "<td align=\"right\">%8</td><td align=\"right\">%9</td><td align=\"center\">%10</td>"
                            "<td>%11</td></tr>")
                 .arg(e(c.internshipNo), e(c.name), e(countries::name(c.nationality, ja)), e(c.school), e(c.company),
                      e(c.startDate), e(c.endDate), QString::number(c.days), yen(c.paidJpy))
                 .arg(QStringLiteral("%1/%2").arg(c.sheets).arg(c.months), e(placement));
        months += c.months;
        sheets += c.sheets;
    }
    h += QStringLiteral("<tr><td colspan=\"6\"><b>%1</b></td><td align=\"right\"><b>%2</b></td><td align=\"right\"><b>%3</b>"
                        "</td><td align=\"center\"><b>%4</b></td><td></td></tr></tbody></table>")
             .arg(L("合計", "Total"), QString::number(r.totalDays), yen(r.totalPaidJpy),
                  QStringLiteral("%1/%2").arg(sheets).arg(months));
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(L("日数・支給額は補助金台帳の記帳（取消を差し引いた純額）。出勤簿は署名済み出勤簿の添付のある月数／支給のある月数。"
                    "進路は実習生の最新の進路。",
                    "Days and amounts are the subsidy ledger's entries of the FY, net of reversals. Timesheets: months "
                    "with a signed sheet attached / months paid. Placement: the student's latest outcome."));

    // 4. Register of payments.
    h += QStringLiteral("<h3>%1</h3>").arg(L("4. 支給台帳", "4. Register of payments"));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><thead><tr>");
    const char *const regHeads[][2] = {{"番号", "No."},     {"記帳日時", "Posted"}, {"対象月", "Month"},
                                       {"種別", "Kind"},    {"実習", "Internship"}, {"相手方", "Counterparty"},
                                       {"日数", "Days"},    {"金額", "Amount"},    {"出勤簿 SHA-256", "Timesheet SHA-256"}};
    for (const auto &hd : regHeads)
        h += QStringLiteral("<th bgcolor=\"#e8eef5\">%1</th>").arg(L(hd[0], hd[1]));
    h += QStringLiteral("</tr></thead><tbody>");
    for (const std::vector<QString> &row : registerRows(r)) {
        const QString kind = row[3] == u"reversal" ? L("取消", "reversal") + QStringLiteral(" #") + row[9]
                                                   : L("支給", "payment");
        h += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                            "<td align=\"right\">%7</td><td align=\"right\">%8</td><td><small>%9</small></td></tr>")
                 .arg(row[0], e(row[1].left(16).replace(QLatin1Char('T'), QLatin1Char(' '))), e(row[2]), e(kind),
                      e(row[4]), e(row[6]), row[7], yen(row[8].toLongLong()),
                      row[10].isEmpty() ? L("（なし）", "(none)") : row[10].left(16) + QStringLiteral("…"));
    }
    h += QStringLiteral("</tbody></table>");

    // 5. Index of the evidence.
    h += QStringLiteral("<h3>%1</h3>").arg(L("5. 証拠書類索引", "5. Index of the evidence"));
    if (r.evidence.empty()) {
        h += QStringLiteral("<p>%1</p>").arg(L("添付された証拠書類はありません。", "No evidence is attached."));
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><thead><tr>");
        const char *const evHeads[][2] = {{"登録日時", "Added"}, {"実習", "Internship"}, {"対象月", "Month"},
                                          {"書類", "Document"},  {"版", "Version"},      {"SHA-256", "SHA-256"}};
        for (const auto &hd : evHeads)
            h += QStringLiteral("<th bgcolor=\"#e8eef5\">%1</th>").arg(L(hd[0], hd[1]));
        h += QStringLiteral("</tr></thead><tbody>");
        for (const storage::DocumentInfo &d : r.evidence)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4<br><small>%5</small></td><td align=\"right\">%6</td>"
                                "<td><small><tt>%7</tt></small></td></tr>")
                     .arg(e(d.addedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))), e(d.ownerKey), e(d.period),
                          d.purpose == ledger::kTimesheetPurpose ? L("署名済み出勤簿", "signed timesheet") : e(d.purpose),
                          e(d.filename), QString::number(d.version), d.sha256);
        h += QStringLiteral("</tbody></table>");
    }
    QString made = madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!madeBy.isEmpty())
        made += QStringLiteral(" (%1)").arg(e(madeBy));
    h += QStringLiteral("<p><small>%1: %2</small></p></body></html>").arg(L("作成", "Made"), made);
    return h;
}

} // namespace kakehashi::reports
