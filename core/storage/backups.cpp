#include "storage/backups.h"

#include "storage/database.h"
#include "storage/output_file.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kakehashi::storage {

namespace {

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
}

} // namespace

QString backupFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList backupsOf(const QString &databasePath, const QString &folder)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    QStringList files = QDir(folder).entryList({base + QStringLiteral("-*.sqlite3")}, QDir::Files, QDir::Name);
    std::reverse(files.begin(), files.end()); // the stamp sorts by time
    for (QString &f : files)
        f = QDir(folder).filePath(f);
    return files;
}

QString rollingBackup(const Database &db, const QString &folder, int keep)
{
    if (!makePrivateFolder(folder))
        throw DatabaseError(QStringLiteral("cannot create the backup folder %1").arg(folder));
    const QString base = QFileInfo(db.path()).completeBaseName();
    QString file = QDir(folder).filePath(QStringLiteral("%1-%2.sqlite3").arg(base, stamp()));
    for (int n = 2; QFileInfo::exists(file); ++n)
        file = QDir(folder).filePath(QStringLiteral("%1-%2-%3.sqlite3").arg(base, stamp()).arg(n));
    db.backupTo(file);
    const QStringList all = backupsOf(db.path(), folder);
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        QFile::remove(all[i]);
    return file;
}

QString restoreBackup(const QString &backupFile, const QString &databasePath)
{
    {
        // Refuse a broken or foreign file before touching the current one.
        Database check(backupFile, {.migrateTo = -1, .mustExist = true});
        const QStringList problems = check.integrityProblems();
        if (!problems.isEmpty())
            throw DatabaseError(QStringLiteral("%1 is damaged: %2").arg(backupFile, problems.front()));
    }
    const QString aside = databasePath + QStringLiteral(".before-restore-") + stamp();
    if (QFileInfo::exists(databasePath)) {
        if (!QFile::rename(databasePath, aside))
            throw DatabaseError(QStringLiteral("cannot move %1 aside").arg(databasePath));
        for (const char *suffix : {"-wal", "-shm"})
            if (QFileInfo::exists(databasePath + QLatin1String(suffix)))
                QFile::rename(databasePath + QLatin1String(suffix), aside + QLatin1String(suffix));
    }
    if (!QFile::copy(backupFile, databasePath)) {
        QFile::rename(aside, databasePath);
        throw DatabaseError(QStringLiteral("cannot copy %1 to %2").arg(backupFile, databasePath));
    }
    QFile(databasePath).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return aside;
}

} // namespace kakehashi::storage
