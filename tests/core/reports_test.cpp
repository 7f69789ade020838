// The reports of FORMATS.md §3 on a fixture whose every figure was counted by
// hand (the comments show the counting).
#include "io/importer.h"
#include "reports/html.h"
#include "reports/reports.h"
#include "reports/steps.h"
#include "rules/sme.h"
#include "test_support.h"

#include "catch_qt.h"

using namespace kakehashi;

namespace {

// FY2024 = 2024-04-01 … 2025-03-31.
void fixture(test::TempDatabase &t)
{
    test::load(t, "schools", "code,name,establishment,school_type,prefecture\n"
                       "S1,東京大学,national,university,13\nS2,大阪専門学校,private,vocational_college,27\n");
    test::load(t, "companies", "code,name,industry,sme_category,capital_jpy,employees,prefecture\n"
                         "C1,精工,E,general,,120,13\n"          // 120 ≤ 300 employees: SME, 100-299
                         "C2,システム,G,software_it,5000000000,,13\n" // capital over, employees unknown: large
                         "C3,商事,I,wholesale,,,27\n");          // no figures: unknown
    test::load(t, "students",
         "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on,"
         "completed_on\n"
         "A1,王,伟,2000-01-01,CN,S1,sme_internship,2023,2023-04-01,2024-09-30\n"
         "A2,李,娜,2000-01-01,CN,S1,sme_internship,2023,2023-04-01,2025-03-31\n"
         "A3,Tran,Binh,2000-01-01,VN,S2,issn_network,2023,2023-04-01,2024-10-01\n"
         "A4,Le,Chi,2000-01-01,VN,S2,issn_network,2023,2023-04-01,2025-01-15\n"
         "A5,Pham,Dung,2000-01-01,VN,S2,issn_network,2023,2023-04-01,2024-12-01\n"
         "A6,Thapa,Ram,2000-01-01,NP,S1,sme_recruitment,2023,2023-04-01,2024-04-01\n"
         "A7,Kim,Minjun,2000-01-01,KR,S1,issn_network,2023,2023-04-01,2025-04-01\n"
         "A8,Park,Jisoo,2000-01-01,KR,S2,issn_network,2023,2023-04-01,2024-05-01\n"
         "A9,Smith,Emily,2000-01-01,US,S2,issn_network,2023,2023-04-01,2024-07-01\n"
         "A10,Ito,Ken,2000-01-01,JP,S1,issn_network,2022,2022-04-01,2024-03-31\n");
    test::load(t, "placements",
         "placement_no,student_no,outcome,decided_on,employer_name,company_code,employer_country,japanese_company,"
         "job_category,monthly_salary_jpy,residence_status_after\n"
         "P01,A1,employed,2024-06-01,精工,C1,JP,true,sales,199999,engineer_humanities_international\n"
         "P02,A2,job_hunting,2025-02-01,,,,,,,\n"                  // the same day as P03: the greater number wins
         "P03,A2,employed,2025-02-01,システム,C2,JP,true,it_engineering,200000,engineer_humanities_international\n"
         "P04,A3,further_study,2024-09-01,,,,,,,\n"
         "P05,A4,employed,2025-01-10,Hanoi Trading,,VN,false,overseas_business,,\n" // no company code
         "P06,A6,employed,2024-02-01,商事,C3,JP,true,,350000,\n"
         "P07,A8,returned_home,2024-05-10,,,,,,,\n"
         "P08,A7,employed,2025-03-01,精工,C1,JP,true,sales,250000,designated_46\n"); // FY2025 completer
    test::load(t, "internships", "internship_no,student_no,company_code,start_date,end_date,status\n"
                           "I1,A1,C1,2024-05-01,2024-07-31,active\n"
                           "I2,A2,C2,2024-10-01,2025-02-28,cancelled\n"
                           "I3,A6,C3,2024-03-01,2024-04-30,completed\n");
    test::load(t, "attendance", "internship_no,date,status\n"
                          "I1,2024-05-01,present\nI1,2024-05-02,present\nI1,2024-05-03,absent\n"
                          "I3,2024-03-29,present\nI3,2024-04-01,present\n");
    test::load(t, "events", "event_no,kind,title,date\nE1,job_fair,合同企業説明会,2024-06-01\nE2,seminar,セミナー,2025-04-10\n");
    test::load(t, "participants", "event_no,student_no,company_code,attended\n"
                            "E1,,C2,true\nE1,A1,,true\nE1,A2,,false\nE2,,C1,true\n");
}

std::map<QString, QStringList> byGroup(const reports::ReportTable &t)
{
    std::map<QString, QStringList> out;
    for (const QStringList &r : t.rows)
        out[r.front()] = r.mid(1);
    return out;
}

QStringList groupsInOrder(const reports::ReportTable &t)
{
    QStringList g;
    for (const QStringList &r : t.rows)
        g << r.front();
    return g;
}

} // namespace

TEST_CASE("percent_oneDecimal_halvesUp_emptyWithoutDenominator", "[reports]")
{
    CHECK(reports::percentOneDecimal(1, 16) == QStringLiteral("6.3"));  // 6.25
    CHECK(reports::percentOneDecimal(1, 32) == QStringLiteral("3.1"));  // 3.125
    CHECK(reports::percentOneDecimal(1, 400) == QStringLiteral("0.3")); // 0.25
    CHECK(reports::percentOneDecimal(2, 3) == QStringLiteral("66.7"));
    CHECK(reports::percentOneDecimal(1, 3) == QStringLiteral("33.3"));
    CHECK(reports::percentOneDecimal(5, 5) == QStringLiteral("100.0"));
    CHECK(reports::percentOneDecimal(0, 5) == QStringLiteral("0.0"));
    CHECK(reports::percentOneDecimal(1, 0).isEmpty());
}

TEST_CASE("smeClass_eitherFigureWithinItsCategoryLimit", "[reports]")
{
    CHECK(rules::smeClass(QStringLiteral("retail"), 50'000'000, 1000) == QStringLiteral("sme"));
    CHECK(rules::smeClass(QStringLiteral("retail"), 50'000'001, 51) == QStringLiteral("large"));
    CHECK(rules::smeClass(QStringLiteral("rubber_products"), std::nullopt, 900) == QStringLiteral("sme"));
    CHECK(rules::smeClass(QStringLiteral("inns"), std::nullopt, 201) == QStringLiteral("large"));
    CHECK(rules::smeClass(QStringLiteral("general"), std::nullopt, std::nullopt) == QStringLiteral("unknown"));
}

TEST_CASE("placementReport_countedByHand", "[reports]")
{
    test::TempDatabase t;
    fixture(t);
    // Cohort FY2024: A1–A6, A8, A9 (A7 completed in FY2025, A10 in FY2023) = 8.
    // Known: A1 A2 A3 A4 A6 A8 = 6; further study A3; employed at a Japanese company
    // A1 A2 (latest of two on one day) A6 = 3; employed otherwise A4; 3 / (6 − 1) = 60.0.
    const auto none = reports::placementReport(t.db(), 2024);
    REQUIRE(none.rows.size() == 1);
    CHECK(none.rows[0] == QStringList{QStringLiteral("total"), QStringLiteral("8"), QStringLiteral("6"),
                                      QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("1"),
                                      QStringLiteral("5"), QStringLiteral("60.0")});
    const auto nat = reports::placementReport(t.db(), 2024, QStringLiteral("nationality"));
    CHECK(groupsInOrder(nat) == QStringList{QStringLiteral("CN"), QStringLiteral("KR"), QStringLiteral("NP"),
                                            QStringLiteral("US"), QStringLiteral("VN"), QStringLiteral("total")});
    auto g = byGroup(nat);
    CHECK(g[QStringLiteral("CN")].join(u',') == QStringLiteral("2,2,0,2,0,2,100.0"));
    CHECK(g[QStringLiteral("KR")].join(u',') == QStringLiteral("1,1,0,0,0,1,0.0"));
    CHECK(g[QStringLiteral("US")].join(u',') == QStringLiteral("1,0,0,0,0,0,")); // empty denominator: no rate
    CHECK(g[QStringLiteral("VN")].join(u',') == QStringLiteral("3,2,1,0,1,1,0.0"));
    const auto type = reports::placementReport(t.db(), 2024, QStringLiteral("school-type"));
    CHECK(groupsInOrder(type) == QStringList{QStringLiteral("university"), QStringLiteral("vocational_college"),
                                             QStringLiteral("total")});
    CHECK(byGroup(type)[QStringLiteral("university")].join(u',') == QStringLiteral("3,3,0,3,0,3,100.0"));
    CHECK(byGroup(reports::placementReport(t.db(), 2024, QStringLiteral("prefecture")))[QStringLiteral("27")].join(u',') ==
          QStringLiteral("5,3,1,0,1,2,0.0"));
    CHECK_THROWS_AS(reports::placementReport(t.db(), 2024, QStringLiteral("colour")), reports::ReportError);
}

TEST_CASE("employmentReport_countedByHand", "[reports]")
{
    test::TempDatabase t;
    fixture(t);
    // Employed by latest outcome in FY2024: A1 (C1), A2 (C2), A4 (no company), A6 (C3).
    auto rows = [&](const char *by) {
        const auto r = reports::employmentReport(t.db(), 2024, QString::fromLatin1(by));
        QStringList out;
        for (const QStringList &row : r.rows)
            out << row.join(u',');
        return out;
    };
    CHECK(rows("none") == QStringList{QStringLiteral("total,4,100.0")});
    CHECK(rows("company-size") ==
          QStringList{QStringLiteral("100-299,1,25.0"), QStringLiteral("unknown,3,75.0"), QStringLiteral("total,4,100.0")});
    CHECK(rows("sme") == QStringList{QStringLiteral("sme,1,25.0"), QStringLiteral("large,1,25.0"),
                                     QStringLiteral("unknown,2,50.0"), QStringLiteral("total,4,100.0")});
    CHECK(rows("industry") == QStringList{QStringLiteral("E,1,25.0"), QStringLiteral("G,1,25.0"),
                                          QStringLiteral("I,1,25.0"), QStringLiteral("unknown,1,25.0"),
                                          QStringLiteral("total,4,100.0")});
    CHECK(rows("salary") == QStringList{QStringLiteral("<200000,1,25.0"), QStringLiteral("200000-249999,1,25.0"),
                                        QStringLiteral("350000+,1,25.0"), QStringLiteral("unknown,1,25.0"),
                                        QStringLiteral("total,4,100.0")});
    CHECK(rows("country") == QStringList{QStringLiteral("JP,3,75.0"), QStringLiteral("VN,1,25.0"),
                                         QStringLiteral("total,4,100.0")});
    CHECK(rows("prefecture") == QStringList{QStringLiteral("13,2,50.0"), QStringLiteral("27,1,25.0"),
                                            QStringLiteral("unknown,1,25.0"), QStringLiteral("total,4,100.0")});
    CHECK(rows("residence-status") == QStringList{QStringLiteral("engineer_humanities_international,2,50.0"),
                                                  QStringLiteral("unknown,2,50.0"), QStringLiteral("total,4,100.0")});
}

TEST_CASE("programmeReport_countedByHand", "[reports]")
{
    test::TempDatabase t;
    fixture(t);
    const auto p = reports::programmeReport(t.db(), 2024);
    REQUIRE(p.rows.size() == 1);
    QStringList codes;
    for (const auto &c : p.columns)
        codes << c.code;
    std::map<QString, QString> v;
    for (int i = 0; i < codes.size(); ++i)
        v[codes[i]] = p.rows[0][i];
    CHECK(v[QStringLiteral("students")] == QStringLiteral("9"));  // A1–A9 (A10 completed before FY2024)
    CHECK(v[QStringLiteral("countries")] == QStringLiteral("5")); // CN VN NP KR US
    CHECK(v[QStringLiteral("schools")] == QStringLiteral("2"));
    CHECK(v[QStringLiteral("companies")] == QStringLiteral("3")); // C1 (I1), C3 (I3 overlaps), C2 (attended E1)
    CHECK(v[QStringLiteral("internships_started")] == QStringLiteral("1")); // I1 (I2 cancelled, I3 started before)
    CHECK(v[QStringLiteral("present_days")] == QStringLiteral("3"));
    CHECK(v[QStringLiteral("subsidy_paid_jpy")] == QStringLiteral("0"));
    CHECK(v[QStringLiteral("events")] == QStringLiteral("1"));
    CHECK(v[QStringLiteral("event_participants")] == QStringLiteral("2"));
    CHECK(v[QStringLiteral("placement_completers")] == QStringLiteral("8"));
    CHECK(v[QStringLiteral("placement_denominator")] == QStringLiteral("5"));
    CHECK(v[QStringLiteral("placement_employed_japanese")] == QStringLiteral("3"));
    CHECK(v[QStringLiteral("placement_rate_percent")] == QStringLiteral("60.0"));
}

TEST_CASE("reportHtml_japaneseHeadingsLabelsAndDefinition", "[reports]")
{
    test::TempDatabase t;
    fixture(t);
    const auto r = reports::placementReport(t.db(), 2024, QStringLiteral("school-type"));
    const QString html = reports::reportHtml(r, true, QDateTime(QDate(2026, 4, 1), QTime(9, 0)), QStringLiteral("sato"));
    CHECK(html.contains(QStringLiteral("令和6年度")));
    CHECK(html.contains(QStringLiteral("就職率（%）")));
    CHECK(html.contains(QStringLiteral("university 大学")));
    CHECK(html.contains(QStringLiteral("分母 = 進路判明者数 − 進学者数")));
    // The made-on date in both calendars, and who made it.
    CHECK(html.contains(QStringLiteral("2026-04-01 09:00（令和8年4月1日） (sato)")));
    CHECK(reports::madeOnText(QDateTime(QDate(2019, 4, 30), QTime(17, 5)), false) ==
          QStringLiteral("2019-04-30 17:05 (Heisei 31)"));
    // The consortium's name and the chart, when the printed report carries them.
    const QString head = reports::reportHtml(r, true, QDateTime(QDate(2026, 4, 1), QTime(9, 0)), QString(),
                                             {QStringLiteral("東海コンソーシアム"), QStringLiteral("chart.png"), 600});
    CHECK(head.contains(QStringLiteral("東海コンソーシアム<br>")));
    CHECK(head.contains(QStringLiteral("<img src=\"chart.png\" width=\"600\">")));
    CHECK(!html.contains(QStringLiteral("<img")));
}

TEST_CASE("steps_eventsAndWhoTookPart_perStepOfTheFiscalYear", "[reports]")
{
    test::TempDatabase t;
    test::load(t, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    test::load(t, "companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n"
                               "C2,有限会社さくら,E,general,27\n");
    test::load(t, "students", "student_no,family_name,given_name,birth_date,nationality,school_code,programme,"
                              "cohort_fy,enrolled_on\n"
                              "ST1,阮,文安,2002-01-01,VN,S1,sme_recruitment,2025,2025-04-01\n"
                              "ST2,Kim,Minjun,2002-01-01,KR,S1,sme_recruitment,2025,2025-04-01\n");
    test::load(t, "events", "event_no,kind,step,title,date\n"
                            "E1,lecture,1,経営者講話,2025-06-10\n"
                            "E2,info_session,2,企業説明会,2025-11-20\n"
                            "E3,info_session,2,合同説明会,2026-02-05\n"
                            "E4,lecture,1,前年度の講話,2025-03-31\n" // FY2024
                            "E5,exchange,,交流会,2025-12-01\n");
    test::load(t, "participants", "event_no,student_no,company_code,attended\n"
                                  "E1,ST1,,true\nE1,ST2,,false\nE2,ST1,,true\nE2,,C1,true\nE3,ST1,,true\n"
                                  "E3,,C2,false\nE4,ST2,,true\n");
    const auto steps = reports::stepSummary(t.db(), 2025);
    REQUIRE(steps.size() == 4);
    CHECK(steps[0].step == 1);
    CHECK(steps[0].events == 1);
    CHECK(steps[0].participations == 2);
    CHECK(steps[0].attended == 1);
    CHECK(steps[0].students == 1);
    CHECK(steps[1].step == 2);
    CHECK(steps[1].events == 2);
    CHECK(steps[1].participations == 4);
    CHECK(steps[1].attended == 3);
    CHECK(steps[1].students == 1); // ST1 twice
    CHECK(steps[1].companies == 1); // C2 did not come
    CHECK(steps[2].step == 3);
    CHECK(steps[2].events == 0);
    CHECK(steps[3].step == 0);
    CHECK(steps[3].events == 1);
    CHECK(steps[3].participations == 0);
}
