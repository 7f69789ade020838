#pragma once
// The job-hunting clock of graduates on 特定活動 (継続就職活動): one row a
// graduate in job_hunting (migration 012). Every change is audited and checked
// against the roles table (staff and administrators record, auditors read).
#include "auth/roles.h"
#include "domain/date.h"

#include <QString>

#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;

struct JobHuntingRow
{
    QString studentNo;
    Date grantedOn;
    Date endsOn;
    std::optional<Date> renewedTo;
    QString letterBy; // empty when no letter is recorded
    std::optional<Date> letterOn;
};

// A row with what the report needs besides.
struct JobHuntingStatus
{
    JobHuntingRow row;
    QString name;        // the student's family and given names
    bool placed = false; // an `employed` placement is recorded
};

class JobHuntingStore final
{
public:
    explicit JobHuntingStore(const Database &db) : db_(db) {}

    // Every row, with the student's name and whether placed, in student order.
    std::vector<JobHuntingStatus> all() const;
    std::optional<JobHuntingRow> find(const QString &studentNo) const;
    // Inserts or replaces the row of row.studentNo, with one audit row per
    // changed field, in one transaction. Throws Error when the student is unknown.
    void save(const auth::Session &session, const JobHuntingRow &row);

private:
    const Database &db_;
};

} // namespace kakehashi::storage
