// Issue 10: nothing lost, nothing forged. Outputs never touch the open database;
// the ledger and the audit trail refuse every rewrite SQLite allows and are
// hash-chained; what file access can still do to them, and to the users table,
// is found by `check` and `ledger verify`.
#include "auth/auth.h"
#include "io/database_check.h"
#include "io/exporter.h"
#include "ledger/ledger.h"
#include "storage/audit_chain.h"
#include "storage/output_file.h"
#include "test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <sys/stat.h>
#include <unistd.h>

#include "catch_qt.h"

using namespace kakehashi;

namespace {

bool runs(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

QString scalar(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 0777;
}

void seedLedger(test::TempDatabase &t)
{
    test::load(t, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    test::load(t, "companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n");
    test::load(t, "students", "student_no,family_name,given_name,birth_date,nationality,school_code,programme,"
                              "cohort_fy,enrolled_on,graduation_date\n"
                              "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,2026-03-31\n");
    test::load(t, "internships", "internship_no,student_no,company_code,start_date,end_date,status\n"
                                 "I1,ST1,C1,2025-10-01,2026-03-31,active\n");
    test::load(t, "attendance", "internship_no,date,status,hours\nI1,2025-10-01,present,8\nI1,2025-11-04,present,8\n"
                                "I1,2025-12-01,present,8\n");
}

ledger::Ledger bookAt(storage::Database &db, QDate today)
{
    return ledger::Ledger(db, [today] { return QDateTime(today, QTime(10, 0), QTimeZone(9 * 3600)); });
}

} // namespace

TEST_CASE("output_refusesTheOpenDatabaseHoweverItIsSpelled", "[hardening][output][file]")
{
    test::TempDatabase t;
    const QString db = t.path();
    const QDir dir = QFileInfo(db).absoluteDir();
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
    REQUIRE(QFile::link(db, dir.filePath(QStringLiteral("link.csv"))));
    REQUIRE(::link(QFile::encodeName(db).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hard.csv"))).constData()) == 0);
    const QByteArray before = test::readFile(db);
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(dir.path());
    for (const QString &target : {db, dir.filePath(QStringLiteral("sub/../test.sqlite3")), QStringLiteral("test.sqlite3"),
                                  QStringLiteral("./sub/../test.sqlite3"), dir.filePath(QStringLiteral("link.csv")),
                                  dir.filePath(QStringLiteral("hard.csv")), db + QStringLiteral("-wal"),
                                  db + QStringLiteral("-shm"), db + QStringLiteral("-journal")}) {
        INFO(target.toStdString());
        CHECK_THROWS_AS(storage::writeOutputFile(target, "a,b\n"), storage::OutputError);
        CHECK_THROWS_AS(io::writeFile(target, "a,b\n"), io::ExportError);
        CHECK_THROWS_AS(io::writeXlsx(target, QStringLiteral("x"), {{QStringLiteral("a")}}, {{QStringLiteral("1")}}),
                        io::ExportError);
        CHECK_THROWS_AS(t.db().backupTo(target), storage::OutputError);
    }
    QDir::setCurrent(cwd);
    CHECK(test::readFile(db) == before);
    CHECK(t.db().integrityProblems().isEmpty());
    // Once the database is closed the name is an ordinary file again.
    t.close();
    CHECK_NOTHROW(storage::writeOutputFile(dir.filePath(QStringLiteral("hard.csv")), "a,b\n"));
}

TEST_CASE("output_isWholeOrNothing_andTheOwnersOnly", "[hardening][output][file]")
{
    test::TempDatabase t;
    const mode_t old = ::umask(022);
    const QString target = t.file(QStringLiteral("out.csv"));
    storage::writeOutputFile(target, "old\n");
    CHECK(modeOf(target) == 0600);
    CHECK(modeOf(t.path()) == 0600);
    {
        storage::OutputFile f(target);
        f.write("new but never committed\n");
        CHECK(QFileInfo::exists(f.path()));
        CHECK(modeOf(f.path()) == 0600);
    }
    CHECK(test::readFile(target) == "old\n");
    const QStringList left = QDir(QFileInfo(target).absolutePath()).entryList({QStringLiteral(".kakehashi-*")},
                                                                              QDir::Files | QDir::Hidden);
    CHECK(left.isEmpty());
    // A temporary file a killed writer left (no lock held) is removed by the next write there.
    const QString orphan = t.file(QStringLiteral(".kakehashi-abcdef.part"));
    {
        QFile f(orphan);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("personal data");
    }
    storage::writeOutputFile(t.file(QStringLiteral("other.csv")), "x\n");
    CHECK_FALSE(QFileInfo::exists(orphan));
    // Backups and their folder.
    const QString folder = t.file(QStringLiteral("backups"));
    REQUIRE(storage::makePrivateFolder(folder));
    CHECK(modeOf(folder) == 0700);
    t.db().backupTo(folder + QStringLiteral("/b.sqlite3"));
    CHECK(modeOf(folder + QStringLiteral("/b.sqlite3")) == 0600);
    ::umask(old);
}

TEST_CASE("appendOnly_refusesReplaceUpsertAndInsertsIntoThePast", "[hardening][ledger][audit]")
{
    test::TempDatabase t;
    seedLedger(t);
    auto book = bookAt(t.db(), QDate(2026, 1, 5));
    REQUIRE(book.post(QStringLiteral("2025-10")).size() == 1);
    REQUIRE(book.post(QStringLiteral("2025-11")).size() == 1);
    const QString hash1 = scalar(t.db(), QStringLiteral("SELECT hash FROM ledger_entries WHERE entry_no = 1"));
    const qint64 auditRows = scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    const QString cols = QStringLiteral("entry_no, posted_at, period, kind, internship_no, student_no, counterparty, days, "
                                        "rate_jpy, amount_jpy, reverses, reason, prev_hash, hash");
    for (const QString &verb : {QStringLiteral("INSERT OR REPLACE"), QStringLiteral("REPLACE")}) {
        INFO(verb.toStdString());
        // Same entry number, and a new number with a stolen hash.
        CHECK_FALSE(runs(t.db(), verb + QStringLiteral(" INTO ledger_entries (%1) SELECT 1, posted_at, period, kind, "
                                                       "internship_no, student_no, counterparty, days, rate_jpy, 1, "
                                                       "reverses, reason, prev_hash, hash FROM ledger_entries WHERE "
                                                       "entry_no = 1")
                                              .arg(cols)));
        CHECK_FALSE(runs(t.db(), verb + QStringLiteral(" INTO ledger_entries (%1) SELECT 9, posted_at, period, kind, "
                                                       "internship_no, student_no, counterparty, days, rate_jpy, 1, "
                                                       "reverses, reason, prev_hash, hash FROM ledger_entries WHERE "
                                                       "entry_no = 1")
                                              .arg(cols)));
        CHECK_FALSE(runs(t.db(), verb + QStringLiteral(" INTO audit_log (id, at, user, action) VALUES (1, 'x', 'x', "
                                                       "'login')")));
        CHECK_FALSE(runs(t.db(), verb + QStringLiteral(" INTO audit_chain (id, prev_hash, hash) SELECT id, prev_hash, "
                                                       "prev_hash FROM audit_chain WHERE id = 2")));
    }
    CHECK_FALSE(runs(t.db(), QStringLiteral("INSERT INTO ledger_entries (%1) SELECT 1, posted_at, period, kind, "
                                            "internship_no, student_no, counterparty, days, rate_jpy, 1, reverses, reason, "
                                            "prev_hash, hash FROM ledger_entries WHERE entry_no = 1 ON CONFLICT DO "
                                            "UPDATE SET amount_jpy = 1")
                                 .arg(cols)));
    CHECK_FALSE(runs(t.db(), QStringLiteral("UPDATE OR REPLACE ledger_entries SET amount_jpy = 1 WHERE entry_no = 1")));
    CHECK_FALSE(runs(t.db(), QStringLiteral("INSERT INTO audit_log (id, at, user, action) VALUES (2, 'x', 'x', 'x')")));
    CHECK_FALSE(runs(t.db(), QStringLiteral("DELETE FROM audit_chain")));
    CHECK(scalar(t.db(), QStringLiteral("SELECT hash FROM ledger_entries WHERE entry_no = 1")) == hash1);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM ledger_entries")) == QStringLiteral("2"));
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() == auditRows);
    CHECK(book.verify().ok);
    CHECK(storage::verifyAuditChain(t.db()).ok());
}

TEST_CASE("auditChain_sealsEveryRow_andNamesTheFirstAlteredOne", "[hardening][audit][file]")
{
    test::TempDatabase t;
    seedLedger(t);
    auto book = bookAt(t.db(), QDate(2026, 1, 5));
    book.post(QStringLiteral("2025-10"));
    const auto good = storage::verifyAuditChain(t.db());
    REQUIRE(good.ok());
    CHECK(good.rows == scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong());
    CHECK(good.lastHash == scalar(t.db(), QStringLiteral("SELECT hash FROM audit_chain ORDER BY id DESC LIMIT 1")));
    // The seal is the documented hash of the row: an auditor can recompute it.
    const QString first = storage::auditRowHash(QString(64, QLatin1Char('0')),
                                                {scalar(t.db(), QStringLiteral("SELECT id FROM audit_log ORDER BY id LIMIT 1")),
                                                 scalar(t.db(), QStringLiteral("SELECT at FROM audit_log ORDER BY id LIMIT 1")),
                                                 scalar(t.db(), QStringLiteral("SELECT user FROM audit_log ORDER BY id LIMIT 1")),
                                                 scalar(t.db(), QStringLiteral("SELECT action FROM audit_log ORDER BY id LIMIT 1")),
                                                 scalar(t.db(), QStringLiteral("SELECT kind FROM audit_log ORDER BY id LIMIT 1")),
                                                 scalar(t.db(), QStringLiteral("SELECT key FROM audit_log ORDER BY id LIMIT 1")),
                                                 scalar(t.db(), QStringLiteral("SELECT field FROM audit_log ORDER BY id LIMIT 1")),
                                                 scalar(t.db(), QStringLiteral("SELECT coalesce(old, '') FROM audit_log ORDER BY id LIMIT 1")),
                                                 scalar(t.db(), QStringLiteral("SELECT coalesce(new, '') FROM audit_log ORDER BY id LIMIT 1"))});
    CHECK(first == scalar(t.db(), QStringLiteral("SELECT hash FROM audit_chain ORDER BY id LIMIT 1")));

    // With the triggers dropped, as someone with the file could.
    t.db().exec(QStringLiteral("DROP TRIGGER audit_no_update"));
    t.db().exec(QStringLiteral("DROP TRIGGER audit_no_delete"));
    t.db().exec(QStringLiteral("UPDATE audit_log SET user = 'someone-else' WHERE id = 3"));
    const auto changed = storage::verifyAuditChain(t.db());
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.problems.front().contains(QStringLiteral("audit row 3 was changed")));
    t.db().exec(QStringLiteral("DROP TRIGGER audit_seal"));
    t.db().exec(QStringLiteral("INSERT INTO audit_log (at, user, action) VALUES ('2026-01-01', 'forger', 'login')"));
    CHECK(storage::verifyAuditChain(t.db()).problems.join(u'\n').contains(QStringLiteral("no seal")));
    t.db().exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    t.db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    CHECK(storage::verifyAuditChain(t.db()).problems.join(u'\n').contains(QStringLiteral("audit row 2 was deleted")));
    CHECK_FALSE(io::checkDatabase(t.db()).audit.isEmpty());
}

TEST_CASE("ledger_removedTailIsFound_byTheAuditTrailAndTheWitness", "[hardening][ledger][file]")
{
    test::TempDatabase t;
    seedLedger(t);
    auto book = bookAt(t.db(), QDate(2026, 1, 5));
    book.post(QStringLiteral("2025-10"));
    book.post(QStringLiteral("2025-11"));
    book.post(QStringLiteral("2025-12"));
    const auto ok = book.verify();
    REQUIRE(ok.ok);
    CHECK(ok.comparedWith.size() == 2);
    CHECK(ok.comparedWith.join(u'\n').contains(QStringLiteral("witness file")));
    CHECK(test::readFile(ledger::witnessFile(t.path())).startsWith("3 entries, last hash " + ok.lastHash.toLatin1()));
    // Entries posted in the ledger are signed by who posted them.
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM ledger_entries WHERE posted_by IS NOT NULL")) ==
          QStringLiteral("3"));

    t.db().exec(QStringLiteral("DROP TRIGGER ledger_no_delete"));
    t.db().exec(QStringLiteral("DELETE FROM ledger_entries WHERE entry_no = 3"));
    const auto truncated = book.verify();
    CHECK_FALSE(truncated.ok);
    CHECK(truncated.firstBadEntry == 3);
    CHECK(truncated.problem.contains(QStringLiteral("removed")));

    // Even with the audit rows gone too (and the trail's seals), the witness file remains.
    t.db().exec(QStringLiteral("DROP TRIGGER audit_no_delete"));
    t.db().exec(QStringLiteral("DROP TRIGGER audit_chain_no_delete"));
    t.db().exec(QStringLiteral("DELETE FROM audit_chain WHERE id IN (SELECT id FROM audit_log WHERE kind = 'ledger')"));
    t.db().exec(QStringLiteral("DELETE FROM audit_log WHERE kind = 'ledger'"));
    const auto witnessOnly = book.verify();
    CHECK_FALSE(witnessOnly.ok);
    CHECK(witnessOnly.problem.contains(QStringLiteral("witness file")));
}

TEST_CASE("ledger_postsNothingInAdvance", "[hardening][ledger]")
{
    test::TempDatabase t;
    seedLedger(t);
    // On the month's last day it has not ended; the day after it has.
    CHECK_THROWS_AS(bookAt(t.db(), QDate(2025, 12, 31)).post(QStringLiteral("2025-12")), ledger::LedgerError);
    CHECK_THROWS_AS(bookAt(t.db(), QDate(2025, 11, 15)).post(QStringLiteral("2025-12")), ledger::LedgerError);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM ledger_entries")) == QStringLiteral("0"));
    CHECK(bookAt(t.db(), QDate(2026, 1, 1)).post(QStringLiteral("2025-12")).size() == 1);
}

TEST_CASE("users_lastAdministratorStays_andLoginsDoNotTellWhoExists", "[hardening][auth][file]")
{
    test::TempDatabase t;
    auth::Users users(t.db());
    users.add({}, QStringLiteral("admin"), auth::Role::Administrator, QStringLiteral("adminpassword1"));
    const auth::Session admin = users.login(QStringLiteral("admin"), QStringLiteral("adminpassword1"));
    CHECK_THROWS_WITH(users.disable(admin, QStringLiteral("admin")), Catch::Contains("last active administrator"));
    CHECK_THROWS_WITH(users.setRole(admin, QStringLiteral("admin"), auth::Role::Staff),
                      Catch::Contains("last active administrator"));
    users.add(admin, QStringLiteral("second"), auth::Role::Administrator, QStringLiteral("adminpassword2"));
    CHECK_NOTHROW(users.setRole(admin, QStringLiteral("admin"), auth::Role::Staff));
    CHECK_THROWS_WITH(users.disable(admin, QStringLiteral("second")), Catch::Contains("last active administrator"));

    QString unknown, wrong;
    try {
        users.login(QStringLiteral("nobody"), QStringLiteral("whatever-password"));
    } catch (const auth::AuthError &e) {
        unknown = e.message();
    }
    try {
        users.login(QStringLiteral("second"), QStringLiteral("whatever-password"));
    } catch (const auth::AuthError &e) {
        wrong = e.message();
    }
    CHECK_FALSE(unknown.isEmpty());
    CHECK(unknown == wrong);
}

TEST_CASE("check_findsUsersEditedOutsideTheProgram", "[hardening][auth][file]")
{
    test::TempDatabase t;
    auth::Users users(t.db());
    users.add({}, QStringLiteral("admin"), auth::Role::Administrator, QStringLiteral("adminpassword1"));
    const auth::Session admin = users.login(QStringLiteral("admin"), QStringLiteral("adminpassword1"));
    users.add(admin, QStringLiteral("sato"), auth::Role::Auditor, QStringLiteral("auditorpassword1"));
    users.add(admin, QStringLiteral("kim"), auth::Role::Staff, QStringLiteral("staffpassword1"));
    CHECK(users.tamperProblems().isEmpty());

    t.db().exec(QStringLiteral("UPDATE users SET role = 'administrator' WHERE name = 'sato'"));
    t.db().exec(QStringLiteral("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE name = 'admin') "
                               "WHERE name = 'kim'"));
    const QString problems = users.tamperProblems().join(u'\n');
    CHECK(problems.contains(QStringLiteral("the role of sato is administrator, but the audit trail last gave it auditor")));
    CHECK(problems.contains(QStringLiteral("the same password hash")));
    CHECK(problems.contains(QStringLiteral("the password of kim was replaced")));

    // An emptied users table does not make the database single-user.
    t.db().exec(QStringLiteral("DELETE FROM users"));
    CHECK(users.any());
    CHECK_THROWS_AS(users.login({}, {}), auth::AuthError);
    CHECK(users.tamperProblems().join(u'\n').contains(QStringLiteral("users table is empty")));
    CHECK_FALSE(io::checkDatabase(t.db()).users.isEmpty());
}
