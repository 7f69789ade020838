// Import of an N-row students CSV (default 100,000) with full validation by the
// real kakehashi-cli, against the sqlite3 shell's .import of the same file into a
// plain table. Each run on a fresh database; the runs alternate so that machine
// noise hits both alike; medians are compared.
#include "bench_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace kakehashi;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 5;
    QTemporaryDir dir;
    // A third argument keeps the files there, for profiling by hand.
    if (argc > 3)
        dir.setAutoRemove(false);
    const QString base = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.path();
    const QString schools = base + QStringLiteral("/schools.csv");
    const QString students = base + QStringLiteral("/students.csv");
    bench::writeSchoolsCsv(schools);
    bench::writeStudentsCsv(students, rows);
    std::printf("students.csv: %d rows, %.1f MB\n", rows, QFile(students).size() / 1e6);

    std::vector<double> shell, ours;
    for (int r = 0; r < runs; ++r) {
        const QString plain = base + QStringLiteral("/plain%1.sqlite3").arg(r);
        shell.push_back(bench::timeCommand(QStringLiteral("sqlite3"),
                                           {plain, QStringLiteral(".mode csv"),
                                            QStringLiteral(".import %1 students").arg(students)}));
        const QString db = base + QStringLiteral("/k%1.sqlite3").arg(r);
        if (bench::timeCommand(QStringLiteral(KAKEHASHI_CLI), {QStringLiteral("--db"), db, QStringLiteral("import"),
                                                               QStringLiteral("schools"), schools}) < 0)
            return 1;
        ours.push_back(bench::timeCommand(QStringLiteral(KAKEHASHI_CLI), {QStringLiteral("--db"), db,
                                                                          QStringLiteral("import"),
                                                                          QStringLiteral("students"), students}));
        std::printf("run %d: sqlite3 .import %.3f s, kakehashi-cli import %.3f s\n", r + 1, shell.back(), ours.back());
        if (shell.back() < 0 || ours.back() < 0)
            return 1;
    }
    const double s = bench::median(shell), o = bench::median(ours);
    std::printf("median: sqlite3 .import %.3f s, kakehashi-cli import %.3f s, ratio %.2f (target <= 3)\n", s, o, o / s);
    return 0;
}
