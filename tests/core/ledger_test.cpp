#include "io/importer.h"
#include "ledger/ledger.h"
#include "test_support.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include "catch_qt.h"

using namespace kakehashi;

namespace {

// Two students in FY2025: ST1 in the final year (eligible from October), ST2 in
// another programme (recorded, paid nothing).
void seed(test::TempDatabase &t)
{
    test::load(t, "schools", QStringLiteral("code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n"));
    test::load(t, "companies", QStringLiteral("code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n"));
    load(t, "students",
         QStringLiteral("student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,"
                        "enrolled_on,graduation_date\n"
                        "ST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,2026-03-31\n"
                        "ST2,Kim,Minjun,2002-01-01,KR,S1,issn_network,2025,2025-04-01,2026-03-31\n"));
    load(t, "internships",
         QStringLiteral("internship_no,student_no,company_code,start_date,end_date,status\n"
                        "I1,ST1,C1,2025-10-01,2026-03-31,active\n"
                        "I2,ST2,C1,2025-10-01,2026-03-31,active\n"));
    load(t, "attendance",
         QStringLiteral("internship_no,date,status,hours\n"
                        "I1,2025-10-01,present,8\nI1,2025-10-02,present,8\nI1,2025-10-03,absent,\n"
                        "I1,2025-10-04,present,4\nI1,2025-11-04,present,8\n"
                        "I2,2025-10-01,present,8\n"));
}

QDateTime fixedTime()
{
    return QDateTime(QDate(2026, 4, 30), QTime(17, 5, 11), QTimeZone(9 * 3600));
}

ledger::Ledger book(test::TempDatabase &t)
{
    return ledger::Ledger(t.db(), fixedTime);
}

qint64 total(test::TempDatabase &t)
{
    qint64 sum = 0;
    for (const auto &e : storage::SubsidyStore(t.db()).entries())
        sum += e.amountJpy;
    return sum;
}

} // namespace

TEST_CASE("claims_month_onePerInternshipWithPresentDays", "[ledger]")
{
    test::TempDatabase t;
    seed(t);
    const auto claims = ledger::claimsForMonth(t.db(), 2025, 10);
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].internshipNo == QStringLiteral("I1"));
    CHECK(claims[0].claim.presentDays == 3); // a Saturday present day counts too
    CHECK(claims[0].claim.amount == Yen(21000));
    CHECK(claims[0].claim.eligible);
    CHECK(claims[1].internshipNo == QStringLiteral("I2"));
    CHECK(claims[1].claim.amount == Yen(0));
    CHECK_FALSE(claims[1].claim.eligible);
    CHECK(claims[1].claim.reason.contains(QStringLiteral("issn_network")));
    CHECK(ledger::claimsForMonth(t.db(), 2025, 12).empty());
}

TEST_CASE("claims_ofOneInternship_eachMonthBesideWhatWasPaid", "[ledger]")
{
    test::TempDatabase t;
    seed(t);
    book(t).post(QStringLiteral("2025-10"));
    const auto months = ledger::claimsOfInternship(t.db(), QStringLiteral("I1"));
    REQUIRE(months.size() == 2); // October and November; the months without a present day are left out
    CHECK(months[0].period == QStringLiteral("2025-10"));
    CHECK(months[0].claim.amount == Yen(21000));
    CHECK(months[0].postedJpy == 21000);
    CHECK(months[1].period == QStringLiteral("2025-11"));
    CHECK(months[1].claim.presentDays == 1);
    CHECK(months[1].postedJpy == 0);
    // The one internship only, also in the month's claims.
    REQUIRE(ledger::claimsForMonth(t.db(), 2025, 10, QStringLiteral("I2")).size() == 1);
    CHECK(ledger::claimsOfInternship(t.db(), QStringLiteral("I9")).empty());
}

TEST_CASE("hash_isTheDocumentedSha256", "[ledger]")
{
    storage::LedgerRow r;
    r.entryNo = 1;
    r.postedAt = ledger::postingTimestamp(fixedTime());
    r.period = QStringLiteral("2026-03");
    r.kind = QStringLiteral("payment");
    r.internshipNo = QStringLiteral("I0001");
    r.studentNo = QStringLiteral("ST0001");
    r.counterparty = QStringLiteral("阮 文安");
    r.days = 20;
    r.rateJpy = 7000;
    r.amountJpy = 140000;
    CHECK(r.postedAt == QStringLiteral("2026-04-30T17:05:11+09:00"));
    // Computed independently with Python's hashlib from FORMATS.md §2's definition.
    CHECK(ledger::entryHash(ledger::kGenesisHash, r) ==
          QStringLiteral("121e2923013ea43d4d6fc605e98c529311fad4a6670b3a8663b42b17499c7a5c"));
}

TEST_CASE("post_isIdempotent_reversalThenRepostPaysWhatIsDue", "[ledger]")
{
    test::TempDatabase t;
    seed(t);
    auto l = book(t);
    const auto first = l.post(QStringLiteral("2025-10"));
    REQUIRE(first.size() == 1); // I2 earns nothing: no entry
    CHECK(first[0].entryNo == 1);
    CHECK(first[0].amountJpy == 21000);
    CHECK(first[0].counterparty == QStringLiteral("阮 文安"));
    CHECK(first[0].prevHash == ledger::kGenesisHash);
    CHECK(l.post(QStringLiteral("2025-10")).empty());
    CHECK(storage::SubsidyStore(t.db()).entryCount() == 1);

    const auto rev = l.reverse(1, QStringLiteral("attendance corrected"));
    CHECK(rev.entryNo == 2);
    CHECK(rev.kind == QStringLiteral("reversal"));
    CHECK(rev.reverses == 1);
    CHECK(rev.days == -3);
    CHECK(rev.amountJpy == -21000);
    CHECK(rev.period == QStringLiteral("2025-10"));
    CHECK(rev.prevHash == first[0].hash);
    CHECK(total(t) == 0);
    CHECK_THROWS_AS(l.reverse(1, QStringLiteral("again")), ledger::LedgerError);
    CHECK_THROWS_AS(l.reverse(2, QStringLiteral("a reversal")), ledger::LedgerError);
    CHECK_THROWS_AS(l.reverse(99, QStringLiteral("none")), ledger::LedgerError);
    CHECK_THROWS_AS(l.reverse(1, QStringLiteral("  ")), ledger::LedgerError);

    // With the payment reversed the month is open again: correct, then post anew.
    test::load(t, "attendance", QStringLiteral("internship_no,date,status\nI1,2025-10-06,present\n"));
    const auto again = l.post(QStringLiteral("2025-10"));
    REQUIRE(again.size() == 1);
    CHECK(again[0].amountJpy == 28000);
    CHECK(total(t) == 28000);
    CHECK(l.verify().ok);
    CHECK(l.verify().entries == 3);
}

TEST_CASE("postedMonth_attendanceLocked_untilReversed", "[ledger]")
{
    test::TempDatabase t;
    seed(t);
    auto l = book(t);
    l.post(QStringLiteral("2025-10"));
    // A new day, a changed day: refused with the line and what to do.
    const auto r = io::importCsv(t.db(), *domain::kindByName(u"attendance"),
                                 QByteArray("internship_no,date,status\nI1,2025-10-07,present\nI1,2025-10-03,present\n"
                                            "I1,2025-11-05,present\n"));
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].line == 2);
    CHECK(r.problems[0].message.contains(QStringLiteral("reverse that payment")));
    CHECK(r.problems[0].message.contains(QStringLiteral("entry 1")));
    CHECK(r.problems[1].line == 3);
    // The same values again change nothing and pass, posted month or not.
    const auto same = io::importCsv(t.db(), *domain::kindByName(u"attendance"),
                                    QByteArray("internship_no,date,status,hours\nI1,2025-10-01,present,8\n"));
    CHECK(same.ok());
    CHECK(same.unchanged == 1);
    // The database refuses it too, whoever writes.
    QSqlQuery q(t.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM attendance WHERE internship_no = 'I1' AND date = '2025-10-01'")));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO attendance (internship_no, date, status) VALUES ('I1', '2025-10-08', "
                                      "'present')")));
    CHECK(q.exec(QStringLiteral("INSERT INTO attendance (internship_no, date, status) VALUES ('I1', '2025-11-10', "
                                "'present')")));
    l.reverse(1, QStringLiteral("late timesheet"));
    CHECK(q.exec(QStringLiteral("INSERT INTO attendance (internship_no, date, status) VALUES ('I1', '2025-10-08', "
                                "'present')")));
}

TEST_CASE("ledgerTable_refusesUpdateAndDelete", "[ledger]")
{
    test::TempDatabase t;
    seed(t);
    book(t).post(QStringLiteral("2025-10"));
    QSqlQuery q(t.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE ledger_entries SET amount_jpy = 1")));
    CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM ledger_entries")));
    CHECK(storage::SubsidyStore(t.db()).entryCount() == 1);
}

TEST_CASE("verify_findsChangedDeletedAndReorderedEntries", "[ledger]")
{
    test::TempDatabase t;
    seed(t);
    auto l = book(t);
    l.post(QStringLiteral("2025-10"));
    l.post(QStringLiteral("2025-11"));
    l.reverse(2, QStringLiteral("wrong month"));
    l.post(QStringLiteral("2025-11"));
    const auto ok = l.verify();
    REQUIRE(ok.ok);
    CHECK(ok.entries == 4);
    CHECK(ok.lastHash == storage::SubsidyStore(t.db()).lastEntry()->hash);
    CHECK(l.tip() == std::pair<qint64, QString>{4, ok.lastHash});

    // Each alteration on its own copy, made outside the program: the triggers
    // dropped as someone with the file and the sqlite3 shell could.
    auto altered = [&](const QString &name, const QStringList &sql) {
        const QString copy = t.file(name);
        t.db().backupTo(copy);
        auto db = std::make_unique<storage::Database>(copy);
        db->exec(QStringLiteral("DROP TRIGGER ledger_no_update"));
        db->exec(QStringLiteral("DROP TRIGGER ledger_no_delete"));
        db->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        for (const QString &s : sql)
            db->exec(s);
        return ledger::Ledger(*db).verify();
    };
    const auto changed = altered(QStringLiteral("a.sqlite3"),
                                 {QStringLiteral("UPDATE ledger_entries SET amount_jpy = 70000 WHERE entry_no = 2")});
    CHECK_FALSE(changed.ok);
    CHECK(changed.firstBadEntry == 2);
    CHECK(changed.problem.contains(QStringLiteral("changed")));

    const auto deleted = altered(QStringLiteral("b.sqlite3"), {QStringLiteral("DELETE FROM ledger_entries WHERE entry_no = 3")});
    CHECK_FALSE(deleted.ok);
    CHECK(deleted.firstBadEntry == 4);

    // Swap the contents of entries 1 and 2 (keeping their numbers).
    const auto reordered = altered(
        QStringLiteral("c.sqlite3"),
        {QStringLiteral("CREATE TEMP TABLE x AS SELECT * FROM ledger_entries WHERE entry_no IN (1, 2)"),
         QStringLiteral("DELETE FROM ledger_entries WHERE entry_no IN (1, 2)"),
         QStringLiteral("INSERT INTO ledger_entries SELECT 3 - entry_no, posted_at, period, kind, internship_no, "
                        "student_no, counterparty, days, rate_jpy, amount_jpy, reverses, reason, prev_hash, hash, posted_by FROM x")});
    CHECK_FALSE(reordered.ok);
    CHECK(reordered.firstBadEntry == 1);
}

TEST_CASE("ledgerExportFilters_dateAmountCounterparty", "[ledger]")
{
    test::TempDatabase t;
    seed(t);
    auto l = book(t);
    l.post(QStringLiteral("2025-10"));
    l.post(QStringLiteral("2025-11"));
    storage::SubsidyStore s(t.db());
    storage::LedgerFilter f;
    f.minAmount = 10000;
    CHECK(s.entries(f).size() == 1);
    f = {};
    f.maxAmount = 7000;
    CHECK(s.entries(f).size() == 1);
    f = {};
    f.counterparty = QStringLiteral("文安");
    CHECK(s.entries(f).size() == 2);
    f.counterparty = QStringLiteral("%");
    CHECK(s.entries(f).empty()); // a wildcard is a plain character
    f = {};
    f.postedFrom = Date(2026, 4, 30);
    f.postedTo = Date(2026, 4, 30);
    CHECK(s.entries(f).size() == 2);
    f.postedFrom = Date(2026, 5, 1);
    f.postedTo.reset();
    CHECK(s.entries(f).empty());
    f = {};
    f.fiscalYear = 2025;
    f.minAmount = 1;
    f.counterparty = QStringLiteral("阮");
    CHECK(s.entries(f).size() == 2);
    f.fiscalYear = 2024;
    CHECK(s.entries(f).empty());
}
