#pragma once
// Any kind of record as a list for the ui: a count and random-access pages, with
// the search, the column filters and the order all done in SQL, so that a list
// of 100,000 records reads only the page on screen. Each reference is shown with
// the name of the record it names (the student's name beside student_no).
#include "domain/kinds.h"

#include <QString>

#include <vector>

namespace kakehashi::storage {

class Database;

struct ListFilter
{
    QString search;                          // part of any text field or referenced name
    std::vector<std::pair<int, QString>> columns; // field index → value (codes exactly, dates by prefix, else a part)
    bool archived = false;                   // show archived records too
    int sortField = 0;                       // field index
    bool descending = false;
};

struct ListRow
{
    qint64 id = 0;
    bool archived = false;
    domain::Values values;
    std::vector<QString> names; // per field: the referenced record's name ("" when none)
};

class RecordList final
{
public:
    RecordList(const Database &db, const domain::Kind &kind);

    const domain::Kind &kind() const { return kind_; }
    void setFilter(ListFilter filter);
    const ListFilter &filter() const { return filter_; }

    qint64 count() const;
    // Whether count() would read every row of a large table: a search too short
    // for the kind's trigram index (one or two characters). A list then reads
    // its pages as they are scrolled to and counts no further.
    bool countReadsEveryRow() const;
    // Up to `limit` rows from position `offset` in the filter's order.
    std::vector<ListRow> page(qint64 offset, int limit) const;

private:
    QString from() const;
    QString where(std::vector<QVariant> &binds) const;

    const Database &db_;
    const domain::Kind &kind_;
    ListFilter filter_;
};

// The SQL of a kind's display name for a row aliased `alias` (e.g. the student's
// "family given"), or empty when the kind has none beyond its key.
QString displayNameSql(const domain::Kind &kind, const QString &alias);

} // namespace kakehashi::storage
