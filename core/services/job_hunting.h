#pragma once
// The job-hunting clock of graduates on 特定活動 (継続就職活動) (issue 13, item 4):
// the date the status was granted, its end (at most six months later), its one
// renewal (at most six months after that end), the school's letter of
// recommendation (who issued it, when); the graduates whose status ends within
// 30 days with no `employed` placement. The CSV kind `job_hunting`:
//   student_no,granted_on,ends_on,renewed_to,letter_by,letter_on
// dates YYYY-MM-DD, renewed_to empty until renewed, letter_by and letter_on
// both given or both empty.
#include "auth/roles.h"
#include "domain/date.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

inline constexpr int kJobHuntingMonths = 6;      // granted for up to six months, renewed once for up to six
inline constexpr int kJobHuntingWarningDays = 30; // the report's default window

struct JobHunting
{
    QString studentNo;
    Date grantedOn;
    Date endsOn;
    std::optional<Date> renewedTo;
    QString letterBy;
    std::optional<Date> letterOn;

    // The day the status ends: the renewal's end when renewed.
    Date statusEnd() const { return renewedTo ? *renewedTo : endsOn; }
};

struct JobHuntingStatus
{
    JobHunting entry;
    QString name;
    bool placed = false;
    int daysLeft = 0; // from the day asked about to statusEnd()
};

// The rule: what is wrong with an entry (field name and message), empty when
// nothing is.
struct JobHuntingProblem
{
    QString field;
    QString message;
};
std::optional<JobHuntingProblem> checkJobHunting(const JobHunting &e);

// The CSV header of the kind.
QStringList jobHuntingColumns();

class JobHuntingService final
{
public:
    explicit JobHuntingService(const storage::Database &db) : db_(db) {}

    // Every graduate's clock, in student order, days counted from `on`.
    std::vector<JobHuntingStatus> all(const Date &on) const;
    // Those whose status ends between `on` and `within` days later, not placed.
    std::vector<JobHuntingStatus> endingUnplaced(const Date &on, int within = kJobHuntingWarningDays) const;
    // Checks (Error naming the field) and records one graduate's clock, audited.
    void save(const auth::Session &session, const JobHunting &e) const;
    // Imports a CSV file of the kind, all rows or none: Error naming the file,
    // line and field of the first problem. Returns the number of rows.
    int importCsv(const auth::Session &session, const QString &path) const;
    // The CSV text of every row (the import's format).
    QString exportCsv() const;

private:
    const storage::Database &db_;
};

} // namespace kakehashi::services
