// Kakehashi on a PostgreSQL server (issue 11), against psql on the same server:
//  1. import of N students (default 100,000) by the real kakehashi-cli, against
//     psql's \copy of the same file into a plain table of text columns;
//  2. `report placement --by nationality` over N completers, against psql running
//     the same GROUP BY;
//  3. ten clients saving a month of attendance at once for S seconds (default
//     60): saves per second, and the rows counted afterwards (none lost or
//     doubled), the audit trail's chain checked.
// Medians of RUNS runs (default 3). The server: a libpq URI of a database whose
// role may CREATE DATABASE (argument or $KAKEHASHI_BENCH_SERVER), e.g. a cluster
// started as in packaging/test-server.sh.
//   server_bench URI [ROWS] [RUNS] [SECONDS]
#include "bench_support.h"

#include "auth/auth.h"
#include "storage/attendance_store.h"
#include "storage/audit_chain.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace kakehashi;

namespace {

QString server;

QString uriOf(const QString &db)
{
    QUrl u(server);
    u.setPath(QLatin1Char('/') + db);
    return u.toString();
}

void psqlOrExit(const QString &uri, const QString &sql)
{
    if (bench::timeCommand(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                                    QStringLiteral("ON_ERROR_STOP=1"), uri, QStringLiteral("-c"), sql}) < 0)
        std::exit(1);
}

QString freshDatabase(const QString &name)
{
    psqlOrExit(server, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    psqlOrExit(server, QStringLiteral("CREATE DATABASE %1").arg(name));
    return uriOf(name);
}

double time(const QStringList &args)
{
    return bench::timeCommand(QStringLiteral(KAKEHASHI_CLI), args);
}

void importBench(const QString &base, int rows, int runs)
{
    const QString schools = base + QStringLiteral("/schools.csv");
    const QString students = base + QStringLiteral("/students.csv");
    bench::writeSchoolsCsv(schools);
    bench::writeStudentsCsv(students, rows);
    std::printf("1. import: students.csv %d rows, %.1f MB\n", rows, QFile(students).size() / 1e6);
    std::vector<double> psql, ours;
    for (int r = 0; r < runs; ++r) {
        const QString plain = freshDatabase(QStringLiteral("kkbench_plain"));
        psqlOrExit(plain, QStringLiteral(
                              "CREATE TABLE students (student_no text, family_name text, given_name text, name_kana text, "
                              "gender text, birth_date text, nationality text, home_university text, school_code text, "
                              "faculty text, year_of_study text, graduation_date text, programme text, cohort_fy text, "
                              "enrolled_on text, completed_on text, residence_status text, residence_expiry text, "
                              "jlpt text, email text)"));
        psql.push_back(bench::timeCommand(
            QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), plain, QStringLiteral("-c"),
                                     QStringLiteral("\\copy students FROM '%1' CSV HEADER").arg(students)}));
        const QString db = freshDatabase(QStringLiteral("kkbench_import"));
        if (time({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("schools"), schools}) < 0)
            std::exit(1);
        ours.push_back(time({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("students"), students}));
        std::printf("   run %d: psql \\copy %.3f s, kakehashi-cli import %.3f s\n", r + 1, psql.back(), ours.back());
        if (psql.back() < 0 || ours.back() < 0)
            std::exit(1);
    }
    const double p = bench::median(psql), o = bench::median(ours);
    std::printf("   median: psql \\copy %.3f s, kakehashi-cli import %.3f s, ratio %.2f (target <= 3)\n", p, o, o / p);
}

void reportBench(const QString &base, int completers, int runs)
{
    const QString db = freshDatabase(QStringLiteral("kkbench_report"));
    const QString students = base + QStringLiteral("/completers.csv"), placements = base + QStringLiteral("/placements.csv");
    {
        static const char *const nations[] = {"CN", "VN", "NP", "KR", "ID", "TW", "MM", "LK", "TH", "BD", "MN", "US"};
        static const char *const outcomes[] = {"employed", "employed", "employed", "further_study", "returned_home",
                                               "job_hunting"};
        QFile s(students), pl(placements);
        s.open(QIODevice::WriteOnly);
        pl.open(QIODevice::WriteOnly);
        s.write("student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on,"
                "completed_on\n");
        pl.write("placement_no,student_no,outcome,decided_on,company_code,japanese_company\n");
        int p = 0;
        for (int i = 1; i <= completers; ++i) {
            const QByteArray no = "ST" + QByteArray::number(i).rightJustified(7, '0');
            s.write(no + ",Nguyen,An,2000-01-01," + nations[i % 12] + ",S1,issn_network,2024,2024-04-01,2026-0" +
                    QByteArray::number(1 + i % 3) + "-15\n");
            if (i % 10 == 0)
                continue;
            const int outcome = i % 6;
            if (i % 7 == 0)
                pl.write("P" + QByteArray::number(++p).rightJustified(8, '0') + "," + no + ",job_hunting,2025-12-01,,\n");
            pl.write("P" + QByteArray::number(++p).rightJustified(8, '0') + "," + no + "," + outcomes[outcome] +
                     ",2026-02-01," + (outcome < 3 ? "C1," : ",") + (outcome < 3 ? (i % 5 ? "true" : "false") : "") + "\n");
        }
    }
    QFile sc(base + QStringLiteral("/s1.csv")), co(base + QStringLiteral("/c1.csv"));
    sc.open(QIODevice::WriteOnly);
    sc.write("code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    sc.close();
    co.open(QIODevice::WriteOnly);
    co.write("code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n");
    co.close();
    for (const auto &[kind, file] : {std::pair{"schools", sc.fileName()}, std::pair{"companies", co.fileName()},
                                     std::pair{"students", students}, std::pair{"placements", placements}})
        if (time({QStringLiteral("--db"), db, QStringLiteral("import"), QLatin1String(kind), file}) < 0)
            std::exit(1);
    psqlOrExit(db, QStringLiteral("ANALYZE"));
    const QString sql = QStringLiteral(
        "SELECT c.nationality, count(*), count(p.id), sum(CASE WHEN p.outcome = 'further_study' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN p.outcome = 'employed' AND p.japanese_company = 1 THEN 1 ELSE 0 END), "
        "sum(CASE WHEN p.outcome = 'employed' AND coalesce(p.japanese_company, 0) = 0 THEN 1 ELSE 0 END) "
        "FROM (SELECT s.nationality, (SELECT p.id FROM placements p WHERE p.student_no = s.student_no "
        "      ORDER BY p.decided_on DESC, p.placement_no DESC LIMIT 1) AS latest "
        "      FROM students s WHERE s.completed_on BETWEEN '2025-04-01' AND '2026-03-31') c "
        "LEFT JOIN placements p ON p.id = c.latest GROUP BY c.nationality ORDER BY 1");
    std::vector<double> psql, ours;
    for (int r = 0; r < runs; ++r) {
        psql.push_back(bench::timeCommand(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), db,
                                                                   QStringLiteral("-c"), sql}));
        ours.push_back(time({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("placement"),
                             QStringLiteral("--fy"), QStringLiteral("2025"), QStringLiteral("--by"),
                             QStringLiteral("nationality")}));
        std::printf("   run %d: psql GROUP BY %.3f s, kakehashi-cli report %.3f s\n", r + 1, psql.back(), ours.back());
    }
    const double p = bench::median(psql), o = bench::median(ours);
    std::printf("2. report placement --by nationality, %d completers: median psql %.3f s, kakehashi-cli %.3f s, "
                "ratio %.2f (target <= 2)\n",
                completers, p, o, o / p);
}

void attendanceBench(const QString &base, int seconds)
{
    const QString db = freshDatabase(QStringLiteral("kkbench_desks"));
    constexpr int kClients = 10;
    QFile sc(base + QStringLiteral("/s1.csv"));
    QFile co(base + QStringLiteral("/c1.csv"));
    QFile st(base + QStringLiteral("/desk_students.csv")), in(base + QStringLiteral("/desk_internships.csv"));
    st.open(QIODevice::WriteOnly);
    in.open(QIODevice::WriteOnly);
    st.write("student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on\n");
    in.write("internship_no,student_no,company_code,start_date,end_date,status\n");
    for (int i = 0; i < kClients; ++i) {
        st.write(QStringLiteral("D%1,Tran,Binh,2000-01-01,VN,S1,sme_internship,2024,2024-04-01\n").arg(i).toUtf8());
        in.write(QStringLiteral("DI%1,D%1,C1,2026-01-01,2026-06-30,active\n").arg(i).toUtf8());
    }
    st.close();
    in.close();
    for (const auto &[kind, file] : {std::pair{"schools", sc.fileName()}, std::pair{"companies", co.fileName()},
                                     std::pair{"students", st.fileName()}, std::pair{"internships", in.fileName()}})
        if (time({QStringLiteral("--db"), db, QStringLiteral("import"), QLatin1String(kind), file}) < 0)
            std::exit(1);
    std::atomic<bool> stop{false};
    std::atomic<long> saves{0}, failures{0};
    // Each desk saves its internship's months in turn (every weekday),
    // one transaction per month, as the attendance page does.
    std::vector<std::jthread> desks;
    std::vector<int> lastMonth(kClients, 0);
    for (int c = 0; c < kClients; ++c)
        desks.emplace_back([&, c] {
            storage::Database conn(db);
            storage::AttendanceStore store(conn);
            const auth::Session session{QStringLiteral("desk%1").arg(c), auth::Role::Staff, false};
            int n = 0;
            while (!stop) {
                // The internship's six months, over and over (each save replaces its month).
                const int year = 2026, month = 1 + n % 6;
                std::map<Date, QString> days;
                const QDate first(year, month, 1);
                for (QDate d = first; d.month() == month; d = d.addDays(1))
                    if (d.dayOfWeek() <= 5)
                        // Present one round, absent the next: every save changes every day.
                        days[Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                                  static_cast<unsigned short>(d.day()))] =
                            (n / 6) % 2 ? QStringLiteral("absent") : QStringLiteral("present");
                try {
                    store.saveMonth(session, QStringLiteral("DI%1").arg(c), year, month, days, 8.0);
                    ++saves;
                    lastMonth[static_cast<size_t>(c)] = std::max(lastMonth[static_cast<size_t>(c)], n + 1);
                } catch (const std::exception &e) {
                    ++failures;
                    std::fprintf(stderr, "desk %d: %s\n", c, e.what());
                }
                ++n;
            }
        });
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    desks.clear();
    // Every month saved holds exactly its weekdays, once.
    long expected = 0;
    for (int c = 0; c < kClients; ++c)
        for (int n = 0; n < std::min(lastMonth[static_cast<size_t>(c)], 6); ++n) {
            const QDate first(2026, 1 + n, 1);
            for (QDate d = first; d.month() == first.month(); d = d.addDays(1))
                expected += d.dayOfWeek() <= 5;
        }
    storage::Database check(db);
    QSqlQuery q(check.connection());
    q.exec(QStringLiteral("SELECT count(*), count(DISTINCT (internship_no, date)) FROM attendance"));
    q.next();
    const auto chain = storage::verifyAuditChain(check);
    std::printf("3. %d clients saving a month of attendance for %d s: %ld saves (%.1f per second), %ld failed; "
                "rows %lld, distinct %lld, expected %ld; audit chain %s (%lld rows)\n",
                kClients, seconds, saves.load(), saves.load() / double(seconds), failures.load(),
                q.value(0).toLongLong(), q.value(1).toLongLong(), expected, chain.ok() ? "ok" : "BROKEN",
                chain.rows);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    server = argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("KAKEHASHI_BENCH_SERVER");
    if (server.isEmpty()) {
        std::fprintf(stderr, "usage: server_bench URI [ROWS] [RUNS] [SECONDS]\n");
        return 2;
    }
    const int rows = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 100000;
    const int runs = argc > 3 ? QString::fromLatin1(argv[3]).toInt() : 3;
    const int seconds = argc > 4 ? QString::fromLatin1(argv[4]).toInt() : 60;
    QTemporaryDir dir;
    importBench(dir.path(), rows, runs);
    reportBench(dir.path(), rows, runs);
    attendanceBench(dir.path(), seconds);
    return 0;
}
