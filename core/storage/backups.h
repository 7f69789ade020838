#pragma once
// Rolling backups: a consistent copy each time a database is opened in the
// program, the last N kept; and a restore that first puts the current file aside.
#include <QString>
#include <QStringList>

namespace kakehashi::storage {

class Database;

// The folder the backups of `databasePath` go to: "backups" beside it.
QString backupFolder(const QString &databasePath);

// Copies the open database to the folder as NAME-YYYYMMDD-HHMMSSzzz.sqlite3 and
// deletes the oldest copies beyond `keep`. Returns the new file.
QString rollingBackup(const Database &db, const QString &folder, int keep = 10);

// The backups of a database in the folder, newest first.
QStringList backupsOf(const QString &databasePath, const QString &folder);

// Replaces the (closed) database file with a backup; the current file, with its
// WAL, is moved aside first as DATABASE.before-restore-YYYYMMDD-HHMMSS. Returns
// that file. Throws DatabaseError when the backup is not a sound Kakehashi file.
QString restoreBackup(const QString &backupFile, const QString &databasePath);

} // namespace kakehashi::storage
