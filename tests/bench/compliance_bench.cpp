// `compliance hours` (the 28-hour limit, FORMATS.md §6) over a demo database of
// N students (default 100,000) by the real kakehashi-cli, against the sqlite3
// shell running the same rule as one window-function query on the same file;
// medians of 5 runs, and the number of rows each finds.
//   build/tests/bench/compliance_bench [STUDENTS] [DB] [FROM] [TO]
// DB is made with `kakehashi-cli demo` when it does not exist (kept for the next run).
#include "bench_support.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace kakehashi;

namespace {

struct Output
{
    double seconds = -1;
    qsizetype lines = 0;
};

Output run(const QString &program, const QStringList &args)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        std::exit(1);
    }
    const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
    return {s, p.readAllStandardOutput().count('\n')};
}

// The rule of FORMATS.md §6 in SQL: the students it applies to, their present
// hours per day (millionths of an hour), every day that a worked day falls in the
// window of, a RANGE window of seven days over them, and the vacation tests.
QString windowSql(const QString &from, const QString &to)
{
    return QStringLiteral(
               "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < 6), "
               "worked AS (SELECT s.student_no AS s, s.school_code AS sc, s.residence_status AS st, a.date AS d, "
               "  sum(CAST(round(coalesce(a.hours, 8) * 1000000) AS INTEGER)) AS h "
               "  FROM students s JOIN internships i ON i.student_no = s.student_no "
               "  JOIN attendance a ON a.internship_no = i.internship_no "
               "  WHERE a.status = 'present' AND a.date BETWEEN date('%1', '-6 days') AND '%2' "
               "  AND (s.residence_status = 'student' OR s.residence_status = 'job_hunting') "
               "  AND (s.work_permission IS NULL OR s.work_permission <> 'individual') GROUP BY s.student_no, a.date), "
               "days AS (SELECT DISTINCT s, sc, st, date(d, '+' || n || ' days') AS dd FROM worked, k), "
               "dense AS (SELECT c.s, c.sc, c.st, c.dd, coalesce(w.h, 0) AS h FROM days c "
               "  LEFT JOIN worked w ON w.s = c.s AND w.d = c.dd), "
               "win AS (SELECT s, sc, st, dd, h, sum(h) OVER (PARTITION BY s ORDER BY julianday(dd) "
               "  RANGE BETWEEN 6 PRECEDING AND CURRENT ROW) AS wh FROM dense), "
               "judged AS (SELECT *, EXISTS (SELECT 1 FROM vacations v WHERE v.school_code = win.sc "
               "  AND win.dd BETWEEN v.start_date AND v.end_date) AS vac FROM win WHERE dd BETWEEN '%1' AND '%2') "
               "SELECT s, dd, 'daily', h / 1e6, 8 FROM judged WHERE st = 'student' AND vac AND h > 8000000 "
               "UNION ALL "
               "SELECT s, dd, 'weekly', wh / 1e6, 28 FROM judged WHERE wh > 28000000 AND NOT (st = 'student' AND "
               "  (SELECT count(*) FROM k WHERE EXISTS (SELECT 1 FROM vacations v WHERE v.school_code = judged.sc "
               "   AND date(judged.dd, '-' || k.n || ' days') BETWEEN v.start_date AND v.end_date)) = 7) "
               "ORDER BY 1, 2, 3;")
        .arg(from, to);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int students = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("compliance.sqlite3"));
    const QString from = argc > 3 ? QString::fromLatin1(argv[3]) : QStringLiteral("2025-04-01");
    const QString to = argc > 4 ? QString::fromLatin1(argv[4]) : QStringLiteral("2026-03-31");
    const QString cli = QStringLiteral(KAKEHASHI_CLI);
    if (!QFileInfo::exists(path)) {
        std::printf("making a demo database of %d students at %s …\n", students, qPrintable(path));
        std::fflush(stdout);
        run(cli, {QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--students"),
                  QString::number(students)});
    }
    const QString sql = windowSql(from, to);
    std::vector<double> shell, ours;
    qsizetype shellRows = 0, ourRows = 0;
    for (int r = 0; r < 5; ++r) {
        const Output s = run(QStringLiteral("sqlite3"), {QStringLiteral("-csv"), path, sql});
        const Output o = run(cli, {QStringLiteral("--db"), path, QStringLiteral("compliance"), QStringLiteral("hours"),
                                   QStringLiteral("--from"), from, QStringLiteral("--to"), to});
        shell.push_back(s.seconds);
        ours.push_back(o.seconds);
        shellRows = s.lines;
        ourRows = o.lines - 1; // the header
        std::printf("run %d: sqlite3 %.3f s, kakehashi-cli compliance hours %.3f s\n", r + 1, s.seconds, o.seconds);
        std::fflush(stdout);
    }
    const double s = bench::median(shell), o = bench::median(ours);
    std::printf("compliance hours %s … %s on %s: median %.3f s (%lld rows), sqlite3 window query %.3f s (%lld rows), "
                "ratio %.2f\n",
                qPrintable(from), qPrintable(to), qPrintable(QFileInfo(path).fileName()), o,
                static_cast<long long>(ourRows), s, static_cast<long long>(shellRows), o / s);
    return ourRows == shellRows ? 0 : 1;
}
