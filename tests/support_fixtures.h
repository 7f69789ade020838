#pragma once
// Fixtures for every test layer: a small CSV imported as a user would import it.
#include "domain/kinds.h"
#include "io/importer.h"

#include <QStringList>

namespace kakehashi::test {

// Imports `csv` as a file of `kind`; returns the problems as
// "kind:LINE: COLUMN: message" lines, empty when it was imported.
inline QString importFixture(storage::Database &db, const char *kind, const QByteArray &csv)
{
    const auto r = io::importCsv(db, *domain::kindByName(QString::fromLatin1(kind)), csv);
    QStringList problems;
    for (const auto &p : r.problems)
        problems << io::formatProblem(QString::fromLatin1(kind), p);
    return problems.join(QLatin1Char('\n'));
}

// For the widget tests: a fixture that does not import stops the test program.
inline void loadOrAbort(storage::Database &db, const char *kind, const QByteArray &csv)
{
    const QString problems = importFixture(db, kind, csv);
    if (!problems.isEmpty())
        qFatal("fixture: %s", qPrintable(problems));
}

// The widget tests' small world: school S1, company C1, students ST1 (SME
// internship programme, graduating 2026-03-31) and ST2 (another programme).
inline void loadBasics(storage::Database &db)
{
    loadOrAbort(db, "schools", "code,name,establishment,school_type,prefecture\nS1,東京大学,national,university,13\n");
    loadOrAbort(db, "companies", "code,name,industry,sme_category,prefecture\nC1,株式会社かけはし,E,general,13\n");
    loadOrAbort(db, "students",
                "student_no,family_name,given_name,birth_date,nationality,school_code,programme,cohort_fy,enrolled_on,"
                "graduation_date\nST1,阮,文安,2002-01-01,VN,S1,sme_internship,2025,2025-04-01,2026-03-31\n"
                "ST2,Kim,Minjun,2002-01-01,KR,S1,issn_network,2025,2025-04-01,2026-03-31\n");
}

} // namespace kakehashi::test
