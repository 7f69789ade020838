#include "io/encoding.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "test_support.h"

#include "catch_qt.h"

using namespace kakehashi;

namespace {

const domain::Kind &kind(const char *name)
{
    return *domain::kindByName(QString::fromLatin1(name));
}

io::ImportResult import(test::TempDatabase &t, const char *k, const QString &csv, io::ImportOptions o = {})
{
    return io::importCsv(t.db(), kind(k), csv.toUtf8(), o);
}

QString exported(test::TempDatabase &t, const char *k)
{
    return QString::fromUtf8(io::exportCsv(t.db(), kind(k), io::Encoding::Utf8));
}

std::string describe(const io::ImportResult &r)
{
    std::string s;
    for (const auto &p : r.problems)
        s += io::formatProblem(QStringLiteral("f.csv"), p).toStdString() + "\n";
    return s;
}

const QString kSchools = QStringLiteral("code,name,name_en,establishment,school_type,prefecture,member_since\n"
                                        "S1,東京工科大学,Tokyo Tech,national,university,13,2013-10-01\n"
                                        "S2,大阪ビジネス専門学校,,private,vocational_college,大阪府,\n");
const QString kCompanies = QStringLiteral(
    "code,name,industry,sme_category,capital_jpy,employees,prefecture,overseas_markets,corporate_number\n"
    "C1,株式会社かけはし,E,general,\"¥30,000,000\",120,13,VN;TH,7000012050002\n");
const QString kStudents = QStringLiteral(
    "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on,email\n"
    "ST1,阮,文安,2000-05-01,VN,S1,sme_internship,2025,2025-04-01,a@example.jp\n"
    "ST2,김,민준,2001/1/9,KR,S2,issn_network,2025,2025-04-01,\n");

void seed(test::TempDatabase &t)
{
    for (auto [k, csv] : {std::pair{"schools", kSchools}, {"companies", kCompanies}, {"students", kStudents}}) {
        const auto r = import(t, k, csv);
        INFO(describe(r));
        REQUIRE(r.ok());
    }
}

} // namespace

TEST_CASE("import_validFiles_exportBackInCanonicalForm", "[import]")
{
    test::TempDatabase t;
    seed(t);
    CHECK(exported(t, "schools") ==
          QStringLiteral("code,name,name_en,establishment,school_type,prefecture,member_since\r\n"
                         "S1,東京工科大学,Tokyo Tech,national,university,13,2013-10-01\r\n"
                         "S2,大阪ビジネス専門学校,,private,vocational_college,27,\r\n"));
    CHECK(exported(t, "companies") ==
          QStringLiteral("code,name,name_en,corporate_number,industry,sme_category,capital_jpy,employees,prefecture,"
                         "overseas_markets,info_provider\r\n"
                         "C1,株式会社かけはし,,7000012050002,E,general,30000000,120,13,TH;VN,false\r\n"));
    const QString students = exported(t, "students");
    CHECK(students.contains(QStringLiteral("ST2,김,민준,,,2001-01-09,KR,,S2,")));
}

TEST_CASE("import_exportImportsAgainUnchanged", "[import]")
{
    test::TempDatabase a;
    seed(a);
    test::TempDatabase b;
    for (const char *k : {"schools", "companies", "students"}) {
        const auto r = io::importCsv(b.db(), kind(k), io::exportCsv(a.db(), kind(k), io::Encoding::Utf8Bom));
        INFO(describe(r));
        REQUIRE(r.ok());
        CHECK(exported(a, k) == exported(b, k));
    }
}

TEST_CASE("import_badFile_reportsEveryProblemWithItsPhysicalLine_andWritesNothing", "[import]")
{
    test::TempDatabase t;
    seed(t);
    const QString before = exported(t, "students");
    const auto r = import(t, "students",
                          QStringLiteral("student_no,family_name,given_name,birth_date,nationality,school_code,"
                                         "programme,cohort_fy,enrolled_on,faculty\n"
                                         "ST3,Nguyen,An,2000-01-01,VN,S1,sme_internship,2025,2025-04-01,\"工学部\n"
                                         "機械工学科\"\n"                          // lines 2–3: a line break only memo may hold
                                         "ST4,Tran,Binh,2000-02-30,XX,S9,sme_internship,2025,2025-04-01,\n" // line 4
                                         "ST5,Le,Chi,2015-01-01,VN,S1,sme_internship,2025,2025-04-01,\n"     // line 5
                                         "ST3,Pham,Dung,2000-01-01,VN,S1,issn_network,2025,2025-04-01,\n"    // line 6
                                         "ST6,Vo,Em,2000-01-01,VN,S1\n"));                                  // line 7
    INFO(describe(r));
    CHECK_FALSE(r.ok());
    std::vector<std::pair<int, QString>> got;
    for (const auto &p : r.problems)
        got.emplace_back(p.line, p.column);
    const std::vector<std::pair<int, QString>> want = {
        {2, QStringLiteral("faculty")},
        {4, QStringLiteral("birth_date")}, {4, QStringLiteral("nationality")}, {4, QStringLiteral("school_code")},
        {5, QStringLiteral("birth_date")}, {6, QStringLiteral("student_no")},  {7, QStringLiteral("(row)")}};
    CHECK(got == want);
    CHECK(exported(t, "students") == before);
}

TEST_CASE("import_unknownOrRepeatedColumn_isReportedOnLine1", "[import]")
{
    test::TempDatabase t;
    seed(t);
    const auto r = import(t, "schools",
                          QStringLiteral("code,name,establisment,school_type,prefecture,name\n"
                                         "S3,x,national,university,13,y\n"));
    REQUIRE(r.problems.size() >= 2);
    CHECK(r.problems[0].line == 1);
    CHECK(r.problems[0].column == QStringLiteral("establisment"));
    CHECK(r.problems[1].line == 1);
    CHECK(r.problems[1].column == QStringLiteral("name"));
    CHECK(io::formatProblem(QStringLiteral("schools.csv"), r.problems[0])
              .startsWith(QStringLiteral("schools.csv:1: establisment: unknown column")));
}

TEST_CASE("import_upsert_emptyCellKeepsStoredValue", "[import]")
{
    test::TempDatabase t;
    seed(t);
    // An update may leave out required columns; an empty cell keeps the value.
    const auto r = import(t, "students",
                          QStringLiteral("student_no,given_name,email,jlpt\nST1,,new@example.jp,N2\n"));
    INFO(describe(r));
    REQUIRE(r.ok());
    CHECK(r.updated == 1);
    CHECK(r.inserted == 0);
    const QString s = exported(t, "students");
    CHECK(s.contains(QStringLiteral("ST1,阮,文安,")));
    CHECK(s.contains(QStringLiteral("new@example.jp,N2")) == false); // jlpt column comes before email
    CHECK(s.contains(QStringLiteral(",N2,new@example.jp")));
    // A new key in the same kind of file must give every required value.
    const auto bad = import(t, "students", QStringLiteral("student_no,given_name\nST9,Z\n"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.problems[0].line == 2);
    CHECK(bad.problems[0].message.contains(QStringLiteral("missing")));
}

TEST_CASE("import_dryRun_validatesButWritesNothing", "[import]")
{
    test::TempDatabase t;
    io::ImportOptions o;
    o.dryRun = true;
    const auto r = import(t, "schools", kSchools, o);
    CHECK(r.ok());
    CHECK(r.inserted == 2);
    CHECK(exported(t, "schools").count(QStringLiteral("\r\n")) == 1);
}

TEST_CASE("import_cp932File_isDetectedAndImported", "[import]")
{
    test::TempDatabase t;
    const QByteArray sjis = io::Encoder(io::Encoding::Cp932).encode(QString(kSchools).replace(u'\n', QStringLiteral("\r\n"))).value();
    const auto r = io::importCsv(t.db(), kind("schools"), sjis);
    INFO(describe(r));
    REQUIRE(r.ok());
    CHECK(r.encoding == io::Encoding::Cp932);
    CHECK(exported(t, "schools").contains(QStringLiteral("大阪ビジネス専門学校")));
}

TEST_CASE("import_bytesNotText_namesTheRow", "[import]")
{
    test::TempDatabase t;
    QByteArray bytes = kSchools.toUtf8();
    bytes += "S3,\xff\xfe,,private,university,13,\n";
    io::ImportOptions o;
    o.encoding = io::Encoding::Utf8;
    const auto r = io::importCsv(t.db(), kind("schools"), bytes, o);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 4);
    CHECK(r.problems[0].column == QStringLiteral("(row)"));
}

TEST_CASE("import_internships_overlapAndSixMonths_attendanceInsidePeriod", "[import]")
{
    test::TempDatabase t;
    seed(t);
    const auto ok = import(t, "internships",
                           QStringLiteral("internship_no,student_no,company_code,start_date,end_date,memo\n"
                                          "I1,ST1,C1,2025-10-01,2026-03-31,\"a, b\"\n"));
    INFO(describe(ok));
    REQUIRE(ok.ok());
    const auto bad = import(t, "internships",
                            QStringLiteral("internship_no,student_no,company_code,start_date,end_date,status\n"
                                           "I2,ST1,C1,2026-03-31,2026-05-01,\n"           // overlaps I1 on 03-31
                                           "I3,ST2,C1,2025-08-31,2026-02-28,\n"           // six months reached
                                           "I4,ST1,C1,2026-02-01,2026-02-10,cancelled\n"  // cancelled: no overlap
                                           "I5,ST2,C1,2025-09-01,2025-09-30,\n"
                                           "I6,ST2,C1,2025-09-30,2025-10-15,\n"           // overlaps I5 in the file
                                           "I7,ST2,C9,2025-11-01,2025-11-30,\n"));         // no such company
    std::vector<std::pair<int, QString>> got;
    for (const auto &p : bad.problems)
        got.emplace_back(p.line, p.column);
    const std::vector<std::pair<int, QString>> want = {{2, QStringLiteral("start_date")},
                                                       {3, QStringLiteral("end_date")},
                                                       {6, QStringLiteral("start_date")},
                                                       {7, QStringLiteral("company_code")}};
    CHECK(got == want);

    const auto att = import(t, "attendance",
                            QStringLiteral("internship_no,date,status,hours\n"
                                           "I1,2025-10-01,present,8\n"
                                           "I1,2025-09-30,present,8\n"
                                           "I1,2025-10-02,present,25\n"
                                           "I1,2025-10-01,absent,\n"
                                           "I9,2025-10-03,present,8\n"));
    got.clear();
    for (const auto &p : att.problems)
        got.emplace_back(p.line, p.column);
    const std::vector<std::pair<int, QString>> wantAtt = {{3, QStringLiteral("date")},
                                                          {4, QStringLiteral("hours")},
                                                          {5, QStringLiteral("internship_no")},
                                                          {6, QStringLiteral("internship_no")}};
    CHECK(got == wantAtt);
    // An internship cannot shrink away from attendance already recorded.
    REQUIRE(import(t, "attendance", QStringLiteral("internship_no,date,status\nI1,2026-03-02,present\n")).ok());
    const auto shrink = import(t, "internships", QStringLiteral("internship_no,end_date\nI1,2026-02-27\n"));
    REQUIRE(shrink.problems.size() == 1);
    CHECK(shrink.problems[0].column == QStringLiteral("end_date"));
}

TEST_CASE("import_participants_exactlyOneOfStudentOrCompany", "[import]")
{
    test::TempDatabase t;
    seed(t);
    REQUIRE(import(t, "events", QStringLiteral("event_no,kind,step,title,date\nE1,job_fair,2,合同企業説明会,2025-11-01\n")).ok());
    const auto r = import(t, "participants",
                          QStringLiteral("event_no,student_no,company_code,attended\n"
                                         "E1,ST1,,\n"
                                         "E1,,C1,no\n"
                                         "E1,ST2,C1,\n"
                                         "E1,ST1,,yes\n"));
    std::vector<std::pair<int, QString>> got;
    for (const auto &p : r.problems)
        got.emplace_back(p.line, p.column);
    CHECK(got == std::vector<std::pair<int, QString>>{{4, QStringLiteral("student_no")}, {5, QStringLiteral("event_no")}});
    REQUIRE(import(t, "participants", QStringLiteral("event_no,student_no,company_code,attended\nE1,ST1,,\nE1,,C1,no\n")).ok());
    CHECK(exported(t, "participants") == QStringLiteral("event_no,student_no,company_code,attended\r\n"
                                                        "E1,,C1,false\r\nE1,ST1,,true\r\n"));
}

TEST_CASE("export_cp932_refusesWhatItCannotEncode_namingRecordAndField", "[import]")
{
    test::TempDatabase t;
    seed(t);
    try {
        io::exportCsv(t.db(), kind("students"), io::Encoding::Cp932);
        FAIL("Hangul was exported to CP932");
    } catch (const io::ExportError &e) {
        CHECK(e.message().contains(QStringLiteral("students ST2")));
        CHECK(e.message().contains(QStringLiteral("family_name")));
    }
    const QByteArray schools = io::exportCsv(t.db(), kind("schools"), io::Encoding::Cp932);
    CHECK(io::decode(schools, io::Encoding::Auto).used == io::Encoding::Cp932);
}

TEST_CASE("import_headerCellLeftEmpty_isNamedByItsPosition", "[import]")
{
    test::TempDatabase t;
    const auto r = import(t, "schools", QStringLiteral("code,name,,establishment,school_type,prefecture\n"
                                                       "S1,x,,national,university,13\n"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 1);
    CHECK(r.problems[0].column == QStringLiteral("(column 3)"));
}
