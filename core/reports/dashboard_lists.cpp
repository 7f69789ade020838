#include "reports/dashboard_lists.h"

#include "reports/compliance.h"
#include "storage/compliance_store.h"
#include "storage/record_store.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace kakehashi::reports {

namespace {

using boost::gregorian::date_duration;

QString iso(const std::optional<Date> &d)
{
    return d ? isoDateQ(*d) : QString();
}

} // namespace

DashboardList cardsFlagged(const storage::Database &db, const Date &today)
{
    // Every card that expires within 60 days (completers too: they may be job
    // hunting), and a current student's card that expires before an internship
    // not yet over ends; one row per student with the reasons.
    DashboardList list{{QStringLiteral("student_no"), QStringLiteral("name"), QStringLiteral("residence_status"),
                        QStringLiteral("residence_expiry"), QStringLiteral("reason"), QStringLiteral("internship_no"),
                        QStringLiteral("end_date")},
                       {}};
    QHash<QString, qsizetype> at;
    for (const QStringList &r : residenceExpiring(db, today).rows) {
        at.insert(r[0], static_cast<qsizetype>(list.rows.size()));
        list.rows.push_back({r[0], r[1], r[2], r[3], QStringLiteral("expires"), QString(), QString()});
    }
    const storage::RecordStore store(db);
    const domain::Kind &students = *domain::kindByName(u"students");
    const int statusField = students.fieldIndex(u"residence_status");
    for (const CardRow &c : cardsNeedingAttention(db, today, kResidenceWarningDays)) {
        if (c.flag.reason != u"before_internship_end")
            continue;
        auto found = at.constFind(c.studentNo);
        if (found == at.constEnd()) {
            QString status;
            if (const auto rec = store.find(students, domain::Values{c.studentNo}))
                status = rec->values[static_cast<size_t>(statusField)].toString();
            found = at.insert(c.studentNo, static_cast<qsizetype>(list.rows.size()));
            list.rows.push_back({c.studentNo, c.name, status, isoDateQ(c.expiry), QString(), QString(), QString()});
        }
        QStringList &row = list.rows[static_cast<size_t>(*found)];
        if (!row[5].isEmpty())
            continue; // the first internship it does not cover is enough to say
        row[4] += (row[4].isEmpty() ? QString() : QStringLiteral(" ")) + c.flag.reason;
        row[5] = c.flag.internshipNo;
        row[6] = c.flag.internshipEnd ? isoDateQ(*c.flag.internshipEnd) : QString();
    }
    std::stable_sort(list.rows.begin(), list.rows.end(),
                     [](const QStringList &a, const QStringList &b) { return a[3] < b[3]; });
    return list;
}

DashboardList notificationsDue(const storage::Database &db, const Date &today)
{
    DashboardList list{{QStringLiteral("placement_no"), QStringLiteral("student_no"), QStringLiteral("name"),
                        QStringLiteral("employer"), QStringLiteral("start_date"), QStringLiteral("due"),
                        QStringLiteral("state")},
                       {}};
    std::vector<NotificationRow> rows = hireNotifications(db, today);
    std::erase_if(rows, [](const NotificationRow &r) { return r.state != u"due_soon" && r.state != u"overdue"; });
    std::stable_sort(rows.begin(), rows.end(), [](const NotificationRow &a, const NotificationRow &b) { return a.due < b.due; });
    for (const NotificationRow &r : rows)
        list.rows.push_back({r.placementNo, r.studentNo, r.name, r.employer, iso(r.startDate), iso(r.due), r.state});
    return list;
}

DashboardList hoursThisWeek(const storage::Database &db, const Date &today, int nearHours)
{
    DashboardList list{{QStringLiteral("student_no"), QStringLiteral("name"), QStringLiteral("most_hours"),
                        QStringLiteral("window"), QStringLiteral("state")},
                       {}};
    const Date monday = today - date_duration((today.day_of_week().as_number() + 6) % 7);
    const Date sunday = monday + date_duration(6);
    // Over: a breach of FORMATS §6 on a day of this week (the vacation rules included).
    QSet<QString> over;
    for (const StudentHoursBreach &b : hoursBreaches(db, monday, sunday))
        over.insert(b.studentNo);
    const rules::MicroHours near = static_cast<rules::MicroHours>(nearHours) * rules::kMicroPerHour;
    std::vector<std::pair<QStringList, bool>> rows;
    storage::ComplianceStore(db).forEachLimitedStudent(
        monday - date_duration(6), sunday, [&](const storage::StudentWorkDays &s) {
            rules::MicroHours most = 0;
            Date mostEnd = monday;
            for (Date end = monday; end <= sunday; end += date_duration(1)) {
                const Date first = end - date_duration(6);
                rules::MicroHours sum = 0;
                for (const rules::WorkedDay &w : s.days)
                    if (w.date >= first && w.date <= end)
                        sum += w.hours;
                if (sum > most) {
                    most = sum;
                    mostEnd = end;
                }
            }
            const bool isOver = over.contains(s.studentNo);
            if (!isOver && most < near)
                return;
            rows.push_back({{s.studentNo, QString(), rules::hoursText(most),
                             isoDateQ(mostEnd - date_duration(6)) + QStringLiteral(" – ") + isoDateQ(mostEnd),
                             isOver ? QStringLiteral("over") : QStringLiteral("near")},
                            isOver});
        });
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    const storage::RecordStore store(db);
    const domain::Kind &students = *domain::kindByName(u"students");
    for (auto &[row, isOver] : rows) {
        row[1] = store.displayName(students, row[0]);
        list.rows.push_back(row);
    }
    return list;
}

qint64 distinctStudents(const DashboardList &list)
{
    const qsizetype column = list.columns.indexOf(QStringLiteral("student_no"));
    if (column < 0)
        return static_cast<qint64>(list.rows.size());
    QSet<QString> seen;
    for (const QStringList &r : list.rows)
        seen.insert(r[column]);
    return seen.size();
}

} // namespace kakehashi::reports
