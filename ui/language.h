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
// The language chosen in Settings ("language": ja, en or empty for the desktop's).
Language savedLanguage();
// Makes `language` the application's: Kakehashi's and Qt's own translations are
// replaced by those of the language (English needs none of Qt's). Widgets made
// afterwards speak it. False when Kakehashi's translation is missing.
bool installTranslators(Language language);
// "ja" or "en"
QString languageCode(Language l);
// A code's label in the language, or the code itself when the list lacks it.
QString codeLabel(const codes::CodeList &list, const QString &code, Language l);
// A stored ISO 8601 timestamp as people read it, in local time: "2026年12月3日(木) 16:35"
// or "3 Dec 2026, 16:35"; the text itself when it is not one.
QString localDateTime(const QString &iso);
// Why a role may not do an action: the tooltip of a button it leaves disabled.
QString whyNot(auth::Action action);

} // namespace kakehashi::ui
