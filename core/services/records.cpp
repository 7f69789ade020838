#include "services/records.h"

#include "io/exporter.h"
#include "io/importer.h"
#include "ledger/ledger.h"
#include "rules/validation.h"
#include "storage/audit_store.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kakehashi::services {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("kakehashi::services", s);
}

const QString kRow = QStringLiteral("(row)");

Problem storedAlready(const domain::Kind &kind, const domain::Values &values)
{
    return {QLatin1String(kind.field(0).name),
            tr("%1 is stored already: open it to correct it").arg(domain::keyText(kind, values))};
}

// The key values of a form's texts, parsed as stored.
domain::Values keyOf(const domain::Kind &kind, const QStringList &texts)
{
    domain::Values key(kind.fields.size());
    for (int i = 0; i < kind.keyFields && i < texts.size(); ++i) {
        QString ignored;
        key[static_cast<size_t>(i)] = rules::parseField(kind.field(i), texts[i].trimmed(), ignored);
    }
    return key;
}

} // namespace

RecordService::RecordService(storage::Database &db, auth::Session session)
    : db_(db)
    , session_(std::move(session))
{
}

std::optional<Record> RecordService::find(const domain::Kind &kind, const domain::Values &key) const
{
    return storage::RecordStore(db_).find(kind, key);
}

std::optional<Record> RecordService::find(const domain::Kind &kind, const QString &key) const
{
    domain::Values k(kind.fields.size());
    k[0] = key;
    return find(kind, k);
}

QString RecordService::displayName(const domain::Kind &kind, const QString &key) const
{
    return storage::RecordStore(db_).displayName(kind, key);
}

QString RecordService::text(const domain::Field &field, const QVariant &value)
{
    return io::formatValue(field, value);
}

QStringList RecordService::texts(const domain::Kind &kind, const domain::Values &values)
{
    QStringList out;
    for (int i = 0; i < kind.size(); ++i)
        out << text(kind.field(i), values[static_cast<size_t>(i)]);
    return out;
}

std::vector<Problem> RecordService::check(const domain::Kind &kind, const QStringList &texts,
                                          const Record *original) const
{
    std::vector<Problem> out;
    if (texts.size() != kind.size()) {
        out.push_back({kRow, tr("%1 fields where the kind has %2").arg(texts.size()).arg(kind.size())});
        return out;
    }
    storage::RecordStore store(db_);
    domain::Values values(kind.fields.size());
    for (int i = 0; i < kind.size(); ++i) {
        const domain::Field &f = kind.field(i);
        const QString t = texts[i].trimmed();
        QString error;
        // An empty field with a default stands for it, as an empty cell does on import.
        values[static_cast<size_t>(i)] =
            rules::parseField(f, t.isEmpty() && f.defaultValue ? QString::fromLatin1(f.defaultValue) : t, error);
        const bool participantKey = kind.isParticipants() && i > 0 && i < kind.keyFields;
        if (!error.isEmpty())
            out.push_back({QLatin1String(f.name), error});
        else if (t.isEmpty() && f.required && !f.defaultValue && !participantKey)
            out.push_back({QLatin1String(f.name), tr("a value is required")});
        else if (f.references && !t.isEmpty() && !store.find(*domain::kindByName(QString::fromLatin1(f.references)), domain::Values{t}))
            out.push_back({QLatin1String(f.name), tr("no record with the key “%1” is stored").arg(t)});
    }
    if (!original) {
        if (store.find(kind, values))
            out.push_back(storedAlready(kind, values));
    }
    for (const rules::FieldProblem &p : rules::checkRecord(kind, values))
        out.push_back({p.column, p.message});
    return out;
}

Record RecordService::current(const domain::Kind &kind, const Record &original) const
{
    auto now = find(kind, original.values);
    if (!now)
        throw Error(tr("%1 is no longer stored").arg(domain::keyText(kind, original.values)));
    if (now->version != original.version) {
        std::vector<Difference> diff;
        for (int i = 0; i < kind.size(); ++i) {
            const domain::Field &f = kind.field(i);
            const QString mine = text(f, original.values[static_cast<size_t>(i)]);
            const QString theirs = text(f, now->values[static_cast<size_t>(i)]);
            if (mine != theirs)
                diff.push_back({QLatin1String(f.name), mine, theirs});
        }
        if (now->archived != original.archived)
            diff.push_back({QStringLiteral("archived"), original.archived ? QStringLiteral("true") : QStringLiteral("false"),
                            now->archived ? QStringLiteral("true") : QStringLiteral("false")});
        // Who changed it last, from the trail.
        storage::AuditFilter filter;
        filter.kind = QLatin1String(kind.name);
        filter.key = domain::keyText(kind, original.values);
        const auto trail = storage::auditEntries(db_, filter);
        const QString by = trail.empty() ? tr("someone") : trail.back()[1];
        const QString at = trail.empty() ? QString() : trail.back()[0];
        throw ConflictError(tr("%1 was changed by %2 at %3 after you opened it")
                                .arg(domain::keyText(kind, original.values), by, at),
                            std::move(diff), *now);
    }
    return *now;
}

std::vector<Problem> RecordService::save(const domain::Kind &kind, const QStringList &texts, const Record *original,
                                         Record *saved)
{
    auth::require(session_, auth::Action::Edit);
    storage::Transaction tx(db_);
    std::vector<Problem> out;
    if (original && original->id >= 0) {
        current(kind, *original);
        // The key of a stored record is not changed by a form.
        const domain::Values key = keyOf(kind, texts);
        for (int i = 0; i < kind.keyFields; ++i)
            if (text(kind.field(i), key[static_cast<size_t>(i)]) !=
                text(kind.field(i), original->values[static_cast<size_t>(i)]))
                out.push_back({QLatin1String(kind.field(i).name), tr("the key of a stored record cannot change")});
    } else if (texts.size() == kind.size()) {
        if (auto existing = find(kind, keyOf(kind, texts)))
            out.push_back(storedAlready(kind, existing->values));
    }
    if (!out.empty())
        return out;
    io::ImportOptions options;
    options.session = session_;
    const io::ImportResult r = io::importRecord(db_, kind, texts, options);
    for (const io::ImportProblem &p : r.problems)
        out.push_back({p.column, p.message});
    if (!out.empty())
        return out;
    tx.commit();
    if (saved)
        *saved = *find(kind, keyOf(kind, texts));
    return out;
}

Record RecordService::setArchived(const domain::Kind &kind, const Record &record, bool archived)
{
    auth::require(session_, auth::Action::Edit);
    if (!storage::RecordStore::versioned(kind))
        throw Error(tr("records of this kind are not archived"));
    storage::Transaction tx(db_);
    const Record now = current(kind, record);
    if (now.archived != archived) {
        storage::RecordStore(db_).setArchived(kind, now.id, archived);
        storage::AuditLog(db_, session_.who(), ledger::postingTimestamp(QDateTime::currentDateTime()))
            .add(archived ? QStringLiteral("archive") : QStringLiteral("restore"), QLatin1String(kind.name),
                 domain::keyText(kind, now.values), QStringLiteral("archived"), now.archived ? 1 : 0,
                 archived ? 1 : 0);
    }
    tx.commit();
    return *find(kind, now.values);
}

std::vector<std::vector<QString>> RecordService::history(const domain::Kind &kind, const domain::Values &key) const
{
    storage::AuditFilter filter;
    filter.kind = QLatin1String(kind.name);
    filter.key = domain::keyText(kind, key);
    std::vector<std::vector<QString>> out;
    for (auto &row : storage::auditEntries(db_, filter))
        out.push_back({row[0], row[1], row[2], row[5], row[6], row[7]});
    return out;
}

} // namespace kakehashi::services
