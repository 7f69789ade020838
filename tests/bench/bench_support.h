#pragma once
// Timing helpers for the benchmarks: wall-clock runs of a command, medians.
#include "domain/kinds.h"
#include "io/importer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <vector>

namespace kakehashi::bench {

// Imports a generated fixture, or stops the benchmark with the first problem.
inline void importOrExit(storage::Database &db, const char *kind, const QByteArray &csv)
{
    const auto r = io::importCsv(db, *domain::kindByName(QString::fromLatin1(kind)), csv);
    if (!r.ok()) {
        std::fprintf(stderr, "%s: %s\n", kind, qPrintable(r.problems.front().message));
        std::exit(1);
    }
}

// Seconds a command takes, or a negative number when it fails.
inline double timeCommand(const QString &program, const QStringList &args)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace kakehashi::bench
