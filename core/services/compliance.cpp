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

} // namespace kakehashi::services
