// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a whole file that someone else may have named: a report, a published text, last year's report.
//
// Only a regular file is read. The check is made on the opened descriptor (fstat), not on the name, so a link
// swapped between the check and the read cannot slip a device in; the file is opened without blocking, so a
// FIFO with no writer cannot freeze the editor; and the size limit is enforced while reading, not trusted
// from the size the system reports (/dev/zero and /proc files report 0).

#include <QByteArray>
#include <QString>

namespace nianbao {

struct FileBytes
{
    enum class Problem { None, CannotOpen, IsFolder, NotRegular, TooLarge, ReadError };
    Problem problem = Problem::None;
    QByteArray bytes;     // the whole file when problem == None
    QString systemError;  // the system's words for CannotOpen / ReadError
    qint64 size = 0;      // bytes seen (for TooLarge: at least the limit + 1)

    bool ok() const { return problem == Problem::None; }
};

class RegularFile
{
public:
    static FileBytes read(const QString &path, qint64 maxBytes);
    // "path: <problem>" for a problem other than TooLarge, which the callers word themselves (they know what
    // kind of file was expected); `folderMessage` is the caller's wording for a folder.
    static QString describe(const QString &path, const FileBytes &result, const QString &folderMessage);
    static qint64 megabytes(qint64 bytes) { return bytes / (1024 * 1024); }
};

} // namespace nianbao
