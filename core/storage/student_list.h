#pragma once
// The students as a list for the ui: keyset-paged (by student_no) so that a
// view over 100,000 students reads only the rows it shows, filtered in SQL.
#include <QString>

#include <vector>

namespace kakehashi::storage {

class Database;

struct StudentRow
{
    QString studentNo;
    QString familyName;
    QString givenName;
    QString nationality;
    QString schoolCode;
    QString programme;
    QString enrolledOn;
    QString completedOn;
};

class StudentList final
{
public:
    explicit StudentList(const Database &db) : db_(db) {}

    // Part of a name, the kana or the student number; empty for all.
    void setFilter(const QString &text) { filter_ = text.trimmed(); }
    const QString &filter() const { return filter_; }

    qint64 count() const;
    // Up to `limit` rows after `afterKey` (empty: from the start), by student_no.
    std::vector<StudentRow> fetch(const QString &afterKey, int limit) const;

private:
    const Database &db_;
    QString filter_;
};

} // namespace kakehashi::storage
