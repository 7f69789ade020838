#pragma once
// Creating, correcting and archiving one record of any kind, as the editors do:
// the roles table, the importer's rules, the row version and the audit trail in
// one transaction. The ui calls this; it holds no SQL and no rules of its own.
#include "auth/roles.h"
#include "domain/error.h"
#include "domain/kinds.h"
#include "storage/record_store.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

using Record = storage::StoredRecord;

struct Problem
{
    QString field; // the field's name, or "(row)"
    QString message;
};

// Someone else saved the record after it was read: what they changed.
struct Difference
{
    QString field;
    QString yours; // the value when you opened it
    QString theirs; // the value stored now
};

class ConflictError final : public Error
{
public:
    ConflictError(const QString &message, std::vector<Difference> differences, Record current)
        : Error(message), differences(std::move(differences)), current(std::move(current))
    {
    }
    std::vector<Difference> differences;
    Record current;
};

class RecordService final
{
    // Messages in the namespace's translation context, as its free functions' (lupdate reads this).
    Q_DECLARE_TR_FUNCTIONS(kakehashi::services)

public:
    RecordService(storage::Database &db, auth::Session session);

    const auth::Session &session() const { return session_; }

    // The record with these key values, if stored.
    std::optional<Record> find(const domain::Kind &kind, const domain::Values &key) const;
    std::optional<Record> find(const domain::Kind &kind, const QString &key) const; // single-key kinds
    // The name people know a record by (a student's name, a company's), if stored.
    QString displayName(const domain::Kind &kind, const QString &key) const;

    // A field's stored value as a form shows and edits it (the text of a CSV cell).
    static QString text(const domain::Field &field, const QVariant &value);
    static QStringList texts(const domain::Kind &kind, const domain::Values &values);

    // Quick judgement of a form's texts as they are typed: each field's value, the
    // required marks, references to stored records and the rules across fields.
    // `original` is the record being corrected, or null for a new one.
    std::vector<Problem> check(const domain::Kind &kind, const QStringList &texts, const Record *original) const;

    // Saves the form: every rule of a file's row (overlaps, posted months …), the
    // row version against `original` and the audit rows, in one transaction.
    // Returns the problems (nothing written) or none and the stored record in
    // `saved`. Throws ConflictError when someone saved it meanwhile, AuthError when
    // the session may not edit.
    std::vector<Problem> save(const domain::Kind &kind, const QStringList &texts, const Record *original,
                              Record *saved = nullptr);

    // Archives (hides from lists) or restores a record; audited; version-checked.
    Record setArchived(const domain::Kind &kind, const Record &record, bool archived);

    // The record's history: at, user, action, field, old, new; oldest first.
    std::vector<std::vector<QString>> history(const domain::Kind &kind, const domain::Values &key) const;

private:
    Record current(const domain::Kind &kind, const Record &original) const;

    storage::Database &db_;
    auth::Session session_;
};

} // namespace kakehashi::services
