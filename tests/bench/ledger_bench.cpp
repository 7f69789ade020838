// Two figures of the subsidy ledger:
//  1. `subsidy claims` for a month with N active internships (default 20,000), each
//     present on the month's working days; target under 1 s.
//  2. `ledger verify` over M entries (default 1,000,000) against `sha256sum` over
//     a file of the same bytes (the ledger's CSV export); target within 3×.
// Both time the real kakehashi-cli; medians of several runs.
#include "bench_support.h"

#include "calendar/work_calendar.h"
#include "domain/kinds.h"
#include "io/importer.h"
#include "ledger/ledger.h"
#include "storage/database.h"
#include "storage/subsidy_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace kakehashi;

namespace {

// A database with n internships active in October 2025, present every working day.
void makeClaimsDatabase(const QString &path, int n)
{
    storage::Database db(path);
    bench::importOrExit(db, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    bench::importOrExit(db, "companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n");
    QByteArray students("student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,"
                        "enrolled_on,graduation_date\n");
    QByteArray internships("internship_no,student_no,company_code,start_date,end_date,status\n");
    QByteArray attendance("internship_no,date,status,hours\n");
    const calendar::WorkCalendar cal;
    std::vector<QByteArray> days;
    for (Date d(2025, 10, 1); d <= Date(2025, 10, 31); d += boost::gregorian::date_duration(1))
        if (cal.isWorkingDay(d))
            days.push_back(QByteArray::fromStdString(isoDate(d)));
    for (int i = 1; i <= n; ++i) {
        const QByteArray no = QByteArray::number(i).rightJustified(6, '0');
        students += "ST" + no + ",Nguyen,An" + no + ",2002-01-01,VN,S1," +
                    (i % 4 ? "sme_internship" : "issn_network") + ",2025,2025-04-01,2026-03-31\n";
        internships += "I" + no + ",ST" + no + ",C1,2025-10-01,2026-03-31,active\n";
        for (const QByteArray &d : days)
            attendance += "I" + no + "," + d + ",present,8\n";
    }
    bench::importOrExit(db, "students", students);
    bench::importOrExit(db, "internships", internships);
    bench::importOrExit(db, "attendance", attendance);
}

// A ledger of m entries, chained as Ledger would chain them (synthetic payments:
// the references are not checked here, only the chain is under test).
void makeLedgerDatabase(const QString &path, qint64 m)
{
    storage::Database db(path);
    db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    storage::SubsidyStore store(db);
    storage::Transaction tx(db);
    QString prev = ledger::kGenesisHash;
    for (qint64 i = 1; i <= m; ++i) {
        storage::LedgerRow r;
        r.entryNo = i;
        r.postedAt = QStringLiteral("2026-04-30T17:05:11+09:00");
        r.period = QStringLiteral("2025-%1").arg(4 + i % 9, 2, 10, QLatin1Char('0'));
        r.kind = QStringLiteral("payment");
        r.internshipNo = QStringLiteral("I%1").arg(i, 7, 10, QLatin1Char('0'));
        r.studentNo = QStringLiteral("ST%1").arg(i, 7, 10, QLatin1Char('0'));
        r.counterparty = QStringLiteral("阮 文安");
        r.days = 1 + i % 22;
        r.rateJpy = 7000;
        r.amountJpy = r.days * 7000;
        r.prevHash = prev;
        r.hash = ledger::entryHash(prev, r);
        prev = r.hash;
        store.append(r);
    }
    tx.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int internships = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 20000;
    const qint64 entries = argc > 2 ? QString::fromLatin1(argv[2]).toLongLong() : 1000000;
    const int runs = 5;
    QTemporaryDir dir;
    const QString cli = QStringLiteral(KAKEHASHI_CLI);

    const QString claimsDb = dir.filePath(QStringLiteral("claims.sqlite3"));
    makeClaimsDatabase(claimsDb, internships);
    std::vector<double> claims;
    for (int r = 0; r < runs; ++r)
        claims.push_back(bench::timeCommand(cli, {QStringLiteral("--db"), claimsDb, QStringLiteral("subsidy"),
                                                  QStringLiteral("claims"), QStringLiteral("--month"),
                                                  QStringLiteral("2025-10")}));
    std::printf("subsidy claims, %d active internships: median %.3f s (target < 1 s)\n", internships,
                bench::median(claims));

    const QString ledgerDb = dir.filePath(QStringLiteral("ledger.sqlite3"));
    QElapsedTimer t;
    t.start();
    makeLedgerDatabase(ledgerDb, entries);
    std::printf("ledger of %lld entries made in %.1f s\n", entries, static_cast<double>(t.elapsed()) / 1000);
    const QString csv = dir.filePath(QStringLiteral("ledger.csv"));
    if (bench::timeCommand(cli, {QStringLiteral("--db"), ledgerDb, QStringLiteral("ledger"), QStringLiteral("export"),
                                 QStringLiteral("-o"), csv}) < 0)
        return 1;
    std::vector<double> verify, sha;
    for (int r = 0; r < runs; ++r) {
        sha.push_back(bench::timeCommand(QStringLiteral("sha256sum"), {csv}));
        verify.push_back(bench::timeCommand(cli, {QStringLiteral("--db"), ledgerDb, QStringLiteral("ledger"),
                                                  QStringLiteral("verify")}));
        std::printf("run %d: sha256sum %.3f s, ledger verify %.3f s\n", r + 1, sha.back(), verify.back());
    }
    const double s = bench::median(sha), v = bench::median(verify);
    std::printf("ledger verify over %lld entries (%.0f MB of CSV): median %.3f s, sha256sum %.3f s, ratio %.2f "
                "(target <= 3)\n",
                entries, static_cast<double>(QFile(csv).size()) / 1e6, v, s, v / s);
    return 0;
}
