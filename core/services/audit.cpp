#include "services/audit.h"

#include "storage/audit_store.h"

namespace kakehashi::services {

namespace {

storage::AuditFilter toFilter(const AuditQuery &q)
{
    storage::AuditFilter f;
    f.from = q.from;
    f.to = q.to;
    f.user = q.user;
    f.kind = q.kind;
    f.key = q.key;
    f.action = q.action;
    f.latest = q.latest;
    return f;
}

} // namespace

std::vector<std::vector<QString>> AuditService::entries(const AuditQuery &query) const
{
    return storage::auditEntries(db_, toFilter(query));
}

qint64 AuditService::count(const AuditQuery &query) const
{
    return storage::auditCount(db_, toFilter(query));
}

} // namespace kakehashi::services
