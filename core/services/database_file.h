#pragma once
// The database file's name, for the programs: without storage's headers.
#include <QString>

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

} // namespace kakehashi::services
