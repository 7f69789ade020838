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

void withExistingDatabase(const QString &path, const std::function<void(storage::Database &)> &use)
{
    storage::Database db(path, {.migrateTo = -1, .mustExist = true});
    use(db);
}

} // namespace kakehashi::services
