#pragma once
// kakehashi-cli's pre-internship checklist (issue 13, item 3), kept out of
// cli_main.cpp: `compliance checklist list|set|override|import|export|document`.
// Returns the exit status; usage errors are reported here (exit 2); refused
// data and roles throw as elsewhere (the caller's handlers give exit 1 and 3).
#include "auth/roles.h"

#include <QStringList>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::cli {

// `compliance checklist …`; `args` is what follows the word `checklist`.
int checklistCommand(storage::Database &db, const auth::Session &session, const QStringList &args);

} // namespace kakehashi::cli
