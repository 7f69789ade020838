// `report placement --by nationality` over N completers (default 100,000, each
// with one or two placements) by the real kakehashi-cli, against the sqlite3
// shell running the equivalent GROUP BY on the same file; medians of 5 runs.
#include "bench_support.h"

#include "domain/kinds.h"
#include "io/importer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace kakehashi;

namespace {

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int completers = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.sqlite3"));
    {
        storage::Database db(path);
        bench::importOrExit(db, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
        bench::importOrExit(db, "companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n");
        static const char *const nations[] = {"CN", "VN", "NP", "KR", "ID", "TW", "MM", "LK", "TH", "BD", "MN", "US"};
        static const char *const outcomes[] = {"employed", "employed", "employed", "further_study", "returned_home",
                                               "job_hunting"};
        QByteArray students("student_no,family_name,given_name,birth_date,nationality,school_code,programme,"
                            "cohort_fy,enrolled_on,completed_on\n");
        QByteArray placements("placement_no,student_no,outcome,decided_on,company_code,japanese_company\n");
        int p = 0;
        for (int i = 1; i <= completers; ++i) {
            const QByteArray no = "ST" + QByteArray::number(i).rightJustified(7, '0');
            students += no + ",Nguyen,An,2000-01-01," + nations[i % 12] + ",S1,issn_network,2024,2024-04-01,2026-0" +
                        QByteArray::number(1 + i % 3) + "-15\n";
            if (i % 10 == 0)
                continue; // no outcome known
            const int outcome = i % 6;
            if (i % 7 == 0) // an earlier outcome that a later one replaces
                placements += "P" + QByteArray::number(++p).rightJustified(8, '0') + "," + no + ",job_hunting,2025-12-01,,\n";
            placements += "P" + QByteArray::number(++p).rightJustified(8, '0') + "," + no + "," + outcomes[outcome] +
                          ",2026-02-01," + (outcome < 3 ? "C1," : ",") + (outcome < 3 ? (i % 5 ? "true" : "false") : "") +
                          "\n";
        }
        bench::importOrExit(db, "students", students);
        bench::importOrExit(db, "placements", placements);
    }
    // The same counting in plain SQL, for the shell.
    const QString sql = QStringLiteral(
        "SELECT c.nationality, count(*), count(p.id), sum(p.outcome = 'further_study'), "
        "sum(p.outcome = 'employed' AND p.japanese_company = 1), "
        "sum(p.outcome = 'employed' AND coalesce(p.japanese_company, 0) = 0) "
        "FROM (SELECT s.nationality, (SELECT p.id FROM placements p WHERE p.student_no = s.student_no "
        "      ORDER BY p.decided_on DESC, p.placement_no DESC LIMIT 1) AS latest "
        "      FROM students s JOIN schools sc ON sc.code = s.school_code "
        "      WHERE s.completed_on BETWEEN '2025-04-01' AND '2026-03-31') c "
        "LEFT JOIN placements p ON p.id = c.latest GROUP BY c.nationality ORDER BY 1;");
    std::vector<double> shell, ours;
    for (int r = 0; r < 5; ++r) {
        shell.push_back(bench::timeCommand(QStringLiteral("sqlite3"), {path, sql}));
        ours.push_back(bench::timeCommand(QStringLiteral(KAKEHASHI_CLI),
                                          {QStringLiteral("--db"), path, QStringLiteral("report"),
                                           QStringLiteral("placement"), QStringLiteral("--fy"), QStringLiteral("2025"),
                                           QStringLiteral("--by"), QStringLiteral("nationality")}));
        std::printf("run %d: sqlite3 %.3f s, kakehashi-cli report %.3f s\n", r + 1, shell.back(), ours.back());
    }
    const double s = bench::median(shell), o = bench::median(ours);
    std::printf("report placement --by nationality over %d completers: median %.3f s, sqlite3 GROUP BY %.3f s, "
                "ratio %.2f (target <= 2)\n",
                completers, o, s, o / s);
    return 0;
}
