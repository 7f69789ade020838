#pragma once
// `kakehashi-cli compliance notifications --pdf -o FILE [--date D] [--within DAYS]`:
// the foreign-worker notification sheet (外国人雇用状況届出) of every hire whose
// notification is due within DAYS (14) or overdue, one A4 page each.
#include <optional>

namespace kakehashi::cli {

// Runs the command when the arguments ask for it (compliance notifications with
// --pdf) and returns its exit code; nullopt for every other command line.
std::optional<int> notificationSheetsCommand(int argc, char *argv[]);

} // namespace kakehashi::cli
