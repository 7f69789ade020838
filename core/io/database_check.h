#pragma once
// `check`: is the whole file sound? SQLite's integrity and foreign-key checks,
// then every record validated again by the same rules as an import, so that a
// file edited outside the program (or by an older version) is caught.
#include <QString>
#include <QStringList>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::io {

struct CheckReport
{
    QStringList integrity;  // from PRAGMA integrity_check
    QStringList foreignKeys;
    QStringList rules;      // "students ST0001: birth_date: message"
    QStringList ledger;     // the hash chain, when it does not verify
    QStringList audit;      // the audit trail's chain, when it does not verify
    QStringList users;      // the users table against the audit trail
    qint64 records = 0;
    bool ok() const { return integrity.isEmpty() && foreignKeys.isEmpty() && rules.isEmpty() && ledger.isEmpty() && audit.isEmpty() &&
                                users.isEmpty(); }
};

CheckReport checkDatabase(storage::Database &db);

} // namespace kakehashi::io
