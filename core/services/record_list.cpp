#include "services/record_list.h"

#include "storage/database.h"

#include <limits>

namespace kakehashi::services {

FirstPage readFirstPage(const RecordList &list, int pageSize)
{
    FirstPage first;
    first.rows = list.page(0, pageSize);
    if (first.rows.size() < static_cast<size_t>(pageSize))
        first.count = static_cast<qint64>(first.rows.size());
    else if (list.countReadsEveryRow())
        first.count = pageSize, first.partial = true;
    else
        first.count = list.count();
    return first;
}

std::optional<ListReader::Source> ListReader::source(const storage::Database &db)
{
    if (!db.isServer() && (db.path().isEmpty() || db.path() == QLatin1String(":memory:")))
        return std::nullopt;
    return Source{&db, db.schemaVersion()};
}

ListReader::ListReader(const Source &source)
    : db_(source.db->openAnother({.migrateTo = source.schemaVersion, .mustExist = true}))
{
}

ListReader::~ListReader() = default;

FirstPage ListReader::read(const domain::Kind &kind, const ListFilter &filter, int pageSize) const
{
    RecordList list(*db_, kind);
    list.setFilter(filter);
    return readFirstPage(list, pageSize);
}

} // namespace kakehashi::services
