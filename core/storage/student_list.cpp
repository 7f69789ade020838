#include "storage/student_list.h"

#include "storage/database.h"
#include "storage/sql_text.h"

#include <QVariant>

namespace kakehashi::storage {

namespace {

const QString kFilter = QStringLiteral(
    "(family_name LIKE :p ESCAPE '\\' OR given_name LIKE :p ESCAPE '\\' OR name_kana LIKE :p ESCAPE '\\' "
    "OR student_no LIKE :p ESCAPE '\\' OR (family_name || ' ' || given_name) LIKE :p ESCAPE '\\')");

} // namespace

qint64 StudentList::count() const
{
    QSqlQuery q = db_.prepare(filter_.isEmpty() ? QStringLiteral("SELECT count(*) FROM students WHERE archived = 0")
                                                : QStringLiteral("SELECT count(*) FROM students WHERE archived = 0 AND ") +
                                                      kFilter);
    if (!filter_.isEmpty())
        q.bindValue(QStringLiteral(":p"), containsPattern(filter_));
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<StudentRow> StudentList::fetch(const QString &afterKey, int limit) const
{
    QString sql = QStringLiteral("SELECT student_no, family_name, given_name, nationality, school_code, programme, "
                                 "enrolled_on, completed_on FROM students WHERE archived = 0 AND student_no > :after");
    if (!filter_.isEmpty())
        sql += QStringLiteral(" AND ") + kFilter;
    sql += QStringLiteral(" ORDER BY student_no LIMIT :limit");
    QSqlQuery q = db_.prepare(sql);
    q.setForwardOnly(true);
    q.bindValue(QStringLiteral(":after"), afterKey.isNull() ? QStringLiteral("") : afterKey); // NULL would compare false
    if (!filter_.isEmpty())
        q.bindValue(QStringLiteral(":p"), containsPattern(filter_));
    q.bindValue(QStringLiteral(":limit"), limit);
    Database::exec(q);
    std::vector<StudentRow> rows;
    rows.reserve(static_cast<size_t>(limit));
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    return rows;
}

} // namespace kakehashi::storage
