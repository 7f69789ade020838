#include "services/compliance.h"

#include "domain/kinds.h"
#include "storage/compliance_store.h"
#include "storage/record_store.h"

namespace kakehashi::services {

std::vector<HoursBreachRow> ComplianceService::hoursBreaches(const Date &from, const Date &to) const
{
    const storage::RecordStore records(db_);
    const storage::ComplianceStore store(db_);
    const domain::Kind &students = domain::kind(domain::KindId::Students);
    std::vector<HoursBreachRow> out;
    QString lastStudent, name;
    for (const reports::StudentHoursBreach &b : reports::hoursBreaches(db_, from, to)) {
        if (b.studentNo != lastStudent) {
            lastStudent = b.studentNo;
            name = records.displayName(students, b.studentNo);
        }
        const bool weekly = b.breach.rule == u"weekly";
        QStringList internships;
        for (const storage::InternshipDay &d :
             store.presentDays(b.studentNo, weekly ? b.breach.date - boost::gregorian::date_duration(6) : b.breach.date,
                               b.breach.date))
            if (!internships.contains(d.internshipNo))
                internships << d.internshipNo;
        out.push_back({b, name, internships});
    }
    return out;
}

std::optional<InternshipStudent> ComplianceService::studentOf(const QString &internshipNo) const
{
    return storage::ComplianceStore(db_).studentOf(internshipNo);
}

std::vector<InternshipDay> ComplianceService::presentDays(const QString &studentNo, const Date &from,
                                                          const Date &to) const
{
    return storage::ComplianceStore(db_).presentDays(studentNo, from, to);
}

rules::VacationDays ComplianceService::vacationsOf(const QString &schoolCode) const
{
    return storage::ComplianceStore(db_).vacationsOf(schoolCode);
}

std::optional<StudentCard> ComplianceService::studentCard(const QString &studentNo) const
{
    return storage::ComplianceStore(db_).studentCard(studentNo);
}

void ComplianceService::recordCardCheck(const auth::Session &session, const QString &studentNo, const Date &on,
                                        const QString &note)
{
    storage::ComplianceStore(db_).recordCardCheck(session, studentNo, on, note);
}

void ComplianceService::setNotification(const auth::Session &session, const QString &placementNo,
                                        std::optional<bool> insurance, std::optional<std::optional<Date>> filedOn)
{
    storage::ComplianceStore(db_).setNotification(session, placementNo, insurance, filedOn);
}

} // namespace kakehashi::services
