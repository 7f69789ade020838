#include "reports/notification_sheet.h"

#include "domain/countries.h"
#include "domain/kinds.h"
#include "reports/compliance.h"
#include "reports/html.h"
#include "rules/hire_notification.h"
#include "storage/record_store.h"

namespace kakehashi::reports {

namespace {

QString value(const domain::Kind &kind, const domain::Values &values, std::u16string_view field)
{
    const int i = kind.fieldIndex(QStringView(field.data(), static_cast<qsizetype>(field.size())));
    if (i < 0 || static_cast<size_t>(i) >= values.size())
        return {};
    const QVariant &v = values[static_cast<size_t>(i)];
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    return v.toString();
}

bool isLatin(const QString &text)
{
    // Basic Latin to Latin Extended-B, and Latin Extended Additional (Vietnamese: Đặng).
    for (const QChar c : text)
        if (c.unicode() > 0x024F && !(c.unicode() >= 0x1E00 && c.unicode() <= 0x1EFF))
            return false;
    return true;
}

QString sexText(const QString &code)
{
    if (code == u"female")
        return QStringLiteral("女 Female");
    if (code == u"male")
        return QStringLiteral("男 Male");
    if (code == u"other")
        return QStringLiteral("その他 Other");
    return QStringLiteral("（未登録 not recorded）");
}

QString statusText(const QString &code)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("student"), QStringLiteral("留学 Student")},
        {QStringLiteral("job_hunting"), QStringLiteral("特定活動（継続就職活動） Designated activities (job hunting)")},
        {QStringLiteral("engineer_humanities_international"),
         QStringLiteral("技術・人文知識・国際業務 Engineer/Specialist in Humanities/International Services")},
        {QStringLiteral("designated_46"), QStringLiteral("特定活動（46号） Designated activities (No. 46)")},
        {QStringLiteral("specified_skilled_1"), QStringLiteral("特定技能1号 Specified Skilled Worker (i)")},
        {QStringLiteral("medical"), QStringLiteral("医療 Medical Services")},
        {QStringLiteral("care"), QStringLiteral("介護 Nursing Care")},
        {QStringLiteral("highly_skilled"), QStringLiteral("高度専門職 Highly Skilled Professional")},
        {QStringLiteral("other"), QStringLiteral("その他 Other")}};
    return code.isEmpty() ? QStringLiteral("（未登録 not recorded）") : names.value(code, code);
}

QString permissionText(const QString &code)
{
    if (code == u"general")
        return QStringLiteral("有（包括許可） Yes (general)");
    if (code == u"individual")
        return QStringLiteral("有（個別許可） Yes (individual)");
    return QStringLiteral("無 None");
}

QString orBlank(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("（未登録 not recorded）") : text;
}

} // namespace

std::optional<NotificationSheet> notificationSheet(const storage::Database &db, const QString &placementNo)
{
    const storage::RecordStore store(db);
    const domain::Kind &placements = *domain::kindByName(u"placements");
    const domain::Kind &students = *domain::kindByName(u"students");
    const domain::Kind &companies = *domain::kindByName(u"companies");
    const auto p = store.find(placements, domain::Values{placementNo});
    if (!p)
        return std::nullopt;
    NotificationSheet s;
    s.placementNo = placementNo;
    s.studentNo = value(placements, p->values, u"student_no");
    s.employer = value(placements, p->values, u"employer_name");
    s.startDate = value(placements, p->values, u"start_date");
    if (const QString company = value(placements, p->values, u"company_code"); !company.isEmpty())
        if (const auto c = store.find(companies, domain::Values{company})) {
            if (s.employer.isEmpty())
                s.employer = value(companies, c->values, u"name");
            s.employerPrefecture = value(companies, c->values, u"prefecture");
        }
    if (const auto st = store.find(students, domain::Values{s.studentNo})) {
        const QString family = value(students, st->values, u"family_name");
        const QString given = value(students, st->values, u"given_name");
        // The card writes the family name in capitals; a name not in Latin letters stays as stored.
        s.nameRoman = (isLatin(family) ? family.toUpper() : family) + QLatin1Char(' ') + given;
        s.birthDate = value(students, st->values, u"birth_date");
        s.sex = value(students, st->values, u"gender");
        s.nationality = value(students, st->values, u"nationality");
        s.residenceStatus = value(students, st->values, u"residence_status");
        s.periodOfStay = value(students, st->values, u"residence_expiry");
        s.cardNo = value(students, st->values, u"residence_card_no");
        s.workPermission = value(students, st->values, u"work_permission");
    }
    if (const auto start = parseDate(s.startDate))
        s.due = isoDateQ(rules::notificationDue(*start, std::nullopt));
    return s;
}

std::vector<NotificationSheet> notificationSheetsDue(const storage::Database &db, const Date &on, int withinDays)
{
    std::vector<NotificationSheet> out;
    for (const NotificationRow &r : hireNotifications(db, on, withinDays)) {
        if (r.state != u"due_soon" && r.state != u"overdue")
            continue;
        if (auto s = notificationSheet(db, r.placementNo)) {
            s->due = r.due ? isoDateQ(*r.due) : QString(); // with the insurance flag when recorded
            out.push_back(std::move(*s));
        }
    }
    return out;
}

QString notificationSheetsHtml(const std::vector<NotificationSheet> &sheets, const QString &consortium,
                               const QDateTime &madeAt)
{
    QString h = QStringLiteral("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\">"
                               "<title>外国人雇用状況届出 記載事項</title></head><body>");
    for (size_t i = 0; i < sheets.size(); ++i) {
        const NotificationSheet &s = sheets[i];
        // Each sheet on a page of its own (QTextDocument breaks before a block, not a div).
        h += QStringLiteral("<p align=\"right\"%1>%2<br><small>作成 Made: %3</small></p>")
                 .arg(i > 0 ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                      consortium.toHtmlEscaped(), madeOnText(madeAt, true).toHtmlEscaped());
        h += QStringLiteral("<h2>外国人雇用状況届出 記載事項</h2><p>Items of the notification of the employment of a "
                            "foreign worker (労働施策総合推進法第28条 / Labour Policy Act Art. 28)</p>");
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">");
        const auto row = [&h](const char *label, const QString &text) {
            h += QStringLiteral("<tr><th bgcolor=\"#e8eef5\" align=\"left\" width=\"38%\">%1</th><td>%2</td></tr>")
                     .arg(QString::fromUtf8(label), text.toHtmlEscaped());
        };
        row("氏名（ローマ字） Name (Roman letters)", orBlank(s.nameRoman));
        row("生年月日 Date of birth", orBlank(s.birthDate));
        row("性別 Sex", sexText(s.sex));
        row("国籍・地域 Nationality/Region",
            s.nationality.isEmpty() ? orBlank(s.nationality)
                                    : countries::name(s.nationality, true) + QStringLiteral(" ") +
                                          countries::name(s.nationality, false) + QStringLiteral(" (") + s.nationality +
                                          QLatin1Char(')'));
        row("在留資格 Status of residence", statusText(s.residenceStatus));
        row("在留期間（満了日） Period of stay (expiry)", orBlank(s.periodOfStay));
        row("資格外活動許可 Permission for activity outside status", permissionText(s.workPermission));
        row("在留カード番号 Residence card number", orBlank(s.cardNo));
        row("雇入れ年月日 Date of hire", orBlank(s.startDate));
        row("事業主 Employer", orBlank(s.employer));
        row("届出期限 Due", orBlank(s.due));
        h += QStringLiteral("</table>");
        h += QStringLiteral("<p><small>届出はハローワーク（雇用保険の被保険者は資格取得届と共に翌月10日まで、それ以外は翌月末日まで）"
                            "またはe-Govで事業主が行います。 The employer files it with Hello Work (with the employment "
                            "insurance acquisition report by the 10th of the next month, otherwise by the end of the "
                            "next month) or on e-Gov. Placement %1, student %2.</small></p>")
                 .arg(s.placementNo.toHtmlEscaped(), s.studentNo.toHtmlEscaped());
    }
    if (sheets.empty())
        h += QStringLiteral("<p>届出の対象はありません。 No notification to prepare.</p>");
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace kakehashi::reports
