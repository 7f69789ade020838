#pragma once
// Records by name, for views that show or offer them: the display name of a
// key, every record of a kind, suggestions as a name is typed, whether a kind
// keeps versions. Storage's store behind a header that names no storage type
// (the ui reaches storage only through services).
#include "domain/kinds.h"

#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace kakehashi::storage {
class Database;
class RecordStore;
}

namespace kakehashi::services {

class RecordNames final
{
public:
    explicit RecordNames(const storage::Database &db);
    ~RecordNames();
    RecordNames(const RecordNames &) = delete;
    RecordNames &operator=(const RecordNames &) = delete;

    // Whether records of `kind` keep their earlier versions (and can be archived).
    static bool versioned(const domain::Kind &kind);
    // The record's name as lists show it (empty when there is none).
    QString displayName(const domain::Kind &kind, const QString &key) const;
    // Every record of `kind`, in key order.
    void forEach(const domain::Kind &kind, const std::function<void(const domain::Values &)> &f) const;
    // Up to `limit` records of `kind` whose key or name contains `text`: (key, name), for completers.
    std::vector<std::pair<QString, QString>> suggestions(const domain::Kind &kind, const QString &text, int limit) const;

private:
    std::unique_ptr<storage::RecordStore> store_;   // one store for many look-ups
};

} // namespace kakehashi::services
