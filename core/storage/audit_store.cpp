#include "storage/audit_store.h"

#include "storage/database.h"

#include <QStringList>
#include <QVariant>

namespace kakehashi::storage {

std::vector<std::vector<QString>> auditEntries(const Database &db, const AuditFilter &f)
{
    QStringList where;
    QVariantList values;
    if (f.from) {
        where << QStringLiteral("substr(at, 1, 10) >= ?");
        values << isoDateQ(*f.from);
    }
    if (f.to) {
        where << QStringLiteral("substr(at, 1, 10) <= ?");
        values << isoDateQ(*f.to);
    }
    if (!f.user.isEmpty()) {
        where << QStringLiteral("user = ?");
        values << f.user;
    }
    QString sql = QStringLiteral("SELECT at, user, action, kind, key, field, coalesce(old, ''), coalesce(new, '') "
                                 "FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery q = db.prepare(sql + QStringLiteral(" ORDER BY id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<std::vector<QString>> out;
    while (q.next()) {
        std::vector<QString> row;
        for (int i = 0; i < 8; ++i)
            row.push_back(q.value(i).toString());
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace kakehashi::storage
