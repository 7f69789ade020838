#include "storage/evidence_store.h"

#include "storage/database.h"

#include <QStringList>
#include <QVariant>

namespace kakehashi::storage {

namespace {

const QString kColumns = QStringLiteral("id, owner_kind, owner_key, purpose, period, version, filename, media_type, "
                                        "size_bytes, sha256, added_by, added_at, replaces");

DocumentInfo readInfo(const QSqlQuery &q)
{
    DocumentInfo d;
    d.id = q.value(0).toLongLong();
    d.ownerKind = q.value(1).toString();
    d.ownerKey = q.value(2).toString();
    d.purpose = q.value(3).toString();
    d.period = q.value(4).toString();
    d.version = q.value(5).toInt();
    d.filename = q.value(6).toString();
    d.mediaType = q.value(7).toString();
    d.sizeBytes = q.value(8).toLongLong();
    d.sha256 = q.value(9).toString();
    d.addedBy = q.value(10).toString();
    d.addedAt = q.value(11).toString();
    if (!q.value(12).isNull())
        d.replaces = q.value(12).toLongLong();
    return d;
}

} // namespace

std::optional<DocumentInfo> EvidenceStore::current(const QString &ownerKind, const QString &ownerKey,
                                                   const QString &purpose, const QString &period) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM documents WHERE owner_kind = ? AND owner_key = ? AND "
                                             "purpose = ? AND period = ? ORDER BY version DESC LIMIT 1")
                                  .arg(kColumns));
    q.addBindValue(ownerKind);
    q.addBindValue(ownerKey);
    q.addBindValue(purpose);
    q.addBindValue(period);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return readInfo(q);
}

std::vector<DocumentInfo> EvidenceStore::list(const DocumentFilter &f) const
{
    QStringList where;
    QVariantList values;
    const std::pair<const char *, const QString *> exact[] = {
        {"owner_kind", &f.ownerKind}, {"owner_key", &f.ownerKey}, {"purpose", &f.purpose}};
    for (const auto &[column, value] : exact) {
        if (value->isEmpty())
            continue;
        where << QStringLiteral("d.%1 = ?").arg(QLatin1String(column));
        values << *value;
    }
    if (!f.periodFrom.isEmpty()) {
        where << QStringLiteral("d.period >= ?");
        values << f.periodFrom;
    }
    if (!f.periodTo.isEmpty()) {
        where << QStringLiteral("d.period <= ?");
        values << f.periodTo;
    }
    if (f.currentOnly)
        where << QStringLiteral("NOT EXISTS (SELECT 1 FROM documents n WHERE n.owner_kind = d.owner_kind AND "
                                "n.owner_key = d.owner_key AND n.purpose = d.purpose AND n.period = d.period AND "
                                "n.version > d.version)");
    QString columns;
    for (const QString &c : kColumns.split(QStringLiteral(", ")))
        columns += (columns.isEmpty() ? QStringLiteral("d.") : QStringLiteral(", d.")) + c;
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM documents d%2 ORDER BY d.period, d.owner_kind, "
                                             "d.owner_key, d.purpose, d.version")
                                  .arg(columns, where.isEmpty() ? QString()
                                                                : QStringLiteral(" WHERE ") +
                                                                      where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<DocumentInfo> out;
    while (q.next())
        out.push_back(readInfo(q));
    return out;
}

QByteArray EvidenceStore::content(qint64 id) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT content FROM documents WHERE id = ?"));
    q.addBindValue(id);
    Database::exec(q);
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

qint64 EvidenceStore::insert(const DocumentInfo &d, const QByteArray &content)
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "INSERT INTO documents (owner_kind, owner_key, purpose, period, version, filename, media_type, size_bytes, "
        "content, sha256, added_by, added_at, replaces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(d.ownerKind);
    q.addBindValue(d.ownerKey);
    q.addBindValue(d.purpose);
    q.addBindValue(d.period);
    q.addBindValue(d.version);
    q.addBindValue(d.filename);
    q.addBindValue(d.mediaType);
    q.addBindValue(static_cast<qint64>(content.size()));
    q.addBindValue(content);
    q.addBindValue(d.sha256);
    q.addBindValue(d.addedBy);
    q.addBindValue(d.addedAt);
    q.addBindValue(d.replaces ? QVariant(*d.replaces) : QVariant(QMetaType(QMetaType::LongLong)));
    Database::exec(q);
    if (!q.next())
        throw DatabaseError(QStringLiteral("the new document's id was not returned"));
    return q.value(0).toLongLong();
}

} // namespace kakehashi::storage
