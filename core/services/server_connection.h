#pragma once
// A desk connecting to a server's database (FORMATS.md §5) from the desktop
// program: the URI built from what a person fills in, and the connection with
// its session, each refusal told apart (the server unreachable, the login
// refused, no Kakehashi role, a database that is not initialised) so that the
// GUI can say what to do. Nothing here creates or upgrades a server's schema on
// a person's behalf unless they own it: init is the owner's.
#include "auth/roles.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

// What the connect form holds. The password is never part of it.
struct ServerAddress
{
    QString host;            // a host name, or a Unix-socket folder (starts with '/'); empty = libpq's default
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer"); // disable, prefer, require, verify-full

    static QStringList sslModes();
    bool isSocket() const { return host.startsWith(QLatin1Char('/')); }
    // postgresql://USER@HOST[:PORT]/DB?sslmode=MODE, or for a socket folder
    // postgresql:///DB?host=FOLDER[&port=PORT]&user=USER (TLS does not apply to a socket).
    QString uri() const;
    // The fields of a postgresql:// URI (its password dropped); throws Error when it is not one.
    static ServerAddress fromUri(const QString &uri);
};

bool isServerUri(const QString &description);

enum class ConnectFailure {
    Unreachable,    // no server answers there (host, port, socket folder, network)
    LoginRefused,   // wrong password, unknown user, or the server's rules refuse this login
    NoSuchDatabase, // the server has no database of that name
    NoRole,         // logged in, but the user is in none of the Kakehashi group roles
    NotInitialised, // an empty database: its owner runs init
    NeedsUpgrade,   // a schema older than this program's, which only the owner may upgrade
    TooNew,         // written by a newer version of Kakehashi
    Other,
};

class ConnectError final : public Error
{
public:
    ConnectError(ConnectFailure failure, const QString &detail) : Error(detail), failure(failure) {}
    ConnectFailure failure;
};

struct ServerConnection
{
    ServerConnection();
    ~ServerConnection();
    ServerConnection(ServerConnection &&) noexcept;
    ServerConnection &operator=(ServerConnection &&) noexcept;
    std::unique_ptr<storage::Database> db;
    auth::Session session;
};

// Opens the server's database as `user` with `password` (empty: the URI's, else
// libpq's ~/.pgpass) and takes the session from the server's roles. Never
// initialises an empty database. Throws ConnectError.
ServerConnection connectToServer(const QString &uri, const QString &user, const QString &password);

} // namespace kakehashi::services
