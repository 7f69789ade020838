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
    {
        QFile f(schools);
        f.open(QIODevice::WriteOnly);
        f.write("code,name,establishment,school_type,prefecture\n");
        for (int i = 1; i <= 50; ++i)
            f.write(QStringLiteral("S%1,第%1大学,private,university,%2\n").arg(i).arg(i % 47 + 1).toUtf8());
    }
    {
        // Every column of the kind, in several scripts, some quoted.
        static const char *const families[] = {"王", "김", "Nguyễn", "สมชาย", "Smith", "Батбаяр", "शर्मा"};
        static const char *const nations[] = {"CN", "KR", "VN", "TH", "US", "MN", "NP"};
        QFile f(students);
        f.open(QIODevice::WriteOnly);
        f.write("student_no,family_name,given_name,name_kana,gender,birth_date,nationality,home_university,school_code,"
                "faculty,year_of_study,graduation_date,programme,cohort_fy,enrolled_on,completed_on,residence_status,"
                "residence_expiry,jlpt,email\n");
        QByteArray buf;
        for (int i = 1; i <= rows; ++i) {
            const int k = i % 7;
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
