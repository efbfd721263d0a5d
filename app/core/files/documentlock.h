// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lock an editor holds on the report it has open, as LibreOffice's `.~lock.NAME#`: a QLockFile named
// `.~lock.<file name>#` beside the report. A second editor (or a second window) opening the same report finds
// it held and can say by whom; a lock left by an editor that died (its process is gone) is taken over.
// A folder where no lock can be made (read-only, some network shares) does not stop the opening: the report is
// then simply not locked.

#include <QDateTime>
#include <QLockFile>
#include <QString>
#include <memory>
#include <optional>

namespace nianbao {

struct LockOwner {
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;
};

class DocumentLock
{
public:
    enum class Result { Locked, HeldByOther, NotPossible };

    DocumentLock() = default;
    ~DocumentLock();
    Q_DISABLE_COPY_MOVE(DocumentLock)

    static QString lockPathFor(const QString &documentPath);
    // Who holds the lock on `documentPath`; nullopt when nobody (or nobody alive) does.
    static std::optional<LockOwner> owner(const QString &documentPath);

    // Releases the lock held so far, then locks `documentPath`.
    Result acquire(const QString &documentPath);
    void release();
    QString documentPath() const { return m_documentPath; } // empty when nothing is locked

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_documentPath;
};

} // namespace nianbao
