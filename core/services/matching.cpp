#include "services/matching.h"

#include "domain/kinds.h"
#include "domain/timestamp.h"
#include "reports/matching.h"
#include "storage/audit_store.h"
#include "storage/database.h"

#include <QDateTime>

namespace kakehashi::services {

QString recordIntroduction(storage::Database &db, const auth::Session &session, const QString &companyCode,
                           const QString &studentNo, const Date &on)
{
    auth::require(session, auth::Action::Edit);
    const domain::Kind &events = domain::kind(domain::KindId::Events);
    const domain::Kind &participants = domain::kind(domain::KindId::Participants);
    storage::Transaction tx(db);
    const qint64 lastEvent = storage::AuditLog::lastId(db, events);
    const qint64 lastParticipant = storage::AuditLog::lastId(db, participants);
    const QString eventNo = reports::recordIntroduction(db, session, companyCode, studentNo, on);
    storage::AuditLog audit(db, session.who(), postingTimestamp(QDateTime::currentDateTime()));
    audit.creates(events, lastEvent);
    audit.creates(participants, lastParticipant);
    tx.commit();
    return eventNo;
}

} // namespace kakehashi::services
