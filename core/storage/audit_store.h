#pragma once
// The audit trail: written by core/auth and the services in the transaction of
// the change they record, read by the audit view and `audit export`.
#include "domain/date.h"
#include "domain/kinds.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;
class EncodedRows;
class Statement;

struct AuditFilter
{
    std::optional<Date> from; // on the date of `at`, inclusive
    std::optional<Date> to;
    QString user;             // exactly; empty for everyone
    QString kind;             // a kind of record (table name) exactly; empty for all
    QString key;              // a record's key exactly (needs kind); empty for all
    QString action;           // exactly; empty for all
    qint64 latest = 0;        // only the newest this many stored entries; 0 for all
};

// The rows of the audit CSV: at, user, action, kind, key, field, old, new. A
// created record is stored as one row holding all its fields and comes out here
// as one row per field that has a value.
std::vector<std::vector<QString>> auditEntries(const Database &db, const AuditFilter &filter);
// The number of stored entries the filter matches (a created record is one).
qint64 auditCount(const Database &db, const AuditFilter &filter);

// A stored value as the trail writes it (null stays null).
QVariant auditValue(const QVariant &value);

// Appends the audit rows of a change of one record (one per field whose value
// differs) to `out`, encoded for AuditLog::write. Callable on any thread.
void appendChanges(EncodedRows &out, const QString &at, const QString &user, const QString &action,
                   const domain::Kind &kind, const domain::Values &before, const domain::Values &after);

// Writes audit rows inside the caller's transaction.
class AuditLog final
{
public:
    AuditLog(const Database &db, QString user, QString at);
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    const QString &user() const { return user_; }
    const QString &at() const { return at_; }

    void add(const QString &action, const QString &kind, const QString &key, const QString &field = {},
             const QVariant &oldValue = {}, const QVariant &newValue = {});
    // The changed fields of one record.
    void changes(const QString &action, const domain::Kind &kind, const domain::Values &before,
                 const domain::Values &after);
    // Rows made by appendChanges.
    void write(const EncodedRows &rows);
    // One "create" row for each record of `kind` stored with a row id above
    // `afterId`, holding its fields as a JSON array in the kind's order, written
    // by SQLite in one statement.
    void creates(const domain::Kind &kind, qint64 afterId);
    // The highest row id of `kind` (0 when empty), to call before inserting.
    static qint64 lastId(const Database &db, const domain::Kind &kind);

private:
    const Database &db_;
    QString user_;
    QString at_;
    std::unique_ptr<Statement> insert_;
};

} // namespace kakehashi::storage
