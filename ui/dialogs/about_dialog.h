#pragma once
// Help → About: the program's version and git commit (the same line as
// `kakehashi --version` and `kakehashi-cli --version`), the open database and
// its schema version beside the newest this program knows, and Qt's version.
#include <QString>

class QWidget;

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::ui {

// The dialog's text (rich text), in the language of the installed translators.
QString aboutText(const storage::Database &db);

// Shows it, modal, with the program's icon.
void showAboutDialog(QWidget *parent, const storage::Database &db);

} // namespace kakehashi::ui
