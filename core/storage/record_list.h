#pragma once
// Any kind of record as a list for the ui: a count and random-access pages, with
// the search, the column filters and the order all done in SQL, so that a list
// of 100,000 records reads only the page on screen. Each reference is shown with
// the name of the record it names (the student's name beside student_no).
#include "domain/kinds.h"

#include <QString>
#include <QVariant>

#include <map>
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

    // Also kept, so that page() may read a page near the end from the end.
    qint64 count() const;
    // Whether count() would read every row of a large table: a search too short
    // for the kind's trigram index (one or two characters). A list then reads
    // its pages as they are scrolled to and counts no further.
    bool countReadsEveryRow() const;
    // Up to `limit` rows from position `offset` in the filter's order. Read by
    // keyset (after the last row of the page before, when that page was read),
    // or from the end in the reverse order when the offset is nearer the end
    // (the count known), else by OFFSET; the rows are the same either way.
    std::vector<ListRow> page(qint64 offset, int limit) const;
    // page() by OFFSET alone, for tests that compare the two.
    std::vector<ListRow> pageByOffset(qint64 offset, int limit) const;

private:
    struct Key
    {
        QVariant value; // the sort field's value (null sorts first on a file, last on a server)
        qint64 id = 0;
    };
    enum class Read { Offset, After, FromEnd };
    std::vector<ListRow> read(Read how, qint64 offset, int limit, const Key *after) const;
    QString from() const;
    QString where(std::vector<QVariant> &binds) const;
    int sortField() const;

    const Database &db_;
    const domain::Kind &kind_;
    ListFilter filter_;
    mutable qint64 count_ = -1;             // the last count(), -1 when none since the filter was set
    mutable std::map<qint64, Key> anchors_; // position → the key of the row just before it
};

// The SQL of a kind's display name for a row aliased `alias` (e.g. the student's
// "family given"), or empty when the kind has none beyond its key.
QString displayNameSql(const domain::Kind &kind, const QString &alias);

} // namespace kakehashi::storage
