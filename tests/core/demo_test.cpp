#include "demo/demo_generator.h"
#include "io/database_check.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "storage/record_store.h"
#include "test_support.h"

#include "catch_qt.h"

using namespace kakehashi;

namespace {

QByteArray exportAll(storage::Database &db)
{
    QByteArray all;
    for (const domain::Kind &k : domain::kinds())
        all += io::exportCsv(db, k, io::Encoding::Utf8);
    return all;
}

demo::Summary make(test::TempDatabase &t, int students, quint64 seed)
{
    demo::Options o;
    o.students = students;
    o.seed = seed;
    return demo::generate(t.db(), o);
}

} // namespace

TEST_CASE("demo_sameSeed_sameData_otherSeed_otherData", "[demo]")
{
    test::TempDatabase a, b, c;
    make(a, 400, 7);
    make(b, 400, 7);
    make(c, 400, 8);
    const QByteArray ea = exportAll(a.db());
    CHECK(ea == exportAll(b.db()));
    CHECK(ea != exportAll(c.db()));
}

TEST_CASE("demo_dataObeysEveryImportRule", "[demo]")
{
    test::TempDatabase t;
    const demo::Summary s = make(t, 1500, 1);
    CHECK(s.students == 1500);
    CHECK(s.schools >= 8);   // every school type
    CHECK(s.internships > 300);
    CHECK(s.attendance > s.internships * 10);
    CHECK(s.placements > 500);
    CHECK(s.participants > 0);

    // The whole file re-validated by the importer's rules…
    const io::CheckReport report = io::checkDatabase(t.db());
    INFO(report.rules.mid(0, 5).join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok());
    CHECK(report.records > s.students + s.attendance);

    // …and every kind exported imports into a fresh database with no problem.
    test::TempDatabase fresh;
    for (const domain::Kind &k : domain::kinds()) {
        const auto r = io::importCsv(fresh.db(), k, io::exportCsv(t.db(), k, io::Encoding::Utf8Bom));
        std::string problems;
        for (size_t i = 0; i < r.problems.size() && i < 5; ++i)
            problems += io::formatProblem(QLatin1String(k.name), r.problems[i]).toStdString() + "\n";
        INFO(problems);
        CHECK(r.ok());
    }
    CHECK(exportAll(fresh.db()) == exportAll(t.db()));
}

TEST_CASE("demo_namesInTheirOwnScripts_andEverySchoolType", "[demo]")
{
    test::TempDatabase t;
    make(t, 2000, 3);
    const QString students = QString::fromUtf8(io::exportCsv(t.db(), *domain::kindByName(u"students"), io::Encoding::Utf8));
    CHECK(students.contains(QStringLiteral("Nguyễn")));
    CHECK(students.contains(QStringLiteral(",CN,")));
    CHECK(students.contains(QStringLiteral("Tsinghua University")));
    bool hangul = false, devanagari = false;
    for (QChar ch : students) {
        hangul = hangul || (ch.unicode() >= 0xAC00 && ch.unicode() <= 0xD7A3);
        devanagari = devanagari || (ch.unicode() >= 0x0900 && ch.unicode() <= 0x097F);
    }
    CHECK(hangul);
    CHECK(devanagari);
    const QString schools = QString::fromUtf8(io::exportCsv(t.db(), *domain::kindByName(u"schools"), io::Encoding::Utf8));
    for (const char *type : {"university", "graduate_school", "junior_college", "technical_college", "vocational_college",
                             "miscellaneous_school", "unaccredited", "language_school"})
        CHECK(schools.contains(QLatin1Char(',') + QLatin1String(type) + QLatin1Char(',')));
}

TEST_CASE("demo_refusesADatabaseThatHoldsRecords", "[demo]")
{
    test::TempDatabase t;
    make(t, 50, 1);
    CHECK_THROWS_AS(make(t, 50, 2), storage::DatabaseError);
}
