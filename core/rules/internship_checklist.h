#pragma once
// The checks before an internship starts (issue 13, item 3), as a pure rule.
// Before a foreign student works, the host must see the residence card and the
// permission to work outside the status of residence (入管法 第19条 資格外活動
// 許可, 第19条の3 在留カード); the consortium also wants the company's signed
// internship agreement and proof of insurance. Each item counts as done when a
// person recorded that they verified it, with the scanned document attached;
// a work permission of `none` has no paper to attach, an `individual` one needs
// its date and number.
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace kakehashi::rules {

enum class ChecklistItem { ResidenceCard, WorkPermission, Agreement, Insurance };

inline constexpr std::array<ChecklistItem, 4> kChecklistItems = {
    ChecklistItem::ResidenceCard, ChecklistItem::WorkPermission, ChecklistItem::Agreement, ChecklistItem::Insurance};

// residence_card, work_permission, agreement, insurance: what files and the CLI carry.
QString checklistItemCode(ChecklistItem item);
std::optional<ChecklistItem> checklistItemFromCode(const QString &code);
// The item as a message names it, in English ("residence card copy").
QString checklistItemName(ChecklistItem item);

// One item's latest verification, as stored.
struct ChecklistEntry
{
    ChecklistItem item = ChecklistItem::ResidenceCard;
    QString verifiedOn;    // YYYY-MM-DD
    QString verifiedBy;
    QString permission;    // work_permission: none, general, individual
    QString permissionDate;
    QString permissionNo;
    bool document = false; // a scanned document is attached
};

// What an item lacks, or nothing when it is done ("no scanned document",
// "no date of the individual permission", …; "not verified" when `entry` is null).
std::optional<QString> checklistItemProblem(ChecklistItem item, const ChecklistEntry *entry);

// The codes of the items that are not done, in the order of kChecklistItems.
QStringList missingChecklistItems(const std::vector<ChecklistEntry> &entries);

} // namespace kakehashi::rules
