#pragma once
// Business Japanese and test preparation (issue 15, item 8): per student the
// Japanese courses taken (name, hours, from/to), how many of the programme's 18
// e-learning units are completed, and practice-test scores (e.g. "JLPT N2
// practice", "BJT": test, date, score); CSV import and export of each (all or
// nothing, "FILE:LINE: COLUMN: message" per problem) and a report per cohort.
//
// Roles as FORMATS §4: everyone reads (auditors included); staff and
// administrators record. Every write is one transaction with its audit rows.
// A course is known by (student, name, from date), a score by (student, test,
// date): recording one that exists replaces its hours and end date, or score.
#include "auth/roles.h"
#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

class JapaneseError final : public Error
{
public:
    using Error::Error;
};

struct JapaneseCourse
{
    QString studentNo;
    QString name;
    int hours = 0; // 1–2000
    QString from;  // YYYY-MM-DD
    QString to;    // YYYY-MM-DD, not before from
};

struct PracticeScore
{
    QString studentNo;
    QString test; // "JLPT N2 practice", "BJT", …
    QString date; // YYYY-MM-DD
    int score = 0; // 0–1000
};

// One cohort (fiscal year of enrolment) of the report; archived students left out.
struct JapaneseCohort
{
    int cohortFy = 0;
    int students = 0;
    int studentsInCourses = 0;
    double averageHours = 0;  // course hours per student of the cohort
    double averageUnits = 0;  // e-learning units completed per student (of 18)
    int scores = 0;           // practice-test scores counted
    std::optional<double> averageScore;
};

enum class JapaneseFile { Courses, Units, Scores };

struct JapaneseImportOutcome
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    bool dryRun = false;
};

class JapaneseTraining final
{
    Q_DECLARE_TR_FUNCTIONS(kakehashi::services::JapaneseTraining)

public:
    static constexpr int kUnits = 18;

    using Clock = std::function<QDateTime()>;
    JapaneseTraining(storage::Database &db, auth::Session session, Clock clock = &QDateTime::currentDateTime);

    // Writes (staff, administrators). Each returns whether anything changed.
    bool recordCourse(const JapaneseCourse &course);
    bool setUnits(const QString &studentNo, int completed);
    bool recordScore(const PracticeScore &score);

    // Reads.
    std::vector<JapaneseCourse> courses(const QString &studentNo) const;
    std::optional<int> units(const QString &studentNo) const;
    std::vector<PracticeScore> scores(const QString &studentNo) const;
    // Scores of `test` only when given.
    std::vector<JapaneseCohort> cohortReport(const QString &test = {}) const;
    static const std::vector<QString> &cohortColumns();
    std::vector<std::vector<QString>> cohortRows(const QString &test = {}) const;

    // Files: `courses` (student_no,name,hours,from,to), `units`
    // (student_no,units_completed), `scores` (student_no,test,date,score).
    static std::optional<JapaneseFile> fileFromName(const QString &name);
    static const std::vector<QString> &columns(JapaneseFile file);
    std::vector<std::vector<QString>> rows(JapaneseFile file, const QString &studentNo = {}) const;
    JapaneseImportOutcome importFile(JapaneseFile kind, const QString &file, const QByteArray &bytes,
                                     const QString &encoding, bool dryRun);

private:
    storage::Database &db_;
    auth::Session session_;
    Clock clock_;
};

} // namespace kakehashi::services
