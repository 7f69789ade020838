#pragma once
// Any kind of record as a list for the ui (storage::RecordList: a count and
// pages, the search, the filters and the order done in SQL), by the names the
// ui uses. A step on the way to a header that names no storage type.
#include "storage/record_list.h"

#include <memory>
#include <optional>

namespace kakehashi::services {

using ListFilter = storage::ListFilter;
using ListRow = storage::ListRow;
using RecordList = storage::RecordList;

// What a list shows first: its first page and how many rows it has.
struct FirstPage
{
    std::vector<ListRow> rows;
    qint64 count = 0;     // the whole list, or the rows read so far when partial
    bool partial = false; // a short search, read page by page as it is scrolled and not counted
};

// The first page before the count: when it is not full it is all there is and
// the count (a second pass over the table for a search) is not needed; a search
// too short for the trigram index is not counted at all.
FirstPage readFirstPage(const RecordList &list, int pageSize);

// Reads lists on a connection of its own, so that a thread other than the GUI's
// may read them (a file in WAL mode lets it read beside the GUI's connection; a
// server gives it a second session). Construct it and call read() in the thread
// that uses it: a Qt connection belongs to the thread that opened it.
class ListReader final
{
public:
    // What a reader needs to open its connection in another thread, taken in
    // `db`'s thread: none for an in-memory database (it has no other connection).
    struct Source
    {
        const storage::Database *db = nullptr;
        int schemaVersion = 0;
    };
    static std::optional<Source> source(const storage::Database &db);

    // Opens another connection to the source's database with the same login, at
    // its schema version. Throws storage::DatabaseError when it cannot.
    explicit ListReader(const Source &source);
    ~ListReader();
    ListReader(const ListReader &) = delete;
    ListReader &operator=(const ListReader &) = delete;

    FirstPage read(const domain::Kind &kind, const ListFilter &filter, int pageSize) const;

private:
    std::unique_ptr<storage::Database> db_;
};

} // namespace kakehashi::services
