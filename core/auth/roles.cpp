#include "auth/roles.h"

#include <QCoreApplication>

namespace kakehashi::auth {

bool permitted(Role role, Action action)
{
    switch (action) {
    case Action::Read: return true;
    case Action::Edit: return role != Role::Auditor;
    case Action::Administer:
    case Action::Maintain: return role == Role::Administrator;
    case Action::AuditLedger: return role == Role::Administrator || role == Role::Auditor;
    }
    return false;
}

void require(const Session &session, Action action)
{
    if (!session.may(action))
        throw AuthError(QCoreApplication::translate("kakehashi::auth", "%1 (%2) may not do this")
                            .arg(session.user, roleCode(session.role)));
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Staff: return QStringLiteral("staff");
    case Role::Administrator: return QStringLiteral("administrator");
    case Role::Auditor: return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    if (code == u"staff")
        return Role::Staff;
    if (code == u"administrator")
        return Role::Administrator;
    if (code == u"auditor")
        return Role::Auditor;
    return std::nullopt;
}

QString Session::who() const
{
    if (!user.isEmpty())
        return user;
    for (const char *var : {"USER", "USERNAME", "LOGNAME"})
        if (const QString v = qEnvironmentVariable(var); !v.isEmpty())
            return v;
    return QStringLiteral("single-user");
}

} // namespace kakehashi::auth
