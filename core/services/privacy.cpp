#include "services/privacy.h"

#include "domain/timestamp.h"
#include "ledger/settings.h"
#include "io/csv.h"
#include "io/encoding.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "storage/privacy_store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <set>
#include <tuple>

namespace kakehashi::services {

namespace {

const QString kStudents = QStringLiteral("students");

QString now()
{
    return postingTimestamp(QDateTime::currentDateTime());
}

Consent fromRow(const storage::ConsentRow &r)
{
    return {r.studentNo, r.purpose, r.givenOn, r.withdrawnOn, r.method, r.note};
}

QString consentText(const QString &givenOn, const QString &withdrawnOn, const QString &method)
{
    return QStringLiteral("given %1 (%2)%3")
        .arg(givenOn, method, withdrawnOn.isEmpty() ? QString() : QStringLiteral(", withdrawn %1").arg(withdrawnOn));
}

// A date field: empty, or a real date written as ISO.
std::optional<QString> isoOrEmpty(const QString &text, bool &ok)
{
    ok = true;
    if (text.trimmed().isEmpty())
        return QString();
    const auto d = parseDate(QStringView(text.trimmed()));
    if (!d) {
        ok = false;
        return std::nullopt;
    }
    return isoDateQ(*d);
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    case QMetaType::Bool:
        return QJsonValue(v.toBool());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromLatin1(v.toByteArray().toBase64()));
    default:
        return QJsonValue(v.toString());
    }
}

} // namespace

const QStringList &consentPurposes()
{
    static const QStringList p = {QStringLiteral("introductions"), QStringLiteral("alumni"),
                                  QStringLiteral("publicity"), QStringLiteral("school")};
    return p;
}

const QStringList &consentMethods()
{
    static const QStringList m = {QStringLiteral("paper"), QStringLiteral("email"), QStringLiteral("online"),
                                  QStringLiteral("verbal")};
    return m;
}

const QStringList &requestKinds()
{
    static const QStringList k = {QStringLiteral("disclosure"), QStringLiteral("correction"),
                                  QStringLiteral("stop_of_use"), QStringLiteral("deletion")};
    return k;
}

void Privacy::giveConsent(const auth::Session &session, const Consent &c)
{
    auth::require(session, auth::Action::Edit);
    if (!consentPurposes().contains(c.purpose))
        throw PrivacyError(tr("purpose: “%1” is not one of %2").arg(c.purpose, consentPurposes().join(u", ")));
    if (!consentMethods().contains(c.method))
        throw PrivacyError(tr("method: “%1” is not one of %2").arg(c.method, consentMethods().join(u", ")));
    const auto given = parseDate(QStringView(c.givenOn));
    if (!given)
        throw PrivacyError(tr("given on: “%1” is not a date").arg(c.givenOn));
    storage::Transaction tx(db_);
    storage::PrivacyStore store(db_);
    if (!store.studentExists(c.studentNo))
        throw PrivacyError(tr("there is no student %1").arg(c.studentNo));
    if (store.consent(c.studentNo, c.purpose, isoDateQ(*given)))
        throw PrivacyError(tr("%1 has a consent for %2 given on %3 already").arg(c.studentNo, c.purpose, isoDateQ(*given)));
    if (const auto old = store.consentInForce(c.studentNo, c.purpose, isoDateQ(*given)))
        throw PrivacyError(tr("%1 has a consent for %2 in force since %3: withdraw it first")
                               .arg(c.studentNo, c.purpose, old->givenOn));
    storage::ConsentRow row;
    row.studentNo = c.studentNo;
    row.purpose = c.purpose;
    row.givenOn = isoDateQ(*given);
    row.method = c.method;
    row.note = c.note;
    store.insertConsent(row);
    storage::AuditLog(db_, session.who(), now())
        .add(QStringLiteral("consent_give"), kStudents, c.studentNo, QStringLiteral("consent ") + c.purpose, {},
             consentText(row.givenOn, {}, row.method));
    tx.commit();
}

void Privacy::withdrawConsent(const auth::Session &session, const QString &studentNo, const QString &purpose,
                              const Date &on)
{
    auth::require(session, auth::Action::Edit);
    storage::Transaction tx(db_);
    storage::PrivacyStore store(db_);
    auto c = store.consentInForce(studentNo, purpose, isoDateQ(on));
    if (!c)
        throw PrivacyError(tr("%1 has no consent for %2 in force on %3").arg(studentNo, purpose, isoDateQ(on)));
    const QString before = consentText(c->givenOn, c->withdrawnOn, c->method);
    c->withdrawnOn = isoDateQ(on);
    store.updateConsent(*c);
    storage::AuditLog(db_, session.who(), now())
        .add(QStringLiteral("consent_withdraw"), kStudents, studentNo, QStringLiteral("consent ") + purpose, before,
             consentText(c->givenOn, c->withdrawnOn, c->method));
    tx.commit();
}

std::vector<Consent> Privacy::consents(const QString &studentNo) const
{
    std::vector<Consent> out;
    for (const auto &r : storage::PrivacyStore(db_).consents(studentNo))
        out.push_back(fromRow(r));
    return out;
}

bool Privacy::consentInForce(const QString &studentNo, const QString &purpose, const Date &on) const
{
    return storage::PrivacyStore(db_).consentInForce(studentNo, purpose, isoDateQ(on)).has_value();
}

QString Privacy::consentsCsv(const QString &studentNo) const
{
    io::CsvWriter w;
    w.writeRecord({QStringLiteral("student_no"), QStringLiteral("purpose"), QStringLiteral("given_on"),
                   QStringLiteral("withdrawn_on"), QStringLiteral("method"), QStringLiteral("note")});
    for (const Consent &c : consents(studentNo))
        w.writeRecord({c.studentNo, c.purpose, c.givenOn, c.withdrawnOn, c.method, io::protectCell(c.note)});
    return w.take();
}

std::pair<int, int> Privacy::importConsents(const auth::Session &session, const QString &fileName,
                                            const QByteArray &bytes)
{
    auth::require(session, auth::Action::Edit);
    const io::Decoded decoded = io::decode(bytes, io::Encoding::Auto);
    const io::CsvDocument doc = io::parseCsv(decoded.text);
    QStringList problems;
    for (const int line : decoded.badLines)
        problems << tr("%1:%2: bytes that are neither UTF-8 nor CP932 text").arg(fileName).arg(line);
    for (const io::CsvError &e : doc.errors)
        problems << QStringLiteral("%1:%2: %3").arg(fileName).arg(e.line).arg(e.message);
    const QStringList header = {QStringLiteral("student_no"), QStringLiteral("purpose"), QStringLiteral("given_on"),
                                QStringLiteral("withdrawn_on"), QStringLiteral("method"), QStringLiteral("note")};
    if (doc.records.empty())
        throw PrivacyError(tr("%1: empty file (the header is %2)").arg(fileName, header.join(u',')));
    QStringList got;
    for (const QString &f : doc.records.front().fields)
        got << f.trimmed();
    if (got != header)
        throw PrivacyError(tr("%1:%2: the header must be %3").arg(fileName).arg(doc.records.front().line).arg(header.join(u',')));
    storage::PrivacyStore store(db_);
    std::vector<std::pair<int, storage::ConsentRow>> rows;
    std::map<std::tuple<QString, QString, QString>, int> seen;
    for (size_t i = 1; i < doc.records.size(); ++i) {
        const io::CsvRecord &r = doc.records[i];
        const auto at = [&](const char *field) {
            return tr("%1:%2: %3").arg(fileName).arg(r.line).arg(QLatin1String(field));
        };
        if (r.fields.size() != 6) {
            problems << tr("%1:%2: %3 fields, the header has 6").arg(fileName).arg(r.line).arg(r.fields.size());
            continue;
        }
        storage::ConsentRow c;
        c.studentNo = r.fields[0].trimmed();
        c.purpose = r.fields[1].trimmed();
        c.method = r.fields[4].trimmed();
        c.note = io::unprotectCell(r.fields[5]);
        const size_t before = static_cast<size_t>(problems.size());
        if (c.studentNo.isEmpty())
            problems << at("student_no") + tr(": required");
        else if (!store.studentExists(c.studentNo))
            problems << at("student_no") + tr(": there is no student %1").arg(c.studentNo);
        if (!consentPurposes().contains(c.purpose))
            problems << at("purpose") + tr(": “%1” is not one of %2").arg(c.purpose, consentPurposes().join(u", "));
        bool ok = true;
        const auto given = isoOrEmpty(r.fields[2], ok);
        if (!ok || !given || given->isEmpty())
            problems << at("given_on") + tr(": “%1” is not a date").arg(r.fields[2]);
        else
            c.givenOn = *given;
        const auto withdrawn = isoOrEmpty(r.fields[3], ok);
        if (!ok)
            problems << at("withdrawn_on") + tr(": “%1” is not a date").arg(r.fields[3]);
        else
            c.withdrawnOn = *withdrawn;
        if (!c.withdrawnOn.isEmpty() && !c.givenOn.isEmpty() && c.withdrawnOn < c.givenOn)
            problems << at("withdrawn_on") + tr(": %1 is before given_on %2").arg(c.withdrawnOn, c.givenOn);
        if (!consentMethods().contains(c.method))
            problems << at("method") + tr(": “%1” is not one of %2").arg(c.method, consentMethods().join(u", "));
        if (static_cast<size_t>(problems.size()) != before)
            continue;
        const auto key = std::make_tuple(c.studentNo, c.purpose, c.givenOn);
        if (const auto it = seen.find(key); it != seen.end()) {
            problems << at("given_on") + tr(": the same consent as line %1").arg(it->second);
            continue;
        }
        seen.emplace(key, r.line);
        rows.emplace_back(r.line, c);
    }
    if (!problems.isEmpty())
        throw PrivacyError(problems.join(QLatin1Char('\n')) + tr("\nnothing was imported"));
    int added = 0, changed = 0;
    storage::Transaction tx(db_);
    storage::AuditLog audit(db_, session.who(), now());
    for (auto &[line, c] : rows) {
        const QString field = QStringLiteral("consent ") + c.purpose;
        if (auto old = store.consent(c.studentNo, c.purpose, c.givenOn)) {
            if (old->withdrawnOn == c.withdrawnOn && old->method == c.method && old->note == c.note)
                continue;
            const QString before = consentText(old->givenOn, old->withdrawnOn, old->method);
            c.id = old->id;
            store.updateConsent(c);
            audit.add(QStringLiteral("consent_import"), kStudents, c.studentNo, field, before,
                      consentText(c.givenOn, c.withdrawnOn, c.method));
            ++changed;
        } else {
            store.insertConsent(c);
            audit.add(QStringLiteral("consent_import"), kStudents, c.studentNo, field, {},
                      consentText(c.givenOn, c.withdrawnOn, c.method));
            ++added;
        }
    }
    tx.commit();
    return {added, changed};
}

std::vector<Provision> Privacy::provisions(const QString &studentNo, const QString &companyCode) const
{
    std::vector<Provision> out;
    for (const auto &p : storage::PrivacyStore(db_).provisions(studentNo, companyCode))
        out.push_back({p.id, p.studentNo, p.companyCode, p.providedOn, p.items, p.basis, p.reference, p.recordedBy,
                       p.recordedAt});
    return out;
}

QString Privacy::provisionsCsv(const QString &studentNo, const QString &companyCode) const
{
    io::CsvWriter w;
    w.writeRecord({QStringLiteral("id"), QStringLiteral("provided_on"), QStringLiteral("student_no"),
                   QStringLiteral("company_code"), QStringLiteral("items"), QStringLiteral("basis"),
                   QStringLiteral("reference"), QStringLiteral("recorded_by"), QStringLiteral("recorded_at")});
    for (const Provision &p : provisions(studentNo, companyCode))
        w.writeRecord({QString::number(p.id), p.providedOn, p.studentNo, p.companyCode, p.items,
                       io::protectCell(p.basis), p.reference, p.recordedBy, p.recordedAt});
    return w.take();
}

QByteArray Privacy::disclosureJson(const auth::Session &session, const QString &studentNo, const QString &form)
{
    auth::require(session, auth::Action::Read);
    storage::PrivacyStore store(db_);
    if (!store.studentExists(studentNo))
        throw PrivacyError(tr("there is no student %1").arg(studentNo));
    storage::Transaction tx(db_);
    const QString at = now();
    QJsonObject tables;
    int rowCount = 0;
    for (const storage::PersonTable &t : store.personData(studentNo)) {
        QJsonArray rows;
        for (const QVariantList &r : t.rows) {
            QJsonObject o;
            for (int i = 0; i < t.columns.size(); ++i)
                o.insert(t.columns[i], jsonValue(r.value(i)));
            rows.append(o);
        }
        rowCount += static_cast<int>(t.rows.size());
        tables.insert(t.table, rows);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("kakehashi-disclosure/1"));
    root.insert(QStringLiteral("student_no"), studentNo);
    root.insert(QStringLiteral("made_at"), at);
    root.insert(QStringLiteral("made_by"), session.who());
    root.insert(QStringLiteral("legal_basis"), QStringLiteral("個人情報保護法 第33条 (開示)"));
    root.insert(QStringLiteral("tables"), tables);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    storage::AuditLog(db_, session.who(), at)
        .add(QStringLiteral("disclosure"), kStudents, studentNo, form, {},
             QStringLiteral("%1 tables, %2 rows, %3 bytes").arg(tables.size()).arg(rowCount).arg(json.size()));
    tx.commit();
    return json;
}

qint64 Privacy::addRequest(const auth::Session &session, PrivacyRequest r)
{
    auth::require(session, auth::Action::Edit);
    if (!requestKinds().contains(r.kind))
        throw PrivacyError(tr("kind: “%1” is not one of %2").arg(r.kind, requestKinds().join(u", ")));
    const auto received = parseDate(QStringView(r.receivedOn));
    if (!received)
        throw PrivacyError(tr("received: “%1” is not a date").arg(r.receivedOn));
    r.receivedOn = isoDateQ(*received);
    if (r.dueOn.isEmpty()) {
        r.dueOn = isoDateQ(*received + boost::gregorian::days(14));
    } else {
        const auto due = parseDate(QStringView(r.dueOn));
        if (!due)
            throw PrivacyError(tr("due: “%1” is not a date").arg(r.dueOn));
        if (*due < *received)
            throw PrivacyError(tr("due: %1 is before the day it was received (%2)").arg(isoDateQ(*due), r.receivedOn));
        r.dueOn = isoDateQ(*due);
    }
    storage::Transaction tx(db_);
    storage::PrivacyStore store(db_);
    if (!store.studentExists(r.studentNo))
        throw PrivacyError(tr("there is no student %1").arg(r.studentNo));
    storage::RequestRow row{0, r.studentNo, r.kind, r.receivedOn, r.dueOn, {}, {}, r.note, session.who()};
    const qint64 id = store.insertRequest(row);
    storage::AuditLog(db_, session.who(), now())
        .add(QStringLiteral("request_add"), kStudents, r.studentNo, QStringLiteral("request %1").arg(id), {},
             QStringLiteral("%1 received %2, due %3").arg(r.kind, r.receivedOn, r.dueOn));
    tx.commit();
    return id;
}

void Privacy::answerRequest(const auth::Session &session, qint64 id, const Date &on, const QString &outcome)
{
    auth::require(session, auth::Action::Edit);
    storage::Transaction tx(db_);
    storage::PrivacyStore store(db_);
    auto r = store.request(id);
    if (!r)
        throw PrivacyError(tr("there is no request %1").arg(id));
    if (!r->answeredOn.isEmpty())
        throw PrivacyError(tr("request %1 was answered on %2 already").arg(id).arg(r->answeredOn));
    if (isoDateQ(on) < r->receivedOn)
        throw PrivacyError(tr("request %1 was received on %2, after %3").arg(id).arg(r->receivedOn, isoDateQ(on)));
    r->answeredOn = isoDateQ(on);
    r->outcome = outcome;
    store.updateRequest(*r);
    storage::AuditLog(db_, session.who(), now())
        .add(QStringLiteral("request_answer"), kStudents, r->studentNo, QStringLiteral("request %1").arg(id), {},
             QStringLiteral("%1 answered %2: %3").arg(r->kind, r->answeredOn, outcome));
    tx.commit();
}

std::vector<PrivacyRequest> Privacy::requests(const QString &studentNo) const
{
    std::vector<PrivacyRequest> out;
    for (const auto &r : storage::PrivacyStore(db_).requests(studentNo))
        out.push_back({r.id, r.studentNo, r.kind, r.receivedOn, r.dueOn, r.answeredOn, r.outcome, r.note,
                       r.recordedBy});
    return out;
}

QString Privacy::requestsCsv(const QString &studentNo) const
{
    io::CsvWriter w;
    w.writeRecord({QStringLiteral("id"), QStringLiteral("student_no"), QStringLiteral("kind"),
                   QStringLiteral("received_on"), QStringLiteral("due_on"), QStringLiteral("answered_on"),
                   QStringLiteral("outcome"), QStringLiteral("note"), QStringLiteral("recorded_by")});
    for (const PrivacyRequest &r : requests(studentNo))
        w.writeRecord({QString::number(r.id), r.studentNo, r.kind, r.receivedOn, r.dueOn, r.answeredOn,
                       io::protectCell(r.outcome), io::protectCell(r.note), r.recordedBy});
    return w.take();
}

QString nameKey(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KC).toCaseFolded()) {
        if (c.isSpace() || c.isPunct() || c == u'\u30FB' || c == u'\u00B7')
            continue;
        const char16_t u = c.unicode();
        // Hiragana ぁ–ゖ to katakana ァ–ヶ.
        out += (u >= 0x3041 && u <= 0x3096) ? QChar(static_cast<char16_t>(u + 0x60)) : c;
    }
    return out;
}

namespace {

// The keys a record is compared by: (reason, key). One place for the rules of
// likely duplicates, used by the list, the import's and the form's warnings.
using DupEntry = std::pair<QString, QString>;

std::set<DupEntry> studentEntries(const storage::StudentIdentity &s)
{
    std::set<DupEntry> out;
    const QString why = QStringLiteral("birth_date+name");
    const QString family = nameKey(s.familyName), given = nameKey(s.givenName);
    // A file's 2001/5/14 is the stored 2001-05-14.
    const std::optional<Date> birth = parseDate(QStringView(s.birthDate).trimmed());
    const QString prefix = (birth ? isoDateQ(*birth) : s.birthDate.trimmed()) + QLatin1Char('|');
    if (!family.isEmpty() || !given.isEmpty()) {
        out.emplace(why, prefix + family + given);
        out.emplace(why, prefix + given + family);
    }
    if (const QString kana = nameKey(s.nameKana); !kana.isEmpty())
        out.emplace(why, prefix + kana);
    if (!s.email.trimmed().isEmpty())
        out.emplace(QStringLiteral("email"), s.email.trimmed().toCaseFolded());
    if (!s.residenceCardNo.trimmed().isEmpty())
        out.emplace(QStringLiteral("residence_card_no"), s.residenceCardNo.trimmed().toUpper());
    return out;
}

std::set<DupEntry> companyEntries(const storage::CompanyIdentity &c)
{
    std::set<DupEntry> out;
    if (!c.corporateNumber.trimmed().isEmpty())
        out.emplace(QStringLiteral("corporate_number"), c.corporateNumber.trimmed());
    if (const QString k = nameKey(c.name); !k.isEmpty())
        out.emplace(QStringLiteral("name"), k);
    return out;
}

QString keepStored(const QString &given, const QString &stored)
{
    return given.trimmed().isEmpty() ? stored : given;
}

} // namespace

QString DuplicateWarning::message() const
{
    static const std::map<QString, const char *> why{
        {QStringLiteral("birth_date+name"), "same birth date and name"},
        {QStringLiteral("email"), "same email"},
        {QStringLiteral("residence_card_no"), "same residence card number"},
        {QStringLiteral("corporate_number"), "same corporate number (法人番号)"},
        {QStringLiteral("name"), "same name"}};
    const auto it = why.find(reason);
    return QStringLiteral("%1 %2 is a likely duplicate of %3 (%4)")
        .arg(kind == u"companies" ? QStringLiteral("company") : QStringLiteral("student"), key, other,
             it == why.end() ? reason : QString::fromUtf8(it->second));
}

std::vector<Duplicate> Privacy::duplicates() const
{
    storage::PrivacyStore store(db_);
    std::set<std::tuple<QString, QString, QString, QString>> found;
    const auto pairsIn = [&](const QString &kind, const std::multimap<DupEntry, QString> &index) {
        for (auto it = index.begin(); it != index.end();) {
            // Each record of a group with the group's first (not every pair: a
            // thousand records of one name are 999 rows, not half a million).
            const auto range = index.equal_range(it->first);
            std::set<QString> members;
            for (auto a = range.first; a != range.second; ++a)
                members.insert(a->second);
            for (auto b = std::next(members.begin()); members.size() > 1 && b != members.end(); ++b)
                found.emplace(kind, *members.begin(), *b, it->first.first);
            it = range.second;
        }
    };
    std::multimap<DupEntry, QString> students, companies;
    for (const storage::StudentIdentity &s : store.studentIdentities())
        for (const DupEntry &e : studentEntries(s))
            students.emplace(e, s.studentNo);
    for (const storage::CompanyIdentity &c : store.companyIdentities())
        for (const DupEntry &e : companyEntries(c))
            companies.emplace(e, c.code);
    pairsIn(kStudents, students);
    pairsIn(QStringLiteral("companies"), companies);
    std::vector<Duplicate> out;
    for (const auto &[kind, a, b, why] : found)
        out.push_back({kind, a, b, why});
    return out;
}

std::vector<DuplicateWarning> Privacy::duplicatesOf(const std::vector<StudentCandidate> &students,
                                                    const std::vector<CompanyCandidate> &companies) const
{
    storage::PrivacyStore store(db_);
    std::vector<DuplicateWarning> out;
    if (!students.empty()) {
        std::map<QString, storage::StudentIdentity> all;
        for (storage::StudentIdentity &s : store.studentIdentities())
            all.emplace(s.studentNo, std::move(s));
        std::vector<storage::StudentIdentity> cands;
        for (const StudentCandidate &c : students) {
            const storage::StudentIdentity stored = all.count(c.studentNo) ? all.at(c.studentNo)
                                                                            : storage::StudentIdentity{};
            storage::StudentIdentity s{c.studentNo,
                                       keepStored(c.familyName, stored.familyName),
                                       keepStored(c.givenName, stored.givenName),
                                       keepStored(c.nameKana, stored.nameKana),
                                       keepStored(c.birthDate, stored.birthDate),
                                       keepStored(c.email, stored.email),
                                       keepStored(c.residenceCardNo, stored.residenceCardNo)};
            all[c.studentNo] = s;
            cands.push_back(std::move(s));
        }
        std::multimap<DupEntry, QString> index;
        for (const auto &[no, s] : all)
            for (const DupEntry &e : studentEntries(s))
                index.emplace(e, no);
        for (std::size_t i = 0; i < cands.size(); ++i) {
            std::set<std::pair<QString, QString>> seen;
            for (const DupEntry &e : studentEntries(cands[i])) {
                // The first other record of the key (one warning a reason, however
                // many records share it: the work stays linear in the file).
                const auto range = index.equal_range(e);
                for (auto it = range.first; it != range.second; ++it)
                    if (it->second != cands[i].studentNo) {
                        if (seen.emplace(it->second, e.first).second)
                            out.push_back({students[i].line, kStudents, cands[i].studentNo, it->second, e.first});
                        break;
                    }
            }
        }
    }
    if (!companies.empty()) {
        std::map<QString, storage::CompanyIdentity> all;
        for (storage::CompanyIdentity &c : store.companyIdentities())
            all.emplace(c.code, std::move(c));
        std::vector<storage::CompanyIdentity> cands;
        for (const CompanyCandidate &c : companies) {
            const storage::CompanyIdentity stored = all.count(c.code) ? all.at(c.code) : storage::CompanyIdentity{};
            storage::CompanyIdentity s{c.code, keepStored(c.name, stored.name), stored.nameEn,
                                       keepStored(c.corporateNumber, stored.corporateNumber)};
            all[c.code] = s;
            cands.push_back(std::move(s));
        }
        std::multimap<DupEntry, QString> index;
        for (const auto &[code, c] : all)
            for (const DupEntry &e : companyEntries(c))
                index.emplace(e, code);
        for (std::size_t i = 0; i < cands.size(); ++i) {
            std::set<std::pair<QString, QString>> seen;
            for (const DupEntry &e : companyEntries(cands[i])) {
                const auto range = index.equal_range(e);
                for (auto it = range.first; it != range.second; ++it)
                    if (it->second != cands[i].code) {
                        if (seen.emplace(it->second, e.first).second)
                            out.push_back({companies[i].line, QStringLiteral("companies"), cands[i].code,
                                           it->second, e.first});
                        break;
                    }
            }
        }
    }
    return out;
}

std::vector<DuplicateWarning> Privacy::importDuplicates(const QString &kindName, const QByteArray &bytes) const
{
    const bool isStudents = kindName == kStudents, isCompanies = kindName == u"companies";
    if (!isStudents && !isCompanies)
        return {};
    const io::CsvDocument doc = io::parseCsv(io::decode(bytes, io::Encoding::Auto).text);
    if (doc.records.empty())
        return {};
    std::map<QString, std::size_t> col;
    for (std::size_t i = 0; i < doc.records.front().fields.size(); ++i)
        col.emplace(doc.records.front().fields[i].trimmed(), i);
    std::vector<StudentCandidate> students;
    std::vector<CompanyCandidate> companies;
    for (std::size_t r = 1; r < doc.records.size(); ++r) {
        const io::CsvRecord &rec = doc.records[r];
        const auto field = [&](const char *name) {
            const auto it = col.find(QLatin1String(name));
            return it == col.end() || it->second >= rec.fields.size() ? QString() : rec.fields[it->second].trimmed();
        };
        if (isStudents) {
            const QString no = field("student_no");
            if (!no.isEmpty())
                students.push_back({no, field("family_name"), field("given_name"), field("name_kana"),
                                    field("birth_date"), field("email"), field("residence_card_no"), rec.line});
        } else {
            const QString code = field("code");
            if (!code.isEmpty())
                companies.push_back({code, field("name"), field("corporate_number"), rec.line});
        }
    }
    return duplicatesOf(students, companies);
}

QString Privacy::duplicatesCsv(const std::vector<Duplicate> &list)
{
    io::CsvWriter w;
    w.writeRecord({QStringLiteral("kind"), QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("reason")});
    for (const Duplicate &d : list)
        w.writeRecord({d.kind, d.first, d.second, d.reason});
    return w.take();
}

QStringList Privacy::merge(const auth::Session &session, const QString &kind, const QString &keep,
                           const QString &merged)
{
    auth::require(session, auth::Action::Administer);
    const bool students = kind == u"students";
    if (!students && kind != u"companies")
        throw PrivacyError(tr("merge: “%1” is neither students nor companies").arg(kind));
    if (keep == merged)
        throw PrivacyError(tr("merge: %1 cannot be merged into itself").arg(keep));
    const QString keyColumn = students ? QStringLiteral("student_no") : QStringLiteral("code");
    const QString refColumn = students ? QStringLiteral("student_no") : QStringLiteral("company_code");
    storage::Transaction tx(db_);
    storage::PrivacyStore store(db_);
    for (const QString &k : {keep, merged})
        if (students ? !store.studentExists(k) : !store.companyExists(k))
            throw PrivacyError(tr("there is no %1 %2").arg(students ? tr("student") : tr("company"), k));
    if (const QStringList history = store.appendOnlyReferences(refColumn, merged); !history.isEmpty())
        throw PrivacyError(tr("%1 is not merged into %2: it is named by history that is never rewritten: %3")
                               .arg(merged, keep, history.join(QStringLiteral(", "))));
    const QStringList values = store.recordValues(kind, keyColumn, merged);
    const QStringList moved = store.mergeInto(kind, keyColumn, refColumn, keep, merged);
    storage::AuditLog audit(db_, session.who(), now());
    audit.add(QStringLiteral("merge"), kind, keep, QStringLiteral("merged ") + merged, values.join(QStringLiteral("; ")),
              moved.isEmpty() ? tr("no references moved") : tr("moved: %1").arg(moved.join(QStringLiteral(", "))));
    audit.add(QStringLiteral("merge"), kind, merged, QStringLiteral("merged into"), values.join(QStringLiteral("; ")),
              keep);
    tx.commit();
    return moved;
}

namespace {

int fiscalYearOfIso(const QString &iso)
{
    const int year = iso.left(4).toInt();
    const int month = iso.mid(5, 2).toInt();
    return month >= 4 ? year : year - 1;
}

} // namespace

AnonymiseResult Privacy::anonymise(const auth::Session &session, const Date &asOf, bool dryRun, const QString &only)
{
    auth::require(session, dryRun ? auth::Action::Read : auth::Action::Administer);
    const ledger::Settings settings(db_);
    const int keepYears = settings.value(QStringLiteral("retention.students")).toInt();
    const int ledgerYears = settings.value(QStringLiteral("retention.ledger")).toInt();
    // The fiscal year that is current on asOf: a year "ended N years before" is ≤ current − N − 1.
    const int currentFy = fiscalYearOfIso(isoDateQ(asOf));
    storage::Transaction tx(db_);
    storage::PrivacyStore store(db_);
    if (!only.isEmpty()) {
        if (!store.studentExists(only))
            throw PrivacyError(tr("there is no student %1").arg(only));
        if (store.anonymised(only))
            throw PrivacyError(tr("%1 was anonymised already").arg(only));
    }
    AnonymiseResult result;
    for (const storage::RetentionFacts &f : store.retentionFacts()) {
        if (!only.isEmpty() && f.studentNo != only)
            continue;
        RetentionItem item;
        item.studentNo = f.studentNo;
        item.lastFy = std::max(f.cohortFy, f.lastDate.isEmpty() ? 0 : fiscalYearOfIso(f.lastDate));
        item.keptUntilFy = item.lastFy + keepYears;
        if (!f.lastLedgerPeriod.isEmpty())
            item.ledgerUntilFy = fiscalYearOfIso(f.lastLedgerPeriod + QStringLiteral("-01")) + ledgerYears;
        if (item.ledgerUntilFy >= currentFy)
            item.action = QStringLiteral("keep-ledger");
        else if (only.isEmpty() && item.keptUntilFy >= currentFy)
            item.action = QStringLiteral("keep");
        else
            item.action = QStringLiteral("anonymise");
        if (item.action == u"anonymise")
            result.anonymised << item.studentNo;
        result.items.push_back(item);
    }
    if (!only.isEmpty() && result.anonymised.isEmpty())
        throw PrivacyError(tr("%1 is not anonymised: the subsidy ledger needs the student until the end of fiscal "
                              "year %2 (retention.ledger %3 years from their latest entry)")
                               .arg(only)
                               .arg(result.items.front().ledgerUntilFy)
                               .arg(ledgerYears));
    if (dryRun)
        return result;
    const QString at = now();
    for (const QString &s : result.anonymised)
        store.anonymise(s, at, session.who());
    storage::AuditLog(db_, session.who(), at)
        .add(QStringLiteral("anonymise"), kStudents, only, QStringLiteral("students"), {},
             QStringLiteral("%1 anonymised as of %2 (retention.students %3, retention.ledger %4): %5")
                 .arg(result.anonymised.size())
                 .arg(isoDateQ(asOf))
                 .arg(keepYears)
                 .arg(ledgerYears)
                 .arg(result.anonymised.join(QLatin1Char(' '))));
    tx.commit();
    return result;
}

QString Privacy::retentionCsv(const AnonymiseResult &result)
{
    io::CsvWriter w;
    w.writeRecord({QStringLiteral("student_no"), QStringLiteral("last_fy"), QStringLiteral("kept_until_fy"),
                   QStringLiteral("ledger_until_fy"), QStringLiteral("action")});
    for (const RetentionItem &i : result.items)
        w.writeRecord({i.studentNo, QString::number(i.lastFy), QString::number(i.keptUntilFy),
                       i.ledgerUntilFy ? QString::number(i.ledgerUntilFy) : QString(), i.action});
    return w.take();
}

} // namespace kakehashi::services
