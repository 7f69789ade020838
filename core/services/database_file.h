#pragma once
// The database file's name, for the programs: without storage's headers.
#include <QString>

#include <functional>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

// Where the database lives unless --db or $KAKEHASHI_DB say otherwise.
QString defaultDatabasePath();
// The file `db` has open.
QString databasePath(const storage::Database &db);
// The schema version of `db`, and the newest this program knows.
int schemaVersion(const storage::Database &db);
int latestSchemaVersion();
// Opens the existing database at `path` (migrated to the latest schema; a
// connection of its own, e.g. on a worker thread) for the length of `use`.
// Throws storage::DatabaseError (a kakehashi::Error) when it cannot.
void withExistingDatabase(const QString &path, const std::function<void(storage::Database &)> &use);

} // namespace kakehashi::services
