#include "storage/server_roles.h"

#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace kakehashi::storage {

namespace {

const char *const kGroups[] = {"staff", "administrator", "auditor"};

QString groupOf(const QString &role)
{
    for (const char *g : kGroups)
        if (role == QLatin1String(g))
            return QStringLiteral("kakehashi_") + role;
    throw DatabaseError(QStringLiteral("unknown role “%1” (staff, administrator, auditor)").arg(role));
}

// A login's name as an SQL identifier. Names are checked first: letters,
// digits and . _ - @ only, so that no quoting trick can reach the statement.
QString identifier(const QString &name)
{
    static const QRegularExpression ok(QStringLiteral("^[A-Za-z0-9_.@-]{1,63}$"));
    if (!ok.match(name).hasMatch())
        throw DatabaseError(QStringLiteral("“%1” cannot be a login on the server: use 1–63 letters, digits, "
                                           "“.”, “_”, “-” or “@”")
                                .arg(name));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

PGconn *connectionOf(const Database &db)
{
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        throw DatabaseError(QStringLiteral("the database connection is not PostgreSQL (%1)")
                                .arg(QString::fromLatin1(v.typeName())));
    return *static_cast<PGconn *const *>(v.data());
}

// The password as the server stores it, made here (SCRAM-SHA-256), so that the
// password itself never travels in a statement the server might log.
QString verifier(const Database &db, const QString &name, const QString &password)
{
    PGconn *conn = connectionOf(db);
    const QByteArray pw = password.toUtf8(), user = name.toUtf8();
    char *v = PQencryptPasswordConn(conn, pw.constData(), user.constData(), "scram-sha-256");
    if (!v)
        throw DatabaseError(QStringLiteral("cannot hash the password: %1").arg(QString::fromUtf8(PQerrorMessage(conn))));
    const QString out = QString::fromLatin1(v);
    PQfreemem(v);
    // A SCRAM verifier is base64 and punctuation; never a quote.
    if (out.contains(QLatin1Char('\'')))
        throw DatabaseError(QStringLiteral("unexpected password verifier"));
    return out;
}

const QString kMember = QStringLiteral(
    "SELECT r.rolname, g.rolname, r.rolcanlogin FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
    "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname IN ('kakehashi_administrator', 'kakehashi_staff', "
    "'kakehashi_auditor')");

} // namespace

ServerSessionRole serverSessionRole(const Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT session_user, "
        "  (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) "
        "  OR pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER'), "
        "  pg_has_role(session_user, 'kakehashi_administrator', 'MEMBER'), "
        "  pg_has_role(session_user, 'kakehashi_staff', 'MEMBER'), "
        "  pg_has_role(session_user, 'kakehashi_auditor', 'MEMBER')"));
    Database::exec(q);
    ServerSessionRole r;
    if (!q.next())
        return r;
    r.user = q.value(0).toString();
    if (q.value(1).toBool() || q.value(2).toBool())
        r.role = QStringLiteral("administrator");
    else if (q.value(3).toBool())
        r.role = QStringLiteral("staff");
    else if (q.value(4).toBool())
        r.role = QStringLiteral("auditor");
    return r;
}

std::vector<ServerLogin> serverLogins(const Database &db)
{
    QSqlQuery q = db.prepare(kMember + QStringLiteral(" ORDER BY r.rolname COLLATE \"C\", g.rolname"));
    Database::exec(q);
    std::vector<ServerLogin> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString().mid(10), q.value(2).toBool()});
    return out;
}

bool serverLoginExists(const Database &db, const QString &name)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(name);
    Database::exec(q);
    return q.next();
}

void createServerLogin(const Database &db, const QString &name, const QString &role, const QString &password)
{
    db.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3")
                .arg(identifier(name), verifier(db, name, password), groupOf(role)));
}

void setServerPassword(const Database &db, const QString &name, const QString &password)
{
    db.exec(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(identifier(name), verifier(db, name, password)));
}

void setServerLoginEnabled(const Database &db, const QString &name, bool enabled)
{
    db.exec(QStringLiteral("ALTER ROLE %1 %2").arg(identifier(name), enabled ? QStringLiteral("LOGIN")
                                                                             : QStringLiteral("NOLOGIN")));
}

void setServerRole(const Database &db, const QString &name, const QString &role)
{
    const QString target = groupOf(role);
    for (const char *g : kGroups) {
        const QString group = QStringLiteral("kakehashi_") + QLatin1String(g);
        if (group != target)
            db.exec(QStringLiteral("REVOKE %1 FROM %2").arg(group, identifier(name)));
    }
    db.exec(QStringLiteral("GRANT %1 TO %2").arg(target, identifier(name)));
}

int otherServerAdministrators(const Database &db, const QString &name)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT count(*) FROM (") + kMember +
                             QStringLiteral(") x(name, grp, login) WHERE grp = 'kakehashi_administrator' AND login "
                                            "AND name <> ?"));
    q.addBindValue(name);
    Database::exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace kakehashi::storage
