#include "domain/codes.h"
#include "domain/date.h"
#include "rules/validation.h"

#include "catch_qt.h"

using namespace kakehashi;

namespace {

Date d(int y, int m, int day)
{
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(day));
}

} // namespace

TEST_CASE("dates_bothAcceptedForms_onlyRealDays", "[rules]")
{
    CHECK(parseDate(std::string_view("2025-10-01")) == d(2025, 10, 1));
    CHECK(parseDate(std::string_view("2025/10/01")) == d(2025, 10, 1));
    CHECK(parseDate(std::string_view("2025/1/5")) == d(2025, 1, 5));
    CHECK(parseDate(std::string_view("2024-02-29")) == d(2024, 2, 29));
    CHECK_FALSE(parseDate(std::string_view("2025-02-29")));
    CHECK_FALSE(parseDate(std::string_view("2025-13-01")));
    CHECK_FALSE(parseDate(std::string_view("2025-1-5"))); // dashes need two digits
    CHECK_FALSE(parseDate(std::string_view("2025/10/1x")));
    CHECK_FALSE(parseDate(std::string_view("")));
    QString error;
    CHECK_FALSE(rules::parseDateField(u"2025-04-31", error));
    CHECK(error.contains(QStringLiteral("2025-04-31")));
}

TEST_CASE("countries_fullIsoList", "[rules]")
{
    CHECK(codes::countryCodes().size() == 249);
    CHECK_FALSE(rules::checkCountry(u"JP"));
    CHECK_FALSE(rules::checkCountry(u"SS"));
    CHECK_FALSE(rules::checkCountry(u"AX"));
    CHECK(rules::checkCountry(u"XX"));
    CHECK(rules::checkCountry(u"jp"));
    CHECK(rules::checkCountry(u"UK")); // the United Kingdom is GB
    QString error;
    CHECK(rules::parseCountryList(u"TH;ID;;TH", error) == QStringLiteral("ID;TH"));
    CHECK_FALSE(rules::parseCountryList(u"TH;ZZ", error));
    CHECK(error.contains(QStringLiteral("ZZ")));
}

TEST_CASE("prefectures_codesAndNames", "[rules]")
{
    QString error;
    CHECK(rules::parsePrefecture(u"13", error) == QStringLiteral("13"));
    CHECK(rules::parsePrefecture(u"1", error) == QStringLiteral("01"));
    CHECK(rules::parsePrefecture(u"東京都", error) == QStringLiteral("13"));
    CHECK(rules::parsePrefecture(u"北海道", error) == QStringLiteral("01"));
    CHECK(rules::parsePrefecture(u"大阪府", error) == QStringLiteral("27"));
    CHECK(rules::parsePrefecture(u"沖縄県", error) == QStringLiteral("47"));
    CHECK_FALSE(rules::parsePrefecture(u"48", error));
    CHECK_FALSE(rules::parsePrefecture(u"00", error));
    CHECK_FALSE(rules::parsePrefecture(u"東京府", error));
    CHECK(codes::prefectures().size() == 47);
}

TEST_CASE("corporateNumber_checkDigit", "[rules]")
{
    // Published 法人番号 of the National Tax Agency's examples and of real companies.
    CHECK_FALSE(rules::checkCorporateNumber(u"7000012050002")); // 国税庁
    CHECK_FALSE(rules::checkCorporateNumber(u"1180301018771")); // トヨタ自動車
    CHECK(rules::checkCorporateNumber(u"8000012050002"));       // wrong check digit
    CHECK(rules::checkCorporateNumber(u"700001205000"));        // 12 digits
    CHECK(rules::checkCorporateNumber(u"70000120500a2"));
    const auto m = rules::checkCorporateNumber(u"8000012050002");
    REQUIRE(m);
    CHECK(m->contains(QStringLiteral("should be 7")));
}

TEST_CASE("values_booleansYenIntegersHours", "[rules]")
{
    QString e;
    CHECK(rules::parseBool(u"yes", e) == true);
    CHECK(rules::parseBool(u"0", e) == false);
    CHECK(rules::parseBool(u"TRUE", e) == true);
    CHECK_FALSE(rules::parseBool(u"maybe", e));
    CHECK(rules::parseYen(u"7000", e)->value() == 7000);
    CHECK(rules::parseYen(u"¥7,000", e)->value() == 7000);
    CHECK(rules::parseYen(u"￥1,000,000", e)->value() == 1000000);
    CHECK(rules::parseYen(u"\\7000", e)->value() == 7000);
    CHECK_FALSE(rules::parseYen(u"7000.5", e));
    CHECK_FALSE(rules::parseYen(u"-5", e));
    CHECK(rules::parseInteger(u"6", 1, 6, e) == 6);
    CHECK_FALSE(rules::parseInteger(u"7", 1, 6, e));
    CHECK(e.contains(QStringLiteral("1–6")));
    CHECK(rules::parseHours(u"7.5", e) == 7.5);
    CHECK(rules::parseHours(u"24", e) == 24.0);
    CHECK_FALSE(rules::parseHours(u"24.5", e));
    CHECK_FALSE(rules::parseHours(u"-1", e));
    CHECK_FALSE(rules::parseHours(u"nan", e));
}

TEST_CASE("codeLists_refuseUnknownCodes", "[rules]")
{
    CHECK_FALSE(rules::checkCode(codes::kSchoolType, u"vocational_college"));
    const auto m = rules::checkCode(codes::kSchoolType, u"college");
    REQUIRE(m);
    CHECK(m->contains(QStringLiteral("miscellaneous_school")));
    CHECK(rules::checkCode(codes::kProgramme, u"SME_internship"));
    CHECK_FALSE(rules::checkCode(codes::kIndustry, u"T"));
    CHECK(rules::checkCode(codes::kIndustry, u"U"));
}

TEST_CASE("students_ageAndDateOrder", "[rules]")
{
    CHECK_FALSE(rules::checkStudentAge(d(2010, 4, 1), d(2025, 4, 1))); // 15 on the day
    CHECK(rules::checkStudentAge(d(2010, 4, 2), d(2025, 4, 1)));       // one day short
    CHECK_FALSE(rules::checkCompletion(d(2025, 4, 1), d(2025, 4, 1)));
    CHECK(rules::checkCompletion(d(2025, 4, 1), d(2025, 3, 31)));
}

TEST_CASE("internships_sixMonthLimit", "[rules]")
{
    // FORMATS §2: from 2025-10-01 the longest ends 2026-03-31.
    CHECK_FALSE(rules::checkInternshipPeriod(d(2025, 10, 1), d(2026, 3, 31)));
    CHECK(rules::checkInternshipPeriod(d(2025, 10, 1), d(2026, 4, 1)));
    // From 2025-08-31 the end must be before 2026-02-28.
    CHECK_FALSE(rules::checkInternshipPeriod(d(2025, 8, 31), d(2026, 2, 27)));
    CHECK(rules::checkInternshipPeriod(d(2025, 8, 31), d(2026, 2, 28)));
    CHECK(rules::checkInternshipPeriod(d(2025, 8, 31), d(2025, 8, 30)));
    CHECK_FALSE(rules::checkInternshipPeriod(d(2025, 8, 31), d(2025, 8, 31)));
    CHECK(rules::internshipLimit(d(2024, 8, 31)) == d(2025, 2, 28));
    CHECK(rules::internshipLimit(d(2023, 8, 31)) == d(2024, 2, 29));
}

TEST_CASE("internships_noOverlap_datesInclusive", "[rules]")
{
    const std::vector<rules::Period> others = {{QStringLiteral("I1"), d(2025, 4, 1), d(2025, 6, 30)}};
    CHECK(rules::checkNoOverlap({QStringLiteral("I2"), d(2025, 6, 30), d(2025, 8, 1)}, others));
    CHECK_FALSE(rules::checkNoOverlap({QStringLiteral("I2"), d(2025, 7, 1), d(2025, 8, 1)}, others));
    CHECK(rules::checkNoOverlap({QStringLiteral("I2"), d(2025, 3, 1), d(2025, 4, 1)}, others));
    // A record does not overlap itself (an update of the same internship).
    CHECK_FALSE(rules::checkNoOverlap({QStringLiteral("I1"), d(2025, 4, 1), d(2025, 7, 1)}, others));
}

TEST_CASE("attendance_insidePeriod", "[rules]")
{
    CHECK_FALSE(rules::checkAttendanceInPeriod(d(2025, 4, 1), d(2025, 4, 1), d(2025, 4, 30)));
    CHECK_FALSE(rules::checkAttendanceInPeriod(d(2025, 4, 30), d(2025, 4, 1), d(2025, 4, 30)));
    CHECK(rules::checkAttendanceInPeriod(d(2025, 5, 1), d(2025, 4, 1), d(2025, 4, 30)));
    CHECK(rules::checkAttendanceInPeriod(d(2025, 3, 31), d(2025, 4, 1), d(2025, 4, 30)));
}

TEST_CASE("header_unknownRepeatedAndMissingColumns", "[rules]")
{
    const auto &k = *domain::kindByName(u"students");
    const auto p = rules::checkHeader(k, {QStringLiteral("student_no"), QStringLiteral("famly_name"),
                                          QStringLiteral("student_no")});
    REQUIRE(p.size() == 2);
    CHECK(p[0].column == QStringLiteral("famly_name"));
    CHECK(p[1].column == QStringLiteral("student_no"));
    const auto missing = rules::missingRequiredColumns(k, {QStringLiteral("student_no")});
    CHECK(missing.contains(QStringLiteral("family_name")));
    CHECK_FALSE(missing.contains(QStringLiteral("email")));
}

TEST_CASE("records_crossFieldRules", "[rules]")
{
    const auto &placements = *domain::kindByName(u"placements");
    domain::Values v(placements.fields.size());
    v[0] = QStringLiteral("P1");
    v[1] = QStringLiteral("S1");
    v[2] = QStringLiteral("employed");
    v[3] = QStringLiteral("2025-03-01");
    auto p = rules::checkRecord(placements, v);
    REQUIRE(p.size() == 1);
    CHECK(p[0].column == QStringLiteral("japanese_company"));
    v[7] = qint64(1);
    CHECK(rules::checkRecord(placements, v).empty());

    const auto &participants = *domain::kindByName(u"participants");
    domain::Values both(participants.fields.size());
    both[0] = QStringLiteral("E1");
    both[1] = QStringLiteral("S1");
    both[2] = QStringLiteral("C1");
    CHECK(rules::checkRecord(participants, both).size() == 1);
    both[2] = QVariant();
    CHECK(rules::checkRecord(participants, both).empty());
    both[1] = QVariant();
    CHECK(rules::checkRecord(participants, both).size() == 1);

    QString e;
    CHECK(rules::checkEmail(u"st1@example.ac.jp") == std::nullopt);
    CHECK(rules::checkEmail(u"st1.example.ac.jp"));
}
