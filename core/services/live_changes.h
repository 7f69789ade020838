#pragma once
// Live refresh between desks on a server (issue 11, item 6): the server
// notifies the channel kakehashi_changes with a table's name after each change
// to a record table or the ledger (migrations/postgresql/011_notify.sql); a
// desk listens on its own connection and hears what the others commit. A file
// has no such channel: there, nothing is heard and nothing needs to be.
#include <QMetaObject>
#include <QObject>
#include <QString>

#include <functional>

namespace kakehashi::storage {
class Database;
}

namespace kakehashi::services {

inline constexpr const char *kChangesChannel = "kakehashi_changes";

// Listens on the database's connection and calls `onChange(table)` in the
// thread of `context` for each change another connection commits (this
// connection's own changes are left out: the one who made them refreshed
// already). Returns false (and calls nothing ever) on a file, or when the
// server refuses to listen. The call stops with `context`, or with stopWatching().
bool watchChanges(const storage::Database &db, QObject *context, std::function<void(const QString &table)> onChange);
void stopWatching(const storage::Database &db);

} // namespace kakehashi::services
