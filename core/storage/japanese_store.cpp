#include "storage/japanese_store.h"

#include "storage/database.h"

#include <QVariant>

namespace kakehashi::storage {

namespace {

JapaneseCourseRow readCourse(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
            q.value(4).toString()};
}

JapaneseScoreRow readScore(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
}

const QString kCourse = QStringLiteral("SELECT student_no, name, hours, from_on, to_on FROM japanese_courses");
const QString kScore = QStringLiteral("SELECT student_no, test, taken_on, score FROM japanese_scores");

} // namespace

bool JapaneseStore::studentExists(const QString &studentNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT 1 FROM students WHERE student_no = ?"));
    q.addBindValue(studentNo);
    Database::exec(q);
    return q.next();
}

std::optional<JapaneseCourseRow> JapaneseStore::course(const QString &studentNo, const QString &name,
                                                       const QString &from) const
{
    QSqlQuery q = db_.prepare(kCourse + QStringLiteral(" WHERE student_no = ? AND name = ? AND from_on = ?"));
    q.addBindValue(studentNo);
    q.addBindValue(name);
    q.addBindValue(from);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return readCourse(q);
}

void JapaneseStore::insertCourse(const JapaneseCourseRow &c)
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "INSERT INTO japanese_courses (student_no, name, hours, from_on, to_on) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(c.studentNo);
    q.addBindValue(c.name);
    q.addBindValue(static_cast<qlonglong>(c.hours));
    q.addBindValue(c.from);
    q.addBindValue(c.to);
    Database::exec(q);
}

void JapaneseStore::updateCourse(const JapaneseCourseRow &c)
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "UPDATE japanese_courses SET hours = ?, to_on = ? WHERE student_no = ? AND name = ? AND from_on = ?"));
    q.addBindValue(static_cast<qlonglong>(c.hours));
    q.addBindValue(c.to);
    q.addBindValue(c.studentNo);
    q.addBindValue(c.name);
    q.addBindValue(c.from);
    Database::exec(q);
}

std::vector<JapaneseCourseRow> JapaneseStore::courses(const QString &studentNo) const
{
    QSqlQuery q = db_.prepare(kCourse + (studentNo.isEmpty() ? QString() : QStringLiteral(" WHERE student_no = ?")) +
                              QStringLiteral(" ORDER BY student_no, from_on, name"));
    if (!studentNo.isEmpty())
        q.addBindValue(studentNo);
    Database::exec(q);
    std::vector<JapaneseCourseRow> out;
    while (q.next())
        out.push_back(readCourse(q));
    return out;
}

std::optional<int> JapaneseStore::units(const QString &studentNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT completed FROM japanese_units WHERE student_no = ?"));
    q.addBindValue(studentNo);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

void JapaneseStore::setUnits(const QString &studentNo, int completed, bool exists)
{
    QSqlQuery q = db_.prepare(exists ? QStringLiteral("UPDATE japanese_units SET completed = ? WHERE student_no = ?")
                                     : QStringLiteral("INSERT INTO japanese_units (completed, student_no) VALUES (?, ?)"));
    q.addBindValue(static_cast<qlonglong>(completed));
    q.addBindValue(studentNo);
    Database::exec(q);
}

std::vector<std::pair<QString, int>> JapaneseStore::allUnits(const QString &studentNo) const
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT student_no, completed FROM japanese_units") +
                              (studentNo.isEmpty() ? QString() : QStringLiteral(" WHERE student_no = ?")) +
                              QStringLiteral(" ORDER BY student_no"));
    if (!studentNo.isEmpty())
        q.addBindValue(studentNo);
    Database::exec(q);
    std::vector<std::pair<QString, int>> out;
    while (q.next())
        out.emplace_back(q.value(0).toString(), q.value(1).toInt());
    return out;
}

std::optional<JapaneseScoreRow> JapaneseStore::score(const QString &studentNo, const QString &test,
                                                     const QString &date) const
{
    QSqlQuery q = db_.prepare(kScore + QStringLiteral(" WHERE student_no = ? AND test = ? AND taken_on = ?"));
    q.addBindValue(studentNo);
    q.addBindValue(test);
    q.addBindValue(date);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return readScore(q);
}

void JapaneseStore::insertScore(const JapaneseScoreRow &s)
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("INSERT INTO japanese_scores (student_no, test, taken_on, score) VALUES (?, ?, ?, ?)"));
    q.addBindValue(s.studentNo);
    q.addBindValue(s.test);
    q.addBindValue(s.date);
    q.addBindValue(static_cast<qlonglong>(s.score));
    Database::exec(q);
}

void JapaneseStore::updateScore(const JapaneseScoreRow &s)
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("UPDATE japanese_scores SET score = ? WHERE student_no = ? AND test = ? AND taken_on = ?"));
    q.addBindValue(static_cast<qlonglong>(s.score));
    q.addBindValue(s.studentNo);
    q.addBindValue(s.test);
    q.addBindValue(s.date);
    Database::exec(q);
}

std::vector<JapaneseScoreRow> JapaneseStore::scores(const QString &studentNo) const
{
    QSqlQuery q = db_.prepare(kScore + (studentNo.isEmpty() ? QString() : QStringLiteral(" WHERE student_no = ?")) +
                              QStringLiteral(" ORDER BY student_no, taken_on, test"));
    if (!studentNo.isEmpty())
        q.addBindValue(studentNo);
    Database::exec(q);
    std::vector<JapaneseScoreRow> out;
    while (q.next())
        out.push_back(readScore(q));
    return out;
}

std::vector<JapaneseCohortRow> JapaneseStore::cohorts(const QString &test) const
{
    // Each figure summed per student first, then per cohort (no join fan-out).
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT s.cohort_fy, COUNT(*), "
        "       SUM(CASE WHEN c.hours IS NULL THEN 0 ELSE 1 END), "
        "       COALESCE(SUM(c.hours), 0), COALESCE(SUM(u.completed), 0), "
        "       COALESCE(SUM(t.n), 0), COALESCE(SUM(t.total), 0) "
        "FROM students s "
        "LEFT JOIN (SELECT student_no, SUM(hours) AS hours FROM japanese_courses GROUP BY student_no) c "
        "       ON c.student_no = s.student_no "
        "LEFT JOIN japanese_units u ON u.student_no = s.student_no "
        "LEFT JOIN (SELECT student_no, COUNT(*) AS n, SUM(score) AS total FROM japanese_scores "
        "           WHERE ? = '' OR test = ? GROUP BY student_no) t ON t.student_no = s.student_no "
        "WHERE s.archived = 0 "
        "GROUP BY s.cohort_fy ORDER BY s.cohort_fy"));
    q.addBindValue(test.isNull() ? QStringLiteral("") : test);
    q.addBindValue(test.isNull() ? QStringLiteral("") : test);
    Database::exec(q);
    std::vector<JapaneseCohortRow> out;
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toLongLong(),
                       q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).toLongLong()});
    return out;
}

} // namespace kakehashi::storage
