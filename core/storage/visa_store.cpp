#include "storage/visa_store.h"

#include "storage/database.h"

#include <QVariant>

namespace kakehashi::storage {

namespace {

const QString kStudentSql = QStringLiteral(
    "SELECT s.student_no, s.family_name || ' ' || s.given_name, sc.school_type, s.faculty, s.jlpt, "
    "coalesce(f.senmonshi, 0) FROM students s JOIN schools sc ON sc.code = s.school_code "
    "LEFT JOIN student_visa_facts f ON f.student_no = s.student_no ");

StudentVisaRow readStudent(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(),
            {q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() != 0}};
}

} // namespace

std::vector<rules::VisaRule> VisaStore::rules() const
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT rule_no, effective_from, effective_to, school_type, field_pattern, needs_senmonshi, min_jlpt, verdict, "
        "status, message_ja, message_en FROM visa_rules ORDER BY rule_no"));
    Database::exec(q);
    std::vector<rules::VisaRule> out;
    while (q.next()) {
        rules::VisaRule r;
        r.ruleNo = q.value(0).toString();
        r.effectiveFrom = parseDate(q.value(1).toString()).value_or(Date(1990, 1, 1));
        if (!q.isNull(2))
            r.effectiveTo = parseDate(q.value(2).toString());
        r.schoolType = q.value(3).toString();
        if (!q.isNull(4))
            r.fieldPattern = q.value(4).toInt();
        if (!q.isNull(5))
            r.senmonshi = q.value(5).toInt() != 0;
        r.minJlpt = q.value(6).toString();
        r.verdict = q.value(7).toString();
        r.status = q.value(8).toString();
        r.messageJa = q.value(9).toString();
        r.messageEn = q.value(10).toString();
        out.push_back(r);
    }
    return out;
}

std::vector<rules::FieldKeyword> VisaStore::keywords() const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT pattern, keyword FROM visa_field_keywords ORDER BY pattern, keyword"));
    Database::exec(q);
    std::vector<rules::FieldKeyword> out;
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toString()});
    return out;
}

void VisaStore::replaceRules(const std::vector<rules::VisaRule> &rules)
{
    Transaction tx(db_);
    db_.exec(QStringLiteral("DELETE FROM visa_rules"));
    for (const rules::VisaRule &r : rules) {
        QSqlQuery q = db_.prepare(QStringLiteral(
            "INSERT INTO visa_rules (rule_no, effective_from, effective_to, school_type, field_pattern, needs_senmonshi, "
            "min_jlpt, verdict, status, message_ja, message_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(r.ruleNo);
        q.addBindValue(isoDateQ(r.effectiveFrom));
        q.addBindValue(r.effectiveTo ? QVariant(isoDateQ(*r.effectiveTo)) : QVariant());
        q.addBindValue(r.schoolType.isEmpty() ? QVariant() : QVariant(r.schoolType));
        q.addBindValue(r.fieldPattern ? QVariant(*r.fieldPattern) : QVariant());
        q.addBindValue(r.senmonshi ? QVariant(*r.senmonshi ? 1 : 0) : QVariant());
        q.addBindValue(r.minJlpt.isEmpty() ? QVariant() : QVariant(r.minJlpt));
        q.addBindValue(r.verdict);
        q.addBindValue(r.status.isEmpty() ? QVariant() : QVariant(r.status));
        q.addBindValue(r.messageJa);
        q.addBindValue(r.messageEn);
        Database::exec(q);
    }
    tx.commit();
}

std::optional<StudentVisaRow> VisaStore::student(const QString &studentNo) const
{
    QSqlQuery q = db_.prepare(kStudentSql + QStringLiteral("WHERE s.student_no = ?"));
    q.addBindValue(studentNo);
    Database::exec(q);
    if (q.next())
        return readStudent(q);
    return std::nullopt;
}

std::vector<StudentVisaRow> VisaStore::students() const
{
    QSqlQuery q = db_.prepare(kStudentSql + QStringLiteral("WHERE s.archived = 0 ORDER BY s.student_no"));
    q.setForwardOnly(true);
    Database::exec(q);
    std::vector<StudentVisaRow> out;
    while (q.next())
        out.push_back(readStudent(q));
    return out;
}

void VisaStore::setSenmonshi(const QString &studentNo, bool senmonshi)
{
    Transaction tx(db_);
    QSqlQuery q = db_.prepare(QStringLiteral("INSERT INTO student_visa_facts (student_no, senmonshi) VALUES (?, ?) "
                                             "ON CONFLICT (student_no) DO UPDATE SET senmonshi = excluded.senmonshi"));
    q.addBindValue(studentNo);
    q.addBindValue(senmonshi ? 1 : 0);
    Database::exec(q);
    tx.commit();
}

} // namespace kakehashi::storage
