#include "services/output.h"

#include "storage/output_file.h"

namespace kakehashi::services {

std::optional<QString> writeOutput(const QString &file, const std::function<void(const QString &temporary)> &write)
{
    try {
        storage::OutputFile out(file);
        write(out.path());
        out.commit();
        return std::nullopt;
    } catch (const storage::OutputError &e) {
        return e.message();
    }
}

} // namespace kakehashi::services
