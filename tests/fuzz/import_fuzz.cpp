// libFuzzer harness: any bytes as a file of any kind into the importer (dry run)
// against a small database. Every input must end in a result, never a crash, and
// a refused file names a line that exists.
#include "domain/kinds.h"
#include "io/importer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

kakehashi::storage::Database *database()
{
    static int argc = 1;
    static char name[] = "import_fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static kakehashi::storage::Database db(dir.filePath(QStringLiteral("fuzz.sqlite3")));
    static bool seeded = false;
    if (!seeded) {
        seeded = true;
        using kakehashi::domain::kindByName;
        const char *const seed[][2] = {
            {"schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n"},
            {"companies", "code,name,industry,sme_category,prefecture\nC1,精工,E,general,13\n"},
            {"students", "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,"
                         "enrolled_on\nST1,阮,文安,2000-01-01,VN,S1,sme_internship,2025,2025-04-01\n"},
            {"internships", "internship_no,student_no,company_code,start_date,end_date\nI1,ST1,C1,2025-10-01,2026-03-31\n"},
            {"events", "event_no,kind,title,date\nE1,job_fair,説明会,2025-11-01\n"}};
        for (const auto &s : seed)
            if (!kakehashi::io::importCsv(db, *kindByName(QString::fromLatin1(s[0])), QByteArray(s[1])).ok())
                std::abort();
    }
    return &db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    kakehashi::storage::Database *db = database();
    const auto kinds = kakehashi::domain::kinds();
    const auto &kind = kinds[data[0] % kinds.size()];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    kakehashi::io::ImportOptions options;
    options.dryRun = true;
    const auto result = kakehashi::io::importCsv(*db, kind, bytes, options);
    const qsizetype lines = bytes.count('\n') + 2;
    for (const auto &p : result.problems)
        if (p.line < 1 || p.line > lines || p.column.isEmpty() || p.message.isEmpty())
            std::abort();
    return 0;
}
