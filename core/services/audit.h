#pragma once
// Reading the audit trail, for the audit view: storage's queries behind a header
// that names no storage type (the ui reaches storage only through services).
#include "domain/date.h"

#include <QString>

#include <optional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

// Which entries: the same fields as storage::AuditFilter.
struct AuditQuery
{
    std::optional<Date> from; // on the date of `at`, inclusive
    std::optional<Date> to;
    QString user;             // exactly; empty for everyone
    QString kind;             // a kind of record (table name) exactly; empty for all
    QString key;              // a record's key exactly (needs kind); empty for all
    QString action;           // exactly; empty for all
    qint64 latest = 0;        // only the newest this many stored entries; 0 for all
};

class AuditService final
{
public:
    explicit AuditService(const storage::Database &db) : db_(db) {}

    // The rows of the audit CSV: at, user, action, kind, key, field, old, new.
    std::vector<std::vector<QString>> entries(const AuditQuery &query) const;
    // The number of stored entries the query matches (a created record is one).
    qint64 count(const AuditQuery &query) const;

private:
    const storage::Database &db_;
};

} // namespace kakehashi::services
