#include "reports/matching.h"

#include "domain/kinds.h"
#include "domain/timestamp.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "storage/privacy_store.h"
#include "storage/record_store.h"

#include <QDateTime>

#include <QDate>
#include <QVariant>

namespace kakehashi::reports {

namespace {

// A student is "employed" once any placement says so; the markets column holds
// ISO codes joined by ';'.
const QString kNotEmployed =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM placements p WHERE p.student_no = s.student_no AND p.outcome = 'employed')");
const QString kMarketHolds = QStringLiteral("(';' || c.overseas_markets || ';') LIKE ('%;' || s.nationality || ';%')");

} // namespace

std::vector<StudentMatch> studentsForCompany(const storage::Database &db, const QString &companyCode)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT * FROM (SELECT s.student_no, s.family_name || ' ' || s.given_name AS name, s.nationality, "
        "       coalesce(s.jlpt, '') AS jlpt, "
        "       CASE WHEN s.completed_on IS NOT NULL THEN 'graduate' "
        "            WHEN s.graduation_date IS NOT NULL AND s.graduation_date <= ? THEN 'final-year' "
        "            ELSE 'studying' END AS stage, s.school_code "
        "FROM students s JOIN companies c ON c.code = ? "
        "WHERE s.archived = 0 AND c.overseas_markets IS NOT NULL AND %1 AND %2) m "
        "ORDER BY CASE WHEN jlpt = '' THEN 9 ELSE CAST(substr(jlpt, 2) AS INTEGER) END, "
        "         CASE stage WHEN 'graduate' THEN 0 WHEN 'final-year' THEN 1 ELSE 2 END, student_no")
                                 .arg(kMarketHolds, kNotEmployed));
    // Final-year: graduating within a year from today.
    q.addBindValue(QDate::currentDate().addYears(1).toString(Qt::ISODate));
    q.addBindValue(companyCode);
    storage::Database::exec(q);
    std::vector<StudentMatch> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString()});
    return out;
}

std::vector<CompanyMatch> companiesForStudent(const storage::Database &db, const QString &studentNo)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT c.code, c.name, c.industry, c.overseas_markets, c.info_provider FROM companies c "
        "JOIN students s ON s.student_no = ? "
        "WHERE c.archived = 0 AND c.overseas_markets IS NOT NULL AND %1 "
        "ORDER BY c.info_provider DESC, c.code")
                                 .arg(kMarketHolds));
    q.addBindValue(studentNo);
    storage::Database::exec(q);
    std::vector<CompanyMatch> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toInt() != 0});
    return out;
}

QString recordIntroduction(storage::Database &db, const QString &companyCode, const QString &studentNo, const Date &on)
{
    return recordIntroduction(db, auth::Session{}, companyCode, studentNo, on);
}

qint64 recordProvision(storage::Database &db, const auth::Session &session, const QString &companyCode,
                       const QString &studentNo, const Date &on, const QString &items, const QString &reference)
{
    auth::require(session, auth::Action::Edit);
    storage::PrivacyStore privacy(db);
    if (!privacy.studentExists(studentNo))
        throw ProvisionRefused(QStringLiteral("there is no student %1").arg(studentNo));
    if (!privacy.companyExists(companyCode))
        throw ProvisionRefused(QStringLiteral("there is no company %1").arg(companyCode));
    if (items.trimmed().isEmpty())
        throw ProvisionRefused(QStringLiteral("name the items passed to %1 (e.g. family_name;given_name;email)").arg(companyCode));
    const auto consent = privacy.consentInForce(studentNo, QStringLiteral("introductions"), isoDateQ(on));
    if (!consent)
        throw ProvisionRefused(
            QStringLiteral("%1 has no consent for introductions to companies in force on %2: the student's data is "
                           "not passed to %3 (個人情報保護法 第27条); record the consent first (consent give --student "
                           "%1 --purpose introductions --method paper|email|online|verbal)")
                .arg(studentNo, isoDateQ(on), companyCode));
    storage::Transaction tx(db);
    storage::ProvisionRow record;
    record.studentNo = studentNo;
    record.companyCode = companyCode;
    record.providedOn = isoDateQ(on);
    record.items = items.trimmed();
    record.basis = QStringLiteral("consent introductions given %1 (%2)").arg(consent->givenOn, consent->method);
    record.reference = reference;
    record.recordedBy = session.who();
    record.recordedAt = postingTimestamp(QDateTime::currentDateTime());
    const qint64 id = privacy.insertProvision(record);
    storage::AuditLog(db, record.recordedBy, record.recordedAt)
        .add(QStringLiteral("provide"), QStringLiteral("students"), studentNo, QStringLiteral("provision"), {},
             QStringLiteral("#%1 to %2 on %3: %4 (%5)%6")
                 .arg(id)
                 .arg(companyCode, record.providedOn, record.items, record.basis,
                      reference.isEmpty() ? QString() : QStringLiteral(" ") + reference));
    tx.commit();
    return id;
}

QString recordIntroduction(storage::Database &db, const auth::Session &session, const QString &companyCode,
                           const QString &studentNo, const Date &on)
{
    auth::require(session, auth::Action::Edit);
    storage::RecordStore store(db);
    const auto &events = domain::kind(domain::KindId::Events);
    const auto &participants = domain::kind(domain::KindId::Participants);
    storage::Transaction tx(db);
    // INTRO-YYYYMMDD-n: the day's next free number.
    const QString prefix = QStringLiteral("INTRO-%1-").arg(isoDateQ(on).remove(QLatin1Char('-')));
    const auto existing = store.keyIds(events);
    int n = 1;
    while (existing.contains(prefix + QString::number(n)))
        ++n;
    const QString eventNo = prefix + QString::number(n);
    // First the consent and the provision record: nothing is written without them.
    recordProvision(db, session, companyCode, studentNo, on, kIntroductionItems, eventNo);
    domain::Values e(events.fields.size());
    e[static_cast<size_t>(events.fieldIndex(QLatin1String("event_no")))] = eventNo;
    e[static_cast<size_t>(events.fieldIndex(QLatin1String("kind")))] = QStringLiteral("counselling");
    e[static_cast<size_t>(events.fieldIndex(QLatin1String("step")))] = qint64(2);
    e[static_cast<size_t>(events.fieldIndex(QLatin1String("title")))] =
        QString::fromUtf8("紹介 %1 — %2").arg(companyCode, studentNo);
    e[static_cast<size_t>(events.fieldIndex(QLatin1String("date")))] = isoDateQ(on);
    e[static_cast<size_t>(events.fieldIndex(QLatin1String("company_code")))] = companyCode;
    store.insert(events, e);
    domain::Values p(participants.fields.size());
    p[0] = eventNo;
    p[1] = studentNo;
    p[3] = qint64(1);
    store.insert(participants, p);
    p[1] = QVariant();
    p[2] = companyCode;
    store.insert(participants, p);
    storage::AuditLog(db, session.who(), postingTimestamp(QDateTime::currentDateTime()))
        .add(QStringLiteral("introduce"), QStringLiteral("events"), eventNo, QStringLiteral("title"), {},
             e[static_cast<size_t>(events.fieldIndex(QLatin1String("title")))]);
    tx.commit();
    return eventNo;
}

} // namespace kakehashi::reports
