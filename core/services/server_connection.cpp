#include "services/server_connection.h"

#include "auth/auth.h"
#include "storage/database.h"

#include <QUrl>
#include <QUrlQuery>

namespace kakehashi::services {

namespace {

QString encoded(const QString &s, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s, keep));
}

bool has(const QString &text, std::initializer_list<const char *> any)
{
    for (const char *s : any)
        if (text.contains(QLatin1String(s), Qt::CaseInsensitive))
            return true;
    return false;
}

// libpq's and the server's words for why a connection was refused.
ConnectFailure classify(const QString &message)
{
    // In, but not allowed to read the schema's version: none of the group roles.
    if (has(message, {"cannot read the schema version"}) && has(message, {"permission denied"}))
        return ConnectFailure::NoRole;
    if (has(message, {"holds no Kakehashi database"}))
        return ConnectFailure::NotInitialised;
    if (has(message, {"written by a newer version"}))
        return ConnectFailure::TooNew;
    if (has(message, {"upgrade to schema"}))
        return ConnectFailure::NeedsUpgrade;
    if (!message.startsWith(QLatin1String("cannot connect to")))
        return ConnectFailure::Other;
    if (has(message, {"password authentication failed", "no password supplied", "authentication failed",
                      "pg_hba.conf", "not permitted to log in", "permission denied for database"}) ||
        (has(message, {"role \""}) && has(message, {"does not exist"})))
        return ConnectFailure::LoginRefused;
    if (has(message, {"database \""}) && has(message, {"does not exist"}))
        return ConnectFailure::NoSuchDatabase;
    if (has(message, {"connection refused", "no such file or directory", "could not translate host name",
                      "timeout expired", "could not connect", "connection to server", "network is unreachable",
                      "no route to host", "name or service not known", "server closed the connection"}))
        return ConnectFailure::Unreachable;
    return ConnectFailure::Other;
}

} // namespace

ServerConnection::ServerConnection() = default;
ServerConnection::~ServerConnection() = default;
ServerConnection::ServerConnection(ServerConnection &&) noexcept = default;
ServerConnection &ServerConnection::operator=(ServerConnection &&) noexcept = default;

QStringList ServerAddress::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
            QStringLiteral("verify-full")};
}

QString ServerAddress::uri() const
{
    const QString port_ = port > 0 && port != 5432 ? QString::number(port) : QString();
    if (isSocket()) {
        QString s = QStringLiteral("postgresql:///%1?host=%2").arg(encoded(database), encoded(host, "/"));
        if (!port_.isEmpty())
            s += QStringLiteral("&port=") + port_;
        if (!user.isEmpty())
            s += QStringLiteral("&user=") + encoded(user);
        return s;
    }
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += encoded(user) + QLatin1Char('@');
    s += host;
    if (!port_.isEmpty())
        s += QLatin1Char(':') + port_;
    s += QLatin1Char('/') + encoded(database);
    if (!sslMode.isEmpty())
        s += QStringLiteral("?sslmode=") + sslMode;
    return s;
}

ServerAddress ServerAddress::fromUri(const QString &uri)
{
    storage::ConnectionInfo info;
    try {
        info = storage::ConnectionInfo::parse(uri);
    } catch (const storage::DatabaseError &e) {
        throw Error(e.message());
    }
    if (info.backend != storage::Backend::PostgreSQL)
        throw Error(QStringLiteral("%1 is not a postgresql:// URI").arg(uri));
    ServerAddress a;
    a.host = info.host;
    a.port = info.port > 0 ? info.port : 5432;
    a.database = info.database;
    a.user = info.user;
    a.sslMode = QStringLiteral("prefer");
    for (const QString &o : info.options)
        if (o.startsWith(QLatin1String("sslmode=")))
            a.sslMode = o.mid(8);
    return a;
}

bool isServerUri(const QString &description)
{
    return storage::ConnectionInfo::isUri(description);
}

ServerConnection connectToServer(const QString &uri, const QString &user, const QString &password)
{
    ServerConnection c;
    // No wait of minutes for a host that does not answer.
    QString target = uri;
    if (!target.contains(QLatin1String("connect_timeout=")))
        target += (target.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                  QStringLiteral("connect_timeout=10");
    try {
        if (!isServerUri(uri) || storage::ConnectionInfo::parse(uri).backend != storage::Backend::PostgreSQL)
            throw ConnectError(ConnectFailure::Other, QStringLiteral("%1 is not a postgresql:// URI").arg(uri));
        c.db = std::make_unique<storage::Database>(
            target, storage::Database::Options{.migrateTo = -1, .mustExist = true, .user = user, .password = password});
    } catch (const storage::DatabaseError &e) {
        throw ConnectError(classify(e.message()), e.message());
    }
    try {
        c.session = auth::Users(*c.db).serverSession();
    } catch (const auth::AuthError &e) {
        throw ConnectError(ConnectFailure::NoRole, e.message());
    } catch (const Error &e) {
        throw ConnectError(ConnectFailure::Other, e.message());
    }
    return c;
}

} // namespace kakehashi::services
