#include "storage/record_list.h"

#include "domain/codes.h"
#include "storage/database.h"
#include "storage/record_store.h"
#include "storage/sql_text.h"

#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace kakehashi::storage {

namespace {

using domain::FieldType;

QString column(const domain::Kind &kind, int i)
{
    return QStringLiteral("r.") + QLatin1String(kind.field(i).name);
}

QString referenceAlias(int i)
{
    return QStringLiteral("f%1").arg(i);
}

// The key column of a referenced table: its first field.
QString referencedKey(const char *table)
{
    return QLatin1String(domain::kindByName(QString::fromLatin1(table))->fields[0].name);
}

// Whether a search for `text` can match a field. Every column searched costs a
// LIKE on each of 100,000 rows, so the columns that cannot hold the text are
// left out: a code column holds a code of its list (the schema checks it), a
// date is stored as YYYY-MM-DD; a name cannot be part of either. (Qt's case
// folding is wider than LIKE's, so that a code column is kept when in doubt.)
bool searchable(const domain::Field &f, const QString &text)
{
    switch (f.type) {
    case FieldType::Text: return true;
    case FieldType::Code:
        return std::any_of(f.codes->codes.begin(), f.codes->codes.end(), [&](const codes::Code &c) {
            return QLatin1String(c.code).contains(text, Qt::CaseInsensitive);
        });
    case FieldType::Date:
        return std::all_of(text.begin(), text.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || c == u'-'; });
    default: return false;
    }
}

// Whether the text can match the record's display name (displayNameSql) without
// matching one of the fields it is made of, which are searched each: only across
// the separator between them.
bool searchDisplayName(const domain::Kind &kind, const QString &text)
{
    switch (kind.id) {
    case domain::KindId::Students: // family || ' ' || given
        return text.contains(u' ');
    case domain::KindId::Internships: // student_no || ' @ ' || company_code
        return text.contains(u' ') || text.contains(u'@');
    default: // a single field (name, title)
        return false;
    }
}

// The fields of a kind whose text is in its search index (migration 016:
// students_search on a file, the trigram index on the server), or none.
const std::vector<QLatin1String> &indexedSearchFields(const domain::Kind &kind)
{
    static const std::vector<QLatin1String> students{
        QLatin1String("student_no"), QLatin1String("family_name"),     QLatin1String("given_name"),
        QLatin1String("name_kana"),  QLatin1String("home_university"), QLatin1String("school_code"),
        QLatin1String("faculty"),    QLatin1String("email"),           QLatin1String("residence_card_no")};
    static const std::vector<QLatin1String> none;
    return kind.id == domain::KindId::Students ? students : none;
}

// Whether a search can be answered by the trigram index: three characters or
// more (a trigram index finds no shorter text), and none of LIKE's own
// characters (an FTS5 LIKE takes no ESCAPE).
bool indexable(const QString &text)
{
    if (text.toUcs4().size() < 3)
        return false;
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        return c == u'%' || c == u'_' || c == u'\\' || c.unicode() < 0x20;
    });
}

} // namespace

QString displayNameSql(const domain::Kind &kind, const QString &alias)
{
    switch (kind.id) {
    case domain::KindId::Students:
        return QStringLiteral("%1.family_name || ' ' || %1.given_name").arg(alias);
    case domain::KindId::Schools:
    case domain::KindId::Companies:
        return QStringLiteral("%1.name").arg(alias);
    case domain::KindId::Events:
        return QStringLiteral("%1.title").arg(alias);
    case domain::KindId::Internships:
        return QStringLiteral("%1.student_no || ' @ ' || %1.company_code").arg(alias);
    default:
        return {};
    }
}

RecordList::RecordList(const Database &db, const domain::Kind &kind)
    : db_(db)
    , kind_(kind)
{
}

void RecordList::setFilter(ListFilter filter)
{
    filter_ = std::move(filter);
    count_ = -1;
    anchors_.clear();
}

int RecordList::sortField() const
{
    return filter_.sortField >= 0 && filter_.sortField < kind_.size() ? filter_.sortField : 0;
}

QString RecordList::from() const
{
    // Names and tables come from the fixed description of the kinds, never from input.
    QString sql = QStringLiteral(" FROM %1 r").arg(QLatin1String(kind_.name));
    for (int i = 0; i < kind_.size(); ++i) {
        const domain::Field &f = kind_.field(i);
        if (!f.references || displayNameSql(*domain::kindByName(QString::fromLatin1(f.references)), {}).isEmpty())
            continue;
        sql += QStringLiteral(" LEFT JOIN %1 %2 ON %2.%3 = r.%4")
                   .arg(QLatin1String(f.references), referenceAlias(i), referencedKey(f.references),
                        QLatin1String(f.name));
    }
    return sql;
}

QString RecordList::where(std::vector<QVariant> &binds) const
{
    QStringList where;
    if (RecordStore::versioned(kind_) && !filter_.archived)
        where << QStringLiteral("r.archived = 0");
    if (const QString text = filter_.search.trimmed(); !text.isEmpty()) {
        QStringList any;
        // The fields in the kind's trigram index, and its display name, are
        // searched through the index at once (one LIKE on their joined text).
        const std::vector<QLatin1String> &indexed = indexable(text) ? indexedSearchFields(kind_) : std::vector<QLatin1String>{};
        if (!indexed.empty()) {
            if (db_.isServer()) {
                QStringList args;
                for (const QLatin1String &name : indexed)
                    args << QStringLiteral("r.") + name;
                any << db_.likeSql(QStringLiteral("kakehashi_students_search_text(%1)").arg(args.join(QStringLiteral(", "))));
            } else {
                any << QStringLiteral("r.id IN (SELECT rowid FROM students_search WHERE search_text LIKE ?)");
            }
        }
        for (int i = 0; i < kind_.size(); ++i) {
            const domain::Field &f = kind_.field(i);
            const bool inIndex = std::find(indexed.begin(), indexed.end(), QLatin1String(f.name)) != indexed.end();
            if (searchable(f, text) && !inIndex)
                any << db_.likeSql(column(kind_, i));
            if (f.references) {
                // The referenced records whose name matches, found once, rather than a
                // join and a LIKE on every row: the count needs no join at all.
                const domain::Kind &referenced = *domain::kindByName(QString::fromLatin1(f.references));
                const QString name = displayNameSql(referenced, QStringLiteral("n"));
                if (!name.isEmpty())
                    any << QStringLiteral("%1 IN (SELECT n.%2 FROM %3 n WHERE %4)")
                               .arg(column(kind_, i), referencedKey(f.references), QLatin1String(f.references),
                                    db_.likeSql(QLatin1Char('(') + name + QLatin1Char(')')));
            }
        }
        if (searchDisplayName(kind_, text) && indexed.empty())
            any << db_.likeSql(QLatin1Char('(') + displayNameSql(kind_, QStringLiteral("r")) + QLatin1Char(')'));
        for (qsizetype i = 0; i < any.size(); ++i)
            binds.emplace_back(containsPattern(text));
        if (any.isEmpty())
            any << QStringLiteral("1 = 0");
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    for (const auto &[i, value] : filter_.columns) {
        if (i < 0 || i >= kind_.size() || value.trimmed().isEmpty())
            continue;
        const domain::Field &f = kind_.field(i);
        const QString v = value.trimmed();
        switch (f.type) {
        case FieldType::Code:
        case FieldType::Bool:
        case FieldType::Integer:
        case FieldType::Prefecture:
        case FieldType::Country:
            where << column(kind_, i) + QStringLiteral(" = ?");
            if (f.type == FieldType::Bool || f.type == FieldType::Integer)
                binds.emplace_back(v.toLongLong());
            else
                binds.emplace_back(v);
            break;
        case FieldType::Date:
            where << db_.likeSql(column(kind_, i));
            binds.emplace_back(containsPattern(v).mid(1)); // a prefix: "2025-04" is April 2025
            break;
        default:
            if (f.references || i < kind_.keyFields) {
                where << column(kind_, i) + QStringLiteral(" = ?");
                binds.emplace_back(v);
            } else {
                where << db_.likeSql(column(kind_, i));
                binds.emplace_back(containsPattern(v));
            }
        }
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

bool RecordList::countReadsEveryRow() const
{
    const QString text = filter_.search.trimmed();
    return !text.isEmpty() && !indexedSearchFields(kind_).empty() && !indexable(text);
}

qint64 RecordList::count() const
{
    std::vector<QVariant> binds;
    const QString w = where(binds);
    // The filter reads the row's own columns only: no joins.
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT count(*) FROM %1 r").arg(QLatin1String(kind_.name)) + w);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    Database::exec(q);
    count_ = q.next() ? q.value(0).toLongLong() : 0;
    return count_;
}

std::vector<ListRow> RecordList::page(qint64 offset, int limit) const
{
    std::vector<ListRow> rows;
    if (offset <= 0 || limit <= 0) {
        rows = read(Read::Offset, 0, limit, nullptr);
    } else if (const auto a = anchors_.find(offset); a != anchors_.end()) {
        rows = read(Read::After, 0, limit, &a->second);
    } else if (count_ >= 0 && offset < count_ && count_ - offset - limit < offset) {
        // Nearer the end: the rows after it skipped from the end instead.
        const qint64 n = std::min<qint64>(limit, count_ - offset);
        rows = read(Read::FromEnd, count_ - offset - n, static_cast<int>(n), nullptr);
    } else {
        rows = read(Read::Offset, offset, limit, nullptr);
    }
    if (rows.size() == static_cast<size_t>(limit) && limit > 0) {
        const ListRow &last = rows.back();
        anchors_[offset + limit] = Key{last.values[static_cast<size_t>(sortField())], last.id};
    }
    return rows;
}

std::vector<ListRow> RecordList::pageByOffset(qint64 offset, int limit) const
{
    return read(Read::Offset, std::max<qint64>(offset, 0), limit, nullptr);
}

std::vector<ListRow> RecordList::read(Read how, qint64 offset, int limit, const Key *after) const
{
    QStringList cols{QStringLiteral("r.id")};
    cols << (RecordStore::versioned(kind_) ? QStringLiteral("r.archived") : QStringLiteral("0"));
    for (int i = 0; i < kind_.size(); ++i)
        cols << column(kind_, i);
    std::vector<int> named;
    for (int i = 0; i < kind_.size(); ++i) {
        const domain::Field &f = kind_.field(i);
        if (!f.references)
            continue;
        const QString name = displayNameSql(*domain::kindByName(QString::fromLatin1(f.references)), referenceAlias(i));
        if (name.isEmpty())
            continue;
        cols << name;
        named.push_back(i);
    }
    std::vector<QVariant> binds;
    QString w = where(binds);
    const int sort = sortField();
    const QString dir = filter_.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString order = QStringLiteral(" ORDER BY %1%2, r.id%2").arg(column(kind_, sort), dir);
    const QString reverse = filter_.descending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString innerOrder = how == Read::FromEnd ? QStringLiteral(" ORDER BY %1%2, r.id%2").arg(column(kind_, sort), reverse)
                                                    : order;
    if (how == Read::After && after) {
        // The rows after `after` in the order (value, id), NULLs where each
        // backend sorts them: first on a file going up, first on a server going down.
        const QString x = column(kind_, sort);
        const QString op = filter_.descending ? QStringLiteral("<") : QStringLiteral(">");
        const bool nullsFirst = db_.isServer() ? filter_.descending : !filter_.descending;
        QString cond;
        if (after->value.isNull()) {
            cond = QStringLiteral("(%1 IS NULL AND r.id %2 ?)").arg(x, op);
            if (nullsFirst)
                cond = QStringLiteral("(%1 OR %2 IS NOT NULL)").arg(cond, x);
            binds.emplace_back(after->id);
        } else {
            // The range first, so that an index on the column serves it.
            cond = QStringLiteral("(%1 %2= ? AND (%1 %2 ? OR r.id %2 ?))").arg(x, op);
            if (!nullsFirst)
                cond = QStringLiteral("(%1 OR %2 IS NULL)").arg(cond, x);
            binds.emplace_back(after->value);
            binds.emplace_back(after->value);
            binds.emplace_back(after->id);
        }
        w = w.isEmpty() ? QStringLiteral(" WHERE ") + cond : w + QStringLiteral(" AND ") + cond;
    }
    // The page's ids first, from the table alone, and only then its rows with the
    // joined names: the rows skipped to reach the offset, or sorted to find it,
    // are neither joined nor read whole (the end of a list sorted by a column
    // without an index sorts 100,000 ids rather than 100,000 whole rows).
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT ") + cols.join(QStringLiteral(", ")) + from() +
                              QStringLiteral(" WHERE r.id IN (SELECT r.id FROM %1 r").arg(QLatin1String(kind_.name)) + w +
                              innerOrder + QStringLiteral(" LIMIT ? OFFSET ?)") + order);
    q.setForwardOnly(true);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    Database::exec(q);
    std::vector<ListRow> out;
    out.reserve(static_cast<size_t>(limit));
    while (q.next()) {
        ListRow r;
        r.id = q.value(0).toLongLong();
        r.archived = q.value(1).toLongLong() != 0;
        r.values.resize(kind_.fields.size());
        r.names.resize(kind_.fields.size());
        for (int i = 0; i < kind_.size(); ++i)
            r.values[static_cast<size_t>(i)] = q.isNull(i + 2) ? QVariant() : q.value(i + 2);
        for (size_t n = 0; n < named.size(); ++n)
            r.names[static_cast<size_t>(named[n])] = q.value(2 + kind_.size() + static_cast<int>(n)).toString();
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace kakehashi::storage
