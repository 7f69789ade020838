#include "auth/auth.h"

#include "storage/server_roles.h"

#include <algorithm>

#include "storage/audit_store.h"

#include "ledger/ledger.h"
#include "storage/database.h"
#include "storage/server_roles.h"

#include <QCoreApplication>
#include <QVariant>

#include <sodium.h>

#include <algorithm>
#include <map>
#include <mutex>

namespace kakehashi::auth {

namespace {

void initSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            throw AuthError(QStringLiteral("libsodium cannot start"));
    });
}

// A hash of a password nobody has, with the same parameters as every stored one:
// an unknown name is refused after the same work as a wrong password.
const char kDummyHash[] = "$argon2id$v=19$m=65536,t=2,p=1$YBENRoNdcBY7mXek+b9MEw$ur+5jQusIn+Ug67CyTpyJBreeKp6R0ag7MaSg1DY73M";

// What the audit trail keeps of a password hash: enough to tell that the stored
// hash is the one set through the program, nothing to attack the password with.
QString hashFingerprint(const QString &hash)
{
    return QString::fromLatin1(ledger::sha256Hex(hash.toLatin1()));
}

} // namespace

Users::Users(const storage::Database &db, Clock clock)
    : db_(db)
    , clock_(std::move(clock))
{
    initSodium();
}

QString Users::hash(const QString &password)
{
    const QByteArray p = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, p.constData(), static_cast<unsigned long long>(p.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw AuthError(QStringLiteral("out of memory while hashing a password"));
    return QString::fromLatin1(out);
}

bool Users::verify(const QString &hash, const QString &password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray p = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), p.constData(), static_cast<unsigned long long>(p.size())) == 0;
}

namespace {

// Whether the user named by the SQL expression %1 was a server's login: its
// password was set on a server (recorded as "server", see add()).
const QString kServerLogin = QStringLiteral(
    "EXISTS (SELECT 1 FROM audit_log s WHERE s.kind = 'user' AND s.key = %1 AND s.action = 'password_change' AND "
    "s.new = 'server')");

} // namespace

bool Users::any() const
{
    if (db_.isServer())
        return true; // a server always has its logins
    // A database that has ever had users never becomes single-user again, even
    // when its users table is emptied outside the program.
    // A server's logins recorded in a copy of it (copy-to, backup) are not users of the file.
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM "
                                             "audit_log a WHERE a.kind = 'user' AND a.action IN ('role_change', "
                                             "'user_baseline') AND NOT ") +
                              kServerLogin.arg(QStringLiteral("a.key")) + QLatin1Char(')'));
    storage::Database::exec(q);
    return q.next();
}

std::vector<UserInfo> Users::list() const
{
    if (db_.isServer()) {
        std::vector<UserInfo> out;
        for (const storage::ServerLogin &l : storage::serverLogins(db_))
            out.push_back({l.name, roleFromCode(l.role).value_or(Role::Staff), !l.canLogin, {}, 0});
        return out;
    }
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT name, role, disabled, coalesce(locked_until, ''), failed_logins FROM users ORDER BY name"));
    storage::Database::exec(q);
    std::vector<UserInfo> out;
    while (q.next())
        out.push_back({q.value(0).toString(), roleFromCode(q.value(1).toString()).value_or(Role::Staff),
                       q.value(2).toInt() != 0, q.value(3).toString(), q.value(4).toInt()});
    return out;
}

void Users::audit(const QString &user, const QString &action, const QString &kind, const QString &key,
                  const QString &field, const QString &oldValue, const QString &newValue)
{
    const auto value = [](const QString &v) { return v.isNull() ? QVariant() : QVariant(v); };
    storage::AuditLog(db_, user, ledger::postingTimestamp(clock_()))
        .add(action, kind, key, field, value(oldValue), value(newValue));
}

Session Users::serverSession()
{
    const storage::ServerSessionRole r = storage::serverSessionRole(db_);
    const auto role = r.role ? roleFromCode(*r.role) : std::nullopt;
    if (!role)
        throw AuthError(tr("%1 has no Kakehashi role on this server (an administrator gives one with user add or user "
                           "role)")
                            .arg(r.user));
    return {r.user, *role, false};
}

Session Users::login(const QString &name, const QString &password)
{
    if (db_.isServer())
        return serverSession(); // the server checked the password when it let the connection in
    if (!any())
        return {};
    storage::Transaction tx(db_);
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT role, password_hash, failed_logins, locked_until, disabled FROM users WHERE name = ?"));
    q.addBindValue(name);
    storage::Database::exec(q);
    if (name.isEmpty() || !q.next()) {
        verify(QString::fromLatin1(kDummyHash), password); // as long as a wrong password takes
        audit(name, QStringLiteral("login_failed"), QStringLiteral("user"), name);
        tx.commit();
        throw AuthError(tr("unknown user or wrong password"));
    }
    const Role role = roleFromCode(q.value(0).toString()).value_or(Role::Staff);
    const QString stored = q.value(1).toString();
    const int failed = q.value(2).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    const bool disabled = q.value(4).toInt() != 0;
    q.finish();
    const QDateTime now = clock_();
    if (lockedUntil.isValid() && now < lockedUntil) {
        verify(stored, password); // the same time as any other refusal
        audit(name, QStringLiteral("login_failed"), QStringLiteral("user"), name, QStringLiteral("locked"));
        tx.commit();
        throw AuthError(tr("the user %1 is locked after %2 failed logins until %3")
                            .arg(name)
                            .arg(kMaxFailedLogins)
                            .arg(lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    if (!verify(stored, password)) {
        const int count = failed + 1;
        QSqlQuery u = db_.prepare(QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE name = ?"));
        u.addBindValue(count >= kMaxFailedLogins ? 0 : count);
        u.addBindValue(count >= kMaxFailedLogins ? QVariant(now.addSecs(kLockMinutes * 60).toString(Qt::ISODateWithMs))
                                                 : QVariant());
        u.addBindValue(name);
        storage::Database::exec(u);
        audit(name, QStringLiteral("login_failed"), QStringLiteral("user"), name);
        if (count >= kMaxFailedLogins)
            audit(name, QStringLiteral("locked"), QStringLiteral("user"), name, QStringLiteral("locked_until"), {},
                  now.addSecs(kLockMinutes * 60).toString(Qt::ISODate));
        tx.commit();
        throw AuthError(tr("unknown user or wrong password"));
    }
    // A disabled user hears so only from the right password; a wrong one counts
    // as any other failure above.
    if (disabled) {
        audit(name, QStringLiteral("login_failed"), QStringLiteral("user"), name, QStringLiteral("disabled"));
        tx.commit();
        throw AuthError(tr("the user %1 is disabled").arg(name));
    }
    QSqlQuery u = db_.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = ?"));
    u.addBindValue(name);
    storage::Database::exec(u);
    audit(name, QStringLiteral("login"), QStringLiteral("user"), name);
    tx.commit();
    return {name, role, false};
}

void Users::add(const Session &actor, const QString &name, Role role, const QString &password)
{
    const bool first = !any();
    if (first && role != Role::Administrator)
        throw AuthError(tr("the first user must be an administrator"));
    if (!first && !actor.may(Action::Maintain))
        throw AuthError(tr("only an administrator may add users"));
    if (name.trimmed().isEmpty() || name.size() > 64)
        throw AuthError(tr("a user name has 1 to 64 characters"));
    if (password.size() < kMinimumPasswordLength)
        throw AuthError(tr("a password has at least %1 characters").arg(kMinimumPasswordLength));
    if (db_.isServer()) {
        if (storage::serverLoginExists(db_, name))
            throw AuthError(tr("a user %1 exists already").arg(name));
        storage::Transaction tx(db_);
        storage::createServerLogin(db_, name, roleCode(role), password);
        audit(actor.who(), QStringLiteral("role_change"), QStringLiteral("user"), name, QStringLiteral("role"), {},
              roleCode(role));
        audit(actor.who(), QStringLiteral("password_change"), QStringLiteral("user"), name,
              QStringLiteral("password_hash"), {}, QStringLiteral("server"));
        tx.commit();
        return;
    }
    const QString hashed = hash(password);
    storage::Transaction tx(db_);
    QSqlQuery q = db_.prepare(
        QStringLiteral("INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(roleCode(role));
    q.addBindValue(hashed);
    q.addBindValue(ledger::postingTimestamp(clock_()));
    if (!q.exec())
        throw AuthError(tr("a user %1 exists already").arg(name));
    const QString who = actor.user.isEmpty() ? name : actor.user;
    audit(who, QStringLiteral("role_change"), QStringLiteral("user"), name, QStringLiteral("role"), {}, roleCode(role));
    audit(who, QStringLiteral("password_change"), QStringLiteral("user"), name, QStringLiteral("password_hash"), {},
          hashFingerprint(hashed));
    tx.commit();
}

void Users::setPassword(const Session &actor, const QString &name, const QString &password)
{
    if (!actor.singleUser && actor.user != name && !actor.may(Action::Maintain))
        throw AuthError(tr("only an administrator may change another user's password"));
    if (password.size() < kMinimumPasswordLength)
        throw AuthError(tr("a password has at least %1 characters").arg(kMinimumPasswordLength));
    if (db_.isServer()) {
        if (!storage::serverLoginExists(db_, name))
            throw AuthError(tr("there is no user %1").arg(name));
        storage::Transaction tx(db_);
        storage::setServerPassword(db_, name, password);
        audit(actor.who(), QStringLiteral("password_change"), QStringLiteral("user"), name,
              QStringLiteral("password_hash"), {}, QStringLiteral("server"));
        tx.commit();
        return;
    }
    const QString hashed = hash(password);
    storage::Transaction tx(db_);
    QSqlQuery q = db_.prepare(QStringLiteral(
        "UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE name = ?"));
    q.addBindValue(hashed);
    q.addBindValue(name);
    storage::Database::exec(q);
    if (q.numRowsAffected() != 1)
        throw AuthError(tr("there is no user %1").arg(name));
    audit(actor.who(), QStringLiteral("password_change"), QStringLiteral("user"), name, QStringLiteral("password_hash"),
          {}, hashFingerprint(hashed));
    tx.commit();
}

void Users::refuseLastAdministrator(const QString &name) const
{
    if (db_.isServer())
        return; // the database's owner stays an administrator whatever happens to the logins
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT count(*) FROM users WHERE role = 'administrator' AND disabled = 0 AND name <> ?"));
    q.addBindValue(name);
    storage::Database::exec(q);
    QSqlQuery self = db_.prepare(QStringLiteral("SELECT 1 FROM users WHERE name = ? AND role = 'administrator' AND "
                                                "disabled = 0"));
    self.addBindValue(name);
    storage::Database::exec(self);
    if (q.next() && q.value(0).toInt() == 0 && self.next())
        throw AuthError(tr("%1 is the last active administrator: make another administrator first, or nobody could "
                           "manage users any more")
                            .arg(name));
}

void Users::setRole(const Session &actor, const QString &name, Role role)
{
    if (!actor.may(Action::Maintain))
        throw AuthError(tr("only an administrator may change roles"));
    if (db_.isServer()) {
        const auto logins = storage::serverLogins(db_);
        const auto it = std::find_if(logins.begin(), logins.end(), [&](const auto &l) { return l.name == name; });
        if (it == logins.end())
            throw AuthError(tr("there is no user %1").arg(name));
        if (it->role == roleCode(role))
            return;
        storage::Transaction tx(db_);
        storage::setServerRole(db_, name, roleCode(role));
        audit(actor.who(), QStringLiteral("role_change"), QStringLiteral("user"), name, QStringLiteral("role"), it->role,
              roleCode(role));
        tx.commit();
        return;
    }
    storage::Transaction tx(db_);
    QSqlQuery old = db_.prepare(QStringLiteral("SELECT role FROM users WHERE name = ?"));
    old.addBindValue(name);
    storage::Database::exec(old);
    if (!old.next())
        throw AuthError(tr("there is no user %1").arg(name));
    const QString before = old.value(0).toString();
    old.finish();
    if (before == roleCode(role))
        return;
    if (role != Role::Administrator)
        refuseLastAdministrator(name);
    QSqlQuery q = db_.prepare(QStringLiteral("UPDATE users SET role = ? WHERE name = ?"));
    q.addBindValue(roleCode(role));
    q.addBindValue(name);
    storage::Database::exec(q);
    audit(actor.who(), QStringLiteral("role_change"), QStringLiteral("user"), name, QStringLiteral("role"), before,
          roleCode(role));
    tx.commit();
}

void Users::disable(const Session &actor, const QString &name)
{
    if (!actor.may(Action::Maintain))
        throw AuthError(tr("only an administrator may disable users"));
    if (db_.isServer()) {
        if (!storage::serverLoginExists(db_, name))
            throw AuthError(tr("there is no user %1").arg(name));
        storage::Transaction tx(db_);
        storage::setServerLoginEnabled(db_, name, false);
        audit(actor.who(), QStringLiteral("disable"), QStringLiteral("user"), name, QStringLiteral("disabled"),
              QStringLiteral("false"), QStringLiteral("true"));
        tx.commit();
        return;
    }
    storage::Transaction tx(db_);
    refuseLastAdministrator(name);
    QSqlQuery q = db_.prepare(QStringLiteral("UPDATE users SET disabled = 1 WHERE name = ?"));
    q.addBindValue(name);
    storage::Database::exec(q);
    if (q.numRowsAffected() != 1)
        throw AuthError(tr("there is no user %1").arg(name));
    audit(actor.user, QStringLiteral("disable"), QStringLiteral("user"), name, QStringLiteral("disabled"),
          QStringLiteral("false"), QStringLiteral("true"));
    tx.commit();
}

} // namespace kakehashi::auth

namespace kakehashi::auth {

QStringList Users::tamperProblems() const
{
    if (db_.isServer())
        return {}; // logins are the server's roles, guarded by the server
    // What the (hash-chained) audit trail says each user should be, replayed in order.
    struct Expected
    {
        QString role;
        bool disabled = false;
        QString fingerprint;
    };
    std::map<QString, Expected> expected;
    QSqlQuery a = db_.prepare(QStringLiteral("SELECT l.key, l.action, l.field, l.new, ") +
                              kServerLogin.arg(QStringLiteral("l.key")) +
                              QStringLiteral(" FROM audit_log l WHERE l.kind = 'user' AND l.action IN ('role_change', "
                                             "'disable', 'password_change', 'user_baseline') ORDER BY l.id"));
    storage::Database::exec(a);
    while (a.next()) {
        if (a.value(4).toBool())
            continue; // a server's login, in a copy of the server
        Expected &e = expected[a.value(0).toString()];
        const QString action = a.value(1).toString();
        const QString field = a.value(2).toString();
        const QString value = a.value(3).toString();
        if (field == u"role")
            e.role = value;
        else if (field == u"disabled")
            e.disabled = value == u"true";
        else if (field == u"password_hash")
            e.fingerprint = value;
    }
    QStringList problems;
    QSqlQuery u = db_.prepare(QStringLiteral("SELECT name, role, disabled, password_hash FROM users ORDER BY name"));
    storage::Database::exec(u);
    std::map<QString, QString> byHash;
    qint64 users = 0;
    while (u.next()) {
        ++users;
        const QString name = u.value(0).toString();
        const QString role = u.value(1).toString();
        const bool disabled = u.value(2).toInt() != 0;
        const QString hash = u.value(3).toString();
        if (const auto other = byHash.find(hash); other != byHash.end())
            problems << tr("users %1 and %2 have the same password hash: one was copied from the other outside "
                           "Kakehashi")
                            .arg(other->second, name);
        byHash.emplace(hash, name);
        const auto e = expected.find(name);
        if (e == expected.end()) {
            problems << tr("user %1 was added outside Kakehashi: the audit trail never recorded it").arg(name);
            continue;
        }
        if (e->second.role != role)
            problems << tr("the role of %1 is %2, but the audit trail last gave it %3: the users table was edited")
                            .arg(name, role, e->second.role);
        if (e->second.disabled && !disabled)
            problems << tr("%1 was disabled, but is enabled again without a record in the audit trail").arg(name);
        if (!e->second.fingerprint.isEmpty() && e->second.fingerprint != hashFingerprint(hash))
            problems << tr("the password of %1 was replaced outside Kakehashi (its hash is not the one last set "
                           "through the program)")
                            .arg(name);
    }
    if (users == 0 && !expected.empty())
        problems << tr("the users table is empty although the database has had %1 user(s): it was emptied outside "
                       "Kakehashi (the database stays closed to logins; restore a backup)")
                        .arg(expected.size());
    else
        for (const auto &[name, e] : expected) {
            QSqlQuery one = db_.prepare(QStringLiteral("SELECT 1 FROM users WHERE name = ?"));
            one.addBindValue(name);
            storage::Database::exec(one);
            if (!one.next())
                problems << tr("user %1 was deleted outside Kakehashi").arg(name);
        }
    return problems;
}

} // namespace kakehashi::auth
