#pragma once
// Writing a file the user named, for the programs: storage::OutputFile (a
// temporary beside the target, renamed into place; never an open database)
// behind a header that names no storage type.
#include <QString>

#include <functional>
#include <optional>

namespace kakehashi::services {

// Calls write(temporary) to fill a temporary file, then puts it in place of
// `file`. The message when the target is refused or cannot be written (nothing
// is replaced then); other exceptions of `write` pass through.
std::optional<QString> writeOutput(const QString &file, const std::function<void(const QString &temporary)> &write);

} // namespace kakehashi::services
