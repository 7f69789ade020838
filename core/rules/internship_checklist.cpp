#include "rules/internship_checklist.h"

#include <QCoreApplication>

namespace kakehashi::rules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kakehashi::rules", text);
}

} // namespace

QString checklistItemCode(ChecklistItem item)
{
    switch (item) {
    case ChecklistItem::ResidenceCard:
        return QStringLiteral("residence_card");
    case ChecklistItem::WorkPermission:
        return QStringLiteral("work_permission");
    case ChecklistItem::Agreement:
        return QStringLiteral("agreement");
    case ChecklistItem::Insurance:
        return QStringLiteral("insurance");
    }
    return {};
}

std::optional<ChecklistItem> checklistItemFromCode(const QString &code)
{
    for (ChecklistItem i : kChecklistItems)
        if (checklistItemCode(i) == code)
            return i;
    return std::nullopt;
}

QString checklistItemName(ChecklistItem item)
{
    switch (item) {
    case ChecklistItem::ResidenceCard:
        return tr("residence card copy seen");
    case ChecklistItem::WorkPermission:
        return tr("work permission");
    case ChecklistItem::Agreement:
        return tr("internship agreement signed by the company");
    case ChecklistItem::Insurance:
        return tr("insurance");
    }
    return {};
}

std::optional<QString> checklistItemProblem(ChecklistItem item, const ChecklistEntry *entry)
{
    if (!entry || entry->verifiedOn.isEmpty() || entry->verifiedBy.isEmpty())
        return tr("not verified");
    if (item == ChecklistItem::WorkPermission) {
        if (entry->permission != u"none" && entry->permission != u"general" && entry->permission != u"individual")
            return tr("the kind of permission (none, general, individual) is not recorded");
        if (entry->permission == u"individual") {
            if (entry->permissionDate.isEmpty())
                return tr("no date of the individual permission");
            if (entry->permissionNo.isEmpty())
                return tr("no number of the individual permission");
        }
        if (entry->permission == u"none")
            return std::nullopt; // nothing on paper to attach
    }
    if (!entry->document)
        return tr("no scanned document attached");
    return std::nullopt;
}

QStringList missingChecklistItems(const std::vector<ChecklistEntry> &entries)
{
    QStringList out;
    for (ChecklistItem item : kChecklistItems) {
        const ChecklistEntry *found = nullptr;
        for (const ChecklistEntry &e : entries)
            if (e.item == item)
                found = &e;
        if (checklistItemProblem(item, found))
            out << checklistItemCode(item);
    }
    return out;
}

} // namespace kakehashi::rules
