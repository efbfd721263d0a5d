// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/autosaver.h"

#include "files/recoveryfile.h"
#include "files/recoveryregistry.h"
#include "model/reportdocument.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace nianbao::gui {

Autosaver::Autosaver(ReportDocument *document, QObject *parent, int intervalMs) : QObject(parent), m_document(document)
{
    m_writer.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::writeNow);
    connect(document, &ReportDocument::contentChanged, this, &Autosaver::onContentChanged);
    connect(document, &ReportDocument::modifiedChanged, this, [this](bool modified) {
        // The first edit: the undo stack reports it after the document's contentChanged.
        if (modified) onContentChanged();
        else discard(); // saved, or back to the saved state by undo
    });
    // A different report, or the same one under a new name (save as): the old recovery file is obsolete.
    connect(document, &ReportDocument::reset, this, &Autosaver::discard);
    connect(document, &ReportDocument::filePathChanged, this, &Autosaver::discard);
}

Autosaver::~Autosaver()
{
    discard();
    m_writer.waitForDone();
}

void Autosaver::onContentChanged()
{
    if (m_document->isModified() && !m_timer.isActive()) m_timer.start();
}

void Autosaver::claim(const QString &path)
{
    m_path = path;
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    if (!m_lock->tryLock(0)) m_lock.reset(); // cannot lock (read-only folder): the write will report it
    RecoveryRegistry::add(path);
}

void Autosaver::claimFreeName()
{
    const QString document = m_document->filePath();
    for (int instance = 1; instance < 1000; ++instance) {
        const QString path = RecoveryFile::pathFor(document, instance);
        auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError) continue; // another running editor's
            break; // no lock possible here (read-only folder): the write will report it
        }
        // Free of a running owner, but an editor that died left its changes there: not ours to overwrite.
        if (QFileInfo::exists(path)) continue;
        m_path = path;
        m_lock = std::move(lock);
        RecoveryRegistry::add(path);
        return;
    }
    claim(RecoveryFile::pathFor(document, 1));
}

void Autosaver::adopt(const QString &recoveryPath)
{
    discard();
    claim(recoveryPath);
}

void Autosaver::writeNow()
{
    m_timer.stop();
    if (!m_document->hasReport() || !m_document->isModified()) return;
    if (m_path.isEmpty()) claimFreeName();
    Recovery recovery;
    recovery.originalPath = m_document->filePath();
    recovery.writtenAt = QDateTime::currentDateTimeUtc();
    recovery.report = m_document->data();
    const QByteArray bytes = RecoveryFile::serialize(recovery);
    const QString path = m_path;
    m_writer.start([bytes, path] {
        QString error;
        if (!RecoveryFile::writeBytes(bytes, path, &error)) {
            // Nowhere to show it from this thread, and no reason to interrupt the clerk: the next write retries.
            std::fprintf(stderr, "nianbao: autosave: %s\n", qPrintable(error));
        }
    });
}

void Autosaver::discard()
{
    m_timer.stop();
    if (m_path.isEmpty()) return;
    const QString path = m_path;
    m_path.clear();
    m_writer.start([path] { QFile::remove(path); });
    m_writer.waitForDone(); // the lock must outlive the file it protects
    m_lock.reset();
    RecoveryRegistry::remove(path);
}

void Autosaver::waitForWrites()
{
    m_writer.waitForDone();
}

} // namespace nianbao::gui
