#pragma once
// Every file the program writes — CSV, XLSX, PDF, HTML, backups — goes through
// OutputFile: it refuses a target that is an open database or a file SQLite keeps
// beside one (however the path is spelled: symlinks, relative paths, "..", hard
// links), writes to a temporary file in the target's folder, readable by its owner
// only, and renames it into place on commit(). A failed or killed write leaves the
// old file as it was. The CLI and the GUI both reach it through the core's writers.
#include <QByteArray>
#include <QString>

#include "domain/error.h"

namespace kakehashi::storage {

class OutputError final : public Error
{
public:
    using Error::Error;
};

// Throws OutputError when writing `target` would touch an open database.
void refuseDatabaseTarget(const QString &target);

// The database files the process has open (Database registers itself); outputs
// refuse them and their -wal, -shm and -journal files.
void registerOpenDatabase(const QString &path);
void unregisterOpenDatabase(const QString &path);

class OutputFile final
{
public:
    // Checks the target and makes the temporary file (mode 0600). Throws OutputError.
    explicit OutputFile(const QString &target);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // The temporary file, for writers that need a path (xlsxwriter, SQLite's backup).
    const QString &path() const { return tmp_; }
    const QString &target() const { return target_; }
    void write(const QByteArray &bytes);
    // Flushes to disk, sets mode 0600 and renames over the target (checked again).
    void commit();

private:
    QString target_;
    QString tmp_;
    int fd_ = -1;
    bool committed_ = false;
};

// A whole file or nothing.
void writeOutputFile(const QString &target, const QByteArray &bytes);

// Makes `folder` (and its parents) and restricts it to its owner (0700).
bool makePrivateFolder(const QString &folder);

} // namespace kakehashi::storage
