#pragma once
// Timing helpers for the benchmarks: wall-clock runs of a command, medians.
#include "domain/kinds.h"
#include "io/importer.h"

#include <QElapsedTimer>
#include <QFile>
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

// The 50 schools the generated students attend.
inline void writeSchoolsCsv(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("code,name,establishment,school_type,prefecture\n");
    for (int i = 1; i <= 50; ++i)
        f.write(QStringLiteral("S%1,第%1大学,private,university,%2\n").arg(i).arg(i % 47 + 1).toUtf8());
}

// N students with every column of the kind, in several scripts, some quoted
// (about 200 bytes a row).
inline void writeStudentsCsv(const QString &path, qint64 rows)
{
    static const char *const families[] = {"王", "김", "Nguyễn", "สมชาย", "Smith", "Батбаяр", "शर्मा"};
    static const char *const nations[] = {"CN", "KR", "VN", "TH", "US", "MN", "NP"};
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("student_no,family_name,given_name,name_kana,gender,birth_date,nationality,home_university,school_code,"
            "faculty,year_of_study,graduation_date,programme,cohort_fy,enrolled_on,completed_on,residence_status,"
            "residence_expiry,jlpt,email\n");
    QByteArray buf;
    for (qint64 i = 1; i <= rows; ++i) {
        const int k = static_cast<int>(i % 7);
        buf += QStringLiteral("ST%1,%2,Given%1,カナ,female,%3-0%4-1%5,%6,\"Tsinghua University, Beijing\",S%7,工学部,%8,"
                              "2026-03-31,sme_internship,2025,2025-04-01,2026-03-%9,student,2027-03-31,N%10,"
                              "st%1@example.ac.jp\n")
                   .arg(i, 7, 10, QLatin1Char('0'))
                   .arg(QString::fromUtf8(families[k]))
                   .arg(1995 + i % 8)
                   .arg(1 + i % 9)
                   .arg(i % 10)
                   .arg(QLatin1String(nations[k]))
                   .arg(1 + i % 50)
                   .arg(1 + i % 4)
                   .arg(10 + i % 20)
                   .arg(1 + i % 5)
                   .toUtf8();
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace kakehashi::bench
