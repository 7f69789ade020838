#pragma once
// The audit trail's hash chain (issue 10): each audit row has a seal in
// audit_chain, hash = SHA-256 of the previous seal's hash, "\n", and the row's
// id, at, user, action, kind, key, field, old and new joined by tabs (a backslash,
// tab, CR or newline inside a value written as \\, \t, \r, \n; NULL as empty).
// The first row's previous hash is 64 zeros. The seal is made by a trigger in the
// statement that adds the row; the trigger calls kk_audit_hash(), which the
// program registers on every connection it opens.
#include <QString>
#include <QStringList>

struct sqlite3;

namespace kakehashi::storage {

class Database;

// Registers kk_audit_hash(prev, id, at, user, action, kind, key, field, old, new)
// and kk_sha256(text) (lower-case hex).
void registerAuditHash(sqlite3 *db);

// The hash of one audit row after `prev`.
QString auditRowHash(const QString &prev, const QStringList &values);

struct AuditChainCheck
{
    qint64 rows = 0;
    QString lastHash;                 // 64 zeros for an empty trail
    QStringList problems;             // the first broken link, unsealed and orphaned rows, in plain words
    bool ok() const { return problems.isEmpty(); }
};

// Walks the whole trail in id order and recomputes every seal.
AuditChainCheck verifyAuditChain(const Database &db);

} // namespace kakehashi::storage
