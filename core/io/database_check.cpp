#include "io/database_check.h"

#include "domain/kinds.h"
#include "io/csv.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "auth/auth.h"
#include "ledger/ledger.h"
#include "storage/audit_chain.h"
#include "storage/database.h"

#include <map>

namespace kakehashi::io {

CheckReport checkDatabase(storage::Database &db)
{
    CheckReport report;
    report.integrity = db.integrityProblems();
    report.foreignKeys = db.foreignKeyProblems();
    if (!report.integrity.isEmpty())
        return report; // a damaged file cannot be read reliably

    // Re-validation reuses the importer: each kind is exported and imported again
    // as a dry run, so every stored record meets exactly the rules a file must.
    for (const domain::Kind &kind : domain::kinds()) {
        const QByteArray csv = exportCsv(db, kind, Encoding::Utf8);
        ImportOptions dry;
        dry.encoding = Encoding::Utf8;
        dry.dryRun = true;
        dry.source = ImportOptions::Source::Stored;
        const ImportResult r = importCsv(db, kind, csv, dry);
        report.records += r.rows;
        if (r.problems.empty())
            continue;
        // Lines of the export back to record keys.
        const CsvDocument doc = parseCsv(QString::fromUtf8(csv));
        std::map<int, QString> keyAtLine;
        for (size_t i = 1; i < doc.records.size(); ++i) {
            domain::Values v(kind.fields.size());
            for (int k = 0; k < kind.keyFields && k < static_cast<int>(doc.records[i].fields.size()); ++k)
                v[static_cast<size_t>(k)] = doc.records[i].fields[static_cast<size_t>(k)];
            keyAtLine[doc.records[i].line] = domain::keyText(kind, v);
        }
        for (const ImportProblem &p : r.problems)
            report.rules << QStringLiteral("%1 %2: %3: %4")
                                .arg(QLatin1String(kind.name), keyAtLine[p.line], p.column, p.message);
    }
    // The subsidy ledger's hash chain.
    const ledger::VerifyResult v = ledger::Ledger(db).verify();
    if (!v.ok)
        report.ledger << QStringLiteral("the subsidy ledger was altered outside the program: %1").arg(v.problem);
    // The audit trail's chain, and the users table against what it recorded.
    report.audit = storage::verifyAuditChain(db).problems;
    report.users = auth::Users(db).tamperProblems();
    return report;
}

} // namespace kakehashi::io
