#include "cli_options.h"
#include "cli_checklist.h"

#include "io/encoding.h"
#include "io/exporter.h"
#include "services/checklist.h"
#include "services/output.h"

#include <QDate>
#include <QFile>

#include <cstdio>
#include <optional>

namespace kakehashi::cli {

namespace {


rules::ChecklistItem itemArgument(const QString &text)
{
    const auto item = rules::checklistItemFromCode(text);
    if (!item)
        throw BadUsage{QStringLiteral("“%1” is not an item (residence_card, work_permission, agreement, insurance)").arg(text)};
    return *item;
}

// CSV to -o FILE (UTF-8 with BOM, through a temporary renamed into place) or stdout.
void writeCsv(const std::optional<QString> &file, const std::vector<QString> &header,
              const std::vector<std::vector<QString>> &rows)
{
    const QByteArray text = io::tableCsv(header, rows, file ? io::Encoding::Utf8Bom : io::Encoding::Utf8);
    if (!file) {
        out(text);
        return;
    }
    if (auto failed = services::writeOutput(*file, [&](const QString &tmp) {
            QFile f(tmp);
            if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
                throw services::ChecklistError(QStringLiteral("%1: cannot write: %2").arg(*file, f.errorString()));
        }))
        throw services::ChecklistError(*failed);
}

int checklist(storage::Database &db, const auth::Session &session, Options &o)
{
    const QString sub = o.positional(QStringLiteral("checklist command (list, set, override, import, export, document)"));
    services::ChecklistService service(db);
    if (sub == u"list") {
        const auto internship = o.take(QStringLiteral("--internship"));
        const bool missingOnly = o.flag(QStringLiteral("--missing"));
        const auto file = o.take(QStringLiteral("-o"), QStringLiteral("--output"));
        o.done();
        std::vector<services::InternshipChecklist> lists;
        if (internship)
            lists.push_back(service.checklist(*internship));
        else
            lists = service.all();
        const std::vector<QString> header = {
            QStringLiteral("internship_no"), QStringLiteral("student_no"),      QStringLiteral("status"),
            QStringLiteral("item"),          QStringLiteral("state"),           QStringLiteral("problem"),
            QStringLiteral("verified_on"),   QStringLiteral("verified_by"),     QStringLiteral("permission"),
            QStringLiteral("permission_date"), QStringLiteral("permission_no"), QStringLiteral("document"),
            QStringLiteral("sha256"),        QStringLiteral("overridden")};
        std::vector<std::vector<QString>> rows;
        int lacking = 0;
        for (const services::InternshipChecklist &c : lists) {
            if (!c.missing.isEmpty())
                ++lacking;
            for (const services::ChecklistItemState &s : c.items) {
                if (missingOnly && !s.problem)
                    continue;
                const storage::StoredCheck k = s.check.value_or(storage::StoredCheck{});
                rows.push_back({c.internshipNo, c.studentNo, c.status, rules::checklistItemCode(s.item),
                                s.problem ? QStringLiteral("missing") : QStringLiteral("done"), s.problem.value_or(QString()),
                                k.entry.verifiedOn, k.entry.verifiedBy, k.entry.permission, k.entry.permissionDate,
                                k.entry.permissionNo, k.documentName, k.documentSha256,
                                c.overrides.empty() ? QStringLiteral("false") : QStringLiteral("true")});
            }
        }
        writeCsv(file, header, rows);
        err(QStringLiteral("%1 internship(s), %2 with items missing; setting internship.checklist is %3")
                .arg(lists.size())
                .arg(lacking)
                .arg(service.required() ? QStringLiteral("on") : QStringLiteral("off")));
        return Ok;
    }
    if (sub == u"set") {
        const QString internship = o.positional(QStringLiteral("INTERNSHIP_NO"));
        const rules::ChecklistItem item = itemArgument(o.positional(QStringLiteral("ITEM")));
        services::CheckInput in;
        in.item = item;
        const QString day = o.take(QStringLiteral("--date")).value_or(QDate::currentDate().toString(Qt::ISODate));
        const auto d = parseDate(day);
        if (!d)
            throw BadUsage{QStringLiteral("--date: “%1” is not a date (YYYY-MM-DD)").arg(day)};
        in.verifiedOn = *d;
        in.permission = o.take(QStringLiteral("--permission")).value_or(QString());
        in.permissionDate = o.take(QStringLiteral("--permission-date")).value_or(QString());
        in.permissionNo = o.take(QStringLiteral("--permission-no")).value_or(QString());
        in.note = o.take(QStringLiteral("--note")).value_or(QString());
        const auto document = o.take(QStringLiteral("--document"));
        o.done();
        if (item == rules::ChecklistItem::WorkPermission && in.permission.isEmpty())
            throw BadUsage{QStringLiteral("work_permission needs --permission none|general|individual")};
        if (document) {
            QFile f(*document);
            if (!f.open(QIODevice::ReadOnly))
                throw services::ChecklistError(QStringLiteral("%1: cannot read: %2").arg(*document, f.errorString()));
            if (f.size() > services::kMaxChecklistDocumentBytes)
                throw services::ChecklistError(QStringLiteral("%1: %2 bytes is more than a document may have").arg(*document).arg(f.size()));
            in.documentName = *document;
            in.documentContent = f.readAll();
        }
        const storage::StoredCheck c = service.record(session, internship, in);
        const services::InternshipChecklist now = service.checklist(internship);
        err(QStringLiteral("%1 %2: verified on %3 by %4%5; %6")
                .arg(internship, rules::checklistItemCode(item), c.entry.verifiedOn, c.entry.verifiedBy,
                     c.documentId ? QStringLiteral(" (document %1, sha256 %2)").arg(c.documentName, c.documentSha256)
                                  : QStringLiteral(" (no document)"),
                     now.missing.isEmpty() ? QStringLiteral("checklist complete")
                                           : QStringLiteral("still missing: %1").arg(now.missing.join(QStringLiteral(", ")))));
        return Ok;
    }
    if (sub == u"override") {
        const QString internship = o.positional(QStringLiteral("INTERNSHIP_NO"));
        const auto reason = o.take(QStringLiteral("--reason"));
        o.done();
        if (!reason || reason->trimmed().isEmpty())
            throw BadUsage{QStringLiteral("--reason TEXT is required")};
        const QStringList missing = service.checklist(internship).missing;
        service.overrideAndActivate(session, internship, *reason);
        err(QStringLiteral("%1: active by override of %2 (missing: %3)")
                .arg(internship, session.who(), missing.isEmpty() ? QStringLiteral("-") : missing.join(QStringLiteral(", "))));
        return Ok;
    }
    if (sub == u"import") {
        const QString file = o.positional(QStringLiteral("FILE"));
        const bool dryRun = o.flag(QStringLiteral("--dry-run"));
        o.done();
        int recorded = 0;
        const auto problems = service.importCsv(session, file, dryRun, &recorded);
        for (const services::ChecklistProblem &p : problems)
            err(QStringLiteral("%1:%2: %3: %4").arg(file).arg(p.line).arg(p.column, p.message));
        if (!problems.empty()) {
            err(QStringLiteral("%1: %2 problem(s); nothing was recorded").arg(file).arg(problems.size()));
            return Refused;
        }
        err(dryRun ? QStringLiteral("%1: no problem (dry run; nothing recorded)").arg(file)
                   : QStringLiteral("%1: %2 verification(s) recorded").arg(file).arg(recorded));
        return Ok;
    }
    if (sub == u"export") {
        const auto file = o.take(QStringLiteral("-o"), QStringLiteral("--output"));
        o.done();
        const std::vector<QString> header = {
            QStringLiteral("internship_no"), QStringLiteral("item"),          QStringLiteral("verified_on"),
            QStringLiteral("verified_by"),   QStringLiteral("recorded_at"),   QStringLiteral("permission"),
            QStringLiteral("permission_date"), QStringLiteral("permission_no"), QStringLiteral("document_name"),
            QStringLiteral("sha256"),        QStringLiteral("note")};
        std::vector<std::vector<QString>> rows;
        for (const storage::StoredCheck &c : service.history())
            rows.push_back({c.internshipNo, rules::checklistItemCode(c.entry.item), c.entry.verifiedOn,
                            c.entry.verifiedBy, c.recordedAt, c.entry.permission, c.entry.permissionDate,
                            c.entry.permissionNo, c.documentName, c.documentSha256, c.note});
        writeCsv(file, header, rows);
        return Ok;
    }
    if (sub == u"document") {
        const QString internship = o.positional(QStringLiteral("INTERNSHIP_NO"));
        const rules::ChecklistItem item = itemArgument(o.positional(QStringLiteral("ITEM")));
        const auto file = o.take(QStringLiteral("-o"), QStringLiteral("--output"));
        o.done();
        if (!file)
            throw BadUsage{QStringLiteral("-o FILE is required")};
        const storage::DocumentInfo d = service.exportDocument(session, internship, item, *file);
        err(QStringLiteral("%1 %2: %3 written (%4 bytes, sha256 %5)")
                .arg(internship, rules::checklistItemCode(item), *file)
                .arg(d.sizeBytes)
                .arg(d.sha256));
        return Ok;
    }
    throw BadUsage{
        QStringLiteral("unknown checklist command “%1” (list, set, override, import, export, document)").arg(sub)};
}

} // namespace

int checklistCommand(storage::Database &db, const auth::Session &session, const QStringList &args)
{
    try {
        Options o(args);
        return checklist(db, session, o);
    } catch (const BadUsage &e) {
        err(QStringLiteral("kakehashi-cli: %1").arg(e.message));
        err(QStringLiteral("Try 'kakehashi-cli --help'."));
        return Usage;
    }
}

} // namespace kakehashi::cli
