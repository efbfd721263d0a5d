// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing a file so that a crash, a kill or a full disk never leaves the clerk without a good copy.
//
// The normal way: write a temporary file beside the target, flush it to disk, then replace the target in one
// step (rename). Some network and synced folders refuse that replace (or the creation of a temporary file);
// there the file is written in place instead, after a safety copy of the previous version, and read back to
// check it. Problems that can be seen before anything is touched (missing folder, read-only file, full disk)
// are refused with a message that names the file and the problem.

#include <QByteArray>
#include <QString>
#include <functional>

namespace nianbao {

struct SaveOptions
{
    bool keepBackup = false; // keep the previous version as "<file>.bak"
};

struct SaveOutcome
{
    bool ok = false;
    bool wroteInPlace = false; // the folder refused the one-step replace: written in place, then verified
    QString backupPath;        // where the previous version is kept, when it is
    QString error;             // why it failed, naming the file; empty when ok
};

class SafeSave
{
public:
    // The two things a test cannot make a real disk do on demand: run out of space and refuse a rename.
    struct FileSystem
    {
        std::function<qint64(const QString &folder)> bytesAvailable;              // < 0: unknown
        std::function<bool(const QString &from, const QString &to)> replaceFile;   // atomic, overwriting
        // Makes a rename in the folder durable: without it a power cut soon after a save may bring back the
        // old name's old contents (POSIX: fsync on the folder; no-op where the system has no such call).
        std::function<void(const QString &folder)> syncFolder;
    };
    static FileSystem realFileSystem();

    static SaveOutcome write(const QString &path, const QByteArray &bytes, const SaveOptions &options = {},
                             const FileSystem &fileSystem = realFileSystem());

    // The same, for writers that only need to know whether it worked and, if not, why.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

    // The file a chain of links ends at (the path itself when it is no link); empty, with `problem` set, for
    // a chain that goes round in a loop.
    static QString finalTarget(const QString &path, QString *problem);

    static QString backupPathFor(const QString &path) { return path + QStringLiteral(".bak"); }
    // Room kept free beyond the file itself, so the rest of the system does not run dry because of a save.
    static constexpr qint64 kSpareBytes = 64 * 1024;
};

} // namespace nianbao
