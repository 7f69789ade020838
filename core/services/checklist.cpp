#include "services/checklist.h"

#include "domain/kinds.h"
#include "domain/timestamp.h"
#include "io/csv.h"
#include "io/encoding.h"
#include "io/importer.h"
#include "ledger/evidence.h"
#include "ledger/ledger.h"
#include "rules/residence_card.h"
#include "services/records.h"
#include "storage/audit_store.h"
#include "storage/database.h"
#include "storage/output_file.h"
#include "storage/record_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace kakehashi::services {

namespace {

const QString kChecksKind = QStringLiteral("internship_checks");
// A checklist document has no period: '' (not NULL), as the table's UNIQUE needs.
const QString kNoPeriod = QStringLiteral("");

QString purposeOf(rules::ChecklistItem item)
{
    return QStringLiteral("checklist_") + rules::checklistItemCode(item);
}

QString auditKey(const QString &internshipNo, rules::ChecklistItem item)
{
    return internshipNo + QLatin1Char('/') + rules::checklistItemCode(item);
}

InternshipChecklist assemble(const storage::ChecklistInternship &i, bool required,
                             const std::vector<storage::StoredCheck> &checks,
                             std::vector<storage::StoredOverride> overrides)
{
    InternshipChecklist c;
    c.internshipNo = i.internshipNo;
    c.studentNo = i.studentNo;
    c.status = i.status;
    c.required = required;
    std::vector<rules::ChecklistEntry> entries;
    for (rules::ChecklistItem item : rules::kChecklistItems) {
        ChecklistItemState s;
        s.item = item;
        for (const storage::StoredCheck &k : checks)
            if (k.entry.item == item)
                s.check = k;
        s.problem = rules::checklistItemProblem(item, s.check ? &s.check->entry : nullptr);
        if (s.check)
            entries.push_back(s.check->entry);
        c.items.push_back(std::move(s));
    }
    c.missing = rules::missingChecklistItems(entries);
    c.overrides = std::move(overrides);
    return c;
}

} // namespace

QString describeMissing(const InternshipChecklist &c)
{
    QStringList parts;
    for (const ChecklistItemState &s : c.items)
        if (s.problem)
            parts << QStringLiteral("%1: %2").arg(rules::checklistItemName(s.item), *s.problem);
    return parts.join(QStringLiteral("; "));
}

ChecklistService::ChecklistService(storage::Database &db, Clock clock)
    : db_(db)
    , clock_(std::move(clock))
{
}

bool ChecklistService::required() const
{
    return storage::ChecklistStore(db_).required();
}

InternshipChecklist ChecklistService::checklist(const QString &internshipNo) const
{
    const storage::ChecklistStore store(db_);
    const auto i = store.internship(internshipNo);
    if (!i)
        throw ChecklistError(tr("there is no internship %1").arg(internshipNo));
    return assemble(*i, store.required(), store.current(internshipNo), store.overrides(internshipNo));
}

std::vector<InternshipChecklist> ChecklistService::all() const
{
    const storage::ChecklistStore store(db_);
    const bool on = store.required();
    std::map<QString, std::vector<storage::StoredCheck>> checks;
    for (storage::StoredCheck &c : store.current(QString()))
        checks[c.internshipNo].push_back(std::move(c));
    const QStringList overridden = store.overridden();
    std::vector<InternshipChecklist> out;
    for (const QString &no : store.internshipNos()) {
        const auto i = store.internship(no);
        if (!i)
            continue;
        out.push_back(assemble(*i, on, checks[no],
                               overridden.contains(no) ? store.overrides(no) : std::vector<storage::StoredOverride>{}));
    }
    return out;
}

std::vector<storage::StoredCheck> ChecklistService::history() const
{
    std::vector<storage::StoredCheck> out;
    const storage::ChecklistStore store(db_);
    for (const QString &no : store.internshipNos())
        for (storage::StoredCheck &c : store.history(no))
            out.push_back(std::move(c));
    return out;
}

storage::StoredCheck ChecklistService::record(const auth::Session &session, const QString &internshipNo,
                                              const CheckInput &in)
{
    auth::require(session, auth::Action::Edit);
    storage::ChecklistStore store(db_);
    if (!store.internship(internshipNo))
        throw ChecklistError(tr("there is no internship %1").arg(internshipNo));
    const QDateTime now = clock_();
    const Date today(now.date().year(), now.date().month(), now.date().day());
    if (in.verifiedOn.is_special())
        throw ChecklistError(tr("the day of the verification is required"));
    if (in.verifiedOn > today)
        throw ChecklistError(tr("%1 is in the future: a check is recorded once it was done").arg(isoDateQ(in.verifiedOn)));
    const QString itemName = rules::checklistItemName(in.item);
    storage::StoredCheck c;
    c.internshipNo = internshipNo;
    c.entry.item = in.item;
    c.entry.verifiedOn = isoDateQ(in.verifiedOn);
    c.entry.verifiedBy = session.who();
    c.recordedAt = postingTimestamp(now);
    c.note = in.note.trimmed();
    if (in.item == rules::ChecklistItem::WorkPermission) {
        if (in.permission != u"none" && in.permission != u"general" && in.permission != u"individual")
            throw ChecklistError(
                tr("%1: the permission is none, general or individual (given “%2”)").arg(itemName, in.permission));
        c.entry.permission = in.permission;
        if (in.permission == u"individual") {
            const auto d = parseDate(in.permissionDate.trimmed());
            if (!d)
                throw ChecklistError(tr("%1: an individual permission needs its date (YYYY-MM-DD)").arg(itemName));
            if (*d > today)
                throw ChecklistError(tr("%1: the permission's date %2 is in the future").arg(itemName, isoDateQ(*d)));
            c.entry.permissionDate = isoDateQ(*d);
            c.entry.permissionNo = in.permissionNo.trimmed();
            if (c.entry.permissionNo.isEmpty() || c.entry.permissionNo.size() > 64)
                throw ChecklistError(tr("%1: an individual permission needs its number (up to 64 characters)").arg(itemName));
        } else if (!in.permissionDate.trimmed().isEmpty() || !in.permissionNo.trimmed().isEmpty()) {
            throw ChecklistError(tr("%1: a date and number are for an individual permission only").arg(itemName));
        }
    } else if (!in.permission.isEmpty() || !in.permissionDate.isEmpty() || !in.permissionNo.isEmpty()) {
        throw ChecklistError(tr("%1: a permission is recorded with the item work_permission only").arg(itemName));
    }

    storage::DocumentInfo doc;
    bool newDocument = false;
    storage::EvidenceStore evidence(db_);
    const auto old = evidence.current(ledger::kInternshipOwner, internshipNo, purposeOf(in.item), kNoPeriod);
    if (!in.documentContent.isEmpty() || !in.documentName.isEmpty()) {
        const QString name = QFileInfo(in.documentName).fileName();
        if (in.documentContent.isEmpty())
            throw ChecklistError(tr("%1: the file is empty").arg(name));
        if (in.documentContent.size() > ledger::kMaxEvidenceBytes)
            throw ChecklistError(tr("%1: %2 bytes is more than the %3 MB a document may have")
                                     .arg(name)
                                     .arg(in.documentContent.size())
                                     .arg(ledger::kMaxEvidenceBytes / (1024 * 1024)));
        doc.mediaType = ledger::sniffMediaType(in.documentContent.left(16));
        if (doc.mediaType.isEmpty())
            throw ChecklistError(tr("%1 is neither a PDF nor an image (PNG, JPEG, TIFF, WebP)").arg(name));
        doc.ownerKind = ledger::kInternshipOwner;
        doc.ownerKey = internshipNo;
        doc.purpose = purposeOf(in.item);
        doc.period = kNoPeriod;
        doc.version = old ? old->version + 1 : 1;
        doc.filename = name.left(255);
        doc.sizeBytes = in.documentContent.size();
        doc.sha256 = QString::fromLatin1(ledger::sha256Hex(in.documentContent));
        doc.addedBy = session.who();
        doc.addedAt = c.recordedAt;
        if (old)
            doc.replaces = old->id;
        newDocument = true;
    }

    storage::Transaction tx(db_);
    storage::AuditLog audit(db_, session.who(), c.recordedAt);
    const QString key = auditKey(internshipNo, in.item);
    if (newDocument) {
        doc.id = evidence.insert(doc, in.documentContent);
        c.documentId = doc.id;
        c.documentName = doc.filename;
        c.documentSha256 = doc.sha256;
        audit.add(QStringLiteral("checklist_document"), QStringLiteral("documents"), key, QStringLiteral("sha256"),
                  old ? QVariant(old->sha256) : QVariant(), doc.sha256);
        audit.add(QStringLiteral("checklist_document"), QStringLiteral("documents"), key, QStringLiteral("filename"),
                  old ? QVariant(old->filename) : QVariant(),
                  QStringLiteral("%1 (%2, %3 bytes, version %4)").arg(doc.filename, doc.mediaType).arg(doc.sizeBytes).arg(doc.version));
    } else if (old) {
        c.documentId = old->id;
        c.documentName = old->filename;
        c.documentSha256 = old->sha256;
    }
    c.entry.document = c.documentId.has_value();
    c.id = store.insert(c);
    QString what = QStringLiteral("verified on %1 by %2").arg(c.entry.verifiedOn, c.entry.verifiedBy);
    if (!c.entry.permission.isEmpty())
        what += QStringLiteral("; permission %1").arg(c.entry.permission);
    if (!c.entry.permissionNo.isEmpty())
        what += QStringLiteral(" no. %1 of %2").arg(c.entry.permissionNo, c.entry.permissionDate);
    if (c.documentId)
        what += QStringLiteral("; document sha256 %1").arg(c.documentSha256);
    if (!c.note.isEmpty())
        what += QStringLiteral("; ") + c.note;
    audit.add(QStringLiteral("checklist_check"), kChecksKind, key, rules::checklistItemCode(in.item), {}, what);
    tx.commit();
    return c;
}

void ChecklistService::overrideAndActivate(const auth::Session &session, const QString &internshipNo,
                                           const QString &reason)
{
    auth::require(session, auth::Action::Administer);
    const QString why = reason.simplified();
    if (why.isEmpty())
        throw ChecklistError(tr("an override needs a reason"));
    storage::Transaction tx(db_);
    storage::ChecklistStore store(db_);
    const InternshipChecklist c = checklist(internshipNo);
    if (c.status == u"cancelled" || c.status == u"completed")
        throw ChecklistError(tr("internship %1 is %2: only a planned internship becomes active").arg(internshipNo, c.status));
    if (c.missing.isEmpty() && c.status == u"active")
        throw ChecklistError(tr("internship %1 is active and its checklist is complete: nothing to override").arg(internshipNo));
    storage::StoredOverride o;
    o.internshipNo = internshipNo;
    o.by = session.who();
    o.at = postingTimestamp(clock_());
    o.reason = why;
    o.missing = c.missing.join(QLatin1Char(' '));
    o.id = store.insertOverride(o);
    storage::AuditLog(db_, o.by, o.at)
        .add(QStringLiteral("checklist_override"), QStringLiteral("internships"), internshipNo, QStringLiteral("status"),
             c.status, QStringLiteral("active (missing: %1; reason: %2)").arg(o.missing.isEmpty() ? QStringLiteral("-") : o.missing, why));
    if (c.status != u"active") {
        const domain::Kind &kind = domain::kind(domain::KindId::Internships);
        const auto stored = storage::RecordStore(db_).find(kind, domain::Values{internshipNo});
        if (!stored)
            throw ChecklistError(tr("there is no internship %1").arg(internshipNo));
        QStringList texts = RecordService::texts(kind, stored->values);
        texts[kind.fieldIndex(QStringLiteral("status"))] = QStringLiteral("active");
        io::ImportOptions options;
        options.session = session;
        const io::ImportResult r = io::importRecord(db_, kind, texts, options);
        if (!r.problems.empty()) {
            QStringList m;
            for (const io::ImportProblem &p : r.problems)
                m << QStringLiteral("%1: %2").arg(p.column, p.message);
            throw ChecklistError(tr("internship %1 cannot be active: %2").arg(internshipNo, m.join(QStringLiteral("; "))));
        }
    }
    tx.commit();
}

QByteArray ChecklistService::openDocument(const auth::Session &session, const QString &internshipNo,
                                          rules::ChecklistItem item, const QString &action, storage::DocumentInfo *info)
{
    auth::require(session, auth::Action::Read);
    storage::EvidenceStore evidence(db_);
    const auto d = evidence.current(ledger::kInternshipOwner, internshipNo, purposeOf(item), kNoPeriod);
    if (!d)
        throw ChecklistError(tr("%1 has no document for %2").arg(internshipNo, rules::checklistItemName(item)));
    const QByteArray content = evidence.content(d->id);
    if (QString::fromLatin1(ledger::sha256Hex(content)) != d->sha256)
        throw ChecklistError(tr("%1 %2: the stored document does not match its SHA-256 (%3); the database was altered")
                                 .arg(internshipNo, rules::checklistItemCode(item), d->sha256));
    storage::Transaction tx(db_);
    storage::AuditLog(db_, session.who(), postingTimestamp(clock_()))
        .add(action, QStringLiteral("documents"), auditKey(internshipNo, item), QStringLiteral("sha256"), {}, d->sha256);
    tx.commit();
    if (info)
        *info = *d;
    return content;
}

storage::DocumentInfo ChecklistService::exportDocument(const auth::Session &session, const QString &internshipNo,
                                                       rules::ChecklistItem item, const QString &file)
{
    storage::OutputFile out(file);
    storage::DocumentInfo d;
    const QByteArray content = openDocument(session, internshipNo, item, QStringLiteral("checklist_export"), &d);
    out.write(content);
    out.commit();
    return d;
}

std::vector<storage::MissingChecks> ChecklistService::missing(const Date &today) const
{
    return storage::ChecklistStore(db_).internshipsMissing(isoDateQ(today));
}

QStringList ChecklistService::cardWarnings(const QString &internshipNo, const Date &today) const
{
    const auto i = storage::ChecklistStore(db_).internship(internshipNo);
    if (!i || i->status == u"cancelled")
        return {};
    const auto expiry = parseDate(i->residenceExpiry);
    if (!expiry)
        return {tr("the student's residence card expiry is not recorded")};
    const auto start = parseDate(i->startDate);
    const auto end = parseDate(i->endDate);
    if (!start || !end)
        return {};
    const rules::InternshipSpan span{i->internshipNo, *start, *end};
    std::optional<Date> completed;
    if (auto d = parseDate(i->completedOn))
        completed = *d;
    QStringList out;
    for (const rules::CardFlag &f : rules::cardFlags(*expiry, completed, std::span(&span, 1), today))
        out << (f.reason == u"before_internship_end"
                    ? tr("the residence card expires on %1, before the internship ends (%2)")
                          .arg(isoDateQ(*expiry), isoDateQ(*end))
                    : f.daysLeft < 0 ? tr("the residence card expired on %1").arg(isoDateQ(*expiry))
                                     : tr("the residence card expires on %1, within %2 days")
                                           .arg(isoDateQ(*expiry))
                                           .arg(rules::kCardWarningDays));
    return out;
}

std::vector<ChecklistProblem> ChecklistService::importCsv(const auth::Session &session, const QString &path,
                                                          bool dryRun, int *recorded)
{
    if (!dryRun)
        auth::require(session, auth::Action::Edit);
    std::vector<ChecklistProblem> problems;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problems.push_back({0, QStringLiteral("(file)"), tr("cannot read: %1").arg(f.errorString())});
        return problems;
    }
    const io::Decoded decoded = io::decode(f.readAll(), io::Encoding::Auto);
    for (int line : decoded.badLines)
        problems.push_back({line, QStringLiteral("(row)"), tr("bytes that are not text in the encoding")});
    const io::CsvDocument doc = io::parseCsv(decoded.text);
    for (const io::CsvError &e : doc.errors)
        problems.push_back({e.line, QStringLiteral("(row)"), e.message});
    if (doc.records.empty()) {
        problems.push_back({1, QStringLiteral("(row)"), tr("the file has no header")});
        return problems;
    }
    static const QStringList known = {QStringLiteral("internship_no"),   QStringLiteral("item"),
                                      QStringLiteral("verified_on"),     QStringLiteral("permission"),
                                      QStringLiteral("permission_date"), QStringLiteral("permission_no"),
                                      QStringLiteral("document"),        QStringLiteral("note")};
    QStringList header;
    for (const QString &h : doc.records.front().fields)
        header << h.trimmed();
    for (int i = 0; i < header.size(); ++i) {
        if (!known.contains(header[i]))
            problems.push_back({1, header[i], tr("unknown column (known: %1)").arg(known.join(QStringLiteral(", ")))});
        else if (header.indexOf(header[i]) != i)
            problems.push_back({1, header[i], tr("the column is repeated")});
    }
    for (const char *required : {"internship_no", "item", "verified_on"})
        if (!header.contains(QLatin1String(required)))
            problems.push_back({1, QLatin1String(required), tr("the column is missing")});
    if (!problems.empty())
        return problems;
    const QDir folder = QFileInfo(path).absoluteDir();
    storage::Transaction tx(db_);
    int count = 0;
    // Each row in a savepoint of its own: a refused row writes nothing, the
    // next rows are still judged, and the file is written whole or not at all.
    for (size_t r = 1; r < doc.records.size(); ++r) {
        const io::CsvRecord &rec = doc.records[r];
        if (rec.fields.size() != static_cast<size_t>(header.size())) {
            problems.push_back({rec.line, QStringLiteral("(row)"),
                                tr("%1 fields where the header has %2").arg(rec.fields.size()).arg(header.size())});
            continue;
        }
        auto cell = [&](const char *name) {
            const qsizetype i = header.indexOf(QLatin1String(name));
            return i < 0 ? QString() : io::unprotectCell(rec.fields[static_cast<size_t>(i)].trimmed());
        };
        bool bad = false;
        auto problem = [&](const char *column, const QString &message) {
            problems.push_back({rec.line, QLatin1String(column), message});
            bad = true;
        };
        CheckInput in;
        const QString no = cell("internship_no");
        if (no.isEmpty())
            problem("internship_no", tr("a value is required"));
        else if (!storage::ChecklistStore(db_).internship(no))
            problem("internship_no", tr("there is no internship %1").arg(no));
        const auto item = rules::checklistItemFromCode(cell("item"));
        if (!item)
            problem("item", tr("“%1” is not an item (residence_card, work_permission, agreement, insurance)").arg(cell("item")));
        else
            in.item = *item;
        const auto on = parseDate(cell("verified_on"));
        if (!on)
            problem("verified_on", tr("“%1” is not a date (YYYY-MM-DD)").arg(cell("verified_on")));
        else
            in.verifiedOn = *on;
        in.permission = cell("permission");
        in.permissionDate = cell("permission_date");
        in.permissionNo = cell("permission_no");
        in.note = cell("note");
        if (const QString file = cell("document"); !file.isEmpty()) {
            QFile d(folder.absoluteFilePath(file));
            if (!d.open(QIODevice::ReadOnly))
                problem("document", tr("%1: cannot read: %2").arg(file, d.errorString()));
            else if (d.size() > ledger::kMaxEvidenceBytes)
                problem("document", tr("%1: more than the %2 MB a document may have").arg(file).arg(ledger::kMaxEvidenceBytes / (1024 * 1024)));
            else {
                in.documentName = file;
                in.documentContent = d.readAll();
            }
        }
        if (bad)
            continue;
        storage::Transaction row(db_);
        try {
            record(session, no, in);
            row.commit();
            ++count;
        } catch (const ChecklistError &e) {
            // The service names the item; the column is the one the message is about.
            const QString m = e.message();
            const char *column = m.contains(QLatin1String("permission")) ? "permission"
                                 : m.contains(QLatin1String("future")) ? "verified_on"
                                                                        : "document";
            problems.push_back({rec.line, QLatin1String(column), m});
        }
    }
    if (!problems.empty() || dryRun)
        return problems; // the transaction rolls back
    tx.commit();
    if (recorded)
        *recorded = count;
    return problems;
}

} // namespace kakehashi::services
