#include "storage/privacy_store.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace kakehashi::storage {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

const QString kConsentColumns =
    QStringLiteral("id, student_no, purpose, given_on, withdrawn_on, method, note");

ConsentRow readConsent(const QSqlQuery &q)
{
    ConsentRow c;
    c.id = q.value(0).toLongLong();
    c.studentNo = q.value(1).toString();
    c.purpose = q.value(2).toString();
    c.givenOn = q.value(3).toString();
    c.withdrawnOn = q.value(4).toString();
    c.method = q.value(5).toString();
    c.note = q.value(6).toString();
    return c;
}

const QString kRequestColumns = QStringLiteral(
    "id, student_no, kind, received_on, due_on, answered_on, outcome, note, recorded_by");

RequestRow readRequest(const QSqlQuery &q)
{
    RequestRow r;
    r.id = q.value(0).toLongLong();
    r.studentNo = q.value(1).toString();
    r.kind = q.value(2).toString();
    r.receivedOn = q.value(3).toString();
    r.dueOn = q.value(4).toString();
    r.answeredOn = q.value(5).toString();
    r.outcome = q.value(6).toString();
    r.note = q.value(7).toString();
    r.recordedBy = q.value(8).toString();
    return r;
}

bool exists(const Database &db, const QString &sql, const QString &key)
{
    QSqlQuery q = db.prepare(sql);
    q.addBindValue(key);
    Database::exec(q);
    return q.next();
}

} // namespace

std::vector<ConsentRow> PrivacyStore::consents(const QString &studentNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM consents%2 ORDER BY student_no, purpose, given_on")
                                  .arg(kConsentColumns, studentNo.isEmpty() ? QString()
                                                                            : QStringLiteral(" WHERE student_no = ?")));
    if (!studentNo.isEmpty())
        q.addBindValue(studentNo);
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<ConsentRow> out;
    while (q.next())
        out.push_back(readConsent(q));
    return out;
}

std::optional<ConsentRow> PrivacyStore::consent(const QString &studentNo, const QString &purpose,
                                                const QString &givenOn) const
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT %1 FROM consents WHERE student_no = ? AND purpose = ? AND given_on = ?").arg(kConsentColumns));
    q.addBindValue(studentNo);
    q.addBindValue(purpose);
    q.addBindValue(givenOn);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return readConsent(q);
}

std::optional<ConsentRow> PrivacyStore::consentInForce(const QString &studentNo, const QString &purpose,
                                                       const QString &on) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM consents WHERE student_no = ? AND purpose = ? AND "
                                             "given_on <= ? AND (withdrawn_on IS NULL OR withdrawn_on > ?) ORDER BY "
                                             "given_on DESC LIMIT 1")
                                  .arg(kConsentColumns));
    q.addBindValue(studentNo);
    q.addBindValue(purpose);
    q.addBindValue(on);
    q.addBindValue(on);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return readConsent(q);
}

qint64 PrivacyStore::insertConsent(const ConsentRow &c)
{
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO consents (student_no, purpose, given_on, withdrawn_on, "
                                             "method, note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(c.studentNo);
    q.addBindValue(c.purpose);
    q.addBindValue(c.givenOn);
    q.addBindValue(textOrNull(c.withdrawnOn));
    q.addBindValue(c.method);
    q.addBindValue(textOrNull(c.note));
    Database::exec(q);
    if (!q.next())
        throw DatabaseError(QStringLiteral("the new consent's id was not returned"));
    return q.value(0).toLongLong();
}

void PrivacyStore::updateConsent(const ConsentRow &c)
{
    QSqlQuery q = db_.prepare(QStringLiteral("UPDATE consents SET withdrawn_on = ?, method = ?, note = ?, "
                                             "row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(textOrNull(c.withdrawnOn));
    q.addBindValue(c.method);
    q.addBindValue(textOrNull(c.note));
    q.addBindValue(c.id);
    Database::exec(q);
}

std::vector<ProvisionRow> PrivacyStore::provisions(const QString &studentNo, const QString &companyCode) const
{
    QStringList where;
    QVariantList values;
    if (!studentNo.isEmpty()) {
        where << QStringLiteral("student_no = ?");
        values << studentNo;
    }
    if (!companyCode.isEmpty()) {
        where << QStringLiteral("company_code = ?");
        values << companyCode;
    }
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT id, student_no, company_code, provided_on, items, basis, reference, recorded_by, "
                       "recorded_at FROM provisions%1 ORDER BY provided_on, id")
            .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<ProvisionRow> out;
    while (q.next()) {
        ProvisionRow p;
        p.id = q.value(0).toLongLong();
        p.studentNo = q.value(1).toString();
        p.companyCode = q.value(2).toString();
        p.providedOn = q.value(3).toString();
        p.items = q.value(4).toString();
        p.basis = q.value(5).toString();
        p.reference = q.value(6).toString();
        p.recordedBy = q.value(7).toString();
        p.recordedAt = q.value(8).toString();
        out.push_back(p);
    }
    return out;
}

qint64 PrivacyStore::insertProvision(const ProvisionRow &p)
{
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO provisions (student_no, company_code, provided_on, items, "
                                             "basis, reference, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, "
                                             "?, ?) RETURNING id"));
    q.addBindValue(p.studentNo);
    q.addBindValue(p.companyCode);
    q.addBindValue(p.providedOn);
    q.addBindValue(p.items);
    q.addBindValue(p.basis);
    q.addBindValue(p.reference.isNull() ? QStringLiteral("") : p.reference); // NOT NULL: a null QString binds as NULL
    q.addBindValue(p.recordedBy);
    q.addBindValue(p.recordedAt);
    Database::exec(q);
    if (!q.next())
        throw DatabaseError(QStringLiteral("the new provision record's id was not returned"));
    return q.value(0).toLongLong();
}

std::vector<RequestRow> PrivacyStore::requests(const QString &studentNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM privacy_requests%2 ORDER BY id")
                                  .arg(kRequestColumns, studentNo.isEmpty() ? QString()
                                                                            : QStringLiteral(" WHERE student_no = ?")));
    if (!studentNo.isEmpty())
        q.addBindValue(studentNo);
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<RequestRow> out;
    while (q.next())
        out.push_back(readRequest(q));
    return out;
}

std::optional<RequestRow> PrivacyStore::request(qint64 id) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM privacy_requests WHERE id = ?").arg(kRequestColumns));
    q.addBindValue(id);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return readRequest(q);
}

qint64 PrivacyStore::insertRequest(const RequestRow &r)
{
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO privacy_requests (student_no, kind, received_on, due_on, "
                                             "answered_on, outcome, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                             "?) RETURNING id"));
    q.addBindValue(r.studentNo);
    q.addBindValue(r.kind);
    q.addBindValue(r.receivedOn);
    q.addBindValue(r.dueOn);
    q.addBindValue(textOrNull(r.answeredOn));
    q.addBindValue(textOrNull(r.outcome));
    q.addBindValue(textOrNull(r.note));
    q.addBindValue(r.recordedBy);
    Database::exec(q);
    if (!q.next())
        throw DatabaseError(QStringLiteral("the new request's id was not returned"));
    return q.value(0).toLongLong();
}

void PrivacyStore::updateRequest(const RequestRow &r)
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("UPDATE privacy_requests SET answered_on = ?, outcome = ?, note = ? WHERE id = ?"));
    q.addBindValue(textOrNull(r.answeredOn));
    q.addBindValue(textOrNull(r.outcome));
    q.addBindValue(textOrNull(r.note));
    q.addBindValue(r.id);
    Database::exec(q);
}

namespace {

QStringList tableNames(const Database &db)
{
    QSqlQuery q(db.connection());
    const QString sql = db.isServer()
                            ? QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                                             "current_schema() ORDER BY tablename")
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                             "'sqlite_%' ORDER BY name");
    if (!q.exec(sql))
        throw DatabaseError(q.lastError().text());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

PersonTable select(const Database &db, const QString &table, const QStringList &columns, const QString &where,
                   const QVariantList &values)
{
    PersonTable t;
    t.table = table;
    t.columns = columns;
    QStringList quoted;
    for (const QString &c : columns)
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
    const bool hasId = columns.contains(QStringLiteral("id"));
    QSqlQuery q = db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                                 .arg(quoted.join(QStringLiteral(", ")), table, where,
                                      hasId ? QStringLiteral("id") : quoted.join(QStringLiteral(", "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.setForwardOnly(true);
    Database::exec(q);
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i)
            row << (q.isNull(i) ? QVariant() : q.value(i));
        t.rows.push_back(row);
    }
    return t;
}

} // namespace

std::vector<PersonTable> PrivacyStore::personData(const QString &studentNo) const
{
    static const QStringList skipped = {QStringLiteral("audit_log"), QStringLiteral("audit_chain"),
                                        QStringLiteral("users"), QStringLiteral("kakehashi_schema")};
    std::vector<PersonTable> out;
    QStringList internships;
    {
        QSqlQuery q = db_.prepare(QStringLiteral("SELECT internship_no FROM internships WHERE student_no = ? ORDER BY internship_no"));
        q.addBindValue(studentNo);
        Database::exec(q);
        while (q.next())
            internships << q.value(0).toString();
    }
    QStringList placements;
    {
        QSqlQuery q = db_.prepare(QStringLiteral("SELECT placement_no FROM placements WHERE student_no = ? ORDER BY placement_no"));
        q.addBindValue(studentNo);
        Database::exec(q);
        while (q.next())
            placements << q.value(0).toString();
    }
    const auto inList = [](const QString &column, const QStringList &keys) {
        QStringList marks;
        for (qsizetype i = 0; i < keys.size(); ++i)
            marks << QStringLiteral("?");
        return keys.isEmpty() ? QStringLiteral("1 = 0")
                              : QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
    };
    QVariantList internshipValues;
    for (const QString &i : internships)
        internshipValues << i;
    for (const QString &table : tableNames(db_)) {
        if (skipped.contains(table))
            continue;
        QStringList columns;
        const QSqlRecord r = db_.connection().record(table);
        for (int i = 0; i < r.count(); ++i)
            columns << r.fieldName(i);
        if (columns.contains(QStringLiteral("student_no"))) {
            out.push_back(select(db_, table, columns, QStringLiteral("student_no = ?"), {studentNo}));
        } else if (columns.contains(QStringLiteral("internship_no"))) {
            out.push_back(select(db_, table, columns, inList(QStringLiteral("internship_no"), internships),
                                 internshipValues));
        } else if (table == u"events") {
            out.push_back(select(db_, table, columns,
                                 QStringLiteral("event_no IN (SELECT event_no FROM participants WHERE student_no = ?)"),
                                 {studentNo}));
        } else if (table == u"documents") {
            columns.removeAll(QStringLiteral("content"));
            out.push_back(select(db_, table, columns,
                                 QStringLiteral("owner_kind = 'internship' AND ") +
                                     inList(QStringLiteral("owner_key"), internships),
                                 internshipValues));
        }
    }
    // The audit trail's rows about these records (keys as domain::keyText writes them).
    QStringList where{QStringLiteral("(kind = 'students' AND key = ?)")};
    QVariantList values{studentNo};
    where << QStringLiteral("(kind = 'participants' AND length(key) > length(?) AND "
                            "substr(key, length(key) - length(?), length(?) + 1) = ' ' || ?)");
    values << studentNo << studentNo << studentNo << studentNo;
    for (const QString &i : internships) {
        where << QStringLiteral("(kind = 'internships' AND key = ?)")
              << QStringLiteral("((kind = 'attendance' OR kind = 'documents') AND substr(key, 1, length(?) + 1) IN "
                                "(? || ' ', ? || '/'))");
        values << i << i << i << i;
    }
    for (const QString &p : placements) {
        where << QStringLiteral("(kind = 'placements' AND key = ?)");
        values << p;
    }
    out.push_back(select(db_, QStringLiteral("audit_log"),
                         {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("action"),
                          QStringLiteral("kind"), QStringLiteral("key"), QStringLiteral("field"), QStringLiteral("old"),
                          QStringLiteral("new")},
                         where.join(QStringLiteral(" OR ")), values));
    return out;
}

std::vector<RetentionFacts> PrivacyStore::retentionFacts() const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT s.student_no, s.cohort_fy, s.enrolled_on, s.completed_on, s.graduation_date, "
        "(SELECT max(i.end_date) FROM internships i WHERE i.student_no = s.student_no), "
        "(SELECT max(p.decided_on) FROM placements p WHERE p.student_no = s.student_no), "
        "(SELECT max(p.start_date) FROM placements p WHERE p.student_no = s.student_no), "
        "(SELECT max(p.left_on) FROM placements p WHERE p.student_no = s.student_no), "
        "(SELECT max(l.period) FROM ledger_entries l WHERE l.student_no = s.student_no) "
        "FROM students s WHERE NOT EXISTS (SELECT 1 FROM anonymisations a WHERE a.student_no = s.student_no) "
        "ORDER BY s.student_no"));
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<RetentionFacts> out;
    while (q.next()) {
        RetentionFacts f;
        f.studentNo = q.value(0).toString();
        f.cohortFy = q.value(1).toInt();
        for (int i = 2; i <= 8; ++i)
            if (!q.isNull(i) && q.value(i).toString() > f.lastDate)
                f.lastDate = q.value(i).toString();
        f.lastLedgerPeriod = q.isNull(9) ? QString() : q.value(9).toString();
        out.push_back(f);
    }
    return out;
}

bool PrivacyStore::anonymised(const QString &studentNo) const
{
    return exists(db_, QStringLiteral("SELECT 1 FROM anonymisations WHERE student_no = ?"), studentNo);
}

void PrivacyStore::anonymise(const QString &studentNo, const QString &at, const QString &by)
{
    const QString statements[] = {
        QStringLiteral("UPDATE students SET family_name = '匿名', given_name = '匿名', name_kana = NULL, "
                       "birth_date = substr(birth_date, 1, 4) || '-01-01', email = NULL, residence_card_no = NULL, "
                       "bank_code = NULL, branch_code = NULL, account_no = NULL, account_holder_kana = NULL, "
                       "row_version = row_version + 1 WHERE student_no = ?"),
        QStringLiteral("UPDATE internships SET supervisor = NULL, memo = NULL, row_version = row_version + 1 "
                       "WHERE student_no = ?"),
        QStringLiteral("UPDATE consents SET note = NULL WHERE student_no = ?"),
        QStringLiteral("UPDATE privacy_requests SET note = NULL WHERE student_no = ?"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q = db_.prepare(sql);
        q.addBindValue(studentNo);
        Database::exec(q);
    }
    QSqlQuery q = db_.prepare(
        QStringLiteral("INSERT INTO anonymisations (student_no, anonymised_at, anonymised_by) VALUES (?, ?, ?)"));
    q.addBindValue(studentNo);
    q.addBindValue(at);
    q.addBindValue(by);
    Database::exec(q);
}

std::vector<StudentIdentity> PrivacyStore::studentIdentities() const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT student_no, family_name, given_name, name_kana, birth_date, email, residence_card_no FROM students s "
        "WHERE archived = 0 AND NOT EXISTS (SELECT 1 FROM anonymisations a WHERE a.student_no = s.student_no) "
        "ORDER BY student_no"));
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<StudentIdentity> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

std::vector<CompanyIdentity> PrivacyStore::companyIdentities() const
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT code, name, name_en, corporate_number FROM companies WHERE archived = 0 ORDER BY code"));
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<CompanyIdentity> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

namespace {

// History that is never rewritten: a merge is refused rather than touch them.
const QStringList kAppendOnly = {QStringLiteral("ledger_entries"), QStringLiteral("card_checks"),
                                 QStringLiteral("provisions"),     QStringLiteral("transfer_entries"),
                                 QStringLiteral("transfer_files"), QStringLiteral("approval_steps"),
                                 QStringLiteral("documents"),      QStringLiteral("audit_log"),
                                 QStringLiteral("audit_chain")};

QStringList columnsOf(const Database &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord r = db.connection().record(table);
    for (int i = 0; i < r.count(); ++i)
        columns << r.fieldName(i);
    return columns;
}

} // namespace

QStringList PrivacyStore::recordValues(const QString &table, const QString &keyColumn, const QString &key) const
{
    const QStringList columns = columnsOf(db_, table);
    const PersonTable t = select(db_, table, columns, keyColumn + QStringLiteral(" = ?"), {key});
    QStringList out;
    if (t.rows.empty())
        return out;
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i] != u"id" && columns[i] != u"row_version" && !t.rows[0][i].isNull())
            out << QStringLiteral("%1=%2").arg(columns[i], t.rows[0][i].toString());
    return out;
}

QStringList PrivacyStore::appendOnlyReferences(const QString &refColumn, const QString &key) const
{
    QStringList out;
    for (const QString &table : tableNames(db_)) {
        if (!kAppendOnly.contains(table) || !columnsOf(db_, table).contains(refColumn))
            continue;
        QSqlQuery q = db_.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, refColumn));
        q.addBindValue(key);
        Database::exec(q);
        if (q.next() && q.value(0).toLongLong() > 0)
            out << QStringLiteral("%1 (%2)").arg(table).arg(q.value(0).toLongLong());
    }
    return out;
}

QStringList PrivacyStore::mergeInto(const QString &table, const QString &keyColumn, const QString &refColumn,
                                    const QString &keep, const QString &merged)
{
    QStringList moved;
    for (const QString &t : tableNames(db_)) {
        if (t == table || kAppendOnly.contains(t) || !columnsOf(db_, t).contains(refColumn))
            continue;
        QSqlQuery q = db_.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(t, refColumn));
        q.addBindValue(keep);
        q.addBindValue(merged);
        Database::exec(q);
        if (q.numRowsAffected() > 0)
            moved << QStringLiteral("%1 %2").arg(t).arg(q.numRowsAffected());
    }
    QSqlQuery d = db_.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, keyColumn));
    d.addBindValue(merged);
    Database::exec(d);
    return moved;
}

bool PrivacyStore::studentExists(const QString &studentNo) const
{
    return exists(db_, QStringLiteral("SELECT 1 FROM students WHERE student_no = ?"), studentNo);
}

bool PrivacyStore::companyExists(const QString &companyCode) const
{
    return exists(db_, QStringLiteral("SELECT 1 FROM companies WHERE code = ?"), companyCode);
}

} // namespace kakehashi::storage
