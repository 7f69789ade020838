#pragma once
// Records by name, for views that show or offer them: the display name of a
// key, every record of a kind, whether a kind keeps versions; and the one flag
// the visa advisor sets. Storage's stores behind a header that names no storage
// type (the ui reaches storage only through services).
#include "domain/kinds.h"

#include <QString>

#include <functional>
#include <memory>

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

private:
    std::unique_ptr<storage::RecordStore> store_;   // one store for many look-ups
};

// The visa advisor's "senmonshi" flag of a student (storage::VisaStore).
void setSenmonshi(const storage::Database &db, const QString &studentNo, bool senmonshi);

} // namespace kakehashi::services
