// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/recovery.h"

#include "files/autosaver.h"
#include "files/recoveryfile.h"
#include "files/recoveryregistry.h"
#include "files/reportfile.h"
#include "files/settingsbatch.h"
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

struct Candidate {
    QString path;
    Recovery recovery;
    std::shared_ptr<QLockFile> lock; // held while deciding, so a second editor starting now does not offer it too
};

QStringList candidatePaths()
{
    QStringList paths = RecoveryRegistry::files();
    const QDir folder(RecoveryFile::untitledFolder());
    for (const QString &name : folder.entryList({QStringLiteral("*.recovery")}, QDir::Files | QDir::Hidden))
        paths << folder.filePath(name);
    paths.removeDuplicates();
    return paths;
}

// The recovery files no running editor owns, readable ones newest first. Unreadable ones are renamed to
// `.broken` (and the clerk told, when `tell`), so nothing is deleted unseen.
QList<Candidate> ownerlessRecoveries(bool tell, QWidget *window)
{
    QList<Candidate> found;
    for (const QString &path : candidatePaths()) {
        if (!QFileInfo::exists(path)) {
            RecoveryRegistry::remove(path);
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
            RecoveryRegistry::remove(path);
            if (tell)
                Dialogs::instance().warn(window, StartupRecovery::tr("Cannot recover unsaved changes"),
                                         StartupRecovery::tr("%1\nThe file was kept as %2.").arg(error, QDir::toNativeSeparators(broken)));
            continue;
        }
        found.append({path, std::move(*recovery), lock});
    }
    std::sort(found.begin(), found.end(),
              [](const Candidate &a, const Candidate &b) { return a.recovery.writtenAt > b.recovery.writtenAt; });
    return found;
}

QString documentName(const Recovery &recovery)
{
    if (!recovery.originalPath.isEmpty()) return QDir::toNativeSeparators(recovery.originalPath);
    const QString title = recovery.report.displayTitle();
    return title.isEmpty() ? StartupRecovery::tr("Untitled report") : title;
}

} // namespace

int StartupRecovery::offer(const RecoveryTarget &first, const std::function<RecoveryTarget()> &another)
{
    int recovered = 0;
    for (const Candidate &c : ownerlessRecoveries(true, first.window)) {
        const QString original = c.recovery.originalPath;
        QDateTime savedAt;
        if (!original.isEmpty() && QFileInfo::exists(original)) {
            savedAt = QFileInfo(original).lastModified().toUTC();
            const std::optional<ReportData> saved = ReportFile::load(original, nullptr);
            if (saved && *saved == c.recovery.report) { // nothing to recover
                remove(c.path);
                continue;
            }
        }
        if (recovered > 0 && !another) continue; // kept for the next start
        if (!Dialogs::instance().askRecover(first.window, documentName(c.recovery), c.recovery.writtenAt, savedAt)) {
            remove(c.path);
            continue;
        }
        const RecoveryTarget target = recovered == 0 ? first : another();
        target.document->load(c.recovery.report, original);
        target.document->undoStack()->resetClean(); // unsaved: closing asks to save, Save writes it back
        c.lock->unlock();
        target.autosaver->adopt(c.path);
        target.autosaver->writeNow();
        ++recovered;
    }
    return recovered;
}

bool StartupRecovery::offer(ReportDocument *document, Autosaver *autosaver, QWidget *window)
{
    return offer(RecoveryTarget{document, autosaver, window}) > 0;
}

std::optional<StartupRecovery::Found> StartupRecovery::newestFor(const QString &documentPath)
{
    const QString wanted = QFileInfo(documentPath).absoluteFilePath();
    for (const Candidate &c : ownerlessRecoveries(false, nullptr))
        if (!c.recovery.originalPath.isEmpty() && QFileInfo(c.recovery.originalPath).absoluteFilePath() == wanted)
            return Found{c.path, c.recovery};
    return std::nullopt;
}

void StartupRecovery::remove(const QString &recoveryPath)
{
    QFile::remove(recoveryPath);
    RecoveryRegistry::remove(recoveryPath);
}

void StartupRecovery::beginOpening(const QString &path)
{
    QSettings settings;
    settings.setValue(kOpeningKey, QFileInfo(path).absoluteFilePath());
    settings.sync(); // must be on disk before the reading that may crash
}

void StartupRecovery::endOpening()
{
    SettingsAccess()->remove(kOpeningKey); // written now, or with the rest of the batch open (opening a report)
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
