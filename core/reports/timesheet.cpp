#include "reports/timesheet.h"

#include "calendar/fiscal.h"
#include "ledger/settings.h"
#include "reports/reports.h"
#include "storage/calendar_store.h"
#include "storage/database.h"
#include "storage/payment_store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariant>

namespace kakehashi::reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kakehashi::reports", text);
}

QString hoursText(double h)
{
    return QLocale(QLocale::English).toString(h, 'f', h == static_cast<int>(h) ? 0 : 2).remove(QLatin1Char(','));
}

} // namespace

Timesheet timesheet(const storage::Database &db, const QString &internshipNo, int year, int month)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT i.student_no, s.family_name || ' ' || s.given_name, s.name_kana, c.name, i.supervisor, i.start_date, "
        "i.end_date FROM internships i JOIN students s ON s.student_no = i.student_no "
        "JOIN companies c ON c.code = i.company_code WHERE i.internship_no = ?"));
    q.addBindValue(internshipNo);
    storage::Database::exec(q);
    if (!q.next())
        throw ReportError(tr("there is no internship %1").arg(internshipNo));
    Timesheet t;
    t.internshipNo = internshipNo;
    t.studentNo = q.value(0).toString();
    t.studentName = q.value(1).toString();
    t.studentKana = q.value(2).toString();
    t.companyName = q.value(3).toString();
    t.supervisor = q.value(4).toString();
    t.start = parseDate(q.value(5).toString()).value_or(Date(2000, 1, 1));
    t.end = parseDate(q.value(6).toString()).value_or(Date(2000, 1, 1));
    t.year = year;
    t.month = month;
    if (year < 1973 || year > 2099 || month < 1 || month > 12)
        throw ReportError(tr("%1-%2 is not a month the calendar covers").arg(year).arg(month));
    const Date first(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
    const Date last = first.end_of_month();
    if (last < t.start || t.end < first)
        throw ReportError(tr("%1 lies outside internship %2 (%3 – %4)")
                              .arg(QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')), internshipNo,
                                   isoDateQ(t.start), isoDateQ(t.end)));
    t.consortium = storage::PaymentStore(db).setting(ledger::kConsortiumNameSetting).value_or(QString());

    QSqlQuery a = db.prepare(QStringLiteral("SELECT date, status, hours FROM attendance WHERE internship_no = ? AND "
                                            "date >= ? AND date <= ? ORDER BY date"));
    a.addBindValue(internshipNo);
    a.addBindValue(isoDateQ(first));
    a.addBindValue(isoDateQ(last));
    storage::Database::exec(a);
    std::map<Date, std::pair<QString, std::optional<double>>> recorded;
    while (a.next()) {
        const auto d = parseDate(a.value(0).toString());
        if (!d)
            continue;
        recorded[*d] = {a.value(1).toString(),
                        a.value(2).isNull() ? std::nullopt : std::optional<double>(a.value(2).toDouble())};
    }
    const calendar::WorkCalendar cal = storage::CalendarStore(db).workCalendar();
    for (Date d = first; d <= last; d += boost::gregorian::days(1)) {
        TimesheetDay day;
        day.date = d;
        day.inPeriod = !(d < t.start) && !(t.end < d);
        if (const auto h = cal.holiday(d))
            day.holiday = h->nameJa;
        if (const auto it = recorded.find(d); it != recorded.end()) {
            day.status = it->second.first;
            day.hours = it->second.second;
            if (day.status == u"present") {
                ++t.presentDays;
                t.presentHours += day.hours.value_or(8.0);
            }
        }
        t.days.push_back(day);
    }
    return t;
}

QString timesheetHtml(const Timesheet &t, const QDateTime &madeAt)
{
    static const char *const weekdays[] = {"日", "月", "火", "水", "木", "金", "土"};
    auto e = [](const QString &s) { return s.toHtmlEscaped(); };
    const Date first(static_cast<unsigned short>(t.year), static_cast<unsigned short>(t.month), 1);
    const QString title = QString::fromUtf8("職場実習 出勤簿");
    QString h = QStringLiteral("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                    .arg(title);
    if (!t.consortium.isEmpty())
        h += QStringLiteral("<p align=\"right\">%1</p>").arg(e(t.consortium));
    // One pass of arg(): "%4%3" replaced in steps would read "%41…" as placeholder 41.
    h += QStringLiteral("<h2 align=\"center\">%1　%2年%3月（%4%3月）</h2>")
             .arg(title, QString::number(t.year), QString::number(t.month), calendar::eraYear(first));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    auto row = [&](const char *label, const QString &value, const char *label2, const QString &value2) {
        h += QStringLiteral("<tr><th bgcolor=\"#e8eef5\" align=\"left\" width=\"16%\">%1</th><td width=\"34%\">%2</td>"
                            "<th bgcolor=\"#e8eef5\" align=\"left\" width=\"16%\">%3</th><td width=\"34%\">%4</td></tr>")
                 .arg(QString::fromUtf8(label), value, QString::fromUtf8(label2), value2);
    };
    row("実習生氏名", e(t.studentName) + (t.studentKana.isEmpty() ? QString() : QStringLiteral("（%1）").arg(e(t.studentKana))),
        "学生番号", e(t.studentNo));
    row("受入企業", e(t.companyName), "指導担当者", e(t.supervisor));
    row("実習番号", e(t.internshipNo), "実習期間", QStringLiteral("%1 ～ %2").arg(isoDateQ(t.start), isoDateQ(t.end)));
    h += QStringLiteral("</table><p></p>");

    h += QString::fromUtf8("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><thead><tr>"
                           "<th bgcolor=\"#e8eef5\" width=\"12%\">日付</th><th bgcolor=\"#e8eef5\" width=\"6%\">曜日</th>"
                           "<th bgcolor=\"#e8eef5\" width=\"16%\">祝日</th><th bgcolor=\"#e8eef5\" width=\"10%\">出欠</th>"
                           "<th bgcolor=\"#e8eef5\" width=\"9%\">時間</th><th bgcolor=\"#e8eef5\" width=\"35%\">実習内容・備考</th>"
                           "<th bgcolor=\"#e8eef5\" width=\"12%\">確認印</th></tr></thead><tbody>");
    for (const TimesheetDay &d : t.days) {
        const int wd = d.date.day_of_week().as_number();
        const bool off = wd == 0 || wd == 6 || !d.holiday.isEmpty();
        QString status;
        if (!d.inPeriod)
            status = QString::fromUtf8("期間外");
        else if (d.status == u"present")
            status = QString::fromUtf8("出勤");
        else if (d.status == u"absent")
            status = QString::fromUtf8("欠勤");
        else if (d.status == u"leave")
            status = QString::fromUtf8("休暇");
        QString hours;
        if (d.status == u"present")
            hours = hoursText(d.hours.value_or(8.0));
        h += QStringLiteral("<tr%1><td align=\"center\">%2/%3</td><td align=\"center\">%4</td><td>%5</td>"
                            "<td align=\"center\">%6</td><td align=\"right\">%7</td><td></td><td></td></tr>")
                 .arg(!d.inPeriod ? QStringLiteral(" bgcolor=\"#dddddd\"") : off ? QStringLiteral(" bgcolor=\"#f4f4f4\"") : QString())
                 .arg(t.month)
                 .arg(static_cast<int>(d.date.day()))
                 .arg(QString::fromUtf8(weekdays[wd]), e(d.holiday), status, hours);
    }
    h += QString::fromUtf8("<tr><td colspan=\"3\" align=\"right\"><b>合計</b></td><td align=\"center\"><b>%1日</b></td>"
                           "<td align=\"right\"><b>%2</b></td><td colspan=\"2\"></td></tr></tbody></table>")
             .arg(t.presentDays)
             .arg(hoursText(t.presentHours));
    h += QString::fromUtf8("<p>上記のとおり実習に従事したことを確認します。</p>");
    h += QString::fromUtf8(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"8\" width=\"100%\">"
        "<tr><th bgcolor=\"#e8eef5\" width=\"20%\">実習生 署名</th><td width=\"45%\">&nbsp;<br>&nbsp;</td>"
        "<th bgcolor=\"#e8eef5\" width=\"10%\">日付</th><td width=\"25%\">　　年　　月　　日</td></tr>"
        "<tr><th bgcolor=\"#e8eef5\">受入企業 担当者<br>署名・印</th><td>&nbsp;<br>&nbsp;<br>&nbsp;</td>"
        "<th bgcolor=\"#e8eef5\">日付</th><td>　　年　　月　　日</td></tr></table>");
    h += QString::fromUtf8("<p><small>出欠・時間はコンソーシアムの記録（作成 %1）。誤りは朱書きで訂正し、"
                           "署名・押印のうえ返送してください。時間の記載がない出勤日は8時間として数えます。</small></p>")
             .arg(madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace kakehashi::reports
