#pragma once
// Recording that a student was introduced to a company (the matching screen and
// `match introduce`): the role, the event with its two participants and their
// audit rows in one transaction, which nests in a caller's.
#include "auth/roles.h"
#include "domain/date.h"

#include <QString>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

// Those who may edit (AuthError otherwise). Returns the new event's number
// (reports::recordIntroduction); each created record audited as a create.
QString recordIntroduction(storage::Database &db, const auth::Session &session, const QString &companyCode,
                           const QString &studentNo, const Date &on);

} // namespace kakehashi::services
