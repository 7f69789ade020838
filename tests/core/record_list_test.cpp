// The record list's keyset paging: every page read after the one before it
// (keyset), or from the end (nearer the end), gives the rows that OFFSET gives
// in the list's order, for every field sorted either way, with NULLs and ties.
// Both backends (NULLs sort first on a file, last on a server).
#include "storage/record_list.h"
#include "test_support.h"

#include "catch_qt.h"

using namespace kakehashi;

namespace {

const domain::Kind &students() { return *domain::kindByName(u"students"); }

std::vector<qint64> ids(const std::vector<storage::ListRow> &rows)
{
    std::vector<qint64> out;
    for (const auto &r : rows)
        out.push_back(r.id);
    return out;
}

} // namespace

TEST_CASE("recordList_keysetAndFromTheEnd_sameRowsAsOffset_everyFieldBothWays", "[storage][list]")
{
    test::TempDatabase t;
    test::load(t, "schools", "code,name,establishment,school_type,prefecture\nS01,東都大学,private,university,13\n"
                             "S02,西都大学,public,university,27\n");
    // 41 students: few distinct values (ties), optional fields NULL in some rows.
    QString csv = QStringLiteral("student_no,family_name,given_name,name_kana,gender,birth_date,nationality,"
                                 "school_code,year_of_study,graduation_date,programme,cohort_fy,enrolled_on,jlpt,"
                                 "email,work_permission\n");
    const QStringList family{QStringLiteral("Nguyễn"), QStringLiteral("王"), QStringLiteral("Karimov"),
                             QStringLiteral("Lee")};
    for (int i = 0; i < 41; ++i) {
        csv += QStringLiteral("S%1,%2,G%3,%4,%5,200%6-0%7-1%8,%9,S0%10,%11,%12,sme_internship,%13,2025-04-01,%14,%15,%16\n")
                   .arg(QString::number((i * 7) % 41).rightJustified(2, u'0'), family[i % 4], QString::number(i % 3),
                        i % 5 == 0 ? QString() : QStringLiteral("カナ%1").arg(i % 2),
                        i % 3 == 0 ? QString() : (i % 2 ? QStringLiteral("female") : QStringLiteral("male")))
                   .arg(i % 4)
                   .arg(1 + i % 2)
                   .arg(i % 3)
                   .arg(i % 2 ? QStringLiteral("VN") : QStringLiteral("CN"))
                   .arg(1 + i % 2)
                   .arg(i % 4 == 0 ? QString() : QString::number(1 + i % 3),
                        i % 6 == 0 ? QString() : QStringLiteral("2027-03-3%1").arg(i % 2))
                   .arg(2024 + i % 2)
                   .arg(i % 7 == 0 ? QString() : QStringLiteral("N%1").arg(1 + i % 2),
                        i % 2 ? QString() : QStringLiteral("s%1@example.jp").arg(i % 5),
                        i % 3 == 1 ? QStringLiteral("general") : QStringLiteral("none"));
    }
    test::load(t, "students", csv);
    // One archived, which the list leaves out.
    t.db().exec(QStringLiteral("UPDATE students SET archived = 1 WHERE student_no = 'S07'"));

    constexpr int kPage = 6;
    for (int field = 0; field < students().size(); ++field) {
        for (const bool descending : {false, true}) {
            INFO("field " << students().field(field).name << (descending ? " descending" : " ascending"));
            storage::ListFilter f;
            f.sortField = field;
            f.descending = descending;
            storage::RecordList offset(t.db(), students());
            offset.setFilter(f);
            const std::vector<qint64> expected = ids(offset.pageByOffset(0, 1000));
            REQUIRE(expected.size() == 40);

            // Page after page: each but the first read after the page before.
            storage::RecordList forward(t.db(), students());
            forward.setFilter(f);
            std::vector<qint64> got;
            for (qint64 at = 0; at < 40; at += kPage) {
                const auto page = ids(forward.page(at, kPage));
                CHECK(page == std::vector<qint64>(expected.begin() + at,
                                                  expected.begin() + std::min<qint64>(at + kPage, 40)));
                got.insert(got.end(), page.begin(), page.end());
            }
            CHECK(got == expected);

            // The count known: the last pages first, read from the end.
            storage::RecordList backward(t.db(), students());
            backward.setFilter(f);
            REQUIRE(backward.count() == 40);
            for (qint64 at = 36; at >= 0; at -= kPage) {
                const auto page = ids(backward.page(at, kPage));
                CHECK(page == std::vector<qint64>(expected.begin() + at,
                                                  expected.begin() + std::min<qint64>(at + kPage, 40)));
            }

            // And with a search and a column filter.
            f.search = QStringLiteral("Lee");
            f.columns = {{students().fieldIndex(u"nationality"), QStringLiteral("VN")}};
            offset.setFilter(f);
            const std::vector<qint64> some = ids(offset.pageByOffset(0, 1000));
            REQUIRE(!some.empty());
            forward.setFilter(f);
            std::vector<qint64> pages;
            for (qint64 at = 0; at < static_cast<qint64>(some.size()); at += 4) {
                const auto page = ids(forward.page(at, 4));
                pages.insert(pages.end(), page.begin(), page.end());
            }
            CHECK(pages == some);
        }
    }
}
