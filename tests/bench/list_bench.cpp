// The student list on a large database, in SQL as the desktop list reads it
// (storage::RecordList), against the way it read before the search index and
// keyset paging (migration 016), on the same file in the same process:
//   - a name searched (count and first page) through the trigram index, against
//     a LIKE on each searched field of every row;
//   - the end of the list sorted by a column, read from the end, against OFFSET;
//   - the next page after one read, by keyset, against OFFSET at that position;
//   - a column filter (count, first and last page).
// Medians of RUNS runs (default 5), each figure with its baseline and ratio.
//
//   list_bench DB [RUNS]
//
// DB: a `kakehashi-cli demo --students N` file (opened, so migrated to the
// latest schema first: building the index of an older file takes a while).
#include "bench_support.h"

#include "storage/database.h"
#include "storage/record_list.h"
#include "storage/sql_text.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>
#include <functional>

using namespace kakehashi;

namespace {

const domain::Kind &students() { return *domain::kindByName(u"students"); }

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

std::vector<double> runsOf(int runs, const std::function<void()> &f)
{
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r)
        ms.push_back(timeMs(f));
    return ms;
}

// `step` timed after an untimed `setup`, RUNS times.
std::vector<double> runsOf(int runs, const std::function<void()> &setup, const std::function<void()> &step)
{
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        setup();
        ms.push_back(timeMs(step));
    }
    return ms;
}

void report(const QString &what, const std::vector<double> &now, const std::vector<double> &before)
{
    const double n = bench::median(now), b = bench::median(before);
    std::printf("%s %8.1f ms  baseline %8.1f ms  ratio %6.1f×%s\n", what.leftJustified(52).toUtf8().constData(), n, b,
                n > 0 ? b / n : 0.0, n < 50 ? "" : "  (target < 50 ms missed)");
    std::fflush(stdout);
}

// The count and first page of a search as the list read them before: a LIKE on
// each text field of every row (and the display name), the order by student_no.
void likeSearch(const storage::Database &db, const QString &text)
{
    static const char *fields[] = {"student_no", "family_name", "given_name", "name_kana", "home_university",
                                   "school_code", "faculty", "email", "residence_card_no"};
    QStringList any;
    for (const char *f : fields)
        any << QStringLiteral("r.%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(f));
    any << QStringLiteral("(r.family_name || ' ' || r.given_name) LIKE ? ESCAPE '\\'");
    const QString where = QStringLiteral(" WHERE r.archived = 0 AND (") + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    for (const QString &sql : {QStringLiteral("SELECT count(*) FROM students r") + where,
                               QStringLiteral("SELECT r.id FROM students r") + where +
                                   QStringLiteral(" ORDER BY r.student_no, r.id LIMIT 200")}) {
        QSqlQuery q = db.prepare(sql);
        for (qsizetype i = 0; i < any.size(); ++i)
            q.addBindValue(storage::containsPattern(text));
        storage::Database::exec(q);
        while (q.next()) {
        }
    }
}

// The count and first page of a search as the list reads it now.
void listSearch(const storage::Database &db, const QString &text)
{
    storage::RecordList list(db, students());
    storage::ListFilter f;
    f.search = text;
    list.setFilter(f);
    if (list.page(0, 200).size() == 200 && !list.countReadsEveryRow())
        list.count();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: list_bench DB [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, QString::fromLatin1(argv[2]).toInt()) : 5;
    QElapsedTimer open;
    open.start();
    storage::Database db(QString::fromLocal8Bit(argv[1]));
    std::printf("database %s opened (and migrated) in %.1f s\n", argv[1], static_cast<double>(open.elapsed()) / 1000);
    {
        storage::RecordList all(db, students());
        std::printf("students listed: %lld; %d runs each, medians\n\n", static_cast<long long>(all.count()), runs);
    }

    // 1. Names searched: Latin, kana, kanji; a rare one and one found nowhere.
    for (const char *name : {"グエン", "Nguyễn", "Karimov", "王小", "Müller"}) {
        const QString text = QString::fromUtf8(name);
        listSearch(db, text); // warm
        report(QStringLiteral("search \"%1\" (count, first page)").arg(text), runsOf(runs, [&] { listSearch(db, text); }),
               runsOf(runs, [&] { likeSearch(db, text); }));
    }
    {
        // Typed a character at a time: the mean over the keystrokes.
        const QString text = QStringLiteral("Karimov");
        const auto typed = [&](const std::function<void(const QString &)> &search) {
            return runsOf(runs, [&] {
                for (qsizetype n = 1; n <= text.size(); ++n)
                    search(text.left(n));
            });
        };
        auto now = typed([&](const QString &t) { listSearch(db, t); });
        auto before = typed([&](const QString &t) { likeSearch(db, t); });
        for (double &m : now)
            m /= static_cast<double>(text.size());
        for (double &m : before)
            m /= static_cast<double>(text.size());
        report(QStringLiteral("search typed \"Karimov\", per keystroke"), now, before);
    }

    // 2. Sorted by a column: the first page, the last page (from the end against
    // OFFSET), and the page after one read (keyset against OFFSET).
    for (const char *field : {"family_name", "birth_date", "nationality", "student_no", "faculty"}) {
        for (const bool descending : {false, true}) {
            storage::ListFilter f;
            f.sortField = students().fieldIndex(QLatin1String(field));
            f.descending = descending;
            storage::RecordList list(db, students());
            list.setFilter(f);
            const qint64 n = list.count();
            const QString name = QStringLiteral("sort %1%2").arg(QLatin1String(field), descending ? QStringLiteral(" desc") : QString());
            report(name + QStringLiteral(": first page"), runsOf(runs, [&] {
                       list.setFilter(f);
                       list.page(0, 200);
                   }),
                   runsOf(runs, [&] { list.pageByOffset(0, 200); }));
            // The count is read when the list is (re)read, before any scrolling.
            report(name + QStringLiteral(": last page"), runsOf(runs, [&] {
                       list.setFilter(f);
                       list.count();
                   },
                   [&] { list.page(n - 200, 200); }),
                   runsOf(runs, [&] { list.pageByOffset(n - 200, 200); }));
            const qint64 middle = (n / 2 / 200) * 200;
            report(name + QStringLiteral(": next page at the middle"), runsOf(runs, [&] {
                       list.setFilter(f);
                       list.page(middle - 200, 200); // the page before, read as scrolling reads it
                   },
                   [&] { list.page(middle, 200); }),
                   runsOf(runs, [&] { list.pageByOffset(middle, 200); }));
        }
    }

    // 3. A column filter: nationality = VN, count and first page, and its end.
    {
        storage::ListFilter f;
        f.columns = {{students().fieldIndex(u"nationality"), QStringLiteral("VN")}};
        storage::RecordList list(db, students());
        list.setFilter(f);
        const qint64 n = list.count();
        report(QStringLiteral("filter nationality = VN: count, first page"), runsOf(runs, [&] {
                   list.setFilter(f);
                   list.page(0, 200);
                   list.count();
               }),
               runsOf(runs, [&] {
                   list.pageByOffset(0, 200);
                   list.count();
               }));
        report(QStringLiteral("filter nationality = VN: last page"), runsOf(runs, [&] {
                   list.setFilter(f);
                   list.count();
               },
               [&] { list.page(n - 200, 200); }),
               runsOf(runs, [&] { list.pageByOffset(n - 200, 200); }));
    }
    return 0;
}
