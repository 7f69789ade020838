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
#include "auth/roles.h"
#include <vector>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::auth {

struct UserInfo
{
    QString name;
    Role role;
    bool disabled = false;
    QString lockedUntil;
    int failedLogins = 0;
};

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
