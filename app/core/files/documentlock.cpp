// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/documentlock.h"

#include <QDir>
#include <QFileInfo>

namespace nianbao {

DocumentLock::~DocumentLock()
{
    release();
}

QString DocumentLock::lockPathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.absoluteDir().filePath(QStringLiteral(".~lock.") + info.fileName() + QLatin1Char('#'));
}

std::optional<LockOwner> DocumentLock::owner(const QString &documentPath)
{
    const QString path = lockPathFor(documentPath);
    QLockFile probe(path);
    probe.setStaleLockTime(0); // only a dead owner makes it stale, never its age
    if (probe.tryLock(0)) {
        probe.unlock(); // free (or stale and now removed)
        return std::nullopt;
    }
    LockOwner owner;
    QString application;
    if (!probe.getLockInfo(&owner.pid, &owner.host, &application)) return std::nullopt;
    const QFileInfo info(path);
    owner.user = info.owner(); // QLockFile does not record the user: the lock file's owner is who made it
    owner.since = info.lastModified();
    return owner;
}

DocumentLock::Result DocumentLock::acquire(const QString &documentPath)
{
    release();
    auto lock = std::make_unique<QLockFile>(lockPathFor(documentPath));
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        m_documentPath = QFileInfo(documentPath).absoluteFilePath();
        return Result::Locked;
    }
    return lock->error() == QLockFile::LockFailedError ? Result::HeldByOther : Result::NotPossible;
}

void DocumentLock::release()
{
    m_lock.reset(); // QLockFile's destructor unlocks and removes the file
    m_documentPath.clear();
}

} // namespace nianbao
