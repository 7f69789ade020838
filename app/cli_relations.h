#pragma once
// kakehashi-cli's commands for the relationship work of STEP 1–3 (issue 15,
// items 5–8), kept out of cli_main.cpp: `contacts …` and `activity …`. Each
// returns the exit status; usage errors are reported here (exit 2); refused
// data and roles throw as elsewhere (the caller's handlers give exit 1 and 3).
#include "auth/roles.h"

#include <QStringList>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::cli {

// `contacts …` and `activity …`; `args` is what follows the command word.
int contactsCommand(storage::Database &db, const auth::Session &session, const QStringList &args);
int activityCommand(storage::Database &db, const auth::Session &session, const QStringList &args);
// `letter TEMPLATE --student NO … --output FILE.pdf`: letters from templates,
// each recorded as an activity (issue 15, item 6).
int letterCommand(storage::Database &db, const auth::Session &session, const QStringList &args);
// Whether the command line prints letters (and so needs QtGui).
bool relationsPrintsPdf(int argc, char *argv[]);
// The roles table's action of a relations command (FORMATS §4): Edit for what
// writes, else Read.
bool relationsCommandWrites(const QString &command, const QString &sub);

} // namespace kakehashi::cli
