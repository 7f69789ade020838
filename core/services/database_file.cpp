#include "services/database_file.h"

#include "storage/calendar_store.h"
#include "storage/database.h"

namespace kakehashi::services {

QString defaultDatabasePath()
{
    return storage::defaultDatabasePath();
}

QString databasePath(const storage::Database &db)
{
    return db.path();
}

int schemaVersion(const storage::Database &db)
{
    return db.schemaVersion();
}

int latestSchemaVersion()
{
    return storage::Database::latestVersion();
}

} // namespace kakehashi::services
