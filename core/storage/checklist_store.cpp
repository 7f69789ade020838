#include "storage/checklist_store.h"

#include "storage/database.h"

#include <QSet>
#include <QVariant>

#include <map>

namespace kakehashi::storage {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.internship_no, c.item, c.verified_on, c.verified_by, c.recorded_at, c.permission, "
    "c.permission_date, c.permission_no, c.document_id, d.filename, d.sha256, c.note FROM internship_checks c "
    "LEFT JOIN documents d ON d.id = c.document_id");

QString text(const QSqlQuery &q, int i)
{
    return q.value(i).isNull() ? QString() : q.value(i).toString();
}

StoredCheck readCheck(const QSqlQuery &q)
{
    StoredCheck c;
    c.id = q.value(0).toLongLong();
    c.internshipNo = q.value(1).toString();
    c.entry.item = rules::checklistItemFromCode(q.value(2).toString()).value_or(rules::ChecklistItem::ResidenceCard);
    c.entry.verifiedOn = q.value(3).toString();
    c.entry.verifiedBy = q.value(4).toString();
    c.recordedAt = q.value(5).toString();
    c.entry.permission = text(q, 6);
    c.entry.permissionDate = text(q, 7);
    c.entry.permissionNo = text(q, 8);
    if (!q.value(9).isNull())
        c.documentId = q.value(9).toLongLong();
    c.entry.document = c.documentId.has_value();
    c.documentName = text(q, 10);
    c.documentSha256 = text(q, 11);
    c.note = text(q, 12);
    return c;
}

int itemOrder(rules::ChecklistItem item)
{
    return static_cast<int>(item);
}

} // namespace

bool ChecklistStore::required() const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(kChecklistSetting);
    Database::exec(q);
    return q.next() && q.value(0).toString() == u"on";
}

std::vector<StoredCheck> ChecklistStore::current(const QString &internshipNo) const
{
    QString sql = kSelect + QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM internship_checks n WHERE "
                                           "n.internship_no = c.internship_no AND n.item = c.item AND n.id > c.id)");
    if (!internshipNo.isEmpty())
        sql += QStringLiteral(" AND c.internship_no = ?");
    sql += QStringLiteral(" ORDER BY c.internship_no, c.id");
    QSqlQuery q = db_.prepare(sql);
    if (!internshipNo.isEmpty())
        q.addBindValue(internshipNo);
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<StoredCheck> out;
    while (q.next())
        out.push_back(readCheck(q));
    std::stable_sort(out.begin(), out.end(), [](const StoredCheck &a, const StoredCheck &b) {
        return a.internshipNo != b.internshipNo ? a.internshipNo < b.internshipNo
                                                : itemOrder(a.entry.item) < itemOrder(b.entry.item);
    });
    return out;
}

std::vector<StoredCheck> ChecklistStore::history(const QString &internshipNo) const
{
    QSqlQuery q = db_.prepare(kSelect + QStringLiteral(" WHERE c.internship_no = ? ORDER BY c.id"));
    q.addBindValue(internshipNo);
    Database::exec(q);
    std::vector<StoredCheck> out;
    while (q.next())
        out.push_back(readCheck(q));
    return out;
}

QHash<QString, QStringList> ChecklistStore::missingByInternship(const QStringList &internshipNos) const
{
    std::map<QString, std::vector<rules::ChecklistEntry>> byInternship;
    for (const QString &no : internshipNos)
        byInternship[no];
    const QSet<QString> wanted(internshipNos.begin(), internshipNos.end());
    for (StoredCheck &c : current(QString()))
        if (wanted.contains(c.internshipNo))
            byInternship[c.internshipNo].push_back(std::move(c.entry));
    QHash<QString, QStringList> out;
    for (const auto &[no, entries] : byInternship)
        if (QStringList m = rules::missingChecklistItems(entries); !m.isEmpty())
            out.insert(no, m);
    return out;
}

QStringList ChecklistStore::missing(const QString &internshipNo) const
{
    std::vector<rules::ChecklistEntry> entries;
    for (StoredCheck &c : current(internshipNo))
        entries.push_back(std::move(c.entry));
    return rules::missingChecklistItems(entries);
}

std::vector<StoredOverride> ChecklistStore::overrides(const QString &internshipNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT id, internship_no, overridden_by, overridden_at, reason, missing "
                                             "FROM checklist_overrides WHERE internship_no = ? ORDER BY id"));
    q.addBindValue(internshipNo);
    Database::exec(q);
    std::vector<StoredOverride> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString()});
    return out;
}

QStringList ChecklistStore::overridden() const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT DISTINCT internship_no FROM checklist_overrides ORDER BY 1"));
    Database::exec(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::vector<MissingChecks> ChecklistStore::internshipsMissing(const QString &from) const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT i.internship_no, i.student_no, s.family_name || ' ' || s.given_name, i.company_code, i.start_date, "
        "COALESCE(i.status, 'planned'), EXISTS (SELECT 1 FROM checklist_overrides o WHERE o.internship_no = "
        "i.internship_no) FROM internships i JOIN students s ON s.student_no = i.student_no WHERE i.archived = 0 AND "
        "COALESCE(i.status, 'planned') IN ('planned', 'active') AND i.end_date >= ? ORDER BY i.internship_no"));
    q.addBindValue(from);
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<MissingChecks> rows;
    QStringList nos;
    while (q.next()) {
        MissingChecks m;
        m.internshipNo = q.value(0).toString();
        m.studentNo = q.value(1).toString();
        m.studentName = q.value(2).toString();
        m.companyCode = q.value(3).toString();
        m.startDate = q.value(4).toString();
        m.status = q.value(5).toString();
        m.overridden = q.value(6).toBool();
        nos << m.internshipNo;
        rows.push_back(std::move(m));
    }
    const QHash<QString, QStringList> missing = missingByInternship(nos);
    std::vector<MissingChecks> out;
    for (MissingChecks &m : rows)
        if (auto it = missing.constFind(m.internshipNo); it != missing.constEnd()) {
            m.missing = *it;
            out.push_back(std::move(m));
        }
    return out;
}

std::optional<ChecklistInternship> ChecklistStore::internship(const QString &internshipNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT i.internship_no, i.student_no, COALESCE(i.status, 'planned'), i.start_date, i.end_date, "
        "s.residence_expiry, s.completed_on FROM internships i JOIN students s ON s.student_no = i.student_no WHERE "
        "i.internship_no = ?"));
    q.addBindValue(internshipNo);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return ChecklistInternship{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString(), text(q, 5), text(q, 6)};
}

QStringList ChecklistStore::internshipNos() const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT internship_no FROM internships ORDER BY internship_no"));
    q.setForwardOnly(true);
    Database::exec(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 ChecklistStore::insert(const StoredCheck &c)
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); };
    QSqlQuery q = db_.prepare(QStringLiteral(
        "INSERT INTO internship_checks (internship_no, item, verified_on, verified_by, recorded_at, permission, "
        "permission_date, permission_no, document_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(c.internshipNo);
    q.addBindValue(rules::checklistItemCode(c.entry.item));
    q.addBindValue(c.entry.verifiedOn);
    q.addBindValue(c.entry.verifiedBy);
    q.addBindValue(c.recordedAt);
    q.addBindValue(orNull(c.entry.permission));
    q.addBindValue(orNull(c.entry.permissionDate));
    q.addBindValue(orNull(c.entry.permissionNo));
    q.addBindValue(c.documentId ? QVariant(*c.documentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(orNull(c.note));
    Database::exec(q);
    if (!q.next())
        throw DatabaseError(QStringLiteral("the new checklist entry's id was not returned"));
    return q.value(0).toLongLong();
}

qint64 ChecklistStore::insertOverride(const StoredOverride &o)
{
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO checklist_overrides (internship_no, overridden_by, "
                                             "overridden_at, reason, missing) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(o.internshipNo);
    q.addBindValue(o.by);
    q.addBindValue(o.at);
    q.addBindValue(o.reason);
    q.addBindValue(o.missing);
    Database::exec(q);
    if (!q.next())
        throw DatabaseError(QStringLiteral("the new override's id was not returned"));
    return q.value(0).toLongLong();
}

} // namespace kakehashi::storage
