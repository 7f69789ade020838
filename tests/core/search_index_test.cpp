// The students' search index (migration 016: an FTS5 trigram index on a file,
// a pg_trgm GIN index on the server): kept in step with the records by the
// database in the writing transaction, built for the students already there
// when an older file is upgraded, and giving the rows that a LIKE on each
// field gives. Both backends.
#include "storage/database.h"
#include "storage/record_list.h"
#include "test_support.h"

#include "catch_qt.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace kakehashi;

namespace {

const domain::Kind &students() { return *domain::kindByName(u"students"); }

const char *kSchools = "code,name,establishment,school_type,prefecture\nS01,東都大学,private,university,13\n";
const char *kStudents =
    "student_no,family_name,given_name,name_kana,birth_date,nationality,school_code,programme,cohort_fy,"
    "enrolled_on,email\n"
    "A1,Nguyễn,Văn Lan,グエン ヴァン ラン,2001-04-02,VN,S01,sme_internship,2025,2025-04-01,lan@example.jp\n"
    "A2,王,小明,ワン シャオミン,2000-01-05,CN,S01,sme_internship,2025,2025-04-01,\n"
    "A3,Karimov,Aziz,カリモフ アジズ,2002-07-30,UZ,S01,sme_internship,2025,2025-04-01,\n"
    "A4,Müller,Anna,ミュラー アンナ,1999-12-31,DE,S01,sme_internship,2025,2025-04-01,\n";

// The student numbers that the list's search finds, in order.
QStringList found(const storage::Database &db, const QString &text)
{
    storage::RecordList list(db, students());
    storage::ListFilter f;
    f.search = text;
    list.setFilter(f);
    QStringList out;
    for (const storage::ListRow &r : list.page(0, 100))
        out << r.values[0].toString();
    CHECK(list.count() == out.size());
    return out;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

} // namespace

TEST_CASE("searchIndex_keptInStepOnInsertUpdateDelete_latinKanaKanji", "[storage][search]")
{
    test::TempDatabase t;
    test::load(t, "schools", kSchools);
    test::load(t, "students", kStudents); // inserted by the importer (COPY on a server)

    // Three characters or more: the index.
    CHECK(found(t.db(), QStringLiteral("グエン")) == list({"A1"}));
    CHECK(found(t.db(), QStringLiteral("Karim")) == list({"A3"}));
    CHECK(found(t.db(), QStringLiteral("arimo")) == list({"A3"}));
    CHECK(found(t.db(), QStringLiteral("シャオミ")) == list({"A2"}));
    CHECK(found(t.db(), QStringLiteral("王 小明")) == list({"A2"})); // the display name, across its space
    CHECK(found(t.db(), QStringLiteral("Nguyễn Văn")) == list({"A1"}));
    CHECK(found(t.db(), QStringLiteral("example.jp")) == list({"A1"}));
    CHECK(found(t.db(), QStringLiteral("東都大")) == list({"A1", "A2", "A3", "A4"})); // the school's name
    CHECK(found(t.db(), QStringLiteral("Aziz Karimov")).isEmpty());
    // Across two fields that the index joins: not a match.
    CHECK(found(t.db(), QStringLiteral("ンカリ")).isEmpty());
    // Shorter: read without the index, the same rows.
    CHECK(found(t.db(), QStringLiteral("王")) == list({"A2"}));
    CHECK(found(t.db(), QStringLiteral("ミュ")) == list({"A4"}));

    // An update of a searched field: the old text is gone, the new one found.
    t.db().exec(QStringLiteral("UPDATE students SET family_name = 'Tashkentova', name_kana = NULL WHERE student_no = 'A3'"));
    CHECK(found(t.db(), QStringLiteral("Karim")).isEmpty());
    CHECK(found(t.db(), QStringLiteral("カリモ")).isEmpty());
    CHECK(found(t.db(), QStringLiteral("Tashkent")) == list({"A3"}));
    CHECK(found(t.db(), QStringLiteral("tova Aziz")) == list({"A3"}));
    // An update of another field leaves the index as it was.
    t.db().exec(QStringLiteral("UPDATE students SET cohort_fy = 2026 WHERE student_no = 'A3'"));
    CHECK(found(t.db(), QStringLiteral("Tashkent")) == list({"A3"}));
    // A new student number.
    t.db().exec(QStringLiteral("UPDATE students SET student_no = 'Z9' WHERE student_no = 'A4'"));
    CHECK(found(t.db(), QStringLiteral("Müller")) == list({"Z9"}));
    // A delete.
    t.db().exec(QStringLiteral("DELETE FROM students WHERE student_no = 'Z9'"));
    CHECK(found(t.db(), QStringLiteral("Müller")).isEmpty());
    CHECK(found(t.db(), QStringLiteral("東都大")) == list({"A1", "A2", "A3"}));
    // A rolled-back insert leaves nothing in the index.
    {
        storage::Transaction tx(t.db());
        t.db().exec(QStringLiteral("INSERT INTO students (student_no, family_name, given_name, birth_date, nationality, "
                                   "school_code, programme, cohort_fy, enrolled_on) VALUES ('B1', 'Rollbackova', 'X', "
                                   "'2001-01-01', 'RU', 'S01', 'sme_internship', 2025, '2025-04-01')"));
        CHECK(found(t.db(), QStringLiteral("Rollback")) == list({"B1"}));
    }
    CHECK(found(t.db(), QStringLiteral("Rollback")).isEmpty());

    if (t.db().isServer()) {
        // The trigram index exists, and a search's expression is the one indexed.
        QSqlQuery q(t.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'students_search'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        q.finish();
        REQUIRE(q.exec(QStringLiteral("SET enable_seqscan = off")));
        REQUIRE(q.exec(QStringLiteral(
            "EXPLAIN SELECT r.id FROM students r WHERE CAST(kakehashi_students_search_text(r.student_no, r.family_name, "
            "r.given_name, r.name_kana, r.home_university, r.school_code, r.faculty, r.email, r.residence_card_no) "
            "AS TEXT) ILIKE '%karim%' ESCAPE '\\'")));
        QString plan;
        while (q.next())
            plan += q.value(0).toString() + QLatin1Char('\n');
        INFO(plan.toStdString());
        CHECK(plan.contains(QStringLiteral("students_search")));
        q.exec(QStringLiteral("RESET enable_seqscan"));
    } else {
        // FTS5's own check of the index against the students' text.
        t.db().exec(QStringLiteral("INSERT INTO students_search (students_search) VALUES ('integrity-check')"));
    }
}

TEST_CASE("searchIndex_olderFileUpgraded_indexHoldsTheStudentsAlreadyThere", "[storage][search][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
    {
        storage::Database v11(path, {.migrateTo = 11});
        v11.exec(QStringLiteral("INSERT INTO schools (code, name, establishment, school_type, prefecture) "
                                "VALUES ('S01', '東都大学', 'private', 'university', '13')"));
        v11.exec(QStringLiteral("INSERT INTO students (student_no, family_name, given_name, name_kana, birth_date, "
                                "nationality, school_code, programme, cohort_fy, enrolled_on) VALUES "
                                "('A1', 'Karimov', 'Aziz', 'カリモフ', '2002-07-30', 'UZ', 'S01', 'sme_internship', 2025, "
                                "'2025-04-01')"));
    }
    storage::Database now(path);
    CHECK(now.schemaVersion() == storage::Database::latestVersion());
    CHECK(found(now, QStringLiteral("arimov")) == list({"A1"}));
    CHECK(found(now, QStringLiteral("リモフ")) == list({"A1"}));
    now.exec(QStringLiteral("INSERT INTO students_search (students_search) VALUES ('integrity-check')"));
}
