// The student's right to work (FORMATS.md §6, issue 13): the 28-hour limit as a
// pure rule and over a database, the new student columns and the vacations kind.
#include "io/exporter.h"
#include "services/records.h"
#include "reports/compliance.h"
#include "reports/dashboard.h"
#include "reports/notification_sheet.h"
#include "rules/hire_notification.h"
#include "rules/validation.h"
#include "rules/work_hours.h"
#include "storage/audit_store.h"
#include "storage/compliance_store.h"
#include "test_support.h"

#include "catch_qt.h"

using namespace kakehashi;
using boost::gregorian::date_duration;

namespace {

Date d(const char *iso)
{
    return *parseDate(std::string_view(iso));
}

// One row per day from `first` to `last` with `hours` each.
std::vector<rules::WorkedDay> everyDay(const char *first, const char *last, double hours)
{
    std::vector<rules::WorkedDay> out;
    for (Date x = d(first); x <= d(last); x += date_duration(1))
        out.push_back({x, rules::toMicroHours(hours)});
    return out;
}

// "date rule hours" lines of the breaches, for readable comparisons.
QStringList text(const std::vector<rules::HoursBreach> &breaches)
{
    QStringList out;
    for (const auto &b : breaches)
        out << QStringLiteral("%1 %2 %3/%4").arg(isoDateQ(b.date), b.rule, rules::hoursText(b.hours)).arg(b.limit);
    return out;
}

QStringList text(const std::vector<reports::StudentHoursBreach> &breaches)
{
    QStringList out;
    for (const auto &b : breaches)
        out << QStringLiteral("%1 %2 %3 %4/%5")
                   .arg(b.studentNo, isoDateQ(b.breach.date), b.breach.rule, rules::hoursText(b.breach.hours))
                   .arg(b.breach.limit);
    return out;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

rules::VacationDays summer()
{
    return rules::VacationDays({{d("2025-08-01"), d("2025-09-20")}});
}

const domain::Kind &kind(const char *name)
{
    return *domain::kindByName(QString::fromLatin1(name));
}

QString exported(test::TempDatabase &t, const char *k)
{
    return QString::fromUtf8(io::exportCsv(t.db(), kind(k), io::Encoding::Utf8));
}

QString problems(test::TempDatabase &t, const char *k, const char *csv)
{
    return test::importFixture(t.db(), k, QByteArray(csv));
}

const char *const kSchools = "code,name,establishment,school_type,prefecture\n"
                             "S1,東京大学,national,university,13\nS2,大阪専門学校,private,vocational_college,27\n";
const char *const kCompanies = "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n";
const char *const kStudentHeader = "student_no,family_name,given_name,birth_date,nationality,school_code,programme,"
                                   "cohort_fy,enrolled_on,residence_status,work_permission,residence_card_no\n";

} // namespace

TEST_CASE("workHours_weekly_sevenDaysOver28_breakOnEveryDayOfTheWindow_evenDaysOff", "[compliance]")
{
    // Monday to Friday, 6 hours a day: 30 hours in the seven days ending Friday,
    // Saturday and Sunday; the next Monday's window has lost the first Monday.
    const auto days = everyDay("2025-11-03", "2025-11-07", 6);
    CHECK(text(rules::workHourBreaches(days, true, {}, d("2025-11-01"), d("2025-11-30"))) ==
          list({"2025-11-07 weekly 30/28", "2025-11-08 weekly 30/28", "2025-11-09 weekly 30/28"}));
    // The period limits the days reported, not the days counted.
    CHECK(text(rules::workHourBreaches(days, true, {}, d("2025-11-09"), d("2025-11-09"))) ==
          list({"2025-11-09 weekly 30/28"}));
    CHECK(rules::workHourBreaches(days, true, {}, d("2025-11-10"), d("2025-11-30")).empty());
}

TEST_CASE("workHours_exactly28_orDecimalsSummingTo28_areWithinTheLimit", "[compliance]")
{
    CHECK(rules::workHourBreaches(everyDay("2025-11-03", "2025-11-06", 7), false, {}, d("2025-11-01"), d("2025-11-30"))
              .empty());
    // 9.3 + 9.3 + 9.4 is 28.000000000000004 in binary floating point.
    const std::vector<rules::WorkedDay> decimals = {{d("2025-11-03"), rules::toMicroHours(9.3)},
                                                    {d("2025-11-04"), rules::toMicroHours(9.3)},
                                                    {d("2025-11-05"), rules::toMicroHours(9.4)}};
    CHECK(rules::workHourBreaches(decimals, false, {}, d("2025-11-01"), d("2025-11-30")).empty());
    const std::vector<rules::WorkedDay> over = {{d("2025-11-03"), rules::toMicroHours(9.3)},
                                                {d("2025-11-04"), rules::toMicroHours(9.3)},
                                                {d("2025-11-05"), rules::toMicroHours(9.45)}};
    CHECK(text(rules::workHourBreaches(over, false, {}, d("2025-11-05"), d("2025-11-05"))) ==
          list({"2025-11-05 weekly 28.05/28"}));
}

TEST_CASE("workHours_windowsStraddlingAVacationsStart_countTheWeeklyLimitUntilAllSevenDaysAreVacation",
          "[compliance]")
{
    // Six hours every day from 28 July: the summer vacation begins on 1 August.
    const auto days = everyDay("2025-07-28", "2025-08-10", 6);
    const auto b = text(rules::workHourBreaches(days, true, summer(), d("2025-07-28"), d("2025-08-10")));
    // 2 August: 28 July … 3 August holds 5 days (30 h) … windows up to 6 August hold
    // 31 July, a term day; 7 August's window is 1–7 August, all vacation.
    CHECK(b == list({"2025-08-01 weekly 30/28", "2025-08-02 weekly 36/28", "2025-08-03 weekly 42/28",
                           "2025-08-04 weekly 42/28", "2025-08-05 weekly 42/28", "2025-08-06 weekly 42/28"}));
}

TEST_CASE("workHours_windowsStraddlingAVacationsEnd_countAgainFromTheFirstTermDay", "[compliance]")
{
    const auto days = everyDay("2025-09-15", "2025-09-22", 6);
    const auto b = text(rules::workHourBreaches(days, true, summer(), d("2025-09-15"), d("2025-09-30")));
    // Up to 20 September every window lies in the vacation; 21 September is a term day.
    CHECK(b == list({"2025-09-21 weekly 42/28", "2025-09-22 weekly 42/28", "2025-09-23 weekly 36/28",
                           "2025-09-24 weekly 30/28"}));
}

TEST_CASE("workHours_dailyLimit_8HoursOnAVacationDay_forStudentsOnly", "[compliance]")
{
    const std::vector<rules::WorkedDay> days = {{d("2025-07-31"), rules::toMicroHours(9)},
                                                {d("2025-08-01"), rules::toMicroHours(8)},
                                                {d("2025-08-04"), rules::toMicroHours(8.5)}};
    // 31 July is a term day (no daily limit); 1 August holds exactly 8.
    CHECK(text(rules::workHourBreaches(days, true, summer(), d("2025-07-01"), d("2025-08-31"))) ==
          list({"2025-08-04 daily 8.5/8"}));
    // A job hunter (特定活動) has no vacation: no daily limit, and the weekly limit
    // holds in the vacation too.
    CHECK(rules::workHourBreaches(days, false, summer(), d("2025-07-01"), d("2025-08-31")).empty());
    const auto week = everyDay("2025-08-04", "2025-08-10", 5);
    CHECK(text(rules::workHourBreaches(week, false, summer(), d("2025-08-10"), d("2025-08-10"))) ==
          list({"2025-08-10 weekly 35/28"}));
    CHECK(rules::workHourBreaches(week, true, summer(), d("2025-08-10"), d("2025-08-10")).empty());
}

TEST_CASE("workHours_dailyAndWeeklyOnOneDay_dailyFirst_andAdjacentVacationsAreOneRun", "[compliance]")
{
    const rules::VacationDays split({{d("2025-08-04"), d("2025-08-31")}, {d("2025-08-01"), d("2025-08-03")}});
    CHECK(split.containsAll(d("2025-08-01"), d("2025-08-07")));
    CHECK_FALSE(split.containsAll(d("2025-07-31"), d("2025-08-06")));
    CHECK_FALSE(split.contains(d("2025-09-01")));
    const auto days = everyDay("2025-07-29", "2025-08-02", 9);
    CHECK(text(rules::workHourBreaches(days, true, split, d("2025-08-01"), d("2025-08-01"))) ==
          list({"2025-08-01 daily 9/8", "2025-08-01 weekly 36/28"}));
}

TEST_CASE("workHours_appliesToStudentsAndJobHunters_withoutAnIndividualPermission", "[compliance]")
{
    CHECK(rules::workHourLimitApplies(u"student", u"general"));
    CHECK(rules::workHourLimitApplies(u"student", u"none"));
    CHECK(rules::workHourLimitApplies(u"job_hunting", u""));
    CHECK_FALSE(rules::workHourLimitApplies(u"student", u"individual"));
    CHECK_FALSE(rules::workHourLimitApplies(u"engineer_humanities_international", u"general"));
    CHECK_FALSE(rules::workHourLimitApplies(u"", u"general"));
    CHECK(rules::hoursText(rules::toMicroHours(30)) == u"30");
    CHECK(rules::hoursText(rules::toMicroHours(30.5)) == u"30.5");
    CHECK(rules::hoursText(rules::toMicroHours(28.25)) == u"28.25");
}

TEST_CASE("residenceCardNo_twoLettersEightDigitsTwoLetters", "[compliance]")
{
    CHECK_FALSE(rules::checkResidenceCardNo(u"AB12345678CD"));
    for (const char16_t *bad : {u"ab12345678cd", u"AB1234567CD", u"AB123456789CD", u"A112345678CD", u"AB12345678C1",
                                u"ＡＢ12345678CD", u"AB 12345678CD"})
        CHECK(rules::checkResidenceCardNo(bad).value_or(QString()).contains(QStringLiteral("two capital letters")));
}

TEST_CASE("students_cardAndPermission_validated_defaultExportedAsNone", "[compliance]")
{
    test::TempDatabase t;
    test::load(t, "schools", kSchools);
    const QString p = problems(t, "students",
                               "student_no,family_name,given_name,birth_date,nationality,school_code,programme,"
                               "cohort_fy,enrolled_on,residence_card_no,work_permission\n"
                               "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,ab12345678cd,general\n"
                               "ST2,Kim,Minjun,2002-01-01,KR,S1,issn_network,2025,2025-04-01,AB12345678CD,weekly\n");
    CHECK(p.contains(QStringLiteral("students:2: residence_card_no: “ab12345678cd” is not a residence card number")));
    CHECK(p.contains(QStringLiteral("students:3: work_permission: “weekly” is not one of: none, general, individual")));
    test::load(t, "students",
               "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on,"
               "residence_card_no,work_permission\n"
               "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,AB12345678CD,individual\n"
               "ST2,Kim,Minjun,2002-01-01,KR,S1,issn_network,2025,2025-04-01,,\n");
    const QString out = exported(t, "students");
    CHECK(out.startsWith(QStringLiteral("student_no,family_name,given_name,name_kana,gender,birth_date,nationality,"
                                        "home_university,school_code,faculty,year_of_study,graduation_date,programme,"
                                        "cohort_fy,enrolled_on,completed_on,residence_status,residence_expiry,jlpt,"
                                        "email,residence_card_no,work_permission")));
    CHECK(out.contains(QStringLiteral(",AB12345678CD,individual,,,ordinary,,\r\n")));
    CHECK(out.contains(QStringLiteral("ST2,Kim,Minjun,,,2002-01-01,KR,,S1,,,,issn_network,2025,2025-04-01,,,,,,,none,,,ordinary,,\r\n")));
    // An empty cell on update leaves the permission as it is.
    test::load(t, "students", "student_no,work_permission\nST1,\n");
    CHECK(exported(t, "students").contains(QStringLiteral(",AB12345678CD,individual,,,ordinary,,\r\n")));
}

TEST_CASE("vacations_importExportAndRules", "[compliance]")
{
    test::TempDatabase t;
    test::load(t, "schools", kSchools);
    test::load(t, "vacations", "school_code,start_date,end_date,name\n"
                               "S1,2025-08-01,2025-09-20,夏季休業\n"
                               "S1,2026/2/10,2026-03-31,春季休業\n"
                               "S2,2025-08-01,2025-08-31,\n");
    // Every problem of the file, each on its line: an overlap with a stored period
    // and with an earlier row, an end before the start, an unknown school, a key twice.
    const QString p = problems(t, "vacations",
                               "school_code,start_date,end_date,name\n"
                               "S1,2025-09-20,2025-09-30,重なり\n"
                               "S2,2025-12-20,2026-01-10,冬\n"
                               "S2,2026-01-05,2026-01-07,冬2\n"
                               "S2,2026-03-01,2026-02-01,逆\n"
                               "S9,2026-03-01,2026-03-02,\n"
                               "S2,2025-12-20,2026-01-09,\n");
    CHECK(p.contains(QStringLiteral("vacations:2: start_date: overlaps the school's vacation from 2025-08-01 "
                                    "(2025-08-01 … 2025-09-20)")));
    CHECK(p.contains(QStringLiteral("vacations:4: start_date: overlaps the school's vacation from 2025-12-20")));
    CHECK(p.contains(QStringLiteral("vacations:5: end_date: the end 2026-02-01 is before the start 2026-03-01")));
    CHECK(p.contains(QStringLiteral("vacations:6: school_code: the database holds no school with code “S9”")));
    CHECK(p.contains(QStringLiteral("vacations:7: school_code: the same key S2 2025-12-20 is on line 3 already")));
    CHECK(p.count(QLatin1Char('\n')) == 4);
    // A file that moves a period's end is judged against the other periods, not itself.
    test::load(t, "vacations", "school_code,start_date,end_date\nS1,2025-08-01,2025-09-25\n");
    CHECK(exported(t, "vacations") == QStringLiteral("school_code,start_date,end_date,name\r\n"
                                                     "S1,2025-08-01,2025-09-25,夏季休業\r\n"
                                                     "S1,2026-02-10,2026-03-31,春季休業\r\n"
                                                     "S2,2025-08-01,2025-08-31,\r\n"));
}

TEST_CASE("hoursReport_overADatabase_allInternshipsTogether_presentWithoutHoursIs8_absentIgnored", "[compliance]")
{
    test::TempDatabase t;
    test::load(t, "schools", kSchools);
    test::load(t, "companies", kCompanies);
    test::load(t, "vacations", "school_code,start_date,end_date\nS1,2025-08-01,2025-09-20\n");
    test::load(t, "students", QByteArray(kStudentHeader) +
                                  "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,student,general,\n"
                                  "ST2,Kim,Minjun,2002-01-01,KR,S1,issn_network,2025,2025-04-01,job_hunting,,\n"
                                  "ST3,Lee,Ha,2002-01-01,KR,S1,issn_network,2025,2025-04-01,student,individual,\n"
                                  "ST4,Tran,Mai,2002-01-01,VN,S1,issn_network,2025,2025-04-01,"
                                  "engineer_humanities_international,,\n"
                                  "ST5,Wang,Fang,2002-01-01,CN,S2,issn_network,2025,2025-04-01,student,none,\n");
    // ST1: one internship ends on a Wednesday, the next begins on Thursday.
    test::load(t, "internships", "internship_no,student_no,company_code,start_date,end_date\n"
                                 "I1,ST1,C1,2025-07-01,2025-07-23\nI2,ST1,C1,2025-07-24,2025-08-31\n"
                                 "I3,ST2,C1,2025-07-01,2025-08-31\nI4,ST3,C1,2025-07-01,2025-08-31\n"
                                 "I5,ST4,C1,2025-07-01,2025-08-31\nI6,ST5,C1,2025-07-01,2025-08-31\n");
    test::load(t, "attendance", "internship_no,date,status,hours\n"
                                // ST1: 8 + 8 + 6 (I1) then 8 (I2, no hours) = 30 in 21–24 July.
                                "I1,2025-07-21,present,8\nI1,2025-07-22,present,\nI1,2025-07-23,present,6\n"
                                "I2,2025-07-24,present,\n"
                                // …and 9 hours on a vacation day.
                                "I2,2025-08-04,present,9\n"
                                // ST2, a job hunter: 10 h on 4 and 5 August, absent and leave days ignored,
                                // 9 h on 6 August.
                                "I3,2025-08-04,present,10\nI3,2025-08-05,present,10\nI3,2025-08-06,absent,8\n"
                                "I3,2025-08-07,leave,8\nI3,2025-08-08,present,9\n"
                                // ST3 (individual permission) and ST4 (work status): no limit.
                                "I4,2025-08-04,present,24\nI4,2025-08-05,present,24\n"
                                "I5,2025-08-04,present,24\nI5,2025-08-05,present,24\n"
                                // ST5: school S2 has no vacation; 4 × 7.5 = 30.
                                "I6,2025-08-04,present,7.5\nI6,2025-08-05,present,7.5\nI6,2025-08-06,present,7.5\n"
                                "I6,2025-08-07,present,7.5\n");
    const auto rows = reports::hoursBreaches(t.db(), d("2025-07-24"), d("2025-08-11"));
    CHECK(text(rows) == list({"ST1 2025-07-24 weekly 30/28", "ST1 2025-07-25 weekly 30/28",
                                    "ST1 2025-07-26 weekly 30/28", "ST1 2025-07-27 weekly 30/28",
                                    "ST1 2025-08-04 daily 9/8",    "ST2 2025-08-08 weekly 29/28",
                                    "ST2 2025-08-09 weekly 29/28", "ST2 2025-08-10 weekly 29/28",
                                    "ST5 2025-08-07 weekly 30/28",
                                    "ST5 2025-08-08 weekly 30/28", "ST5 2025-08-09 weekly 30/28",
                                    "ST5 2025-08-10 weekly 30/28"}));
    // A narrower period still counts the days before it.
    CHECK(text(reports::hoursBreaches(t.db(), d("2025-07-27"), d("2025-07-27"))) ==
          list({"ST1 2025-07-27 weekly 30/28"}));
    // A cancelled internship's present days are hours worked too; ST3 loses the individual permission.
    test::load(t, "internships", "internship_no,student_no,company_code,start_date,end_date,status\n"
                                 "I7,ST3,C1,2025-07-01,2025-07-31,cancelled\n");
    test::load(t, "attendance", "internship_no,date,status,hours\nI7,2025-07-31,present,5\n");
    test::load(t, "students", "student_no,work_permission\nST3,general\n");
    CHECK(text(reports::hoursBreaches(t.db(), d("2025-08-05"), d("2025-08-05"))) ==
          list({"ST3 2025-08-05 daily 24/8", "ST3 2025-08-05 weekly 53/28"}));
    // The dashboard: students over the limit on a day of this week (Monday–Sunday).
    const reports::DashboardList week = reports::overHoursLimit(t.db(), d("2025-07-23"));
    REQUIRE(week.rows.size() == 1);
    CHECK(week.rows[0] == list({"ST1", "2025-07-24 2025-07-25 2025-07-26 2025-07-27", "weekly", "30"}));
    const reports::DashboardList august = reports::overHoursLimit(t.db(), d("2025-08-10"));
    REQUIRE(august.rows.size() == 4);
    // ST3's windows from 7 August lie wholly in the vacation: no weekly limit there.
    CHECK(august.rows[2] == list({"ST3", "2025-08-04 2025-08-05 2025-08-06", "daily weekly", "53"}));
    CHECK(reports::dashboard(t.db(), d("2025-08-10")).overHoursLimit == 4);
}

TEST_CASE("residenceCard_flags_expiringWithinNDays_orBeforeAnInternshipEnds_currentStudentsOnly", "[compliance]")
{
    const std::vector<rules::InternshipSpan> none;
    const auto flags = [](const std::vector<rules::CardFlag> &f) {
        QStringList out;
        for (const auto &x : f)
            out << QStringLiteral("%1 %2 %3").arg(x.reason).arg(x.daysLeft).arg(x.internshipNo);
        return out;
    };
    const Date on = d("2026-01-10");
    // 60 days ahead is flagged, 61 is not; an expired card shows negative days.
    CHECK(flags(rules::cardFlags(d("2026-03-11"), std::nullopt, none, on)) == list({"expires 60 "}));
    CHECK(rules::cardFlags(d("2026-03-12"), std::nullopt, none, on).empty());
    CHECK(flags(rules::cardFlags(d("2026-01-01"), std::nullopt, none, on)) == list({"expires -9 "}));
    CHECK(flags(rules::cardFlags(d("2026-03-12"), std::nullopt, none, on, 61)) == list({"expires 61 "}));
    // An internship not yet over that ends after the card; one over or ending on the expiry is not.
    const std::vector<rules::InternshipSpan> spans = {{QStringLiteral("I2"), d("2026-01-05"), d("2026-06-30")},
                                                      {QStringLiteral("I1"), d("2025-07-01"), d("2025-12-26")},
                                                      {QStringLiteral("I3"), d("2026-01-05"), d("2026-05-31")}};
    CHECK(flags(rules::cardFlags(d("2026-05-31"), std::nullopt, spans, on)) == list({"before_internship_end 141 I2"}));
    CHECK(flags(rules::cardFlags(d("2026-03-01"), std::nullopt, spans, on)) ==
          list({"before_internship_end 50 I2", "before_internship_end 50 I3", "expires 50 "}));
    // A student who completed before the day, with no internship left, is not watched.
    CHECK(rules::cardFlags(d("2026-01-20"), d("2025-12-31"), none, on).empty());
    CHECK(flags(rules::cardFlags(d("2026-01-20"), d("2026-03-31"), none, on)) == list({"expires 10 "}));
    CHECK(flags(rules::cardFlags(d("2026-01-20"), d("2025-12-31"), spans, on)).size() == 3);
}

TEST_CASE("residenceCard_checkRecorded_withWhoAndWhen_audited_staffOnly", "[compliance][file]")
{
    test::TempDatabase t;
    test::load(t, "schools", kSchools);
    test::load(t, "companies", kCompanies);
    test::load(t, "students", "student_no,family_name,given_name,birth_date,nationality,school_code,programme,"
                              "cohort_fy,enrolled_on,residence_card_no,residence_expiry\n"
                              "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,AB12345678CD,2026-02-28\n"
                              "ST2,Kim,Minjun,2002-01-01,KR,S1,sme_internship,2025,2025-04-01,,2027-04-30\n"
                              "ST3,Lee,Ha,2002-01-01,KR,S1,sme_internship,2025,2025-04-01,,\n");
    test::load(t, "internships", "internship_no,student_no,company_code,start_date,end_date,status\n"
                                 "I1,ST1,C1,2026-01-05,2026-03-31,active\n"
                                 "I2,ST2,C1,2026-01-05,2026-06-30,cancelled\n");
    storage::ComplianceStore store(t.db());
    auth::Session staff{QStringLiteral("sato"), auth::Role::Staff, false};
    auth::Session auditor{QStringLiteral("kato"), auth::Role::Auditor, false};
    CHECK_THROWS_AS(store.recordCardCheck(auditor, QStringLiteral("ST1"), d("2026-01-09"), {}), auth::AuthError);
    CHECK_THROWS_AS(store.recordCardCheck(staff, QStringLiteral("ST9"), d("2026-01-09"), {}), Error);
    store.recordCardCheck(staff, QStringLiteral("ST1"), d("2026-01-08"), {});
    store.recordCardCheck(staff, QStringLiteral("ST1"), d("2026-01-09"), QStringLiteral("在留カード等番号失効情報照会: 有効"));
    const auto rows = reports::cardsNeedingAttention(t.db(), d("2026-01-10"));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].studentNo == u"ST1");
    CHECK(rows[0].flag.reason == u"before_internship_end");
    CHECK(rows[0].flag.internshipNo == u"I1");
    CHECK(rows[1].flag.reason == u"expires");
    CHECK(rows[1].flag.daysLeft == 49);
    CHECK(rows[1].lastCheckedOn == u"2026-01-09");
    CHECK(rows[1].lastCheckedBy == u"sato");
    storage::AuditFilter f;
    f.action = QStringLiteral("card_check");
    const auto audit = storage::auditEntries(t.db(), f);
    REQUIRE(audit.size() == 2);
    CHECK(audit[1][1] == u"sato");
    CHECK(audit[1][4] == u"ST1");
    CHECK(audit[1][7] == u"AB12345678CD valid until 2026-02-28, checked on 2026-01-09: 在留カード等番号失効情報照会: 有効");
    // The checks are append-only.
    CHECK_THROWS(t.db().exec(QStringLiteral("DELETE FROM card_checks")));
}

TEST_CASE("hireNotification_dueDates_10thWithInsurance_elseEndOfNextMonth_acrossAYearEnd", "[compliance]")
{
    CHECK(rules::notificationDue(d("2025-12-01"), true) == d("2026-01-10"));
    CHECK(rules::notificationDue(d("2025-12-31"), false) == d("2026-01-31"));
    CHECK(rules::notificationDue(d("2025-11-30"), false) == d("2025-12-31"));
    CHECK(rules::notificationDue(d("2026-01-31"), false) == d("2026-02-28"));
    CHECK(rules::notificationDue(d("2028-01-15"), false) == d("2028-02-29"));
    CHECK(rules::notificationDue(d("2026-04-01"), true) == d("2026-05-10"));
    CHECK(rules::notificationDue(d("2026-04-01"), std::nullopt) == d("2026-05-10")); // unknown: the earlier
    CHECK(rules::notificationState(d("2026-01-10"), std::nullopt, d("2026-01-11")) == u"overdue");
    CHECK(rules::notificationState(d("2026-01-10"), std::nullopt, d("2026-01-10")) == u"due_soon");
    CHECK(rules::notificationState(d("2026-01-10"), std::nullopt, d("2025-12-27")) == u"due_soon");
    CHECK(rules::notificationState(d("2026-01-10"), std::nullopt, d("2025-12-26")) == u"pending");
    CHECK(rules::notificationState(d("2026-01-10"), d("2026-01-20"), d("2026-02-01")) == u"filed");
}

TEST_CASE("hireNotifications_employedInJapan_foreignWorkersOnly_insuranceAndFilingAudited", "[compliance][file]")
{
    test::TempDatabase t;
    test::load(t, "schools", kSchools);
    test::load(t, "companies", kCompanies);
    test::load(t, "students", "student_no,family_name,given_name,birth_date,nationality,school_code,programme,"
                              "cohort_fy,enrolled_on\n"
                              "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01\n"
                              "ST2,Kim,Minjun,2002-01-01,KR,S1,sme_internship,2025,2025-04-01\n"
                              "ST3,山田,花子,2002-01-01,JP,S1,sme_internship,2025,2025-04-01\n");
    test::load(t, "placements", "placement_no,student_no,outcome,decided_on,employer_name,company_code,"
                                "employer_country,japanese_company,start_date\n"
                                "P1,ST1,employed,2025-10-01,,C1,,true,2025-12-15\n"
                                "P2,ST2,employed,2025-10-01,Seoul Co.,,KR,false,2026-01-05\n"
                                "P3,ST3,employed,2025-10-01,,C1,JP,true,2026-01-05\n"
                                "P4,ST2,employed,2025-11-01,大阪商事,,JP,true,\n"
                                "P5,ST2,further_study,2025-11-01,,,,,\n");
    const auto rows = [&](const char *on) {
        QStringList out;
        for (const auto &n : reports::hireNotifications(t.db(), d(on)))
            out << QStringLiteral("%1 %2 %3 %4").arg(n.placementNo, n.employer, n.due ? isoDateQ(*n.due) : QString(), n.state);
        return out;
    };
    // P2 is abroad, P3 a Japanese national, P5 not employed.
    CHECK(rows("2026-01-02") == list({"P1 株式会社かけはし 2026-01-10 due_soon", "P4 大阪商事  no_start_date"}));
    CHECK(rows("2026-01-11") == list({"P1 株式会社かけはし 2026-01-10 overdue", "P4 大阪商事  no_start_date"}));
    storage::ComplianceStore store(t.db());
    auth::Session staff{QStringLiteral("sato"), auth::Role::Staff, false};
    auth::Session auditor{QStringLiteral("kato"), auth::Role::Auditor, false};
    CHECK_THROWS_AS(store.setNotification(auditor, QStringLiteral("P1"), false, std::nullopt), auth::AuthError);
    CHECK_THROWS_AS(store.setNotification(staff, QStringLiteral("P5"), false, std::nullopt), Error);
    // Not insured: due at the end of January, across the year end.
    store.setNotification(staff, QStringLiteral("P1"), false, std::nullopt);
    CHECK(rows("2026-01-11") == list({"P1 株式会社かけはし 2026-01-31 pending", "P4 大阪商事  no_start_date"}));
    CHECK(rows("2026-01-17").front() == u"P1 株式会社かけはし 2026-01-31 due_soon");
    store.setNotification(staff, QStringLiteral("P1"), std::nullopt, std::optional<Date>(d("2026-01-20")));
    CHECK(rows("2026-02-11").front() == u"P1 株式会社かけはし 2026-01-31 filed");
    store.setNotification(staff, QStringLiteral("P1"), std::nullopt, std::optional<Date>());
    CHECK(rows("2026-02-11").front() == u"P1 株式会社かけはし 2026-01-31 overdue");
    storage::AuditFilter f;
    f.kind = QStringLiteral("hire_notifications");
    QStringList audit;
    for (const auto &r : storage::auditEntries(t.db(), f))
        audit << QStringLiteral("%1 %2 %3 %4→%5").arg(r[1], r[4], r[5], r[6], r[7]);
    CHECK(audit == list({"sato P1 employment_insurance →false", "sato P1 filed_on →2026-01-20",
                         "sato P1 filed_on 2026-01-20→"}));
}

TEST_CASE("notificationSheet_itemsOfTheHire_romanName_cardPeriodEmployerDue", "[compliance]")
{
    test::TempDatabase t;
    test::load(t, "schools", kSchools);
    test::load(t, "companies", kCompanies);
    test::load(t, "students", "student_no,family_name,given_name,gender,birth_date,nationality,school_code,programme,"
                              "cohort_fy,enrolled_on,residence_status,residence_expiry,residence_card_no,work_permission\n"
                              "ST2,Nguyen,Van An,male,2002-03-04,VN,S1,sme_internship,2025,2025-04-01,student,"
                              "2026-09-30,AB12345678CD,general\n");
    test::load(t, "placements", "placement_no,student_no,outcome,decided_on,company_code,employer_country,"
                                "japanese_company,start_date\nP1,ST2,employed,2025-10-01,C1,JP,true,2025-12-15\n");
    const auto sheet = reports::notificationSheet(t.db(), QStringLiteral("P1"));
    REQUIRE(sheet);
    CHECK(sheet->nameRoman == QStringLiteral("NGUYEN Van An"));
    CHECK(sheet->birthDate == QStringLiteral("2002-03-04"));
    CHECK(sheet->sex == QStringLiteral("male"));
    CHECK(sheet->nationality == QStringLiteral("VN"));
    CHECK(sheet->residenceStatus == QStringLiteral("student"));
    CHECK(sheet->periodOfStay == QStringLiteral("2026-09-30"));
    CHECK(sheet->cardNo == QStringLiteral("AB12345678CD"));
    CHECK(sheet->employer == QStringLiteral("株式会社かけはし"));
    CHECK(sheet->startDate == QStringLiteral("2025-12-15"));
    CHECK(sheet->due == QStringLiteral("2026-01-10")); // insurance unknown: the 10th
    CHECK(!reports::notificationSheet(t.db(), QStringLiteral("P9")));
    // Due within 14 days on 2026-01-02: the sheet of P1, with the due date of the list.
    const auto due = reports::notificationSheetsDue(t.db(), d("2026-01-02"), 14);
    REQUIRE(due.size() == 1);
    CHECK(due[0].placementNo == QStringLiteral("P1"));
    CHECK(reports::notificationSheetsDue(t.db(), d("2025-12-01"), 14).empty());
    const QString html = reports::notificationSheetsHtml(due, QStringLiteral("東海コンソーシアム"),
                                                         QDateTime(QDate(2026, 1, 2), QTime(9, 0)));
    CHECK(html.contains(QStringLiteral("NGUYEN Van An")));
    CHECK(html.contains(QStringLiteral("留学 Student")));
    CHECK(html.contains(QStringLiteral("AB12345678CD")));
    CHECK(html.contains(QStringLiteral("有（包括許可） Yes (general)")));
    CHECK(html.contains(QStringLiteral("令和8年1月2日")));
}

TEST_CASE("vacations_throughAForm_createdCorrectedAndOverlapRefused", "[compliance]")
{
    test::TempDatabase t;
    test::load(t, "schools", kSchools);
    services::RecordService s(t.db(), {});
    const domain::Kind &k = kind("vacations");
    services::Record saved;
    REQUIRE(s.save(k, {QStringLiteral("S1"), QStringLiteral("2025-08-01"), QStringLiteral("2025-09-20"),
                       QStringLiteral("夏季休業")},
                   nullptr, &saved)
                .empty());
    // Another period overlapping it is refused, naming the one it overlaps.
    const auto p = s.save(k, {QStringLiteral("S1"), QStringLiteral("2025-09-01"), QStringLiteral("2025-09-30"), QString()},
                          nullptr);
    REQUIRE(p.size() == 1);
    CHECK(p[0].field == u"start_date");
    CHECK(p[0].message.contains(QStringLiteral("overlaps the school's vacation from 2025-08-01")));
    // Corrected in its form: the end moves; its own old period is no obstacle.
    services::Record again;
    REQUIRE(s.save(k, {QStringLiteral("S1"), QStringLiteral("2025-08-01"), QStringLiteral("2025-09-25"),
                       QStringLiteral("夏季休業")},
                   &saved, &again)
                .empty());
    CHECK(again.version == 2);
    CHECK(exported(t, "vacations") == QStringLiteral("school_code,start_date,end_date,name\r\nS1,2025-08-01,2025-09-25,夏季休業\r\n"));
}
