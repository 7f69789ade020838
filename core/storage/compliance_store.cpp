#include "storage/compliance_store.h"

#include "storage/database.h"
#include "storage/record_store.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace kakehashi::storage {

void ComplianceStore::forEachLimitedStudent(const Date &from, const Date &to,
                                            const std::function<void(const StudentWorkDays &)> &f) const
{
    // The students come in key order through their unique index, each student's
    // internships through internships_student and their days through the
    // attendance key: no sort of the period's attendance. The conditions on the
    // student are rules::workHourLimitApplies.
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT s.student_no, s.school_code, s.residence_status, a.date, a.hours "
        "FROM students s "
        "JOIN internships i ON i.student_no = s.student_no "
        "JOIN attendance a ON a.internship_no = i.internship_no AND a.date BETWEEN ? AND ? "
        "WHERE a.status = 'present' AND (s.residence_status = 'student' OR s.residence_status = 'job_hunting') "
        "AND (s.work_permission IS NULL OR s.work_permission <> 'individual') "
        "ORDER BY s.student_no"));
    q.setForwardOnly(true);
    q.addBindValue(isoDateQ(from));
    q.addBindValue(isoDateQ(to));
    Database::exec(q);

    StudentWorkDays current;
    std::vector<rules::WorkedDay> raw;
    const auto flush = [&] {
        if (current.studentNo.isEmpty())
            return;
        // Days of several internships (a cancelled one may overlap) in date order, one per date.
        std::stable_sort(raw.begin(), raw.end(),
                         [](const rules::WorkedDay &a, const rules::WorkedDay &b) { return a.date < b.date; });
        current.days.clear();
        for (const rules::WorkedDay &d : raw) {
            if (!current.days.empty() && current.days.back().date == d.date)
                current.days.back().hours += d.hours;
            else
                current.days.push_back(d);
        }
        f(current);
        raw.clear();
    };
    const rules::MicroHours presentWithoutHours = rules::toMicroHours(rules::kHoursOfPresentDayWithoutHours);
    while (q.next()) {
        const QString no = q.value(0).toString();
        if (no != current.studentNo) {
            flush();
            current.studentNo = no;
            current.schoolCode = q.value(1).toString();
            current.residenceStatus = q.value(2).toString();
        }
        const auto day = parseDate(q.value(3).toString());
        if (!day)
            continue;
        raw.push_back({*day, q.isNull(4) ? presentWithoutHours : rules::toMicroHours(q.value(4).toDouble())});
    }
    flush();
}

QHash<QString, rules::VacationDays> ComplianceStore::vacationsBySchool() const
{
    std::map<QString, std::vector<rules::DatePeriod>> periods;
    for (const VacationPeriod &v : RecordStore(db_).vacationPeriods())
        periods[v.schoolCode].push_back({v.start, v.end});
    QHash<QString, rules::VacationDays> out;
    for (auto &[school, list] : periods)
        out.insert(school, rules::VacationDays(std::move(list)));
    return out;
}

} // namespace kakehashi::storage
