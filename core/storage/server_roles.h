#pragma once
// The people of a PostgreSQL server's database (FORMATS.md §5): logins are the
// server's roles, members of the group roles kakehashi_staff,
// kakehashi_administrator and kakehashi_auditor; the server stores their
// passwords (SCRAM-SHA-256, hashed here by libpq before they are sent) and
// refuses what a role may not do, whatever client is used.
#include <QString>

#include <optional>
#include <vector>

namespace kakehashi::storage {

class Database;

struct ServerLogin
{
    QString name;
    QString role;  // staff, administrator or auditor
    bool canLogin = true;
};

// The session user, and its role here: the database's owner (who ran init) and
// superusers are administrators; otherwise the group it belongs to. No role:
// nullopt.
struct ServerSessionRole
{
    QString user;
    std::optional<QString> role;
};
ServerSessionRole serverSessionRole(const Database &db);

std::vector<ServerLogin> serverLogins(const Database &db);
bool serverLoginExists(const Database &db, const QString &name);
// CREATE ROLE name LOGIN … IN ROLE kakehashi_<role>. Throws DatabaseError.
void createServerLogin(const Database &db, const QString &name, const QString &role, const QString &password);
void setServerPassword(const Database &db, const QString &name, const QString &password);
void setServerLoginEnabled(const Database &db, const QString &name, bool enabled);
// Moves the login from its group to kakehashi_<role>.
void setServerRole(const Database &db, const QString &name, const QString &role);
// Active administrators other than `name` (members of kakehashi_administrator
// who may log in).
int otherServerAdministrators(const Database &db, const QString &name);

} // namespace kakehashi::storage
