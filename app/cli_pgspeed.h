#pragma once
// kakehashi-cli's job-hunting clock (issue 13, item 4), kept out of
// cli_main.cpp: `compliance job-hunting list|due|set|import|export`. Returns the
// exit status; usage errors are reported here (exit 2); refused data and roles
// throw as elsewhere (the caller's handlers give exit 1 and 3).
#include "auth/roles.h"

#include <QStringList>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::cli {

// `compliance job-hunting …`; `args` is what follows the word `job-hunting`.
int jobHuntingCommand(const storage::Database &db, const auth::Session &session, const QStringList &args);

} // namespace kakehashi::cli
