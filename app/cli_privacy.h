#pragma once
// kakehashi-cli's personal-data commands (issue 15, items 1 and 2), kept out of
// cli_main.cpp: `consent`, `provision`, `disclose` and `request`. Each returns
// the exit status; usage errors are reported here (exit 2); refused data and
// roles throw as elsewhere (the caller's handlers give exit 1 and 3).
#include "auth/roles.h"

#include <QStringList>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::cli {

// Whether `command` is one of these; `args` is what follows it.
bool isPrivacyCommand(const QString &command);
int privacyCommand(storage::Database &db, const auth::Session &session, const QString &command,
                   const QStringList &args, bool japanese);

} // namespace kakehashi::cli
