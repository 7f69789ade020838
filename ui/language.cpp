#include "language.h"

#include "auth/auth.h"
#include "domain/codes.h"

#include <QCoreApplication>

#include <QLocale>

namespace kakehashi::ui {

Language languageFromLocale()
{
    return QLocale().language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

QString whyNot(auth::Action action)
{
    using auth::Action;
    switch (action) {
    case Action::Read: return {};
    case Action::Edit: return QCoreApplication::translate("kakehashi::ui::Roles", "Auditors read and export; they change nothing.");
    case Action::Administer:
        return QCoreApplication::translate("kakehashi::ui::Roles",
                                           "Only administrators post to the ledger, reverse payments, set rates and the calendar.");
    case Action::AuditLedger:
        return QCoreApplication::translate("kakehashi::ui::Roles", "Only administrators and auditors export and verify the ledger.");
    case Action::Maintain:
        return QCoreApplication::translate("kakehashi::ui::Roles", "Only administrators manage users and backups.");
    }
    return {};
}

QString languageCode(Language l)
{
    return l == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString codeLabel(const codes::CodeList &list, const QString &code, Language l)
{
    const codes::Code *c = list.find(code);
    if (!c)
        return code;
    return QString::fromUtf8(l == Language::Japanese ? c->ja : c->en);
}

} // namespace kakehashi::ui
