#pragma once
// kakehashi-cli's `japanese …` commands (issue 15, item 8: business Japanese and
// test preparation), kept out of cli_main.cpp. Returns the exit status; usage
// errors are reported here (exit 2); refused data and roles throw as elsewhere
// (the caller's handlers give exit 1 and 3).
#include "auth/roles.h"

#include <QStringList>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::cli {

// `japanese …`; `args` is what follows the command word.
int japaneseCommand(storage::Database &db, const auth::Session &session, const QStringList &args);

} // namespace kakehashi::cli
