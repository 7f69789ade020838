#include "storage/record_list.h"

#include "storage/database.h"
#include "storage/sql_text.h"

#include <QStringList>
#include <QVariant>

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
    const bool archivable = kind_.id != domain::KindId::Attendance && kind_.id != domain::KindId::Participants;
    if (archivable && !filter_.archived)
        where << QStringLiteral("r.archived = 0");
    if (!filter_.search.trimmed().isEmpty()) {
        QStringList any;
        for (int i = 0; i < kind_.size(); ++i) {
            const domain::Field &f = kind_.field(i);
            if (f.type == FieldType::Text || f.type == FieldType::Date || f.type == FieldType::Code)
                any << column(kind_, i) + QStringLiteral(" LIKE ? ESCAPE '\\'");
            if (f.references) {
                const QString name =
                    displayNameSql(*domain::kindByName(QString::fromLatin1(f.references)), referenceAlias(i));
                if (!name.isEmpty())
                    any << QStringLiteral("(%1) LIKE ? ESCAPE '\\'").arg(name);
            }
        }
        if (const QString own = displayNameSql(kind_, QStringLiteral("r")); !own.isEmpty())
            any << QStringLiteral("(%1) LIKE ? ESCAPE '\\'").arg(own);
        for (qsizetype i = 0; i < any.size(); ++i)
            binds.emplace_back(containsPattern(filter_.search.trimmed()));
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
            where << column(kind_, i) + QStringLiteral(" LIKE ? ESCAPE '\\'");
            binds.emplace_back(containsPattern(v).mid(1)); // a prefix: "2025-04" is April 2025
            break;
        default:
            if (f.references || i < kind_.keyFields) {
                where << column(kind_, i) + QStringLiteral(" = ?");
                binds.emplace_back(v);
            } else {
                where << column(kind_, i) + QStringLiteral(" LIKE ? ESCAPE '\\'");
                binds.emplace_back(containsPattern(v));
            }
        }
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

qint64 RecordList::count() const
{
    std::vector<QVariant> binds;
    const QString w = where(binds);
    // The joins matter only when the search reaches the referenced names.
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT count(*)") +
                              (filter_.search.trimmed().isEmpty() ? QStringLiteral(" FROM %1 r").arg(QLatin1String(kind_.name))
                                                                  : from()) +
                              w);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<ListRow> RecordList::page(qint64 offset, int limit) const
{
    QStringList cols{QStringLiteral("r.id")};
    const bool archivable = kind_.id != domain::KindId::Attendance && kind_.id != domain::KindId::Participants;
    cols << (archivable ? QStringLiteral("r.archived") : QStringLiteral("0"));
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
    const QString w = where(binds);
    const int sort = filter_.sortField >= 0 && filter_.sortField < kind_.size() ? filter_.sortField : 0;
    const QString dir = filter_.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT ") + cols.join(QStringLiteral(", ")) + from() + w +
                              QStringLiteral(" ORDER BY %1%2, r.id%2 LIMIT ? OFFSET ?").arg(column(kind_, sort), dir));
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
