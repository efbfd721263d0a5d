// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/safesave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryFile>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace nianbao {

namespace {

class SafeSaveText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::SafeSave)
};

QString native(const QString &path) { return QDir::toNativeSeparators(path); }

QString cannotSave(const QString &path, const QString &problem)
{
    return SafeSaveText::tr("%1: cannot save: %2").arg(native(path), problem);
}

QString diskFull(const QString &path, qint64 available, qint64 needed)
{
    return cannotSave(path, SafeSaveText::tr("the disk is full (%1 KB free, %2 KB needed). Free some space, or save the "
                                             "report on another drive with Save As.")
                                .arg(qMax<qint64>(available, 0) / 1024)
                                .arg((needed + 1023) / 1024));
}

// Pushes the bytes from the system's cache to the disk, so a power cut after the rename cannot leave an empty file.
void flushToDisk(QFile &file)
{
    file.flush();
#ifdef Q_OS_WIN
    FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle())));
#else
    ::fsync(file.handle());
#endif
}

bool readsBack(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll() == bytes;
}

bool writeWhole(QFile &file, const QByteArray &bytes)
{
    if (file.write(bytes) != bytes.size()) return false;
    flushToDisk(file);
    return file.error() == QFileDevice::NoError;
}

QString folderOf(const QString &path) { return QFileInfo(path).absolutePath(); }

bool folderAcceptsNewFiles(const QString &path)
{
#ifdef Q_OS_WIN
    return QFileInfo(folderOf(path)).isWritable();
#else
    return ::access(QFile::encodeName(folderOf(path)).constData(), W_OK) == 0;
#endif
}

QString folderReadOnly(const QString &path)
{
    return SafeSaveText::tr("the folder %1 does not allow new files (it is read-only), so the file cannot be replaced "
                            "safely. Save the report in another folder with Save As.").arg(native(folderOf(path)));
}

// May this user change the file? The permission bit (a file marked read-only stays so even for an
// administrator's session) and, on POSIX, the system's own answer (a root-owned 0644 file is not the clerk's to
// replace, even in a folder where anyone may create files).
bool mayChange(const QFileInfo &target)
{
    if (!(target.permissions() & QFileDevice::WriteOwner)) return false;
#ifdef Q_OS_WIN
    return true;
#else
    return ::access(QFile::encodeName(target.absoluteFilePath()).constData(), W_OK) == 0;
#endif
}

// The new file takes the old one's owner and group where the system allows it (an administrator saving a
// clerk's report; a clerk saving into a group-shared report). Where it does not, false: the caller then writes
// in place, which keeps the owner, rather than silently making the file its own.
bool keepOwner(const QString &newFile, const QString &oldFile)
{
#ifdef Q_OS_WIN
    Q_UNUSED(newFile);
    Q_UNUSED(oldFile);
    return true;
#else
    struct stat old {}, fresh {};
    if (::stat(QFile::encodeName(oldFile).constData(), &old) != 0 || ::stat(QFile::encodeName(newFile).constData(), &fresh) != 0)
        return true; // nothing known to keep
    if (old.st_uid == fresh.st_uid && old.st_gid == fresh.st_gid) return true;
    return ::chown(QFile::encodeName(newFile).constData(), old.st_uid, old.st_gid) == 0;
#endif
}

// The previous version, copied (not moved: the target must exist until it is replaced).
bool copyPrevious(const QString &path, const QString &copyPath, QString *problem)
{
    QFile::remove(copyPath);
    QFile previous(path);
    if (previous.copy(copyPath)) return true;
    *problem = SafeSaveText::tr("cannot keep the previous version as %1: %2").arg(native(copyPath), previous.errorString());
    return false;
}

// The fallback for folders that refuse the one-step replace: the previous version is copied aside first, the
// file is written in place and read back; on any failure the copy is put back.
SaveOutcome writeInPlace(const QString &path, const QByteArray &bytes, const SaveOptions &options)
{
    SaveOutcome outcome;
    outcome.wroteInPlace = true;
    const bool hadPrevious = QFileInfo::exists(path);
    const QString safetyCopy = SafeSave::backupPathFor(path);
    QString problem;
    if (hadPrevious && !copyPrevious(path, safetyCopy, &problem)) {
        // Without the copy there is no safe way to write: refuse. Speak of a backup only when one was asked for.
        outcome.error = cannotSave(path, options.keepBackup || folderAcceptsNewFiles(path) ? problem : folderReadOnly(path));
        return outcome;
    }
    QFile file(path);
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && writeWhole(file, bytes);
    const QString writeError = file.errorString();
    file.close();
    if (!written || !readsBack(path, bytes)) {
        const QString why = written ? SafeSaveText::tr("what was read back differs from what was written") : writeError;
        if (hadPrevious) {
            // Put the previous version back, and keep the copy too: it is the clerk's last good file.
            QFile::remove(path);
            QFile::copy(safetyCopy, path);
            outcome.error = cannotSave(path, SafeSaveText::tr("%1. The previous version was put back and is also kept as %2.")
                                                 .arg(why, native(safetyCopy)));
        } else {
            outcome.error = cannotSave(path, why);
        }
        return outcome;
    }
    if (hadPrevious) {
        if (options.keepBackup) outcome.backupPath = safetyCopy;
        else QFile::remove(safetyCopy);
    }
    outcome.ok = true;
    return outcome;
}

} // namespace

SafeSave::FileSystem SafeSave::realFileSystem()
{
    FileSystem fs;
    fs.bytesAvailable = [](const QString &folder) {
#ifdef Q_OS_UNIX
        // The file system's own count, as QStorageInfo gives it, without QStorageInfo's reading of every mount of
        // the system (/proc/self/mountinfo) to name the volume, which grows with the mounts a desktop has.
        struct statvfs st;
        if (::statvfs(QFile::encodeName(folder).constData(), &st) != 0) return qint64(-1);
        return qint64(st.f_bavail) * qint64(st.f_frsize);
#else
        const QStorageInfo storage(folder);
        return storage.isValid() ? storage.bytesAvailable() : qint64(-1);
#endif
    };
    fs.replaceFile = [](const QString &from, const QString &to) {
#ifdef Q_OS_WIN
        return MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                           reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                           MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
#else
        return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
    };
    fs.syncFolder = [](const QString &folder) {
#ifndef Q_OS_WIN
        const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) return;
        ::fsync(fd);
        ::close(fd);
#else
        Q_UNUSED(folder); // MOVEFILE_WRITE_THROUGH already waits for the rename to reach the disk
#endif
    };
    return fs;
}

bool SafeSave::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const SaveOutcome outcome = write(path, bytes);
    if (!outcome.ok && error) *error = outcome.error;
    return outcome.ok;
}

QString SafeSave::finalTarget(const QString &path, QString *problem)
{
    // The kernel's own limit on links followed in one lookup (Linux ELOOP at 40).
    constexpr int kMaxLinks = 40;
    QString current = path;
    for (int hops = 0; hops <= kMaxLinks; ++hops) {
        const QFileInfo info(current);
        if (!info.isSymLink()) return current;
        current = info.symLinkTarget(); // absolute, relative targets resolved against the link's folder
    }
    *problem = SafeSaveText::tr("the link leads round in a loop (or through more than %1 links); save the report under "
                                "another name with Save As").arg(kMaxLinks);
    return QString();
}

SaveOutcome SafeSave::write(const QString &givenPath, const QByteArray &bytes, const SaveOptions &options, const FileSystem &fs)
{
    SaveOutcome outcome;
    // A chain of links is followed to its end: the file it points at is replaced, every link stays a link.
    QString loop;
    const QString path = finalTarget(givenPath, &loop);
    if (path.isEmpty()) {
        outcome.error = cannotSave(givenPath, loop);
        return outcome;
    }
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        outcome.error = cannotSave(path, SafeSaveText::tr("the folder %1 does not exist (a removed drive or a disconnected "
                                                          "network folder?)").arg(native(folder)));
        return outcome;
    }
    if (target.isDir()) {
        outcome.error = cannotSave(path, SafeSaveText::tr("a folder of that name is in the way"));
        return outcome;
    }
    if (target.exists() && !target.isFile()) {
        outcome.error = cannotSave(path, SafeSaveText::tr("not a regular file (a device, a pipe or a socket)"));
        return outcome;
    }
    if (target.exists() && !(target.permissions() & QFileDevice::WriteOwner)) {
        outcome.error = cannotSave(path, SafeSaveText::tr("the file is read-only. Save the report under another name "
                                                          "with Save As, or clear the file's read-only mark."));
        return outcome;
    }
    if (target.exists() && !mayChange(target)) {
        outcome.error = cannotSave(path, SafeSaveText::tr("you may not change this file (its owner is %1). Save the report "
                                                          "under another name with Save As.").arg(target.owner()));
        return outcome;
    }
    const qint64 needed = bytes.size() + kSpareBytes;
    const qint64 available = fs.bytesAvailable(folder);
    if (available >= 0 && available < needed) {
        outcome.error = diskFull(path, available, needed);
        return outcome;
    }

    QTemporaryFile temporary(QDir(folder).filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".XXXXXX")));
    if (!temporary.open()) return writeInPlace(path, bytes, options); // the folder refuses new files
    if (!writeWhole(temporary, bytes)) {
        const qint64 left = fs.bytesAvailable(folder);
        outcome.error = (left >= 0 && left < needed) ? diskFull(path, left, needed)
                                                      : cannotSave(path, temporary.errorString());
        return outcome; // the temporary file removes itself; the target was never touched
    }
    temporary.close();
    // A fresh temporary file is private (0600); the saved report keeps the permissions the old one had.
    if (target.exists()) QFile::setPermissions(temporary.fileName(), target.permissions());
    else QFile::setPermissions(temporary.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                         | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (target.exists() && !keepOwner(temporary.fileName(), path)) return writeInPlace(path, bytes, options);

    if (options.keepBackup && target.exists()) {
        QString problem;
        if (!copyPrevious(path, backupPathFor(path), &problem)) {
            outcome.error = cannotSave(path, problem);
            return outcome;
        }
        outcome.backupPath = backupPathFor(path);
    }
    if (!fs.replaceFile(temporary.fileName(), path)) return writeInPlace(path, bytes, options);
    temporary.setAutoRemove(false); // it has become the target
    if (fs.syncFolder) fs.syncFolder(folder);
    outcome.ok = true;
    return outcome;
}

} // namespace nianbao
