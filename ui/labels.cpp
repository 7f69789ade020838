#include "labels.h"

#include "domain/kinds.h"

#include <QCoreApplication>

namespace kakehashi::ui {

namespace {

struct Label
{
    const char *name;
    const char *text;
};

const Label kinds[] = {
    {"schools", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Schools")},
    {"companies", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Companies")},
    {"students", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Students")},
    {"internships", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Internships")},
    {"attendance", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Attendance")},
    {"placements", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Placements")},
    {"events", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Events")},
    {"participants", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Participants")},
    {"vacations", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Vacations")},
};

const Label records[] = {
    {"schools", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "school")},
    {"companies", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "company")},
    {"students", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "student")},
    {"internships", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "internship")},
    {"attendance", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "attendance day")},
    {"placements", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "placement")},
    {"events", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "event")},
    {"participants", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "participant")},
    {"vacations", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "vacation")},
};

const Label fields[] = {
    {"code", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Code")},
    {"name", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Name")},
    {"name_en", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Name (English)")},
    {"establishment", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Establishment")},
    {"school_type", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "School type")},
    {"prefecture", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Prefecture")},
    {"member_since", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Member since")},
    {"corporate_number", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Corporate number")},
    {"industry", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Industry")},
    {"sme_category", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "SME category")},
    {"capital_jpy", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Capital (yen)")},
    {"employees", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Employees")},
    {"overseas_markets", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Overseas markets")},
    {"info_provider", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Information provider")},
    {"student_no", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Student no.")},
    {"family_name", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Family name")},
    {"given_name", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Given name")},
    {"name_kana", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Name (kana)")},
    {"gender", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Gender")},
    {"birth_date", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Date of birth")},
    {"nationality", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Nationality")},
    {"home_university", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Home university")},
    {"school_code", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "School")},
    {"faculty", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Faculty")},
    {"year_of_study", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Year of study")},
    {"graduation_date", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Graduation date")},
    {"programme", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Programme")},
    {"cohort_fy", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Cohort (fiscal year)")},
    {"enrolled_on", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Enrolled on")},
    {"completed_on", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Completed on")},
    {"residence_status", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Residence status")},
    {"residence_expiry", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Residence expiry")},
    {"jlpt", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "JLPT")},
    {"email", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "E-mail")},
    {"residence_card_no", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Residence card no.")},
    {"work_permission", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Work permission")},
    {"bank_code", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Bank code")},
    {"branch_code", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Branch code")},
    {"account_type", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Account type")},
    {"account_no", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Account no.")},
    {"account_holder_kana", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Account holder (kana)")},
    {"internship_no", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Internship no.")},
    {"company_code", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Company")},
    {"start_date", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Start date")},
    {"end_date", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "End date")},
    {"status", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Status")},
    {"supervisor", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Supervisor")},
    {"memo", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Memo")},
    {"date", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Date")},
    {"hours", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Hours")},
    {"placement_no", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Placement no.")},
    {"outcome", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Outcome")},
    {"decided_on", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Decided on")},
    {"employer_name", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Employer")},
    {"employer_country", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Employer country")},
    {"japanese_company", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Japanese company")},
    {"residence_status_after", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Residence status after")},
    {"job_category", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Job category")},
    {"monthly_salary_jpy", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Monthly salary (yen)")},
    {"left_on", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Left on")},
    {"event_no", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Event no.")},
    {"kind", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Kind")},
    {"step", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "STEP")},
    {"title", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Title")},
    {"capacity", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Capacity")},
    {"attended", QT_TRANSLATE_NOOP("kakehashi::ui::Labels", "Attended")},
};

template<size_t N>
QString find(const Label (&table)[N], const char *name)
{
    for (const Label &l : table)
        if (qstrcmp(l.name, name) == 0)
            return QCoreApplication::translate("kakehashi::ui::Labels", l.text);
    return QString::fromLatin1(name);
}

} // namespace

QString kindLabel(const domain::Kind &kind)
{
    return find(kinds, kind.name);
}

QString recordLabel(const domain::Kind &kind)
{
    return find(records, kind.name);
}

QString fieldLabel(const domain::Kind &kind, int field)
{
    return find(fields, kind.field(field).name);
}

} // namespace kakehashi::ui
