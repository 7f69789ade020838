#include "storage/record_store.h"
#include "storage/sql_text.h"

#include "storage/database.h"
#include "storage/record_list.h"
#include "storage/statement.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <map>

namespace kakehashi::storage {

namespace {

QString table(const domain::Kind &k)
{
    // Kind names are the table names; they come from the fixed list, never from input.
    return QLatin1String(k.name);
}

QStringList columns(const domain::Kind &k)
{
    QStringList c;
    for (const domain::Field &f : k.fields)
        c << QLatin1String(f.name);
    return c;
}

// A record's key columns; for ORDER BY, with NULLs first as SQLite sorts them
// (a server sorts them last unless told), so that exports are equal on both.
QString keyColumns(const domain::Kind &k, bool forOrder = false)
{
    QStringList c;
    for (int i = 0; i < k.keyFields; ++i)
        c << QLatin1String(k.fields[static_cast<size_t>(i)].name) + (forOrder ? QStringLiteral(" NULLS FIRST") : QString());
    return c.join(QStringLiteral(", "));
}

} // namespace

struct RecordStore::Statements
{
    std::map<domain::KindId, std::unique_ptr<Statement>> insert;
    std::map<domain::KindId, std::unique_ptr<Statement>> update;
};

RecordStore::RecordStore(const Database &db)
    : db_(db)
    , st_(std::make_unique<Statements>())
{
}

RecordStore::~RecordStore() = default;

QString RecordStore::mapKey(const domain::Kind &kind, const domain::Values &values)
{
    if (kind.keyFields == 1)
        return values[0].toString();
    QString k;
    for (int i = 0; i < kind.keyFields; ++i) {
        if (i)
            k.append(QChar(0x1f));
        k.append(values[static_cast<size_t>(i)].toString());
    }
    return k;
}

QHash<QString, qint64> RecordStore::keyIds(const domain::Kind &kind) const
{
    QHash<QString, qint64> out;
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT id, %1 FROM %2").arg(keyColumns(kind), table(kind)));
    q.setForwardOnly(true);
    Database::exec(q);
    domain::Values key(static_cast<size_t>(kind.keyFields));
    while (q.next()) {
        for (int i = 0; i < kind.keyFields; ++i)
            key[static_cast<size_t>(i)] = q.value(i + 1);
        out.insert(mapKey(kind, key), q.value(0).toLongLong());
    }
    return out;
}

QSet<QString> RecordStore::keys(const domain::Kind &kind) const
{
    QSet<QString> out;
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM %2").arg(QLatin1String(kind.fields[0].name), table(kind)));
    q.setForwardOnly(true);
    Database::exec(q);
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

domain::Values RecordStore::load(const domain::Kind &kind, qint64 id) const
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns(kind).join(QStringLiteral(", ")), table(kind)));
    q.addBindValue(id);
    Database::exec(q);
    domain::Values v(kind.fields.size());
    if (q.next())
        for (int i = 0; i < kind.size(); ++i)
            v[static_cast<size_t>(i)] = q.isNull(i) ? QVariant() : q.value(i);
    return v;
}

qint64 RecordStore::count(const domain::Kind &kind) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table(kind)));
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool RecordStore::versioned(const domain::Kind &kind)
{
    return kind.id != domain::KindId::Attendance && kind.id != domain::KindId::Participants;
}

std::optional<StoredRecord> RecordStore::find(const domain::Kind &kind, const domain::Values &key) const
{
    QStringList where;
    for (int i = 0; i < kind.keyFields; ++i)
        where << QStringLiteral("%1 IS NOT DISTINCT FROM ?").arg(QLatin1String(kind.field(i).name));
    const QString extra = versioned(kind) ? QStringLiteral("row_version, archived") : QStringLiteral("0, 0");
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT id, %1, %2 FROM %3 WHERE %4")
                                  .arg(extra, columns(kind).join(QStringLiteral(", ")), table(kind),
                                       where.join(QStringLiteral(" AND "))));
    for (int i = 0; i < kind.keyFields; ++i) {
        const QVariant &v = key[static_cast<size_t>(i)];
        q.addBindValue(v.isNull() || v.toString().isEmpty() ? QVariant() : v);
    }
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    StoredRecord r;
    r.id = q.value(0).toLongLong();
    r.version = q.value(1).toLongLong();
    r.archived = q.value(2).toLongLong() != 0;
    r.values.resize(kind.fields.size());
    for (int i = 0; i < kind.size(); ++i)
        r.values[static_cast<size_t>(i)] = q.isNull(i + 3) ? QVariant() : q.value(i + 3);
    return r;
}

QString RecordStore::displayName(const domain::Kind &kind, const QString &key) const
{
    const QString name = displayNameSql(kind, QStringLiteral("n"));
    if (name.isEmpty())
        return {};
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM %2 n WHERE n.%3 = ?")
                                  .arg(name, table(kind), QLatin1String(kind.fields[0].name)));
    q.addBindValue(key);
    Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

std::vector<std::pair<QString, QString>> RecordStore::suggestions(const domain::Kind &kind, const QString &text,
                                                                  int limit) const
{
    std::vector<std::pair<QString, QString>> out;
    const QString name = displayNameSql(kind, QStringLiteral("n"));
    const QString key = QStringLiteral("n.") + QLatin1String(kind.fields[0].name);
    const QString named = name.isEmpty() ? QStringLiteral("''") : name;
    const QString pattern = containsPattern(text.trimmed().toLower());
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1, %2 FROM %3 n WHERE %4(lower(%1) LIKE ? ESCAPE '\\' OR "
                                             "lower(%2) LIKE ? ESCAPE '\\') ORDER BY lower(%1) LIKE ? ESCAPE '\\' DESC, %1 "
                                             "LIMIT ?")
                                  .arg(key, named, table(kind),
                                       versioned(kind) ? QStringLiteral("n.archived = 0 AND ") : QString()));
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    q.addBindValue(pattern.mid(1)); // keys that start with the text first
    q.addBindValue(limit);
    Database::exec(q);
    while (q.next())
        out.emplace_back(q.value(0).toString(), q.value(1).toString());
    return out;
}

void RecordStore::setArchived(const domain::Kind &kind, qint64 id, bool archived)
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("UPDATE %1 SET archived = ?, row_version = row_version + 1 WHERE id = ?").arg(table(kind)));
    q.addBindValue(archived ? 1 : 0);
    q.addBindValue(id);
    Database::exec(q);
}

void RecordStore::insert(const domain::Kind &kind, const domain::Values &values)
{
    insert(kind, EncodedRows(values), 0);
}

void RecordStore::update(const domain::Kind &kind, qint64 id, const domain::Values &values)
{
    update(kind, id, EncodedRows(values), 0);
}

void RecordStore::insert(const domain::Kind &kind, const EncodedRows &rows, size_t row)
{
    auto it = st_->insert.find(kind.id);
    if (it == st_->insert.end()) {
        const QStringList cols = columns(kind);
        QStringList marks;
        for (int i = 0; i < cols.size(); ++i)
            marks << QStringLiteral("?");
        it = st_->insert
                 .emplace(kind.id, std::make_unique<Statement>(
                                       db_, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                .arg(table(kind), cols.join(QStringLiteral(", ")),
                                                     marks.join(QStringLiteral(", ")))))
                 .first;
    }
    Statement &q = *it->second;
    q.bindRow(rows, row);
    q.run();
}

void RecordStore::insertMany(const domain::Kind &kind, const EncodedRows &rows, const std::vector<size_t> &which)
{
    if (which.empty())
        return;
    if (!db_.isServer()) {
        for (const size_t row : which)
            insert(kind, rows, row);
        return;
    }
    CopyIn copy(db_, table(kind), columns(kind));
    for (const size_t row : which)
        copy.add(rows, row);
    copy.finish();
}

void RecordStore::update(const domain::Kind &kind, qint64 id, const EncodedRows &rows, size_t row)
{
    auto it = st_->update.find(kind.id);
    if (it == st_->update.end()) {
        QStringList sets;
        for (const QString &c : columns(kind))
            sets << c + QStringLiteral(" = ?");
        if (versioned(kind))
            sets << QStringLiteral("row_version = row_version + 1");
        it = st_->update
                 .emplace(kind.id, std::make_unique<Statement>(
                                       db_, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                                .arg(table(kind), sets.join(QStringLiteral(", ")))))
                 .first;
    }
    Statement &q = *it->second;
    q.bindRow(rows, row);
    q.bindInt(kind.size(), id);
    q.run();
}

void RecordStore::forEach(const domain::Kind &kind, const std::function<void(const domain::Values &)> &f) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                  .arg(columns(kind).join(QStringLiteral(", ")), table(kind), keyColumns(kind, true)));
    q.setForwardOnly(true);
    Database::exec(q);
    domain::Values v(kind.fields.size());
    while (q.next()) {
        for (int i = 0; i < kind.size(); ++i)
            v[static_cast<size_t>(i)] = q.isNull(i) ? QVariant() : q.value(i);
        f(v);
    }
}

std::vector<InternshipPeriod> RecordStore::internshipPeriods() const
{
    std::vector<InternshipPeriod> out;
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT internship_no, student_no, start_date, end_date, status FROM internships"));
    q.setForwardOnly(true);
    Database::exec(q);
    while (q.next()) {
        const auto s = parseDate(q.value(2).toString());
        const auto e = parseDate(q.value(3).toString());
        if (!s || !e)
            continue;
        out.push_back({q.value(0).toString(), q.value(1).toString(), *s, *e, q.value(4).toString() == u"cancelled"});
    }
    return out;
}

std::vector<VacationPeriod> RecordStore::vacationPeriods() const
{
    std::vector<VacationPeriod> out;
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT school_code, start_date, end_date, name FROM vacations ORDER BY school_code, start_date"));
    q.setForwardOnly(true);
    Database::exec(q);
    while (q.next()) {
        const auto s = parseDate(q.value(1).toString());
        const auto e = parseDate(q.value(2).toString());
        if (s && e)
            out.push_back({q.value(0).toString(), *s, *e, q.value(3).toString()});
    }
    return out;
}

std::optional<QString> RecordStore::attendanceOutside(const QString &internshipNo, const Date &start,
                                                      const Date &end) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT min(date) FROM attendance WHERE internship_no = ? AND "
                                             "(date < ? OR date > ?)"));
    q.addBindValue(internshipNo);
    q.addBindValue(isoDateQ(start));
    q.addBindValue(isoDateQ(end));
    Database::exec(q);
    if (q.next() && !q.isNull(0))
        return q.value(0).toString();
    return std::nullopt;
}

} // namespace kakehashi::storage
