#include "storage/compliance_store.h"

#include "domain/timestamp.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "storage/record_store.h"

#include <QCoreApplication>
#include <QDateTime>

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

std::optional<InternshipStudent> ComplianceStore::studentOf(const QString &internshipNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT s.student_no, s.school_code, s.residence_status, s.work_permission FROM internships i "
        "JOIN students s ON s.student_no = i.student_no WHERE i.internship_no = ?"));
    q.addBindValue(internshipNo);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return InternshipStudent{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

std::vector<InternshipDay> ComplianceStore::presentDays(const QString &studentNo, const Date &from, const Date &to) const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT a.internship_no, a.date, a.hours FROM internships i JOIN attendance a ON a.internship_no = i.internship_no "
        "WHERE i.student_no = ? AND a.status = 'present' AND a.date BETWEEN ? AND ? ORDER BY a.date"));
    q.addBindValue(studentNo);
    q.addBindValue(isoDateQ(from));
    q.addBindValue(isoDateQ(to));
    Database::exec(q);
    std::vector<InternshipDay> out;
    while (q.next())
        if (const auto day = parseDate(q.value(1).toString()))
            out.push_back({q.value(0).toString(),
                           {*day, rules::toMicroHours(q.isNull(2) ? rules::kHoursOfPresentDayWithoutHours
                                                                  : q.value(2).toDouble())}});
    return out;
}

rules::VacationDays ComplianceStore::vacationsOf(const QString &schoolCode) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT start_date, end_date FROM vacations WHERE school_code = ?"));
    q.addBindValue(schoolCode);
    Database::exec(q);
    std::vector<rules::DatePeriod> periods;
    while (q.next()) {
        const auto s = parseDate(q.value(0).toString()), e = parseDate(q.value(1).toString());
        if (s && e)
            periods.push_back({*s, *e});
    }
    return rules::VacationDays(std::move(periods));
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

std::vector<StudentCard> ComplianceStore::studentCards() const
{
    return cards({});
}

std::optional<StudentCard> ComplianceStore::studentCard(const QString &studentNo) const
{
    auto all = cards(studentNo);
    if (all.empty())
        return std::nullopt;
    return std::move(all.front());
}

std::vector<StudentCard> ComplianceStore::cards(const QString &studentNo) const
{
    const bool one = !studentNo.isEmpty();
    std::vector<StudentCard> out;
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT s.student_no, s.family_name || ' ' || s.given_name, s.residence_card_no, s.residence_expiry, "
        "s.completed_on, c.checked_on, c.checked_by FROM students s "
        "LEFT JOIN card_checks c ON c.id = (SELECT id FROM card_checks x WHERE x.student_no = s.student_no "
        "ORDER BY x.checked_on DESC, x.id DESC LIMIT 1) "
        "WHERE %1 s.residence_expiry IS NOT NULL ORDER BY s.student_no")
                                  .arg(one ? QStringLiteral("s.student_no = ? AND") : QStringLiteral("s.archived = 0 AND")));
    q.setForwardOnly(true);
    if (one)
        q.addBindValue(studentNo);
    Database::exec(q);
    QHash<QString, size_t> at;
    while (q.next()) {
        const auto expiry = parseDate(q.value(3).toString());
        if (!expiry)
            continue;
        StudentCard c{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), *expiry,
                      q.isNull(4) ? std::nullopt : parseDate(q.value(4).toString()), {}, q.value(5).toString(),
                      q.value(6).toString()};
        at.insert(c.studentNo, out.size());
        out.push_back(std::move(c));
    }
    QSqlQuery i = db_.prepare(QStringLiteral(
        "SELECT student_no, internship_no, start_date, end_date FROM internships WHERE status <> 'cancelled'%1")
                                  .arg(one ? QStringLiteral(" AND student_no = ?") : QString()));
    i.setForwardOnly(true);
    if (one)
        i.addBindValue(studentNo);
    Database::exec(i);
    while (i.next()) {
        const auto it = at.constFind(i.value(0).toString());
        const auto start = parseDate(i.value(2).toString()), end = parseDate(i.value(3).toString());
        if (it != at.constEnd() && start && end)
            out[*it].internships.push_back({i.value(1).toString(), *start, *end});
    }
    return out;
}

std::vector<Hire> ComplianceStore::hires() const
{
    std::vector<Hire> out;
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT p.placement_no, p.student_no, s.family_name || ' ' || s.given_name, coalesce(p.employer_name, c.name), "
        "p.start_date, n.employment_insurance, n.filed_on FROM placements p "
        "JOIN students s ON s.student_no = p.student_no "
        "LEFT JOIN companies c ON c.code = p.company_code "
        "LEFT JOIN hire_notifications n ON n.placement_no = p.placement_no "
        "WHERE p.outcome = 'employed' AND p.employer_country = 'JP' AND s.nationality <> 'JP' AND p.archived = 0 "
        "ORDER BY p.placement_no"));
    q.setForwardOnly(true);
    Database::exec(q);
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.isNull(4) ? std::nullopt : parseDate(q.value(4).toString()),
                       q.isNull(5) ? std::nullopt : std::optional<bool>(q.value(5).toInt() != 0),
                       q.isNull(6) ? std::nullopt : parseDate(q.value(6).toString())});
    return out;
}

void ComplianceStore::setNotification(const auth::Session &session, const QString &placementNo,
                                      std::optional<bool> insurance, std::optional<std::optional<Date>> filedOn)
{
    auth::require(session, auth::Action::Edit);
    Transaction tx(db_);
    QSqlQuery p = db_.prepare(QStringLiteral(
        "SELECT n.employment_insurance, n.filed_on FROM placements p "
        "LEFT JOIN hire_notifications n ON n.placement_no = p.placement_no "
        "WHERE p.placement_no = ? AND p.outcome = 'employed'"));
    p.addBindValue(placementNo);
    Database::exec(p);
    if (!p.next())
        throw Error(QCoreApplication::translate("kakehashi::storage",
                                                "the database holds no employed placement with number “%1”")
                        .arg(placementNo));
    const QVariant oldInsurance = p.value(0), oldFiled = p.value(1);
    const QVariant newInsurance = insurance ? QVariant(qint64(*insurance ? 1 : 0)) : oldInsurance;
    const QVariant newFiled = filedOn ? (*filedOn ? QVariant(isoDateQ(**filedOn)) : QVariant()) : oldFiled;
    QSqlQuery w = db_.prepare(QStringLiteral(
        "INSERT INTO hire_notifications (placement_no, employment_insurance, filed_on) VALUES (?, ?, ?) "
        "ON CONFLICT (placement_no) DO UPDATE SET employment_insurance = excluded.employment_insurance, "
        "filed_on = excluded.filed_on"));
    w.addBindValue(placementNo);
    w.addBindValue(newInsurance);
    w.addBindValue(newFiled);
    Database::exec(w);
    AuditLog audit(db_, session.who(), postingTimestamp(QDateTime::currentDateTime()));
    const auto boolText = [](const QVariant &v) {
        return v.isNull() ? QVariant() : QVariant(v.toInt() ? QStringLiteral("true") : QStringLiteral("false"));
    };
    if (boolText(oldInsurance) != boolText(newInsurance))
        audit.add(QStringLiteral("update"), QStringLiteral("hire_notifications"), placementNo,
                  QStringLiteral("employment_insurance"), boolText(oldInsurance), boolText(newInsurance));
    if (oldFiled != newFiled)
        audit.add(QStringLiteral("update"), QStringLiteral("hire_notifications"), placementNo, QStringLiteral("filed_on"),
                  oldFiled, newFiled);
    tx.commit();
}

void ComplianceStore::recordCardCheck(const auth::Session &session, const QString &studentNo, const Date &on,
                                      const QString &note)
{
    auth::require(session, auth::Action::Edit);
    Transaction tx(db_);
    QSqlQuery s = db_.prepare(
        QStringLiteral("SELECT residence_card_no, residence_expiry FROM students WHERE student_no = ?"));
    s.addBindValue(studentNo);
    Database::exec(s);
    if (!s.next())
        throw Error(QCoreApplication::translate("kakehashi::storage", "the database holds no student with number “%1”")
                        .arg(studentNo));
    const QVariant card = s.value(0), expiry = s.value(1);
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO card_checks (student_no, checked_on, checked_by, "
                                             "residence_card_no, residence_expiry, note) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(studentNo);
    q.addBindValue(isoDateQ(on));
    q.addBindValue(session.who());
    q.addBindValue(card);
    q.addBindValue(expiry);
    q.addBindValue(note.isEmpty() ? QVariant() : QVariant(note));
    Database::exec(q);
    AuditLog(db_, session.who(), postingTimestamp(QDateTime::currentDateTime()))
        .add(QStringLiteral("card_check"), QStringLiteral("students"), studentNo, QStringLiteral("residence_card_no"),
             {},
             QStringLiteral("%1 valid until %2, checked on %3%4")
                 .arg(card.isNull() ? QStringLiteral("-") : card.toString(),
                      expiry.isNull() ? QStringLiteral("-") : expiry.toString(), isoDateQ(on),
                      note.isEmpty() ? QString() : QStringLiteral(": ") + note));
    tx.commit();
}

} // namespace kakehashi::storage
