// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/recovery.h"

#include "files/autosaver.h"
#include "files/recoveryfile.h"
#include "files/reportfile.h"
#include "model/reportdocument.h"
#include "window/dialogs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <algorithm>
#include <memory>

namespace nianbao::gui {

namespace {

const QString kOpeningKey = QStringLiteral("recovery/opening");

struct Found {
    QString path;
    Recovery recovery;
    std::shared_ptr<QLockFile> lock; // held while deciding, so a second editor starting now does not offer it too
};

QStringList candidatePaths()
{
    QStringList paths = Autosaver::registeredFiles();
    const QDir folder(RecoveryFile::untitledFolder());
    for (const QString &name : folder.entryList({QStringLiteral("*.recovery")}, QDir::Files | QDir::Hidden))
        paths << folder.filePath(name);
    paths.removeDuplicates();
    return paths;
}

void removeRecovery(const Found &found)
{
    QFile::remove(found.path);
    Autosaver::unregister(found.path);
}

QString documentName(const Recovery &recovery)
{
    if (!recovery.originalPath.isEmpty()) return QDir::toNativeSeparators(recovery.originalPath);
    const QString title = recovery.report.displayTitle();
    return title.isEmpty() ? StartupRecovery::tr("Untitled report") : title;
}

} // namespace

bool StartupRecovery::offer(ReportDocument *document, Autosaver *autosaver, QWidget *window)
{
    QList<Found> found;
    for (const QString &path : candidatePaths()) {
        if (!QFileInfo::exists(path)) {
            Autosaver::unregister(path);
            continue;
        }
        auto lock = std::make_shared<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0) && lock->error() == QLockFile::LockFailedError) continue; // a running editor's
        QString error;
        std::optional<Recovery> recovery = RecoveryFile::read(path, &error);
        if (!recovery) {
            const QString broken = path + QStringLiteral(".broken");
            QFile::remove(broken);
            QFile::rename(path, broken);
            Autosaver::unregister(path);
            Dialogs::instance().warn(window, tr("Cannot recover unsaved changes"),
                                     tr("%1\nThe file was kept as %2.").arg(error, QDir::toNativeSeparators(broken)));
            continue;
        }
        found.append({path, std::move(*recovery), lock});
    }
    // Newest first; then the older ones of the same document are duplicates.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.recovery.writtenAt > b.recovery.writtenAt; });
    QStringList offeredDocuments;
    bool recovered = false;
    for (const Found &f : std::as_const(found)) {
        const QString original = f.recovery.originalPath;
        if (!original.isEmpty()) {
            if (offeredDocuments.contains(original)) {
                removeRecovery(f);
                continue;
            }
            offeredDocuments << original;
        }
        QDateTime savedAt;
        if (!original.isEmpty() && QFileInfo::exists(original)) {
            savedAt = QFileInfo(original).lastModified().toUTC();
            const std::optional<ReportData> saved = ReportFile::load(original, nullptr);
            if (savedAt > f.recovery.writtenAt || (saved && *saved == f.recovery.report)) {
                removeRecovery(f);
                continue;
            }
        }
        if (recovered) continue; // one window holds one report: the others are offered at the next start
        if (!Dialogs::instance().askRecover(window, documentName(f.recovery), f.recovery.writtenAt, savedAt)) {
            removeRecovery(f);
            continue;
        }
        document->load(f.recovery.report, original);
        document->undoStack()->resetClean(); // unsaved: closing asks to save, Save writes it back
        f.lock->unlock();
        autosaver->adopt(f.path);
        recovered = true;
    }
    return recovered;
}

void StartupRecovery::beginOpening(const QString &path)
{
    QSettings settings;
    settings.setValue(kOpeningKey, QFileInfo(path).absoluteFilePath());
    settings.sync(); // must be on disk before the reading that may crash
}

void StartupRecovery::endOpening()
{
    QSettings settings;
    settings.remove(kOpeningKey);
    settings.sync();
}

QString StartupRecovery::takeCrashedOpening()
{
    QSettings settings;
    const QString path = settings.value(kOpeningKey).toString();
    if (!path.isEmpty()) endOpening();
    return path;
}

bool StartupRecovery::mayOpenAtStart(const QString &path, QWidget *window)
{
    const QString crashed = takeCrashedOpening();
    if (crashed.isEmpty() || crashed != QFileInfo(path).absoluteFilePath()) return true;
    return Dialogs::instance().confirm(window, tr("Open the report again?"),
                                       tr("The editor closed unexpectedly while opening %1 the last time. Open it again?")
                                           .arg(QDir::toNativeSeparators(crashed)));
}

} // namespace nianbao::gui
