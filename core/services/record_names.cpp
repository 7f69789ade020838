#include "services/record_names.h"

#include "storage/record_store.h"

namespace kakehashi::services {

RecordNames::RecordNames(const storage::Database &db)
    : store_(std::make_unique<storage::RecordStore>(db))
{
}

RecordNames::~RecordNames() = default;

bool RecordNames::versioned(const domain::Kind &kind)
{
    return storage::RecordStore::versioned(kind);
}

QString RecordNames::displayName(const domain::Kind &kind, const QString &key) const
{
    return store_->displayName(kind, key);
}

void RecordNames::forEach(const domain::Kind &kind, const std::function<void(const domain::Values &)> &f) const
{
    store_->forEach(kind, f);
}

std::vector<std::pair<QString, QString>> RecordNames::suggestions(const domain::Kind &kind, const QString &text,
                                                                   int limit) const
{
    return store_->suggestions(kind, text, limit);
}

} // namespace kakehashi::services
