// The work-visa advisor's seeded rules, one case per pattern of the seed
// document, rules edited as data, and STEP 2 matching.
#include "io/exporter.h"
#include "io/importer.h"
#include "reports/matching.h"
#include "services/privacy.h"
#include "reports/visa_risk.h"
#include "storage/visa_store.h"
#include "test_support.h"

#include "catch_qt.h"

using namespace kakehashi;

namespace {

void fixture(test::TempDatabase &t)
{
    test::load(t, "schools", "code,name,establishment,school_type,prefecture\n"
                       "U,大学,national,university,13\nV,専門学校,private,vocational_college,13\n"
                       "M,各種学校,private,miscellaneous_school,13\n");
    test::load(t, "students",
         "student_no,family_name,given_name,birth_date,nationality,school_code,faculty,programme,cohort_fy,enrolled_on,jlpt\n"
         "P1,A,a,2000-01-01,VN,V,歯科衛生科,issn_network,2025,2025-04-01,N2\n"
         "P2,B,b,2000-01-01,VN,V,調理師科,issn_network,2025,2025-04-01,N3\n"
         "P3,C,c,2000-01-01,VN,V,介護福祉科,issn_network,2025,2025-04-01,N2\n"
         "P4,D,d,2000-01-01,NP,V,トリマー科,issn_network,2025,2025-04-01,\n"
         "MS,E,e,2000-01-01,CN,M,日本語科,issn_network,2025,2025-04-01,N2\n"
         "U1,F,f,2000-01-01,VN,U,経済学部,issn_network,2025,2025-04-01,N1\n"
         "U2,G,g,2000-01-01,VN,U,経済学部,issn_network,2025,2025-04-01,N3\n"
         "U3,H,h,2000-01-01,TH,U,工学部,issn_network,2025,2025-04-01,\n"
         "U4,I,i,2000-01-01,KR,U,工学部,issn_network,2025,2025-04-01,N1\n");
}

QStringList verdicts(test::TempDatabase &t, const char *student, const Date &on = Date(2026, 1, 10))
{
    const auto a = reports::adviseStudent(t.db(), QString::fromLatin1(student), on);
    REQUIRE(a);
    QStringList out;
    for (const rules::Advice &x : a->advice)
        out << x.verdict + QLatin1Char(' ') + (x.status.isEmpty() ? x.ruleNo : x.status);
    return out;
}

} // namespace

TEST_CASE("advisor_pattern1_medicalQualification", "[advisor]")
{
    test::TempDatabase t;
    fixture(t);
    CHECK(verdicts(t, "P1").contains(QStringLiteral("candidate medical")));
    CHECK(reports::adviseStudent(t.db(), QStringLiteral("P1"), Date(2026, 1, 10))->fieldPattern == 1);
}

TEST_CASE("advisor_pattern2_qualificationWithoutWorkStatus", "[advisor]")
{
    test::TempDatabase t;
    fixture(t);
    CHECK(verdicts(t, "P2").contains(QStringLiteral("warning R08")));
    CHECK(reports::adviseStudent(t.db(), QStringLiteral("P2"), Date(2026, 1, 10))->riskGroup == QStringLiteral("pattern-2"));
}

TEST_CASE("advisor_pattern3_careOnlyThroughEpaUntil2017", "[advisor]")
{
    test::TempDatabase t;
    fixture(t);
    CHECK(verdicts(t, "P3", Date(2016, 1, 10)).contains(QStringLiteral("warning R09")));
    CHECK_FALSE(verdicts(t, "P3", Date(2016, 1, 10)).contains(QStringLiteral("candidate care")));
    CHECK(verdicts(t, "P3", Date(2018, 1, 10)).contains(QStringLiteral("candidate care")));
    CHECK_FALSE(verdicts(t, "P3", Date(2018, 1, 10)).contains(QStringLiteral("warning R09")));
}

TEST_CASE("advisor_pattern4_noQualificationNoStatus", "[advisor]")
{
    test::TempDatabase t;
    fixture(t);
    CHECK(verdicts(t, "P4").contains(QStringLiteral("barrier R11")));
    CHECK(reports::adviseStudent(t.db(), QStringLiteral("P4"), Date(2026, 1, 10))->riskGroup == QStringLiteral("pattern-4"));
}

TEST_CASE("advisor_miscellaneousSchool_andSenmonshi_andJlpt", "[advisor]")
{
    test::TempDatabase t;
    fixture(t);
    CHECK(verdicts(t, "MS").contains(QStringLiteral("barrier R12")));
    // Without 専門士 a warning; with it, the humanities/engineering status.
    CHECK(verdicts(t, "P2").contains(QStringLiteral("warning R06")));
    storage::VisaStore(t.db()).setSenmonshi(QStringLiteral("P2"), true);
    CHECK(verdicts(t, "P2").contains(QStringLiteral("candidate engineer_humanities_international")));
    CHECK_FALSE(verdicts(t, "P2").contains(QStringLiteral("warning R06")));
    // A degree and N1 opens Designated Activities 46, from 30 May 2019.
    CHECK(verdicts(t, "U1").contains(QStringLiteral("candidate designated_46")));
    CHECK_FALSE(verdicts(t, "U1", Date(2019, 5, 29)).contains(QStringLiteral("candidate designated_46")));
    CHECK_FALSE(verdicts(t, "U2").contains(QStringLiteral("candidate designated_46")));
    // Candidates come before warnings and barriers.
    const QStringList p2 = verdicts(t, "P2");
    CHECK(p2.front().startsWith(QStringLiteral("candidate")));
}

TEST_CASE("advisor_riskReport_byPattern_andRulesEditedAsData", "[advisor]")
{
    test::TempDatabase t;
    fixture(t);
    const auto report = reports::visaRiskReport(t.db(), Date(2026, 1, 10));
    QStringList rows;
    for (const QStringList &r : report.rows)
        rows << r.join(u',');
    // P1 (no 専門士 warning) and P3 are pattern 1 and 3; P2 pattern 2; P4 pattern 4; MS.
    CHECK(rows == QStringList{QStringLiteral("miscellaneous_school,1"), QStringLiteral("pattern-1,1"),
                              QStringLiteral("pattern-2,1"), QStringLiteral("pattern-3,1"),
                              QStringLiteral("pattern-4,1"), QStringLiteral("total,5")});
    // An administrator retires the miscellaneous-school rule: it stops applying.
    storage::VisaStore store(t.db());
    auto rules = store.rules();
    rules.erase(std::remove_if(rules.begin(), rules.end(), [](const rules::VisaRule &r) { return r.ruleNo == u"R12"; }),
                rules.end());
    store.replaceRules(rules);
    CHECK_FALSE(verdicts(t, "MS").contains(QStringLiteral("barrier R12")));
    CHECK(verdicts(t, "MS") == QStringList{QStringLiteral("candidate specified_skilled_1")});
}

TEST_CASE("matching_companyMarkets_notEmployed_byJlpt_andIntroductionRecorded", "[advisor][matching]")
{
    test::TempDatabase t;
    fixture(t);
    test::load(t, "companies", "code,name,industry,sme_category,prefecture,overseas_markets,info_provider\n"
                         "C1,ベトナム精工,E,general,13,TH;VN,true\nC2,国内商事,I,wholesale,13,,false\n");
    test::load(t, "placements", "placement_no,student_no,outcome,decided_on,japanese_company\nX1,P3,employed,2025-10-01,true\n");
    QStringList students;
    for (const auto &m : reports::studentsForCompany(t.db(), QStringLiteral("C1")))
        students << m.studentNo;
    // VN and TH, not P3 (employed); N1 first, no JLPT last.
    CHECK(students == QStringList{QStringLiteral("U1"), QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("U2"),
                                  QStringLiteral("U3")});
    CHECK(reports::studentsForCompany(t.db(), QStringLiteral("C2")).empty());
    const auto companies = reports::companiesForStudent(t.db(), QStringLiteral("U3"));
    REQUIRE(companies.size() == 1);
    CHECK(companies[0].code == QStringLiteral("C1"));
    CHECK(reports::companiesForStudent(t.db(), QStringLiteral("U4")).empty());

    // No consent, no introduction (個人情報保護法 第27条): refused, nothing written.
    CHECK_THROWS_AS(reports::recordIntroduction(t.db(), QStringLiteral("C1"), QStringLiteral("U1"), Date(2026, 1, 10)),
                    reports::ProvisionRefused);
    CHECK(QString::fromUtf8(io::exportCsv(t.db(), *domain::kindByName(u"events"), io::Encoding::Utf8))
              .count(QLatin1Char('\n')) == 1); // the header alone
    services::Privacy privacy(t.db());
    for (const char *s : {"U1", "U2"})
        privacy.giveConsent(auth::Session{}, {QString::fromLatin1(s), QStringLiteral("introductions"),
                                              QStringLiteral("2025-04-01"), {}, QStringLiteral("paper"), {}});
    const QString event = reports::recordIntroduction(t.db(), QStringLiteral("C1"), QStringLiteral("U1"), Date(2026, 1, 10));
    CHECK(event == QStringLiteral("INTRO-20260110-1"));
    CHECK(reports::recordIntroduction(t.db(), QStringLiteral("C1"), QStringLiteral("U2"), Date(2026, 1, 10)) ==
          QStringLiteral("INTRO-20260110-2"));
    const QString participants =
        QString::fromUtf8(io::exportCsv(t.db(), *domain::kindByName(u"participants"), io::Encoding::Utf8));
    CHECK(participants.contains(QStringLiteral("INTRO-20260110-1,,C1,true")));
    CHECK(participants.contains(QStringLiteral("INTRO-20260110-1,U1,,true")));
    const QString events = QString::fromUtf8(io::exportCsv(t.db(), *domain::kindByName(u"events"), io::Encoding::Utf8));
    CHECK(events.contains(QStringLiteral("INTRO-20260110-1,counselling,2,")));
    const auto records = privacy.provisions(QStringLiteral("U1"), {});
    REQUIRE(records.size() == 1);
    CHECK(records[0].companyCode == QStringLiteral("C1"));
    CHECK(records[0].providedOn == QStringLiteral("2026-01-10"));
    CHECK(records[0].items == reports::kIntroductionItems);
    CHECK(records[0].basis == QStringLiteral("consent introductions given 2025-04-01 (paper)"));
    CHECK(records[0].reference == QStringLiteral("INTRO-20260110-1"));
    CHECK(privacy.provisions({}, QStringLiteral("C1")).size() == 2);
}
