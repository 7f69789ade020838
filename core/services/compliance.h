#pragma once
// The compliance view's data: the hours breaches of a period with the student's
// name and the internships the rule counted; what the attendance page's hours
// warning and the record editor's card tab read; and the writes (card checks,
// hire notifications). From storage behind a header that names no storage type
// (the ui reaches storage only through services).
#include "domain/date.h"
#include "auth/roles.h"
#include "reports/compliance.h"
#include "rules/compliance_facts.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

struct HoursBreachRow
{
    reports::StudentHoursBreach breach;
    QString studentName;      // the student's display name
    QStringList internships;  // those with a present day in the days the rule counted, each once
};

using InternshipStudent = rules::InternshipStudent;
using InternshipDay = rules::InternshipDay;
using StudentCard = rules::StudentCard;

class ComplianceService final
{
public:
    explicit ComplianceService(const storage::Database &db) : db_(db) {}

    // reports::hoursBreaches, in its order; a weekly breach counts the 7 days
    // ending on its date, a vacation day that day alone.
    std::vector<HoursBreachRow> hoursBreaches(const Date &from, const Date &to) const;

    // What the work-hour rule needs of an internship's student (none when not stored),
    // the student's present days of every internship in [from, to], and the school's vacations.
    std::optional<InternshipStudent> studentOf(const QString &internshipNo) const;
    std::vector<InternshipDay> presentDays(const QString &studentNo, const Date &from, const Date &to) const;
    rules::VacationDays vacationsOf(const QString &schoolCode) const;
    // The student's residence card as the card list shows it, if stored.
    std::optional<StudentCard> studentCard(const QString &studentNo) const;

    // The writes of storage::ComplianceStore: those who may edit (AuthError
    // otherwise), audited, one transaction each (nesting in a caller's).
    void recordCardCheck(const auth::Session &session, const QString &studentNo, const Date &on, const QString &note);
    void setNotification(const auth::Session &session, const QString &placementNo, std::optional<bool> insurance,
                         std::optional<std::optional<Date>> filedOn);

private:
    const storage::Database &db_;
};

} // namespace kakehashi::services
