#include "database_lock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace kakehashi::ui {

namespace {

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

} // namespace

QString DatabaseLock::lockFileFor(const QString &databasePath)
{
    const QFileInfo db(canonical(databasePath));
    const QFileInfo dir(db.absolutePath());
    if (dir.isDir() && dir.isWritable())
        return db.absolutePath() + QStringLiteral("/.") + db.fileName() + QStringLiteral(".kakehashi-lock");
    // A folder we may not write in: this computer's runtime directory, keyed by the path.
    const QByteArray key =
        QCryptographicHash::hash(db.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    return runtime + QStringLiteral("/kakehashi-") + QString::fromLatin1(key) + QStringLiteral(".lock");
}

DatabaseLock::DatabaseLock(const QString &databasePath)
    : database_(canonical(databasePath))
    , file_(lockFileFor(databasePath))
    , lock_(std::make_unique<QLockFile>(file_))
{
    // Never stale by age: another computer's window may keep a file open for days.
    // A lock whose process is gone from this computer is stale at once (QLockFile).
    lock_->setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default;

bool DatabaseLock::tryLock()
{
    if (lock_->isLocked())
        return true;
    // A crashed program's lock is taken over: QLockFile finds its process gone
    // from this computer (never by age: see the constructor).
    return lock_->tryLock(0);
}

bool DatabaseLock::isLocked() const
{
    return lock_->isLocked();
}

std::optional<DatabaseLock::Holder> DatabaseLock::holder() const
{
    if (lock_->isLocked())
        return std::nullopt;
    Holder h;
    QString app;
    if (!lock_->getLockInfo(&h.pid, &h.host, &app))
        return std::nullopt;
    h.user = QFileInfo(file_).owner();
    return h;
}

QString openElsewhereText(const DatabaseLock::Holder &holder)
{
    return DatabaseLock::tr("This database is open in another window (%1, %2).")
        .arg(holder.user.isEmpty() ? DatabaseLock::tr("unknown user") : holder.user, holder.host);
}

std::unique_ptr<DatabaseLock> lockOrAsk(const QString &databasePath, QWidget *parent)
{
    auto lock = std::make_unique<DatabaseLock>(databasePath);
    if (lock->tryLock())
        return lock;
    const auto holder = lock->holder();
    if (!holder) { // the lock went away meanwhile, or cannot be read: try once more, then open
        lock->tryLock();
        return lock;
    }
    QMessageBox box(QMessageBox::Warning, DatabaseLock::tr("Database already open"), openElsewhereText(*holder),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("openElsewhere"));
    box.setInformativeText(DatabaseLock::tr("Two windows saving the same records overwrite each other's work: open it only to "
                              "read, or when you know the other window was closed.\n%1")
                               .arg(QDir::toNativeSeparators(lock->databasePath())));
    QPushButton *anyway = box.addButton(DatabaseLock::tr("Open &anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("openAnyway"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != anyway)
        return nullptr;
    return lock;
}

} // namespace kakehashi::ui
