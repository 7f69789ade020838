#pragma once
// Users, roles and logins (FORMATS.md §4). The roles table is the one place
// that says who may do what; the CLI and the GUI both ask it. Passwords are
// hashed with Argon2id (libsodium); five failed logins in a row lock a user for
// fifteen minutes; every login, failure, lock and role change is audited.
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include "domain/error.h"
#include <vector>

namespace kakehashi::storage {
class Database;
}

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

struct UserInfo
{
    QString name;
    Role role;
    bool disabled = false;
    QString lockedUntil;
    int failedLogins = 0;
};

// Throws AuthError unless the session may do the action: the core services call
// this themselves, so that no caller can skip the roles table.
void require(const Session &session, Action action);

class Users final
{
    // Messages in the namespace's translation context, as its free functions' (lupdate reads this).
    Q_DECLARE_TR_FUNCTIONS(kakehashi::auth)

public:
    using Clock = std::function<QDateTime()>;
    explicit Users(const storage::Database &db, Clock clock = &QDateTime::currentDateTime);

    bool any() const;
    std::vector<UserInfo> list() const;

    // The session for a database: single-user when it has no users, else a login.
    // Throws AuthError (wrong name or password, locked, disabled).
    Session login(const QString &name, const QString &password);
    // On a server: the session user (the server checked the password) and its role.
    Session serverSession();

    // The first user must be an administrator; afterwards only administrators add.
    void add(const Session &actor, const QString &name, Role role, const QString &password);
    // A user may change their own; an administrator anyone's (which also unlocks).
    void setPassword(const Session &actor, const QString &name, const QString &password);
    // Refused for the last active administrator (nobody could manage users any more).
    void disable(const Session &actor, const QString &name);
    void setRole(const Session &actor, const QString &name, Role role);

    // The users table against what the audit trail recorded of each user (added,
    // role, disabled, password set): in plain words, empty when they agree.
    QStringList tamperProblems() const;

    // An audit row (in the caller's transaction, if any).
    void audit(const QString &user, const QString &action, const QString &kind = {}, const QString &key = {},
               const QString &field = {}, const QString &oldValue = {}, const QString &newValue = {});

private:
    void refuseLastAdministrator(const QString &name) const;
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);

    const storage::Database &db_;
    Clock clock_;
};

} // namespace kakehashi::auth
