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

} // namespace kakehashi::test
