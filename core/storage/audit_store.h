#pragma once
// Reading the audit trail (written by core/auth and the services).
#include "domain/date.h"

#include <QString>

#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;

struct AuditFilter
{
    std::optional<Date> from; // on the date of `at`, inclusive
    std::optional<Date> to;
    QString user;             // exactly; empty for everyone
};

// The rows of the audit CSV: at, user, action, kind, key, field, old, new.
std::vector<std::vector<QString>> auditEntries(const Database &db, const AuditFilter &filter);

} // namespace kakehashi::storage
