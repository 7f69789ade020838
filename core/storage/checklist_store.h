#pragma once
// The checks before an internship starts (schema 13: internship_checks,
// checklist_overrides). Append-only: an item's state is its latest row.
// Portable SQL (bound `?` values, RETURNING id) for both backends.
#include "rules/internship_checklist.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;

inline const QString kChecklistSetting = QStringLiteral("internship.checklist");

struct StoredCheck
{
    qint64 id = 0;
    QString internshipNo;
    rules::ChecklistEntry entry;
    QString recordedAt;
    std::optional<qint64> documentId;
    QString documentName;   // the attached file's name, when there is one
    QString documentSha256;
    QString note;
};

struct StoredOverride
{
    qint64 id = 0;
    QString internshipNo;
    QString by;
    QString at;
    QString reason;
    QString missing; // the item codes missing then, space-separated
};

// An internship that is not cancelled or completed, ends on or after a day, and
// has items that are not done.
struct MissingChecks
{
    QString internshipNo;
    QString studentNo;
    QString studentName;  // family_name given_name
    QString companyCode;
    QString startDate;
    QString status;       // planned, active
    QStringList missing;  // item codes
    bool overridden = false;
};

// An internship with what its checks need to know of it and its student.
struct ChecklistInternship
{
    QString internshipNo;
    QString studentNo;
    QString status;
    QString startDate;
    QString endDate;
    QString residenceExpiry; // the student's card, empty when unknown
    QString completedOn;     // the student's, empty when not completed
};

class ChecklistStore final
{
public:
    explicit ChecklistStore(const Database &db) : db_(db) {}

    // Whether the setting internship.checklist is on.
    bool required() const;

    // The latest verification of each item of an internship (at most four, in
    // the order of rules::kChecklistItems); `internshipNo` empty: of every one.
    std::vector<StoredCheck> current(const QString &internshipNo) const;
    // Every verification of an internship, oldest first.
    std::vector<StoredCheck> history(const QString &internshipNo) const;
    // Items not done, by internship (only internships with some missing), from current().
    QHash<QString, QStringList> missingByInternship(const QStringList &internshipNos) const;
    QStringList missing(const QString &internshipNo) const;

    std::vector<StoredOverride> overrides(const QString &internshipNo) const;
    // The internships with an override (any), for the importer's look-up.
    QStringList overridden() const;

    // Planned or active internships ending on or after `from`, with items missing; by internship_no.
    std::vector<MissingChecks> internshipsMissing(const QString &from) const;

    std::optional<ChecklistInternship> internship(const QString &internshipNo) const;
    // Every internship's number, in order.
    QStringList internshipNos() const;

    // Insert inside the caller's transaction; return the new id.
    qint64 insert(const StoredCheck &check);
    qint64 insertOverride(const StoredOverride &o);

private:
    const Database &db_;
};

} // namespace kakehashi::storage
