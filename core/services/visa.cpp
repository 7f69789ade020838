#include "services/visa.h"

#include "domain/timestamp.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "storage/visa_store.h"

#include <QDateTime>

namespace kakehashi::services {

std::vector<rules::VisaRule> VisaService::rules() const
{
    return storage::VisaStore(db_).rules();
}

void VisaService::setSenmonshi(const auth::Session &session, const QString &studentNo, bool senmonshi)
{
    auth::require(session, auth::Action::Edit);
    storage::VisaStore store(db_);
    storage::Transaction tx(db_);
    const auto before = store.student(studentNo);
    store.setSenmonshi(studentNo, senmonshi);
    storage::AuditLog(db_, session.who(), postingTimestamp(QDateTime::currentDateTime()))
        .add(QStringLiteral("update"), QStringLiteral("student_visa_facts"), studentNo, QStringLiteral("senmonshi"),
             before ? QVariant(before->facts.senmonshi ? 1 : 0) : QVariant(), senmonshi ? 1 : 0);
    tx.commit();
}

void VisaService::replaceRules(const auth::Session &session, const std::vector<rules::VisaRule> &rules)
{
    auth::require(session, auth::Action::Administer);
    storage::VisaStore store(db_);
    storage::Transaction tx(db_);
    const auto before = static_cast<qint64>(store.rules().size());
    store.replaceRules(rules);
    storage::AuditLog(db_, session.who(), postingTimestamp(QDateTime::currentDateTime()))
        .add(QStringLiteral("rules_replace"), QStringLiteral("visa_rules"), QString(), QStringLiteral("rules"), before,
             static_cast<qint64>(rules.size()));
    tx.commit();
}

} // namespace kakehashi::services
