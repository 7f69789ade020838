#include "storage/audit_store.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QStringList>
#include <QVariant>

namespace kakehashi::storage {

namespace {

const QString kAllFields = QStringLiteral("*");

// The record's key in SQL, as domain::keyText writes it: key fields with a value, joined by spaces.
QString keySql(const domain::Kind &kind)
{
    QString sql = QLatin1String(kind.fields[0].name);
    for (int i = 1; i < kind.keyFields; ++i)
        sql += QStringLiteral(" || coalesce(' ' || nullif(%1, ''), '')").arg(QLatin1String(kind.field(i).name));
    return sql;
}

} // namespace

QVariant auditValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

void appendChanges(EncodedRows &out, const QString &at, const QString &user, const QString &action,
                   const domain::Kind &kind, const domain::Values &before, const domain::Values &after)
{
    const QString key = domain::keyText(kind, after);
    for (int i = 0; i < kind.size(); ++i) {
        const QVariant o = auditValue(before[static_cast<size_t>(i)]);
        const QVariant n = auditValue(after[static_cast<size_t>(i)]);
        if (o == n)
            continue;
        out.append({at, user, action, QLatin1String(kind.name), key, QLatin1String(kind.field(i).name), o, n});
    }
}

AuditLog::AuditLog(const Database &db, QString user, QString at)
    : db_(db)
    , user_(std::move(user))
    , at_(std::move(at))
    , insert_(std::make_unique<Statement>(
          db, db.isServer()
                  // On a server every role appends through one function, which
                  // names the session's user (an auditor may change no table).
                  ? QStringLiteral("SELECT kakehashi_audit(?, ?, ?, ?, ?, ?, ?, ?)")
                  : QStringLiteral("INSERT INTO audit_log (at, \"user\", action, kind, key, field, old, new) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
{
}

AuditLog::~AuditLog() = default;

void AuditLog::add(const QString &action, const QString &kind, const QString &key, const QString &field,
                   const QVariant &oldValue, const QVariant &newValue)
{
    // The text columns hold "" for none; old and new may be null.
    const auto text = [](const QString &v) { return v.isNull() ? QStringLiteral("") : v; };
    EncodedRows row({at_, user_, action, text(kind), text(key), text(field), oldValue, newValue});
    insert_->bindRow(row, 0);
    insert_->run();
}

void AuditLog::changes(const QString &action, const domain::Kind &kind, const domain::Values &before,
                       const domain::Values &after)
{
    EncodedRows rows;
    appendChanges(rows, at_, user_, action, kind, before, after);
    write(rows);
}

void AuditLog::write(const EncodedRows &rows)
{
    if (db_.isServer() && rows.size() > 1) {
        // One statement for all: the server seals a statement's rows at once.
        QJsonArray all;
        for (size_t i = 0; i < rows.size(); ++i) {
            QJsonArray row;
            for (int c = 0; c < 8; ++c) {
                if (c == 1)
                    continue; // the user: the server writes the session's
                const QVariant v = rows.value(i, c);
                row.append(v.isNull() ? QJsonValue() : QJsonValue(v.toString()));
            }
            all.append(row);
        }
        QSqlQuery q = db_.prepare(QStringLiteral("SELECT kakehashi_audit_rows(CAST(? AS json))"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
        Database::exec(q);
        return;
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        insert_->bindRow(rows, i);
        insert_->run();
    }
}

void AuditLog::creates(const domain::Kind &kind, qint64 afterId)
{
    QStringList pairs;
    for (const domain::Field &f : kind.fields)
        pairs << QLatin1String(f.name);
    // Kind and field names come from the fixed description, never from input.
    const QString json = db_.jsonArraySql(pairs.join(QStringLiteral(", ")));
    QSqlQuery q = db_.prepare(
        db_.isServer()
            // One statement for all rows, which the server seals at once; the
            // server's trigger refuses any user but the session's.
            ? QStringLiteral("INSERT INTO audit_log (at, \"user\", action, kind, key, field, old, new) "
                             "SELECT CAST(? AS TEXT), session_user, 'create', '%1', %2, '*', NULL, %3 "
                             "FROM %1 WHERE id > ? ORDER BY id")
                  .arg(QLatin1String(kind.name), keySql(kind), json)
            : QStringLiteral("INSERT INTO audit_log (at, \"user\", action, kind, key, field, old, new) "
                             "SELECT ?, ?, 'create', '%1', %2, '*', NULL, %3 "
                             "FROM %1 WHERE id > ? ORDER BY id")
                  .arg(QLatin1String(kind.name), keySql(kind), json));
    q.addBindValue(at_);
    if (!db_.isServer())
        q.addBindValue(user_);
    q.addBindValue(afterId);
    if (!db_.isServer()) {
        Database::exec(q);
        return;
    }
    // The records in id order and the statement's new rows (the seal's
    // transition table) held in memory rather than spilled to disk: about
    // 300 bytes a row, 30 MB for 100,000; back to the session's value after.
    QSqlQuery mem = db_.prepare(QStringLiteral("SELECT current_setting('work_mem'), set_config('work_mem', '256MB', true)"));
    Database::exec(mem);
    const QString before = mem.next() ? mem.value(0).toString() : QString();
    Database::exec(q);
    if (!before.isEmpty()) {
        QSqlQuery back = db_.prepare(QStringLiteral("SELECT set_config('work_mem', ?, true)"));
        back.addBindValue(before);
        Database::exec(back);
    }
}

qint64 AuditLog::lastId(const Database &db, const domain::Kind &kind)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(kind.name)));
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

namespace {

// The WHERE clause of a filter and its values.
QString auditWhere(const AuditFilter &f, QVariantList &values)
{
    QStringList where;
    if (f.from) {
        where << QStringLiteral("at >= ?");
        values << isoDateQ(*f.from);
    }
    if (f.to) {
        // Every timestamp of that day sorts before the next day's date.
        where << QStringLiteral("at < ?");
        values << isoDateQ(*f.to + boost::gregorian::days(1));
    }
    const std::pair<const char *, const QString *> exact[] = {
        {"\"user\"", &f.user}, {"kind", &f.kind}, {"key", &f.key}, {"action", &f.action}};
    for (const auto &[column, value] : exact) {
        if (value->isEmpty())
            continue;
        where << QStringLiteral("%1 = ?").arg(QLatin1String(column));
        values << *value;
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

} // namespace

qint64 auditCount(const Database &db, const AuditFilter &f)
{
    QVariantList values;
    QSqlQuery q = db.prepare(QStringLiteral("SELECT count(*) FROM audit_log") + auditWhere(f, values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<std::vector<QString>> auditEntries(const Database &db, const AuditFilter &f)
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT id, at, \"user\", action, kind, key, field, old, new FROM audit_log") +
                  auditWhere(f, values);
    if (f.latest > 0) {
        // The newest entries, shown oldest first like the rest.
        sql = QStringLiteral("SELECT * FROM (%1 ORDER BY id DESC LIMIT ?)").arg(sql);
        values << f.latest;
    }
    QSqlQuery q = db.prepare(sql + QStringLiteral(" ORDER BY id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<std::vector<QString>> out;
    while (q.next()) {
        std::vector<QString> row;
        for (int i = 1; i <= 8; ++i)
            row.push_back(q.value(i).toString());
        if (row[5] != kAllFields) {
            out.push_back(std::move(row));
            continue;
        }
        // A created record: one row per field with a value, in the kind's order.
        const domain::Kind *kind = domain::kindByName(row[3]);
        const QJsonArray fields = QJsonDocument::fromJson(row[7].toUtf8()).array();
        if (!kind || fields.size() != kind->size()) {
            out.push_back(std::move(row));
            continue;
        }
        for (int i = 0; i < kind->size(); ++i) {
            const QJsonValue v = fields.at(i);
            if (v.isNull())
                continue;
            std::vector<QString> r = row;
            r[5] = QLatin1String(kind->field(i).name);
            r[7] = v.isDouble() ? QString::number(v.toDouble(), 'g', 12) : v.toString();
            out.push_back(std::move(r));
        }
    }
    return out;
}

} // namespace kakehashi::storage
