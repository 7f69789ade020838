#pragma once
// What the right-to-work rules (core/rules/work_hours.h) read: the present days
// of the students the 28-hour limit applies to, and the schools' vacations.
#include "auth/roles.h"
#include "rules/compliance_facts.h"
#include "rules/residence_card.h"
#include "rules/work_hours.h"

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace kakehashi::storage {

class Database;

struct StudentWorkDays
{
    QString studentNo;
    QString schoolCode;
    QString residenceStatus; // student or job_hunting
    std::vector<rules::WorkedDay> days; // sorted by date, one per date
};

using StudentCard = rules::StudentCard;

// An employed placement at a company in Japan of a student who is not a Japanese
// national, with what is known of its notification.
struct Hire
{
    QString placementNo;
    QString studentNo;
    QString name;
    QString employer; // employer_name, else the company's name
    std::optional<Date> startDate;
    std::optional<bool> employmentInsurance;
    std::optional<Date> filedOn;
};

using InternshipStudent = rules::InternshipStudent;
using InternshipDay = rules::InternshipDay;

class ComplianceStore final
{
public:
    explicit ComplianceStore(const Database &db) : db_(db) {}

    // Each student whose limit applies (rules::workHourLimitApplies) and who has a
    // present day in from…to, in student_no order (SQLite's binary order, as the
    // exports): the hours of all their internships per date, a present day without
    // hours counted as 8. One pass over the attendance of the period.
    void forEachLimitedStudent(const Date &from, const Date &to,
                               const std::function<void(const StudentWorkDays &)> &f) const;

    std::optional<InternshipStudent> studentOf(const QString &internshipNo) const;
    // The student's present days from…to of all their internships (a day without
    // hours counted as 8), by date.
    std::vector<InternshipDay> presentDays(const QString &studentNo, const Date &from, const Date &to) const;
    // One school's vacations.
    rules::VacationDays vacationsOf(const QString &schoolCode) const;

    // Every school's vacations, by school code.
    QHash<QString, rules::VacationDays> vacationsBySchool() const;

    // Students not archived whose residence_expiry is known, in student_no order,
    // with their non-cancelled internships and their card's latest check.
    std::vector<StudentCard> studentCards() const;
    // The same for one student (archived or not), if their expiry is known.
    std::optional<StudentCard> studentCard(const QString &studentNo) const;
    // Records that `session`'s user checked the validity of the student's card
    // (the Immigration Services Agency's online lookup) on `on`, with the card
    // as stored, in one transaction with its audit row. Staff and administrators.
    // Throws Error when no such student is stored.
    // Every hire that needs a notification, in placement_no order.
    std::vector<Hire> hires() const;
    // Sets what is known of a hire's notification: the worker's employment
    // insurance and the filing date the company reported (a null date clears it);
    // a value not given stays. Audited field by field; staff and administrators.
    // Throws Error when the placement is not an employed one.
    void setNotification(const auth::Session &session, const QString &placementNo, std::optional<bool> insurance,
                         std::optional<std::optional<Date>> filedOn);

    void recordCardCheck(const auth::Session &session, const QString &studentNo, const Date &on, const QString &note);

private:
    std::vector<StudentCard> cards(const QString &studentNo) const; // every student when empty
    const Database &db_;
};

} // namespace kakehashi::storage
