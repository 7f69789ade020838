#pragma once
// The checks before an internship starts (issue 13, item 3): each item of an
// internship's checklist (residence card copy seen, work permission, agreement
// signed by the company, insurance) verified by a person on a day, with the
// scanned document kept in the database (SHA-256 in the audit trail). With the
// setting internship.checklist on, the importer (forms, files, every service
// that saves an internship) refuses `active` while an item is missing, unless an
// administrator overrode it with a reason. Staff and administrators record,
// administrators override, everyone reads; every change and every opening of a
// document is audited. One call = one transaction.
#include "auth/roles.h"
#include "domain/date.h"
#include "domain/error.h"
#include "rules/internship_checklist.h"
#include "storage/checklist_store.h"
#include "storage/evidence_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

// A scanned document's limit, as a signed timesheet's (ledger/evidence.h).
inline constexpr qint64 kMaxChecklistDocumentBytes = 20 * 1024 * 1024;

class ChecklistError final : public Error
{
public:
    using Error::Error;
};

struct ChecklistItemState
{
    rules::ChecklistItem item = rules::ChecklistItem::ResidenceCard;
    std::optional<storage::StoredCheck> check; // the latest verification
    std::optional<QString> problem;             // what it lacks; none when done
};

struct InternshipChecklist
{
    QString internshipNo;
    QString studentNo;
    QString status;
    bool required = false;                   // the setting internship.checklist
    std::vector<ChecklistItemState> items;   // in the order of rules::kChecklistItems
    QStringList missing;                     // item codes not done
    std::vector<storage::StoredOverride> overrides;
};

// One verification to record.
struct CheckInput
{
    rules::ChecklistItem item = rules::ChecklistItem::ResidenceCard;
    Date verifiedOn;
    QString permission; // work_permission: none, general, individual
    QString permissionDate; // YYYY-MM-DD, individual only
    QString permissionNo;   // individual only
    QString note;
    // The scanned document: a file to attach (PDF or image), or none to keep
    // the item's document in force.
    QString documentName;
    QByteArray documentContent;
};

// A problem of a checklist import (FORMATS §1's FILE:LINE: COLUMN: message).
struct ChecklistProblem
{
    int line = 0;
    QString column;
    QString message;
};

class ChecklistService final
{
    Q_DECLARE_TR_FUNCTIONS(kakehashi::services)

public:
    using Clock = std::function<QDateTime()>;
    explicit ChecklistService(storage::Database &db, Clock clock = &QDateTime::currentDateTime);

    bool required() const;
    // Throws ChecklistError when the internship is unknown.
    InternshipChecklist checklist(const QString &internshipNo) const;
    // Every internship's checklist state, by internship_no.
    std::vector<InternshipChecklist> all() const;
    // Every verification ever recorded, oldest first (the export).
    std::vector<storage::StoredCheck> history() const;

    // Records one verification by the session's person (AuthError unless they
    // may edit; ChecklistError for an unknown internship, a day in the future,
    // a bad permission or document). Audited (checklist_check, and the
    // document's SHA-256), in one transaction.
    storage::StoredCheck record(const auth::Session &session, const QString &internshipNo, const CheckInput &input);

    // An administrator lets the internship be active with items missing:
    // records the override with its reason and sets the internship `active`, in
    // one transaction, audited (checklist_override). AuthError unless an
    // administrator; ChecklistError when the reason is empty, nothing is
    // missing, or the internship is cancelled or completed.
    void overrideAndActivate(const auth::Session &session, const QString &internshipNo, const QString &reason);

    // The document in force of an item (its bytes, checked against the SHA-256),
    // audited as `action` (checklist_view or checklist_export).
    QByteArray openDocument(const auth::Session &session, const QString &internshipNo, rules::ChecklistItem item,
                            const QString &action, storage::DocumentInfo *info = nullptr);
    storage::DocumentInfo exportDocument(const auth::Session &session, const QString &internshipNo,
                                         rules::ChecklistItem item, const QString &file);

    // Planned or active internships not yet over with items missing (the dashboard's list).
    std::vector<storage::MissingChecks> missing(const Date &today) const;

    // The residence card warnings for an internship's student on `today`
    // ("expires on 2026-01-10, before the internship ends (2026-02-28)", …);
    // empty when none.
    QStringList cardWarnings(const QString &internshipNo, const Date &today) const;

    // A CSV of verifications (internship_no*, item*, verified_on*, permission,
    // permission_date, permission_no, document (a file, relative to the CSV's
    // folder), note): all or nothing; problems as FILE:LINE: COLUMN.
    std::vector<ChecklistProblem> importCsv(const auth::Session &session, const QString &path, bool dryRun,
                                            int *recorded = nullptr);

private:
    storage::Database &db_;
    Clock clock_;
};

// "residence card copy seen: not verified; insurance: no scanned document attached"
QString describeMissing(const InternshipChecklist &c);

} // namespace kakehashi::services
