#include "storage/backups.h"
#include "storage/calendar_store.h"
#include "storage/database.h"
#include "storage/output_file.h"
#include "test_support.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "catch_qt.h"

using namespace kakehashi;

namespace {

QVariant scalar(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

} // namespace

TEST_CASE("database_newFile_hasLatestSchemaAndPragmas", "[storage][file]")
{
    test::TempDatabase t;
    CHECK(t.db().createdNow());
    CHECK(t.db().schemaVersion() == storage::Database::latestVersion());
    CHECK(storage::Database::latestVersion() >= 2);
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA synchronous")).toInt() == 1); // NORMAL
    CHECK(scalar(t.db(), QStringLiteral("SELECT daily_rate_jpy FROM programme_rates WHERE valid_from = '2013-04-01'"))
              .toInt() == 7000);
}

TEST_CASE("database_olderVersion_migratesAndKeepsData", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
    {
        storage::Database v1(path, {.migrateTo = 1});
        CHECK(v1.schemaVersion() == 1);
        v1.exec(QStringLiteral("INSERT INTO schools (code, name, establishment, school_type, prefecture) "
                               "VALUES ('S1', '東京大学', 'national', 'university', '13')"));
        QSqlQuery q(v1.connection());
        CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM programme_rates")));
    }
    storage::Database now(path);
    CHECK(now.schemaVersion() == storage::Database::latestVersion());
    CHECK(scalar(now, QStringLiteral("SELECT name FROM schools WHERE code = 'S1'")).toString() ==
          QStringLiteral("東京大学"));
    CHECK(scalar(now, QStringLiteral("SELECT count(*) FROM programme_rates")).toInt() == 1);
    // Opening again runs nothing twice.
    storage::Database again(path);
    CHECK(scalar(again, QStringLiteral("SELECT count(*) FROM programme_rates")).toInt() == 1);
}

TEST_CASE("database_newerVersion_isRefusedWithClearMessage", "[storage][file]")
{
    test::TempDatabase t;
    t.db().exec(QStringLiteral("PRAGMA user_version = 999"));
    t.close();
    try {
        storage::Database db(t.path());
        FAIL("a newer file was opened");
    } catch (const storage::DatabaseError &e) {
        CHECK(e.message().contains(QStringLiteral("newer version of Kakehashi")));
        CHECK(e.message().contains(QStringLiteral("999")));
    }
}

TEST_CASE("database_notADatabase_isRefused", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite3"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    CHECK_THROWS_AS(storage::Database(path), storage::DatabaseError);
}

TEST_CASE("schema_constraints_refuseBadRows", "[storage]")
{
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    // Code list CHECK.
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO schools (code, name, establishment, school_type, prefecture) "
                                      "VALUES ('S1', 'x', 'national', 'college', '13')")));
    // STRICT typing.
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO companies (code, name, industry, sme_category, prefecture, "
                                      "employees) VALUES ('C1', 'x', 'E', 'general', '13', 'many')")));
    // Foreign key on the natural key.
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO internships (internship_no, student_no, company_code, start_date, "
                                      "end_date) VALUES ('I1', 'nobody', 'nothing', '2025-01-01', '2025-02-01')")));
    // UNIQUE natural key.
    CHECK(q.exec(QStringLiteral("INSERT INTO schools (code, name, establishment, school_type, prefecture) "
                                "VALUES ('S1', 'x', 'national', 'university', '13')")));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO schools (code, name, establishment, school_type, prefecture) "
                                      "VALUES ('S1', 'y', 'national', 'university', '13')")));
}

TEST_CASE("transaction_rollsBackUnlessCommitted", "[storage]")
{
    test::TempDatabase t;
    {
        storage::Transaction tx(t.db());
        t.db().exec(QStringLiteral("INSERT INTO calendar_overrides (date, is_holiday) VALUES ('2030-01-02', 1)"));
    }
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM calendar_overrides")).toInt() == 0);
    {
        storage::Transaction tx(t.db());
        t.db().exec(QStringLiteral("INSERT INTO calendar_overrides (date, is_holiday) VALUES ('2030-01-02', 1)"));
        tx.commit();
    }
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM calendar_overrides")).toInt() == 1);
}

TEST_CASE("backup_copiesAConsistentDatabase", "[storage]")
{
    test::TempDatabase t;
    storage::CalendarStore(t.db()).addHoliday({}, Date(2030, 1, 2), QStringLiteral("臨時休業"));
    const QString copy = t.file(QStringLiteral("copy.sqlite3"));
    t.db().backupTo(copy);
    storage::Database b(copy);
    CHECK(b.integrityProblems().isEmpty());
    CHECK_FALSE(storage::CalendarStore(b).workCalendar().isWorkingDay(Date(2030, 1, 2)));
    CHECK_THROWS_AS(t.db().backupTo(t.path()), storage::OutputError);
}

TEST_CASE("rollingBackup_keepsTheLastN_andRestorePutsTheCurrentFileAside", "[storage][backup][file]")
{
    test::TempDatabase t;
    storage::CalendarStore(t.db()).addHoliday({}, Date(2030, 1, 2), QStringLiteral("一"));
    const QString folder = storage::backupFolder(t.path());
    QString first;
    for (int i = 0; i < 12; ++i) {
        const QString f = storage::rollingBackup(t.db(), folder, 10);
        if (i == 0)
            first = f;
    }
    const QStringList kept = storage::backupsOf(t.path(), folder);
    CHECK(kept.size() == 10);
    CHECK_FALSE(kept.contains(first)); // the oldest went
    // A change after the backups, then a restore of the newest backup.
    storage::CalendarStore(t.db()).addHoliday({}, Date(2030, 1, 3), QStringLiteral("二"));
    t.close();
    const QString aside = storage::restoreBackup(kept.front(), t.path());
    CHECK(QFileInfo::exists(aside));
    t.reopen();
    const auto cal = storage::CalendarStore(t.db()).workCalendar();
    CHECK_FALSE(cal.isWorkingDay(Date(2030, 1, 2)));
    CHECK(cal.isWorkingDay(Date(2030, 1, 3))); // the later change is in the file put aside
    storage::Database asideDb(aside);
    CHECK_FALSE(storage::CalendarStore(asideDb).workCalendar().isWorkingDay(Date(2030, 1, 3)));
    // Something that is not a database is refused and changes nothing.
    const QString junk = t.file(QStringLiteral("junk.sqlite3"));
    QFile j(junk);
    REQUIRE(j.open(QIODevice::WriteOnly));
    j.write(QByteArray(5000, 'x'));
    j.close();
    t.close();
    CHECK_THROWS_AS(storage::restoreBackup(junk, t.path()), storage::DatabaseError);
    t.reopen();
    CHECK_FALSE(storage::CalendarStore(t.db()).workCalendar().isWorkingDay(Date(2030, 1, 2)));
}
