#include "storage/copy.h"

#include "storage/audit_chain.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace kakehashi::storage {

namespace {

// In an order the references and triggers accept: records before attendance,
// attendance before the ledger (a posted month's attendance is closed), the
// audit trail in its own order. Tables a later version adds go last unless
// named here; audit_chain is made by the target's own trigger.
const char *const kTables[] = {
    "schools", "companies", "students", "internships", "attendance", "placements", "events", "participants",
    "vacations", "programme_rates", "calendar_overrides", "visa_rules", "visa_field_keywords", "student_visa_facts",
    "card_checks", "hire_notifications", "settings", "subsidy_budgets", "ledger_entries", "transfer_files",
    "transfer_entries", "approval_steps", "company_contacts", "activities", "users", "audit_log"};

// Rows the schema itself puts in (rates, the advisor's rules): replaced by the source's.
const char *const kSeeded[] = {"programme_rates", "visa_rules", "visa_field_keywords"};

bool isSeeded(const QString &t)
{
    for (const char *s : kSeeded)
        if (t == QLatin1String(s))
            return true;
    return false;
}

QStringList tablesOf(const Database &db)
{
    QSqlQuery q(db.connection());
    const QString sql = db.isServer()
                            ? QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                                             "current_schema() ORDER BY tablename")
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                             "'sqlite_%' ORDER BY name");
    if (!q.exec(sql))
        throw DatabaseError(q.lastError().text());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    if (!db.isServer()) {
        // A file's full-text index (a virtual table and its shadow tables) is
        // kept by triggers from the records: not copied, and not data.
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")))
            throw DatabaseError(q.lastError().text());
        while (q.next()) {
            const QString index = q.value(0).toString();
            out.removeIf([&](const QString &t) { return t == index || t.startsWith(index + QLatin1Char('_')); });
        }
    }
    return out;
}

QStringList columnsOf(const Database &db, const QString &table)
{
    QStringList out;
    const QSqlRecord r = db.connection().record(table);
    for (int i = 0; i < r.count(); ++i)
        out << r.fieldName(i);
    return out;
}

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        throw DatabaseError(q.lastError().text());
    return q.value(0).toLongLong();
}

QString quoted(const QString &column)
{
    return QLatin1Char('"') + column + QLatin1Char('"');
}

} // namespace

CopyResult copyDatabase(const Database &from, const Database &to)
{
    if (from.path() == to.path())
        throw DatabaseError(QStringLiteral("the target is the database itself"));
    const QStringList sourceTables = tablesOf(from);
    const QStringList targetTables = tablesOf(to);
    QStringList order;
    for (const char *t : kTables)
        if (sourceTables.contains(QLatin1String(t)) && targetTables.contains(QLatin1String(t)))
            order << QLatin1String(t);
    for (const QString &t : sourceTables)
        if (!order.contains(t) && targetTables.contains(t) && t != u"audit_chain" && t != u"kakehashi_schema")
            order << t;
    if (to.isServer())
        order.removeAll(QStringLiteral("users")); // logins are the server's roles

    // A consistent picture of the source: one read transaction.
    Transaction readTx(from);
    if (from.isServer())
        from.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    Transaction tx(to);
    if (to.isServer()) {
        to.exec(QStringLiteral("SET LOCAL kakehashi.copying = 'on'"));
        to.lockForTransaction(QStringLiteral("kakehashi-audit"));
    }
    for (const QString &t : order) {
        if (isSeeded(t))
            continue;
        if (count(to, t) > 0)
            throw DatabaseError(QStringLiteral("%1 already holds data (table %2): copy-to needs an empty database; "
                                               "nothing was copied")
                                    .arg(to.displayName(), t));
    }
    CopyResult result;
    for (const QString &t : order) {
        if (isSeeded(t))
            to.exec(QStringLiteral("DELETE FROM %1").arg(t));
        const QStringList sourceCols = columnsOf(from, t);
        const QStringList targetCols = columnsOf(to, t);
        QStringList cols;
        for (const QString &c : sourceCols)
            if (targetCols.contains(c))
                cols << c;
        QStringList quotedCols, marks;
        for (const QString &c : cols) {
            quotedCols << quoted(c);
            marks << QStringLiteral("?");
        }
        const QString list = quotedCols.join(QStringLiteral(", "));
        const bool hasId = cols.contains(QStringLiteral("id"));
        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        const QString orderBy = hasId ? QStringLiteral(" ORDER BY id")
                                      : (cols.contains(QStringLiteral("entry_no")) ? QStringLiteral(" ORDER BY entry_no")
                                                                                   : QString());
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(list, t, orderBy)))
            throw DatabaseError(QStringLiteral("%1: %2").arg(t, read.lastError().text()));
        Statement insert(to, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(t, list, marks.join(QStringLiteral(", "))));
        std::vector<QVariant> values(static_cast<size_t>(cols.size()));
        while (read.next()) {
            for (int i = 0; i < cols.size(); ++i)
                values[static_cast<size_t>(i)] = read.isNull(i) ? QVariant() : read.value(i);
            EncodedRows row(values);
            insert.bindRow(row, 0);
            try {
                insert.run();
            } catch (const DatabaseError &e) {
                throw DatabaseError(QStringLiteral("copying %1: %2").arg(t, e.message()));
            }
            ++result.rows;
        }
        ++result.tables;
        // A server's generated ids continue after the copied ones.
        if (to.isServer() && hasId && t != u"audit_log")
            to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) "
                                   "FROM %1")
                        .arg(t));
    }
    // The copy's audit trail, sealed by its own triggers, ends where the source's does.
    const AuditChainCheck source = verifyAuditChain(from);
    const AuditChainCheck copy = verifyAuditChain(to);
    if (copy.lastHash != source.lastHash || !copy.problems.isEmpty())
        throw DatabaseError(QStringLiteral("the copied audit trail does not end on the source's seal (%1 against %2); "
                                           "nothing was copied")
                                .arg(copy.lastHash, source.lastHash));
    tx.commit();
    readTx.commit();
    return result;
}

} // namespace kakehashi::storage
