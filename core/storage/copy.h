#pragma once
// copy-to (FORMATS.md §5): everything in one database into another, empty one —
// a file into a server to move an office onto it, a server into a file for a
// portable, verifiable copy (and `backup` on a server). Records, attendance,
// rates, calendar overrides, settings, the ledger with its hashes and the audit
// trail (re-sealed by the target's triggers to the same hashes), so that
// `ledger verify` prints the same line on both and every export is equal.
// Users with their password hashes go from file to file only: on a server,
// logins are the server's roles.
#include <QString>

namespace kakehashi::storage {

class Database;

struct CopyResult
{
    qint64 rows = 0;
    int tables = 0;
};

// One transaction on each side; throws DatabaseError, with nothing written,
// when the target already holds data or the copy's audit trail does not end on
// the source's last seal.
CopyResult copyDatabase(const Database &from, const Database &to);

} // namespace kakehashi::storage
