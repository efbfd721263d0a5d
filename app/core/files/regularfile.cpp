// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifndef Q_OS_WIN
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace nianbao {

namespace {

class RegularFileText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::RegularFile)
};

constexpr qint64 kChunk = 64 * 1024;

FileBytes failed(FileBytes::Problem problem, const QString &systemError = QString())
{
    FileBytes result;
    result.problem = problem;
    result.systemError = systemError;
    return result;
}

#ifndef Q_OS_WIN
class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor() { if (m_fd >= 0) ::close(m_fd); }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

FileBytes readPosix(const QString &path, qint64 maxBytes)
{
    // O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, for ever.
    const Descriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) return failed(FileBytes::Problem::CannotOpen, qt_error_string(errno));
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return failed(FileBytes::Problem::ReadError, qt_error_string(errno));
    if (S_ISDIR(st.st_mode)) return failed(FileBytes::Problem::IsFolder);
    if (!S_ISREG(st.st_mode)) return failed(FileBytes::Problem::NotRegular);
    FileBytes result;
    if (st.st_size > maxBytes) { // refused before reading a byte (a 1 GB file is not read to be refused)
        result.problem = FileBytes::Problem::TooLarge;
        result.size = st.st_size;
        return result;
    }
    result.bytes.reserve(qsizetype(st.st_size));
    char buffer[kChunk];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return failed(FileBytes::Problem::ReadError, qt_error_string(errno));
        if (n == 0) break;
        result.size += n;
        if (result.size > maxBytes) { // the file grew while being read, or its size was not true
            result.problem = FileBytes::Problem::TooLarge;
            result.bytes.clear();
            return result;
        }
        result.bytes.append(buffer, qsizetype(n));
    }
    return result;
}
#else
FileBytes readQt(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (info.isDir()) return failed(FileBytes::Problem::IsFolder);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return failed(FileBytes::Problem::CannotOpen, file.errorString());
    if (file.isSequential()) return failed(FileBytes::Problem::NotRegular);
    FileBytes result;
    result.bytes = file.read(maxBytes + 1);
    result.size = result.bytes.size();
    if (result.size > maxBytes) {
        result.problem = FileBytes::Problem::TooLarge;
        result.bytes.clear();
    }
    return result;
}
#endif

} // namespace

FileBytes RegularFile::read(const QString &path, qint64 maxBytes)
{
#ifndef Q_OS_WIN
    return readPosix(path, maxBytes);
#else
    return readQt(path, maxBytes);
#endif
}

QString RegularFile::describe(const QString &path, const FileBytes &result, const QString &folderMessage)
{
    switch (result.problem) {
    case FileBytes::Problem::None:
    case FileBytes::Problem::TooLarge: break;
    case FileBytes::Problem::CannotOpen: return RegularFileText::tr("%1: cannot open: %2").arg(path, result.systemError);
    case FileBytes::Problem::IsFolder: return folderMessage;
    case FileBytes::Problem::NotRegular:
        return RegularFileText::tr("%1: not a regular file (a device, a pipe or a socket); only files are read").arg(path);
    case FileBytes::Problem::ReadError: return RegularFileText::tr("%1: cannot read: %2").arg(path, result.systemError);
    }
    return QString();
}

} // namespace nianbao
