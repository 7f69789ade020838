#include "storage/relations_store.h"

#include "storage/database.h"

#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace kakehashi::storage {

namespace {

const QString kContactColumns =
    QStringLiteral("contact_no, company_code, name, role, email, phone, is_primary, former, do_not_contact");
const QString kActivityColumns =
    QStringLiteral("activity_no, date, kind, company_code, student_no, contact_no, staff, summary, next_step, "
                   "next_step_on, next_step_done, confidential, recorded_at");

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// Empty text is stored as '' (the columns are NOT NULL): a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

ContactRow readContact(const QSqlQuery &q)
{
    ContactRow c;
    c.contactNo = q.value(0).toString();
    c.companyCode = q.value(1).toString();
    c.name = q.value(2).toString();
    c.role = q.value(3).toString();
    c.email = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.primary = q.value(6).toLongLong() != 0;
    c.former = q.value(7).toLongLong() != 0;
    c.doNotContact = q.value(8).toLongLong() != 0;
    return c;
}

ActivityRow readActivity(const QSqlQuery &q)
{
    ActivityRow a;
    a.activityNo = q.value(0).toString();
    a.date = q.value(1).toString();
    a.kind = q.value(2).toString();
    a.companyCode = q.value(3).toString();
    a.studentNo = q.value(4).toString();
    a.contactNo = q.value(5).toString();
    a.staff = q.value(6).toString();
    a.summary = q.value(7).toString();
    a.nextStep = q.value(8).toString();
    a.nextStepOn = q.value(9).toString();
    a.nextStepDone = q.value(10).toLongLong() != 0;
    a.confidential = q.value(11).toLongLong() != 0;
    a.recordedAt = q.value(12).toString();
    return a;
}

void bindContact(QSqlQuery &q, const ContactRow &c)
{
    q.addBindValue(text(c.companyCode));
    q.addBindValue(text(c.name));
    q.addBindValue(text(c.role));
    q.addBindValue(text(c.email));
    q.addBindValue(text(c.phone));
    q.addBindValue(c.primary ? 1 : 0);
    q.addBindValue(c.former ? 1 : 0);
    q.addBindValue(c.doNotContact ? 1 : 0);
    q.addBindValue(text(c.contactNo));
}

void bindActivity(QSqlQuery &q, const ActivityRow &a)
{
    q.addBindValue(text(a.date));
    q.addBindValue(text(a.kind));
    q.addBindValue(orNull(a.companyCode));
    q.addBindValue(orNull(a.studentNo));
    q.addBindValue(orNull(a.contactNo));
    q.addBindValue(text(a.staff));
    q.addBindValue(text(a.summary));
    q.addBindValue(text(a.nextStep));
    q.addBindValue(orNull(a.nextStepOn));
    q.addBindValue(a.nextStepDone ? 1 : 0);
    q.addBindValue(a.confidential ? 1 : 0);
    q.addBindValue(text(a.recordedAt));
    q.addBindValue(text(a.activityNo));
}

} // namespace

std::optional<ContactRow> RelationsStore::contact(const QString &contactNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM company_contacts WHERE contact_no = ?").arg(kContactColumns));
    q.addBindValue(contactNo);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return readContact(q);
}

std::vector<ContactRow> RelationsStore::contacts(const QString &companyCode) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM company_contacts%2 ORDER BY company_code, contact_no")
                                  .arg(kContactColumns, companyCode.isEmpty() ? QString()
                                                                              : QStringLiteral(" WHERE company_code = ?")));
    if (!companyCode.isEmpty())
        q.addBindValue(companyCode);
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<ContactRow> out;
    while (q.next())
        out.push_back(readContact(q));
    return out;
}

void RelationsStore::insertContact(const ContactRow &c)
{
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO company_contacts (company_code, name, role, email, phone, "
                                             "is_primary, former, do_not_contact, contact_no) VALUES (?, ?, ?, ?, ?, "
                                             "?, ?, ?, ?)"));
    bindContact(q, c);
    Database::exec(q);
}

void RelationsStore::updateContact(const ContactRow &c)
{
    QSqlQuery q = db_.prepare(QStringLiteral("UPDATE company_contacts SET company_code = ?, name = ?, role = ?, "
                                             "email = ?, phone = ?, is_primary = ?, former = ?, do_not_contact = ? "
                                             "WHERE contact_no = ?"));
    bindContact(q, c);
    Database::exec(q);
}

std::vector<QString> RelationsStore::clearPrimary(const QString &companyCode, const QString &exceptContactNo)
{
    std::vector<QString> cleared;
    for (const ContactRow &c : contacts(companyCode))
        if (c.primary && c.contactNo != exceptContactNo)
            cleared.push_back(c.contactNo);
    QSqlQuery q = db_.prepare(QStringLiteral(
        "UPDATE company_contacts SET is_primary = 0 WHERE company_code = ? AND contact_no <> ? AND is_primary = 1"));
    q.addBindValue(companyCode);
    q.addBindValue(exceptContactNo);
    Database::exec(q);
    return cleared;
}

std::optional<ActivityRow> RelationsStore::activity(const QString &activityNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM activities WHERE activity_no = ?").arg(kActivityColumns));
    q.addBindValue(activityNo);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return readActivity(q);
}

std::vector<ActivityRow> RelationsStore::activities(const ActivityQuery &f) const
{
    QStringList where;
    QVariantList values;
    if (!f.companyCode.isEmpty()) {
        where << QStringLiteral("company_code = ?");
        values << f.companyCode;
    }
    if (!f.studentNo.isEmpty()) {
        where << QStringLiteral("student_no = ?");
        values << f.studentNo;
    }
    if (!f.staff.isEmpty()) {
        where << QStringLiteral("staff = ?");
        values << f.staff;
    }
    if (f.openNextStepsOnly)
        where << QStringLiteral("next_step_done = 0 AND (next_step <> '' OR next_step_on IS NOT NULL)");
    // An open next step without a date sorts after the dated ones.
    const QString order = f.openNextStepsOnly
                              ? QStringLiteral(" ORDER BY CASE WHEN next_step_on IS NULL THEN 1 ELSE 0 END, "
                                               "next_step_on, date, activity_no")
                              : QStringLiteral(" ORDER BY date DESC, activity_no DESC");
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT %1 FROM activities%2%3")
                                  .arg(kActivityColumns,
                                       where.isEmpty() ? QString()
                                                       : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                                       order));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<ActivityRow> out;
    while (q.next())
        out.push_back(readActivity(q));
    return out;
}

void RelationsStore::insertActivity(const ActivityRow &a)
{
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO activities (date, kind, company_code, student_no, "
                                             "contact_no, staff, summary, next_step, next_step_on, next_step_done, "
                                             "confidential, recorded_at, activity_no) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                             "?, ?, ?, ?, ?, ?)"));
    bindActivity(q, a);
    Database::exec(q);
}

void RelationsStore::updateActivity(const ActivityRow &a)
{
    QSqlQuery q = db_.prepare(QStringLiteral("UPDATE activities SET date = ?, kind = ?, company_code = ?, "
                                             "student_no = ?, contact_no = ?, staff = ?, summary = ?, next_step = ?, "
                                             "next_step_on = ?, next_step_done = ?, confidential = ?, recorded_at = ? "
                                             "WHERE activity_no = ?"));
    bindActivity(q, a);
    Database::exec(q);
}

namespace {

QHash<QString, QString> firstRow(QSqlQuery &q)
{
    QHash<QString, QString> out;
    Database::exec(q);
    if (!q.next())
        return out;
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i)
        out.insert(r.fieldName(i), q.isNull(i) ? QString() : q.value(i).toString());
    return out;
}

} // namespace

QHash<QString, QString> RelationsStore::studentFacts(const QString &studentNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT s.student_no, s.family_name, s.given_name, s.name_kana, s.birth_date, s.nationality, "
        "s.home_university, s.faculty, s.graduation_date, s.programme, s.cohort_fy, s.enrolled_on, s.completed_on, "
        "s.school_code, sc.name AS school_name FROM students s JOIN schools sc ON sc.code = s.school_code "
        "WHERE s.student_no = ?"));
    q.addBindValue(studentNo);
    return firstRow(q);
}

QHash<QString, QString> RelationsStore::eventFacts(const QString &eventNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT e.event_no, e.kind, e.step, e.title, e.date, e.prefecture, "
                                             "e.company_code, c.name AS company_name FROM events e LEFT JOIN "
                                             "companies c ON c.code = e.company_code WHERE e.event_no = ?"));
    q.addBindValue(eventNo);
    return firstRow(q);
}

QHash<QString, QString> RelationsStore::paymentFacts(const QString &studentNo, const QString &period) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT count(*) AS entries, "
                                             "coalesce(sum(amount_jpy), 0) AS amount_jpy FROM ledger_entries WHERE "
                                             "student_no = ? AND period = ?"));
    q.addBindValue(studentNo);
    q.addBindValue(period);
    return firstRow(q);
}

bool RelationsStore::companyExists(const QString &code) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT 1 FROM companies WHERE code = ?"));
    q.addBindValue(code);
    Database::exec(q);
    return q.next();
}

bool RelationsStore::studentExists(const QString &studentNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT 1 FROM students WHERE student_no = ?"));
    q.addBindValue(studentNo);
    Database::exec(q);
    return q.next();
}

QString RelationsStore::nextNumber(const QString &table, const QString &column, const QString &prefix) const
{
    // Only the program's own numbers count (PREFIX and six digits); table and
    // column are the program's constants, never input.
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT max(%2) FROM %1 WHERE %2 LIKE ? AND length(%2) = ?")
                                  .arg(table, column));
    q.addBindValue(prefix + QStringLiteral("%"));
    q.addBindValue(prefix.size() + 6);
    Database::exec(q);
    qint64 n = 0;
    if (q.next() && !q.value(0).isNull())
        n = q.value(0).toString().mid(prefix.size()).toLongLong();
    return prefix + QStringLiteral("%1").arg(n + 1, 6, 10, QLatin1Char('0'));
}

} // namespace kakehashi::storage
