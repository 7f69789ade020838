#include "language.h"

#include "domain/codes.h"

#include <QLocale>

namespace kakehashi::ui {

Language languageFromLocale()
{
    return QLocale().language() == QLocale::Japanese ? Language::Japanese : Language::English;
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
