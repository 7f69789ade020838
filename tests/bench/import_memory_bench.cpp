// Peak memory of an import (issue 10, item 8): a generated students CSV of SIZE
// megabytes (default 1024) imported by the real kakehashi-cli, its peak resident
// memory read as /usr/bin/time -v reads it (the kernel's ru_maxrss of the child),
// beside the sqlite3 shell's .import of the same file into a plain table and
// sha256sum reading it. Runs RUNS times (default 3), medians printed.
//   build/tests/bench/import_memory_bench [SIZE_MB] [RUNS]
#include "bench_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>

extern char **environ;

using namespace kakehashi;

namespace {

struct Measured
{
    double seconds = -1;
    double peakMb = -1;
};

// The command's wall time and its peak resident memory.
Measured measure(const QStringList &command)
{
    std::vector<QByteArray> args;
    for (const QString &a : command)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        return {};
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    posix_spawn_file_actions_destroy(&actions);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {};
    return {static_cast<double>(t.nsecsElapsed()) / 1e9, static_cast<double>(usage.ru_maxrss) / 1024.0};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double sizeMb = argc > 1 ? QString::fromLatin1(argv[1]).toDouble() : 1024;
    const int runs = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 3;
    QTemporaryDir dir;
    const QString schools = dir.filePath(QStringLiteral("schools.csv"));
    const QString students = dir.filePath(QStringLiteral("students.csv"));
    bench::writeSchoolsCsv(schools);
    // About 205 bytes a row.
    const auto rows = static_cast<qint64>(sizeMb * 1e6 / 205);
    bench::writeStudentsCsv(students, rows);
    std::printf("students.csv: %lld rows, %.1f MB\n", static_cast<long long>(rows), QFile(students).size() / 1e6);

    std::vector<double> oursMb, oursS, shellMb, shellS, shaS;
    for (int r = 0; r < runs; ++r) {
        const QString db = dir.filePath(QStringLiteral("k%1.sqlite3").arg(r));
        const QString cli = QStringLiteral(KAKEHASHI_CLI);
        if (measure({cli, QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("schools"), schools}).seconds < 0)
            return 1;
        const Measured ours = measure({cli, QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("students"),
                                       students});
        const Measured shell = measure({QStringLiteral("sqlite3"), dir.filePath(QStringLiteral("plain%1.sqlite3").arg(r)),
                                        QStringLiteral(".mode csv"), QStringLiteral(".import %1 students").arg(students)});
        const Measured sha = measure({QStringLiteral("sha256sum"), students});
        if (ours.seconds < 0 || shell.seconds < 0 || sha.seconds < 0)
            return 1;
        oursMb.push_back(ours.peakMb);
        oursS.push_back(ours.seconds);
        shellMb.push_back(shell.peakMb);
        shellS.push_back(shell.seconds);
        shaS.push_back(sha.seconds);
        std::printf("run %d: kakehashi-cli import %.1f s, peak %.0f MB; sqlite3 .import %.1f s, peak %.0f MB; "
                    "sha256sum %.1f s\n",
                    r + 1, ours.seconds, ours.peakMb, shell.seconds, shell.peakMb, sha.seconds);
        QFile::remove(db);
        QFile::remove(dir.filePath(QStringLiteral("plain%1.sqlite3").arg(r)));
    }
    const double file = QFile(students).size() / 1e6;
    std::printf("median peak memory: kakehashi-cli %.0f MB (%.2f× the file, target < 200 MB), sqlite3 shell %.0f MB\n",
                bench::median(oursMb), bench::median(oursMb) / file, bench::median(shellMb));
    std::printf("median time: kakehashi-cli %.1f s, sqlite3 .import %.1f s (ratio %.2f), sha256sum %.1f s\n",
                bench::median(oursS), bench::median(shellS), bench::median(oursS) / bench::median(shellS),
                bench::median(shaS));
    return 0;
}
