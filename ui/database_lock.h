#pragma once
// One window per database file: a lock file beside the database (so that a
// colleague on another computer opening the same shared file sees it too, with
// the runtime directory as the fallback for a folder we may not write in),
// named after the file's canonical path. A lock left by a program that crashed
// on this computer is taken over; a second window is warned and may open anyway.
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;
class QWidget;

namespace kakehashi::ui {

class DatabaseLock final
{
    Q_DECLARE_TR_FUNCTIONS(kakehashi::ui::DatabaseLock)

public:
    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    // Who has the file open, when it is not this lock.
    struct Holder
    {
        QString user;
        QString host;
        qint64 pid = 0;
    };

    // Takes the lock (a stale one is taken over); false when another window has it.
    bool tryLock();
    bool isLocked() const;
    std::optional<Holder> holder() const;
    QString databasePath() const { return database_; }
    QString lockFile() const { return file_; }

    // Where the lock of a database file is kept.
    static QString lockFileFor(const QString &databasePath);

private:
    QString database_;
    QString file_;
    std::unique_ptr<QLockFile> lock_;
};

// Locks the database for this window; when another window or process has it,
// warns with the user and host and offers Open anyway or Cancel. Returns the lock
// (held, or not held after Open anyway), null after Cancel.
std::unique_ptr<DatabaseLock> lockOrAsk(const QString &databasePath, QWidget *parent);

// The warning's text for a holder ("… open in another window (user, host) …").
QString openElsewhereText(const DatabaseLock::Holder &holder);

} // namespace kakehashi::ui
