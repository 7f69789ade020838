#include "domain/kinds.h"

#include "domain/codes.h"

#include <QStringList>

namespace kakehashi::domain {

namespace {

using FT = FieldType;
using namespace kakehashi::codes;

const Field schools[] = {
    {"code", FT::Text, true},
    {"name", FT::Text, true},
    {"name_en", FT::Text},
    {"establishment", FT::Code, true, &kEstablishment},
    {"school_type", FT::Code, true, &kSchoolType},
    {"prefecture", FT::Prefecture, true},
    {"member_since", FT::Date},
};

const Field companies[] = {
    {"code", FT::Text, true},
    {"name", FT::Text, true},
    {"name_en", FT::Text},
    {"corporate_number", FT::CorporateNumber},
    {"industry", FT::Code, true, &kIndustry},
    {"sme_category", FT::Code, true, &kSmeCategory},
    {"capital_jpy", FT::Yen},
    {"employees", FT::Integer, false, nullptr, 0, 10000000},
    {"prefecture", FT::Prefecture, true},
    {"overseas_markets", FT::CountryList},
    {"info_provider", FT::Bool, false, nullptr, 0, 0, "false"},
};

const Field students[] = {
    {"student_no", FT::Text, true},
    {"family_name", FT::Text, true},
    {"given_name", FT::Text, true},
    {"name_kana", FT::Text},
    {"gender", FT::Code, false, &kGender},
    {"birth_date", FT::Date, true},
    {"nationality", FT::Country, true},
    {"home_university", FT::Text},
    {"school_code", FT::Text, true, nullptr, 0, 0, nullptr, "schools"},
    {"faculty", FT::Text},
    {"year_of_study", FT::Integer, false, nullptr, 1, 6},
    {"graduation_date", FT::Date},
    {"programme", FT::Code, true, &kProgramme},
    {"cohort_fy", FT::Integer, true, nullptr, 1973, 2099},
    {"enrolled_on", FT::Date, true},
    {"completed_on", FT::Date},
    {"residence_status", FT::Code, false, &kResidenceStatus},
    {"residence_expiry", FT::Date},
    {"jlpt", FT::Code, false, &kJlpt},
    {"email", FT::Text},
    {"residence_card_no", FT::Text},
    {"work_permission", FT::Code, false, &kWorkPermission, 0, 0, "none"},
    {"bank_code", FT::Digits, false, nullptr, 4},
    {"branch_code", FT::Digits, false, nullptr, 3},
    {"account_type", FT::Code, false, &kAccountType, 0, 0, "ordinary"},
    {"account_no", FT::Digits, false, nullptr, 7},
    {"account_holder_kana", FT::Kana},
};

const Field internships[] = {
    {"internship_no", FT::Text, true},
    {"student_no", FT::Text, true, nullptr, 0, 0, nullptr, "students"},
    {"company_code", FT::Text, true, nullptr, 0, 0, nullptr, "companies"},
    {"start_date", FT::Date, true},
    {"end_date", FT::Date, true},
    {"status", FT::Code, false, &kInternshipStatus, 0, 0, "planned"},
    {"supervisor", FT::Text},
    {"memo", FT::Text},
};

const Field attendance[] = {
    {"internship_no", FT::Text, true, nullptr, 0, 0, nullptr, "internships"},
    {"date", FT::Date, true},
    {"status", FT::Code, true, &kAttendanceStatus},
    {"hours", FT::Hours},
};

const Field placements[] = {
    {"placement_no", FT::Text, true},
    {"student_no", FT::Text, true, nullptr, 0, 0, nullptr, "students"},
    {"outcome", FT::Code, true, &kOutcome},
    {"decided_on", FT::Date, true},
    {"employer_name", FT::Text},
    {"company_code", FT::Text, false, nullptr, 0, 0, nullptr, "companies"},
    {"employer_country", FT::Country, false, nullptr, 0, 0, "JP"},
    {"japanese_company", FT::Bool},
    {"start_date", FT::Date},
    {"residence_status_after", FT::Code, false, &kResidenceStatus},
    {"job_category", FT::Code, false, &kJobCategory},
    {"monthly_salary_jpy", FT::Yen},
    {"left_on", FT::Date},
};

const Field events[] = {
    {"event_no", FT::Text, true},
    {"kind", FT::Code, true, &kEventKind},
    {"step", FT::Integer, false, nullptr, 1, 3},
    {"title", FT::Text, true},
    {"date", FT::Date, true},
    {"prefecture", FT::Prefecture},
    {"company_code", FT::Text, false, nullptr, 0, 0, nullptr, "companies"},
    {"capacity", FT::Integer, false, nullptr, 0, 1000000},
};

const Field participants[] = {
    {"event_no", FT::Text, true, nullptr, 0, 0, nullptr, "events"},
    {"student_no", FT::Text, false, nullptr, 0, 0, nullptr, "students"},
    {"company_code", FT::Text, false, nullptr, 0, 0, nullptr, "companies"},
    {"attended", FT::Bool, false, nullptr, 0, 0, "true"},
};

// A school's long vacations (FORMATS.md §6); key (school_code, start_date).
const Field vacations[] = {
    {"school_code", FT::Text, true, nullptr, 0, 0, nullptr, "schools"},
    {"start_date", FT::Date, true},
    {"end_date", FT::Date, true},
    {"name", FT::Text},
};

const Kind allKinds[] = {
    {KindId::Schools, "schools", schools},
    {KindId::Companies, "companies", companies},
    {KindId::Students, "students", students},
    {KindId::Internships, "internships", internships},
    {KindId::Attendance, "attendance", attendance, 2},
    {KindId::Placements, "placements", placements},
    {KindId::Events, "events", events},
    {KindId::Participants, "participants", participants, 3},
    {KindId::Vacations, "vacations", vacations, 2},
};

} // namespace

template<typename Text>
int indexOfField(std::span<const Field> fields, Text name)
{
    for (size_t i = 0; i < fields.size(); ++i)
        if (name == QLatin1String(fields[i].name))
            return static_cast<int>(i);
    return -1;
}

int Kind::fieldIndex(QStringView n) const
{
    return indexOfField(fields, n);
}

int Kind::fieldIndex(QLatin1String n) const
{
    return indexOfField(fields, n);
}

std::span<const Kind> kinds()
{
    return allKinds;
}

const Kind *kindByName(QStringView name)
{
    for (const Kind &k : allKinds)
        if (name == QLatin1String(k.name))
            return &k;
    return nullptr;
}

const Kind &kind(KindId id)
{
    return allKinds[static_cast<size_t>(id)];
}

QString keyText(const Kind &kind, const Values &values)
{
    QStringList parts;
    for (int i = 0; i < kind.keyFields; ++i) {
        const QString v = values[static_cast<size_t>(i)].toString();
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace kakehashi::domain
