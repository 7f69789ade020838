#pragma once
// The language the ui shows: Japanese when the locale is Japanese, English otherwise.
#include <QString>

namespace kakehashi::codes {
struct Code;
struct CodeList;
}

namespace kakehashi::auth {
enum class Action;
}

namespace kakehashi::ui {

enum class Language { Japanese, English };

Language languageFromLocale();
// "ja" or "en"
QString languageCode(Language l);
// A code's label in the language, or the code itself when the list lacks it.
QString codeLabel(const codes::CodeList &list, const QString &code, Language l);
// Why a role may not do an action: the tooltip of a button it leaves disabled.
QString whyNot(auth::Action action);

} // namespace kakehashi::ui
