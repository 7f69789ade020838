#pragma once
// Roles, the actions they permit and the session of a caller (FORMATS.md §4):
// what every layer that checks permissions needs, with no storage. The users
// themselves (logins, passwords, the users table) are in auth/auth.h, above storage.
#include <QString>

#include <optional>
#include "domain/error.h"

namespace kakehashi::auth {

enum class Role { Staff, Administrator, Auditor };

enum class Action {
    Read,          // read, report, export, subsidy claims
    Edit,          // import, create, edit, archive records
    Administer,    // ledger post/reverse, rates, calendar overrides, advisor rules
    AuditLedger,   // ledger export, ledger verify, audit export
    Maintain,      // init, backup, demo, user …
};

bool permitted(Role role, Action action);
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);

inline constexpr int kMinimumPasswordLength = 12;
inline constexpr int kMaxFailedLogins = 5;
inline constexpr int kLockMinutes = 15;

struct Session
{
    QString user;           // empty in a single-user database
    Role role = Role::Administrator;
    bool singleUser = true;
    bool may(Action a) const { return singleUser || permitted(role, a); }
    // Who the audit trail names: the user, or in a single-user database the
    // account of the operating system.
    QString who() const;
};

class AuthError final : public Error
{
public:
    using Error::Error;
};

// Throws AuthError unless the session may do the action: the core services call
// this themselves, so that no caller can skip the roles table.
void require(const Session &session, Action action);

} // namespace kakehashi::auth
