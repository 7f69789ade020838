#pragma once
// kakehashi-cli's evidence and completion-report commands (issue 14, items 4
// and 5), kept out of cli_main.cpp: `evidence add|list|export|sheet` and
// `report completion`. Each returns the exit status; usage errors are reported
// here (exit 2); refused data, failed writes and roles throw as elsewhere (the
// caller's handlers give exit 1 and 3).
#include "auth/auth.h"

#include <QStringList>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::cli {

// `evidence …`; `args` is what follows the word `evidence`.
int evidenceCommand(storage::Database &db, const auth::Session &session, const QStringList &args, bool japanese);
// `report completion …`; `args` is what follows the word `completion`.
int completionCommand(storage::Database &db, const auth::Session &session, const QStringList &args, bool japanese);
// Whether the command line prints a PDF by default (and so needs QtGui).
bool printsPdfByDefault(int argc, char *argv[]);

} // namespace kakehashi::cli
