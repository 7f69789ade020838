#pragma once
// The tables of business Japanese and test preparation (migration 017): courses,
// e-learning units completed and practice-test scores per student, and the
// figures of a cohort. Only services::JapaneseTraining uses this.
#include <QString>

#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;

struct JapaneseCourseRow
{
    QString studentNo;
    QString name;
    int hours = 0;
    QString from;
    QString to;
};

struct JapaneseScoreRow
{
    QString studentNo;
    QString test;
    QString date;
    int score = 0;
};

struct JapaneseCohortRow
{
    int cohortFy = 0;
    int students = 0;
    int studentsInCourses = 0;
    long long hours = 0;      // all course hours of the cohort
    long long units = 0;      // all e-learning units completed
    int scores = 0;           // practice-test scores counted
    long long scoreTotal = 0; // their sum
};

class JapaneseStore final
{
public:
    explicit JapaneseStore(const Database &db) : db_(db) {}

    bool studentExists(const QString &studentNo) const;
    std::optional<JapaneseCourseRow> course(const QString &studentNo, const QString &name, const QString &from) const;
    void insertCourse(const JapaneseCourseRow &c);
    void updateCourse(const JapaneseCourseRow &c);
    std::vector<JapaneseCourseRow> courses(const QString &studentNo) const; // empty: all

    std::optional<int> units(const QString &studentNo) const;
    void setUnits(const QString &studentNo, int completed, bool exists);
    std::vector<std::pair<QString, int>> allUnits(const QString &studentNo) const; // empty: all

    std::optional<JapaneseScoreRow> score(const QString &studentNo, const QString &test, const QString &date) const;
    void insertScore(const JapaneseScoreRow &s);
    void updateScore(const JapaneseScoreRow &s);
    std::vector<JapaneseScoreRow> scores(const QString &studentNo) const; // empty: all

    // One row per cohort (fiscal year) with students; scores only of `test` when given.
    std::vector<JapaneseCohortRow> cohorts(const QString &test) const;

private:
    const Database &db_;
};

} // namespace kakehashi::storage
