#include "services/relations.h"

#include "domain/date.h"
#include "domain/timestamp.h"
#include "io/csv.h"
#include "io/encoding.h"
#include "rules/validation.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "storage/relations_store.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace kakehashi::services {

namespace {

const QString kContactsTable = QStringLiteral("company_contacts");
const QString kActivitiesTable = QStringLiteral("activities");
const QString kWithheld = QStringLiteral("(confidential)");

using Problems = std::vector<std::pair<QString, QString>>; // column, message

QString tr(const char *text)
{
    return QCoreApplication::translate("kakehashi::services::Relations", text);
}

// Characters no one can see: a key holding one looks like another key.
bool invisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x00a0 || u == 0x200b || u == 0x200c || u == 0x200d || u == 0x2060 || u == 0xfeff ||
           (u >= 0x200e && u <= 0x200f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

void checkKey(Problems &p, const QString &column, const QString &key)
{
    if (key.isEmpty()) {
        p.emplace_back(column, tr("a value is required"));
        return;
    }
    if (key.size() > 64)
        p.emplace_back(column, tr("%1 characters is more than the 64 a key may have").arg(key.size()));
    for (const QChar c : key)
        if (c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f || invisible(c)) {
            p.emplace_back(column, tr("a key may hold no space, control or invisible character"));
            return;
        }
}

void checkText(Problems &p, const QString &column, const QString &text, int limit, bool multiline = false)
{
    if (text.size() > limit)
        p.emplace_back(column, tr("%1 characters is more than the %2 allowed").arg(text.size()).arg(limit));
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 || (u >= 0x7f && u <= 0x9f)) && !(multiline && (u == u'\n' || u == u'\t'))) {
            p.emplace_back(column, tr("holds a control character"));
            return;
        }
    }
}

void checkDate(Problems &p, const QString &column, QString &value)
{
    if (value.isEmpty())
        return;
    QString error;
    const auto d = rules::parseDateField(value, error);
    if (!d)
        p.emplace_back(column, error.isEmpty() ? tr("“%1” is not a date (YYYY-MM-DD)").arg(value) : error);
    else
        value = isoDateQ(*d);
}

void checkPhone(Problems &p, const QString &phone)
{
    for (const QChar c : phone)
        if (!(c.isDigit() || c == u'+' || c == u'-' || c == u' ' || c == u'(' || c == u')')) {
            p.emplace_back(QStringLiteral("phone"),
                           tr("“%1” is not a telephone number (digits, +, -, spaces and brackets)").arg(phone));
            return;
        }
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

[[noreturn]] void refuse(const Problems &p)
{
    QStringList lines;
    for (const auto &[column, message] : p)
        lines << QStringLiteral("%1: %2").arg(column, message);
    throw RelationsError(lines.join(QLatin1Char('\n')));
}

std::vector<QString> contactFields(const Contact &c)
{
    return {c.contactNo, c.companyCode, c.name,           c.role, c.email, c.phone, boolText(c.primary),
            boolText(c.former), boolText(c.doNotContact)};
}

// The fields of an activity in file order; the text withheld when `withheld` says so.
std::vector<QString> activityFields(const Activity &a, const QString &withheld = {})
{
    return {a.activityNo, a.date,      a.kind,     a.companyCode,
            a.studentNo,  a.contactNo, a.staff,    withheld.isNull() ? a.summary : withheld,
            withheld.isNull() ? a.nextStep : withheld, a.nextStepOn, boolText(a.nextStepDone), boolText(a.confidential)};
}

storage::ContactRow toRow(const Contact &c)
{
    return {c.contactNo, c.companyCode, c.name, c.role, c.email, c.phone, c.primary, c.former, c.doNotContact};
}

Contact fromRow(const storage::ContactRow &r)
{
    return {r.contactNo, r.companyCode, r.name, r.role, r.email, r.phone, r.primary, r.former, r.doNotContact};
}

storage::ActivityRow toRow(const Activity &a)
{
    return {a.activityNo, a.date,     a.kind,       a.companyCode,  a.studentNo,    a.contactNo, a.staff,
            a.summary,    a.nextStep, a.nextStepOn, a.nextStepDone, a.confidential, a.recordedAt};
}

Activity fromRow(const storage::ActivityRow &r)
{
    Activity a;
    a.activityNo = r.activityNo;
    a.date = r.date;
    a.kind = r.kind;
    a.companyCode = r.companyCode;
    a.studentNo = r.studentNo;
    a.contactNo = r.contactNo;
    a.staff = r.staff;
    a.summary = r.summary;
    a.nextStep = r.nextStep;
    a.nextStepOn = r.nextStepOn;
    a.nextStepDone = r.nextStepDone;
    a.confidential = r.confidential;
    a.recordedAt = r.recordedAt;
    return a;
}

// Audit rows of a change: one per field whose value differs (all of them for a new record).
void auditFields(storage::AuditLog &audit, const QString &action, const QString &table,
                 const std::vector<QString> &columns, const std::vector<QString> &before,
                 const std::vector<QString> &after)
{
    for (size_t i = 1; i < columns.size(); ++i) {
        const QString old = before.empty() ? QString() : before[i];
        if (old == after[i] || (before.empty() && after[i].isEmpty()))
            continue;
        audit.add(action, table, after[0], columns[i], before.empty() ? QVariant() : QVariant(old), after[i]);
    }
}

bool contactKindOfActivity(const QString &kind)
{
    return kind != u"counselling";
}

} // namespace

const QStringList &activityKinds()
{
    static const QStringList kinds = {QStringLiteral("visit"),   QStringLiteral("call"),
                                      QStringLiteral("mail"),    QStringLiteral("meeting"),
                                      QStringLiteral("counselling"), QStringLiteral("letter")};
    return kinds;
}

Relations::Relations(storage::Database &db, auth::Session session, Clock clock)
    : db_(db)
    , session_(std::move(session))
    , clock_(std::move(clock))
{
}

const std::vector<QString> &Relations::contactColumns()
{
    static const std::vector<QString> c = {
        QStringLiteral("contact_no"), QStringLiteral("company_code"), QStringLiteral("name"),
        QStringLiteral("role"),       QStringLiteral("email"),        QStringLiteral("phone"),
        QStringLiteral("primary"),    QStringLiteral("former"),       QStringLiteral("do_not_contact")};
    return c;
}

const std::vector<QString> &Relations::activityColumns()
{
    static const std::vector<QString> c = {
        QStringLiteral("activity_no"), QStringLiteral("date"),         QStringLiteral("kind"),
        QStringLiteral("company_code"), QStringLiteral("student_no"),  QStringLiteral("contact_no"),
        QStringLiteral("staff"),       QStringLiteral("summary"),      QStringLiteral("next_step"),
        QStringLiteral("next_step_on"), QStringLiteral("next_step_done"), QStringLiteral("confidential")};
    return c;
}

bool Relations::maySeeText(const Activity &a) const
{
    return !a.confidential || session_.singleUser || session_.role == auth::Role::Administrator ||
           a.staff == session_.who();
}

Activity Relations::shown(Activity a) const
{
    if (!maySeeText(a)) {
        a.summary = kWithheld;
        a.nextStep = a.nextStep.isEmpty() ? QString() : kWithheld;
        a.hidden = true;
    }
    return a;
}

// ---- contacts

namespace {

Problems contactProblems(const storage::RelationsStore &store, Contact &c)
{
    Problems p;
    checkKey(p, QStringLiteral("contact_no"), c.contactNo);
    if (c.companyCode.isEmpty())
        p.emplace_back(QStringLiteral("company_code"), tr("a value is required"));
    else if (!store.companyExists(c.companyCode))
        p.emplace_back(QStringLiteral("company_code"), tr("there is no company %1").arg(c.companyCode));
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        p.emplace_back(QStringLiteral("name"), tr("a value is required"));
    checkText(p, QStringLiteral("name"), c.name, 200);
    checkText(p, QStringLiteral("role"), c.role, 200);
    c.email = c.email.trimmed();
    if (!c.email.isEmpty())
        if (const auto m = rules::checkEmail(c.email))
            p.emplace_back(QStringLiteral("email"), *m);
    checkText(p, QStringLiteral("email"), c.email, 254);
    c.phone = c.phone.trimmed();
    checkPhone(p, c.phone);
    checkText(p, QStringLiteral("phone"), c.phone, 40);
    if (c.primary && c.former)
        p.emplace_back(QStringLiteral("primary"), tr("a former contact cannot be the company's primary contact"));
    return p;
}

} // namespace

Contact Relations::checkedContact(const Contact &given) const
{
    Contact c = given;
    const Problems p = contactProblems(storage::RelationsStore(db_), c);
    if (!p.empty())
        refuse(p);
    return c;
}

Contact Relations::addContact(const Contact &given)
{
    auth::require(session_, auth::Action::Edit);
    storage::Transaction tx(db_);
    storage::RelationsStore store(db_);
    Contact c = given;
    if (c.contactNo.isEmpty())
        c.contactNo = store.nextNumber(kContactsTable, QStringLiteral("contact_no"), QStringLiteral("CT"));
    c = checkedContact(c);
    if (store.contact(c.contactNo))
        throw RelationsError(tr("contact_no: there is a contact %1 already").arg(c.contactNo));
    storage::AuditLog audit(db_, session_.who(), postingTimestamp(clock_()));
    if (c.primary)
        for (const QString &other : store.clearPrimary(c.companyCode, c.contactNo))
            audit.add(QStringLiteral("update"), kContactsTable, other, QStringLiteral("primary"),
                      QStringLiteral("true"), QStringLiteral("false"));
    store.insertContact(toRow(c));
    auditFields(audit, QStringLiteral("create"), kContactsTable, contactColumns(), {}, contactFields(c));
    tx.commit();
    return c;
}

Contact Relations::editContact(const Contact &given)
{
    auth::require(session_, auth::Action::Edit);
    storage::Transaction tx(db_);
    storage::RelationsStore store(db_);
    const auto old = store.contact(given.contactNo);
    if (!old)
        throw RelationsError(tr("contact_no: there is no contact %1").arg(given.contactNo));
    const Contact c = checkedContact(given);
    const Contact before = fromRow(*old);
    storage::AuditLog audit(db_, session_.who(), postingTimestamp(clock_()));
    if (c.primary)
        for (const QString &other : store.clearPrimary(c.companyCode, c.contactNo))
            audit.add(QStringLiteral("update"), kContactsTable, other, QStringLiteral("primary"),
                      QStringLiteral("true"), QStringLiteral("false"));
    store.updateContact(toRow(c));
    auditFields(audit, QStringLiteral("update"), kContactsTable, contactColumns(), contactFields(before),
                contactFields(c));
    tx.commit();
    return c;
}

std::optional<Contact> Relations::contact(const QString &contactNo) const
{
    auth::require(session_, auth::Action::Read);
    const auto r = storage::RelationsStore(db_).contact(contactNo);
    return r ? std::optional<Contact>(fromRow(*r)) : std::nullopt;
}

std::vector<Contact> Relations::contacts(const QString &companyCode) const
{
    auth::require(session_, auth::Action::Read);
    std::vector<Contact> out;
    for (const auto &r : storage::RelationsStore(db_).contacts(companyCode))
        out.push_back(fromRow(r));
    return out;
}

// ---- activities

namespace {

Problems activityProblems(const storage::RelationsStore &store, Activity &a, const Activity *before)
{
    Problems p;
    checkKey(p, QStringLiteral("activity_no"), a.activityNo);
    if (a.date.isEmpty())
        p.emplace_back(QStringLiteral("date"), tr("a value is required"));
    checkDate(p, QStringLiteral("date"), a.date);
    if (!activityKinds().contains(a.kind))
        p.emplace_back(QStringLiteral("kind"), tr("“%1” is not a kind of activity (%2)")
                                                   .arg(a.kind, activityKinds().join(QStringLiteral(", "))));
    std::optional<storage::ContactRow> contact;
    if (!a.contactNo.isEmpty()) {
        contact = store.contact(a.contactNo);
        if (!contact)
            p.emplace_back(QStringLiteral("contact_no"), tr("there is no contact %1").arg(a.contactNo));
        else if (a.companyCode.isEmpty())
            a.companyCode = contact->companyCode;
        else if (contact->companyCode != a.companyCode)
            p.emplace_back(QStringLiteral("contact_no"),
                           tr("%1 (%2) is a contact of %3, not of %4")
                               .arg(a.contactNo, contact->name, contact->companyCode, a.companyCode));
    }
    if (a.companyCode.isEmpty() && a.studentNo.isEmpty())
        p.emplace_back(QStringLiteral("company_code"), tr("an activity concerns a company, a student or both"));
    if (!a.companyCode.isEmpty() && !store.companyExists(a.companyCode))
        p.emplace_back(QStringLiteral("company_code"), tr("there is no company %1").arg(a.companyCode));
    if (!a.studentNo.isEmpty() && !store.studentExists(a.studentNo))
        p.emplace_back(QStringLiteral("student_no"), tr("there is no student %1").arg(a.studentNo));
    // Someone who asked not to be contacted is not called, written to or visited
    // again; what was recorded before stays as it was.
    const bool contactChanged = !before || before->contactNo != a.contactNo || before->kind != a.kind;
    if (contact && contact->doNotContact && contactKindOfActivity(a.kind) && contactChanged)
        p.emplace_back(QStringLiteral("contact_no"),
                       tr("%1 (%2) asked not to be contacted").arg(a.contactNo, contact->name));
    if (a.summary.trimmed().isEmpty())
        p.emplace_back(QStringLiteral("summary"), tr("a value is required"));
    checkText(p, QStringLiteral("summary"), a.summary, 4000, true);
    checkText(p, QStringLiteral("next_step"), a.nextStep, 1000, true);
    checkDate(p, QStringLiteral("next_step_on"), a.nextStepOn);
    if (!a.nextStepOn.isEmpty() && a.nextStep.trimmed().isEmpty())
        p.emplace_back(QStringLiteral("next_step_on"), tr("a date for the next step needs the next step"));
    checkText(p, QStringLiteral("staff"), a.staff, 128);
    return p;
}

} // namespace

Activity Relations::checkedActivity(const Activity &given) const
{
    Activity a = given;
    const Problems p = activityProblems(storage::RelationsStore(db_), a, nullptr);
    if (!p.empty())
        refuse(p);
    return a;
}

Activity Relations::addActivity(const Activity &given)
{
    auth::require(session_, auth::Action::Edit);
    storage::Transaction tx(db_);
    storage::RelationsStore store(db_);
    Activity a = given;
    if (a.activityNo.isEmpty())
        a.activityNo = store.nextNumber(kActivitiesTable, QStringLiteral("activity_no"), QStringLiteral("AC"));
    if (a.date.isEmpty())
        a.date = clock_().date().toString(Qt::ISODate);
    // The author is the session's user; an administrator may record history for others (an import).
    if (a.staff.isEmpty() || session_.role != auth::Role::Administrator)
        a.staff = session_.who();
    a.recordedAt = postingTimestamp(clock_());
    a = checkedActivity(a);
    if (store.activity(a.activityNo))
        throw RelationsError(tr("activity_no: there is an activity %1 already").arg(a.activityNo));
    store.insertActivity(toRow(a));
    storage::AuditLog audit(db_, session_.who(), a.recordedAt);
    auditFields(audit, QStringLiteral("create"), kActivitiesTable, activityColumns(), {},
                activityFields(a, a.confidential ? kWithheld : QString()));
    tx.commit();
    return a;
}

Activity Relations::editActivity(const Activity &given)
{
    auth::require(session_, auth::Action::Edit);
    storage::Transaction tx(db_);
    storage::RelationsStore store(db_);
    const auto old = store.activity(given.activityNo);
    if (!old)
        throw RelationsError(tr("activity_no: there is no activity %1").arg(given.activityNo));
    const Activity before = fromRow(*old);
    if (before.staff != session_.who() && session_.role != auth::Role::Administrator && !session_.singleUser)
        throw auth::AuthError(tr("%1 may not change activity %2: only its author (%3) or an administrator may")
                                  .arg(session_.who(), before.activityNo, before.staff));
    Activity a = given;
    a.staff = before.staff;
    a.recordedAt = postingTimestamp(clock_());
    const Problems p = activityProblems(store, a, &before);
    if (!p.empty())
        refuse(p);
    store.updateActivity(toRow(a));
    storage::AuditLog audit(db_, session_.who(), a.recordedAt);
    const bool secret = before.confidential || a.confidential;
    auto beforeFields = activityFields(before, secret ? kWithheld : QString());
    auto afterFields = activityFields(a, secret ? kWithheld : QString());
    // A changed confidential text is recorded as changed, without the text.
    if (secret && before.summary != a.summary)
        afterFields[7] = kWithheld + QStringLiteral(" *");
    if (secret && before.nextStep != a.nextStep)
        afterFields[8] = kWithheld + QStringLiteral(" *");
    auditFields(audit, QStringLiteral("update"), kActivitiesTable, activityColumns(), beforeFields, afterFields);
    tx.commit();
    return a;
}

Activity Relations::completeNextStep(const QString &activityNo)
{
    auth::require(session_, auth::Action::Edit);
    storage::Transaction tx(db_);
    const auto old = storage::RelationsStore(db_).activity(activityNo);
    if (!old)
        throw RelationsError(tr("there is no activity %1").arg(activityNo));
    if (old->nextStep.isEmpty())
        throw RelationsError(tr("activity %1 has no next step").arg(activityNo));
    Activity a = fromRow(*old);
    a.nextStepDone = true;
    a = editActivity(a);
    tx.commit();
    return a;
}

std::optional<Activity> Relations::activity(const QString &activityNo) const
{
    auth::require(session_, auth::Action::Read);
    const auto r = storage::RelationsStore(db_).activity(activityNo);
    return r ? std::optional<Activity>(shown(fromRow(*r))) : std::nullopt;
}

std::vector<Activity> Relations::activities(const QString &companyCode, const QString &studentNo) const
{
    auth::require(session_, auth::Action::Read);
    storage::ActivityQuery q;
    q.companyCode = companyCode;
    q.studentNo = studentNo;
    std::vector<Activity> out;
    for (const auto &r : storage::RelationsStore(db_).activities(q))
        out.push_back(shown(fromRow(r)));
    return out;
}

std::vector<Activity> Relations::myNextSteps() const
{
    auth::require(session_, auth::Action::Read);
    storage::ActivityQuery q;
    q.staff = session_.who();
    q.openNextStepsOnly = true;
    std::vector<Activity> out;
    for (const auto &r : storage::RelationsStore(db_).activities(q))
        out.push_back(shown(fromRow(r)));
    return out;
}

// ---- files

std::vector<std::vector<QString>> Relations::contactRows(const QString &companyCode) const
{
    std::vector<std::vector<QString>> rows;
    for (const Contact &c : contacts(companyCode))
        rows.push_back(contactFields(c));
    return rows;
}

std::vector<std::vector<QString>> Relations::activityRows(const QString &companyCode, const QString &studentNo) const
{
    // Withheld text is written as empty cells: an import leaves an empty cell's
    // stored value as it is, so the file imports again without loss.
    std::vector<std::vector<QString>> rows;
    for (const Activity &a : activities(companyCode, studentNo)) {
        std::vector<QString> f = activityFields(a, a.hidden ? QStringLiteral("") : QString());
        rows.push_back(std::move(f));
    }
    std::sort(rows.begin(), rows.end(), [](const auto &x, const auto &y) { return x[0] < y[0]; });
    return rows;
}

namespace {

struct ParsedFile
{
    std::vector<QString> header;
    std::vector<io::CsvRecord> records;
    std::vector<QString> problems; // "FILE:LINE: COLUMN: message"
};

QString problem(const QString &file, int line, const QString &column, const QString &message)
{
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(column, message);
}

ParsedFile parseFile(const QString &file, const QByteArray &bytes, const QString &encodingName,
                     const std::vector<QString> &columns)
{
    ParsedFile out;
    const auto encoding = io::encodingFromName(encodingName.isEmpty() ? QStringLiteral("auto") : encodingName);
    if (!encoding)
        throw RelationsError(tr("unknown encoding “%1” (auto, utf-8, cp932)").arg(encodingName));
    const io::Decoded decoded = io::decode(bytes, *encoding);
    QSet<int> badLines;
    for (int l : decoded.badLines) {
        badLines.insert(l);
        out.problems.push_back(problem(file, l, QStringLiteral("(row)"),
                                       tr("bytes that are not text in %1").arg(io::encodingName(decoded.used))));
    }
    io::CsvDocument doc = io::parseCsv(decoded.text);
    for (const io::CsvError &e : doc.errors)
        out.problems.push_back(problem(file, e.line, QStringLiteral("(row)"), e.message));
    if (doc.records.empty()) {
        out.problems.push_back(problem(file, 1, QStringLiteral("(row)"), tr("the file has no header row")));
        return out;
    }
    out.header = doc.records.front().fields;
    QSet<QString> seen;
    for (const QString &h : out.header) {
        if (std::find(columns.begin(), columns.end(), h) == columns.end())
            out.problems.push_back(problem(file, 1, h, tr("unknown column (known: %1)")
                                                           .arg(QStringList(columns.begin(), columns.end())
                                                                    .join(QStringLiteral(", ")))));
        else if (seen.contains(h))
            out.problems.push_back(problem(file, 1, h, tr("the column is given twice")));
        seen.insert(h);
    }
    if (out.header.empty() || out.header.front() != columns.front())
        if (!seen.contains(columns.front()))
            out.problems.push_back(problem(file, 1, columns.front(), tr("the key column is missing")));
    for (size_t i = 1; i < doc.records.size(); ++i) {
        io::CsvRecord &r = doc.records[i];
        if (badLines.contains(r.line))
            continue;
        if (r.fields.size() != out.header.size()) {
            out.problems.push_back(problem(file, r.line, QStringLiteral("(row)"),
                                           tr("%1 fields where the header has %2")
                                               .arg(r.fields.size())
                                               .arg(out.header.size())));
            continue;
        }
        for (QString &f : r.fields)
            f = io::unprotectCell(f);
        out.records.push_back(std::move(r));
    }
    return out;
}

std::optional<bool> boolCell(Problems &p, const QString &column, const QString &text)
{
    QString error;
    const auto b = rules::parseBool(text, error);
    if (!b)
        p.emplace_back(column, error.isEmpty() ? tr("“%1” is not true or false").arg(text) : error);
    return b;
}

} // namespace

ImportOutcome Relations::importContacts(const QString &file, const QByteArray &bytes, const QString &encoding,
                                        bool dryRun)
{
    auth::require(session_, auth::Action::Edit);
    ParsedFile parsed = parseFile(file, bytes, encoding, contactColumns());
    storage::Transaction tx(db_);
    storage::RelationsStore store(db_);
    std::vector<std::pair<Contact, bool>> work; // contact, is new
    QHash<QString, int> keys;
    QHash<QString, int> primaries;
    for (const io::CsvRecord &r : parsed.records) {
        QHash<QString, QString> cell;
        for (size_t i = 0; i < parsed.header.size(); ++i)
            cell.insert(parsed.header[i], r.fields[i]);
        const QString key = cell.value(QStringLiteral("contact_no"));
        Problems p;
        if (keys.contains(key) && !key.isEmpty())
            p.emplace_back(QStringLiteral("contact_no"), tr("%1 is given twice (first on line %2)").arg(key).arg(keys[key]));
        keys.insert(key, r.line);
        const auto stored = key.isEmpty() ? std::nullopt : store.contact(key);
        Contact c = stored ? fromRow(*stored) : Contact{};
        c.contactNo = key;
        const auto text = [&](const char *column, QString &field, bool required) {
            const QString v = cell.value(QLatin1String(column));
            if (!v.isEmpty())
                field = v;
            else if (required && !stored)
                p.emplace_back(QLatin1String(column), tr("a value is required"));
        };
        const auto flag = [&](const char *column, bool &field) {
            const QString v = cell.value(QLatin1String(column));
            if (!v.isEmpty())
                if (const auto b = boolCell(p, QLatin1String(column), v))
                    field = *b;
        };
        text("company_code", c.companyCode, true);
        text("name", c.name, true);
        text("role", c.role, false);
        text("email", c.email, false);
        text("phone", c.phone, false);
        flag("primary", c.primary);
        flag("former", c.former);
        flag("do_not_contact", c.doNotContact);
        for (auto &x : contactProblems(store, c))
            if (std::find(p.begin(), p.end(), x) == p.end())
                p.push_back(std::move(x));
        if (c.primary && p.empty()) {
            if (primaries.contains(c.companyCode))
                p.emplace_back(QStringLiteral("primary"), tr("%1 has a primary contact on line %2 already")
                                                              .arg(c.companyCode)
                                                              .arg(primaries[c.companyCode]));
            primaries.insert(c.companyCode, r.line);
        }
        for (const auto &[column, message] : p)
            parsed.problems.push_back(problem(file, r.line, column, message));
        if (p.empty() && !(stored && contactFields(fromRow(*stored)) == contactFields(c)))
            work.emplace_back(c, !stored);
    }
    if (!parsed.problems.empty())
        throw RelationsError(QStringList(parsed.problems.begin(), parsed.problems.end()).join(QLatin1Char('\n')));
    ImportOutcome outcome;
    outcome.dryRun = dryRun;
    for (const auto &[c, isNew] : work) {
        if (isNew) {
            addContact(c);
            ++outcome.inserted;
        } else {
            editContact(c);
            ++outcome.updated;
        }
    }
    if (!dryRun)
        tx.commit();
    return outcome;
}

ImportOutcome Relations::importActivities(const QString &file, const QByteArray &bytes, const QString &encoding,
                                          bool dryRun)
{
    auth::require(session_, auth::Action::Edit);
    ParsedFile parsed = parseFile(file, bytes, encoding, activityColumns());
    storage::Transaction tx(db_);
    storage::RelationsStore store(db_);
    std::vector<std::pair<Activity, bool>> work;
    QHash<QString, int> keys;
    const bool admin = session_.role == auth::Role::Administrator || session_.singleUser;
    for (const io::CsvRecord &r : parsed.records) {
        QHash<QString, QString> cell;
        for (size_t i = 0; i < parsed.header.size(); ++i)
            cell.insert(parsed.header[i], r.fields[i]);
        const QString key = cell.value(QStringLiteral("activity_no"));
        Problems p;
        if (keys.contains(key) && !key.isEmpty())
            p.emplace_back(QStringLiteral("activity_no"),
                           tr("%1 is given twice (first on line %2)").arg(key).arg(keys[key]));
        keys.insert(key, r.line);
        const auto stored = key.isEmpty() ? std::nullopt : store.activity(key);
        const Activity before = stored ? fromRow(*stored) : Activity{};
        Activity a = before;
        a.activityNo = key;
        const auto text = [&](const char *column, QString &field, bool required) {
            const QString v = cell.value(QLatin1String(column));
            if (!v.isEmpty())
                field = v;
            else if (required && !stored)
                p.emplace_back(QLatin1String(column), tr("a value is required"));
        };
        const auto flag = [&](const char *column, bool &field) {
            const QString v = cell.value(QLatin1String(column));
            if (!v.isEmpty())
                if (const auto b = boolCell(p, QLatin1String(column), v))
                    field = *b;
        };
        text("date", a.date, true);
        text("kind", a.kind, true);
        text("company_code", a.companyCode, false);
        text("student_no", a.studentNo, false);
        text("contact_no", a.contactNo, false);
        text("staff", a.staff, false);
        text("summary", a.summary, true);
        text("next_step", a.nextStep, false);
        text("next_step_on", a.nextStepOn, false);
        flag("next_step_done", a.nextStepDone);
        flag("confidential", a.confidential);
        if (!stored && a.staff.isEmpty())
            a.staff = session_.who();
        if (!admin && a.staff != session_.who() && !stored)
            p.emplace_back(QStringLiteral("staff"),
                           tr("%1 may record activities only as themself, not as %2").arg(session_.who(), a.staff));
        for (auto &x : activityProblems(store, a, stored ? &before : nullptr))
            if (std::find(p.begin(), p.end(), x) == p.end())
                p.push_back(std::move(x));
        const bool unchanged = stored && activityFields(before) == activityFields(a);
        if (p.empty() && stored && !unchanged) {
            if (a.staff != before.staff)
                p.emplace_back(QStringLiteral("staff"), tr("the author of an activity is not changed (%1)").arg(before.staff));
            else if (!admin && before.staff != session_.who())
                p.emplace_back(QStringLiteral("activity_no"),
                               tr("only its author (%1) or an administrator may change %2").arg(before.staff, key));
        }
        for (const auto &[column, message] : p)
            parsed.problems.push_back(problem(file, r.line, column, message));
        if (p.empty() && !unchanged)
            work.emplace_back(a, !stored);
    }
    if (!parsed.problems.empty())
        throw RelationsError(QStringList(parsed.problems.begin(), parsed.problems.end()).join(QLatin1Char('\n')));
    ImportOutcome outcome;
    outcome.dryRun = dryRun;
    for (const auto &[a, isNew] : work) {
        if (isNew) {
            addActivity(a);
            ++outcome.inserted;
        } else {
            editActivity(a);
            ++outcome.updated;
        }
    }
    if (!dryRun)
        tx.commit();
    return outcome;
}

} // namespace kakehashi::services
