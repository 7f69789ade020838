#include "storage/output_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace kakehashi::storage {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("kakehashi::storage", s);
}

std::mutex registryMutex;
std::vector<QString> &openDatabases()
{
    static std::vector<QString> paths;
    return paths;
}

// The path with its folder resolved (symlinks, "..", relative parts); the last
// component as written. A path that does not exist yet still compares.
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

struct Identity
{
    QString path;
    bool exists = false;
    dev_t dev = 0;
    ino_t ino = 0;
};

Identity identityOf(const QString &path)
{
    Identity id{resolvedPath(path)};
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        id.exists = true;
        id.dev = st.st_dev;
        id.ino = st.st_ino;
    }
    return id;
}

bool same(const Identity &a, const Identity &b)
{
    return a.path == b.path || (a.exists && b.exists && a.dev == b.dev && a.ino == b.ino);
}

const char *const kTempPrefix = ".kakehashi-";
const char *const kTempSuffix = ".part";

// Temporary files that a killed writer left behind: removed when no process holds
// their lock any more (a writer keeps an flock on its temporary file).
void removeAbandonedTemporaries(const QString &folder)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({QLatin1String(kTempPrefix) + QLatin1Char('*') + QLatin1String(kTempSuffix)},
                                            QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QByteArray p = QFile::encodeName(dir.filePath(name));
        const int fd = ::open(p.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            ::unlink(p.constData());
        ::close(fd);
    }
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

void registerOpenDatabase(const QString &path)
{
    const std::lock_guard lock(registryMutex);
    openDatabases().push_back(QFileInfo(path).absoluteFilePath());
}

void unregisterOpenDatabase(const QString &path)
{
    const std::lock_guard lock(registryMutex);
    auto &v = openDatabases();
    const QString abs = QFileInfo(path).absoluteFilePath();
    for (auto it = v.begin(); it != v.end(); ++it)
        if (*it == abs) {
            v.erase(it);
            return;
        }
}

void refuseDatabaseTarget(const QString &target)
{
    if (target.isEmpty())
        throw OutputError(tr("no file name given for the output"));
    std::vector<Identity> targets{identityOf(target)};
    // A symlink is followed as far as it goes, even to a file that does not exist.
    QFileInfo link(target);
    for (int hops = 0; link.isSymLink() && hops < 40; ++hops) {
        const QString next = link.symLinkTarget();
        targets.push_back(identityOf(next));
        link = QFileInfo(next);
    }
    std::vector<QString> dbs;
    {
        const std::lock_guard lock(registryMutex);
        dbs = openDatabases();
    }
    for (const QString &db : dbs)
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            const Identity d = identityOf(db + QLatin1String(suffix));
            for (const Identity &t : targets)
                if (same(t, d))
                    throw OutputError(tr("%1 is the open database%2: an output never overwrites it; choose "
                                         "another file")
                                          .arg(target, *suffix ? tr(" (its file %1)").arg(QLatin1String(suffix)) : QString()));
        }
    if (QFileInfo(target).isDir())
        throw OutputError(tr("%1 is a folder, not a file").arg(target));
}

OutputFile::OutputFile(const QString &target)
    : target_(target)
{
    refuseDatabaseTarget(target);
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo(folder).isDir())
        throw OutputError(tr("cannot write %1: the folder %2 does not exist").arg(target, folder));
    removeAbandonedTemporaries(folder);
    QByteArray pattern = QFile::encodeName(folder + QLatin1Char('/') + QLatin1String(kTempPrefix)) + "XXXXXX" + kTempSuffix;
    fd_ = ::mkostemps(pattern.data(), static_cast<int>(std::strlen(kTempSuffix)), O_CLOEXEC);
    if (fd_ < 0)
        throw OutputError(tr("cannot write %1: %2").arg(target, errnoText()));
    ::fchmod(fd_, S_IRUSR | S_IWUSR);
    ::flock(fd_, LOCK_EX);
    tmp_ = QFile::decodeName(pattern);
}

OutputFile::~OutputFile()
{
    if (!committed_ && !tmp_.isEmpty())
        ::unlink(QFile::encodeName(tmp_).constData());
    if (fd_ >= 0)
        ::close(fd_);
}

void OutputFile::write(const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd_, p, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw OutputError(tr("cannot write %1: %2").arg(target_, errnoText()));
        }
        p += n;
        left -= n;
    }
}

void OutputFile::commit()
{
    // Writers that took the path may have replaced the file: sync that one.
    const QByteArray tmp = QFile::encodeName(tmp_);
    const int fd = ::open(tmp.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 || ::fsync(fd) != 0 || ::fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
        const QString why = errnoText();
        if (fd >= 0)
            ::close(fd);
        throw OutputError(tr("cannot write %1: %2").arg(target_, why));
    }
    ::close(fd);
    refuseDatabaseTarget(target_);
    if (::rename(tmp.constData(), QFile::encodeName(target_).constData()) != 0)
        throw OutputError(tr("cannot move the new file into place at %1: %2").arg(target_, errnoText()));
    committed_ = true;
    const int dir = ::open(QFile::encodeName(QFileInfo(target_).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

void writeOutputFile(const QString &target, const QByteArray &bytes)
{
    OutputFile out(target);
    out.write(bytes);
    out.commit();
}

bool makePrivateFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    return ::chmod(QFile::encodeName(folder).constData(), S_IRWXU) == 0;
}

} // namespace kakehashi::storage
