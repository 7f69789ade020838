// `kakehashi-cli demo --students N` (default 100,000) on a fresh database, several
// runs, with the row counts it made; the target is well under 60 s.
#include "bench_support.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString students = argc > 1 ? QString::fromLatin1(argv[1]) : QStringLiteral("100000");
    const int runs = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 3;
    QTemporaryDir dir;
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        const QString db = dir.filePath(QStringLiteral("demo%1.sqlite3").arg(r));
        times.push_back(kakehashi::bench::timeCommand(
            QStringLiteral(KAKEHASHI_CLI), {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--students"),
                                            students, QStringLiteral("--seed"), QString::number(r + 1)}));
        if (times.back() < 0)
            return 1;
        std::printf("run %d: %.2f s\n", r + 1, times.back());
    }
    std::printf("demo --students %s: median %.2f s (target < 60 s)\n", qPrintable(students),
                kakehashi::bench::median(times));
    return 0;
}
