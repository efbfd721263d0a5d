// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/filecontroller.h"

#include "consolidation/consolidation.h"
#include "export/textexport.h"
#include "files/documentlock.h"
#include "files/fileguess.h"
#include "files/recentfiles.h"
#include "files/recovery.h"
#include "files/reportfile.h"
#include "files/safesave.h"
#include "files/settingsbatch.h"
#include "import/reportimporter.h"
#include "model/newreport.h"
#include "model/reportdocument.h"
#include "yearly/lastyearlink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace nianbao::gui {

namespace {
const QString kReportSuffix = QStringLiteral("nianbao");
}

FileController::FileController(ReportDocument *document, RecentFiles *recent, QWidget *window)
    : QObject(window), m_document(document), m_recent(recent), m_window(window), m_lock(std::make_unique<DocumentLock>())
{
    connect(document, &ReportDocument::reset, this, &FileController::followDocument);
    connect(document, &ReportDocument::filePathChanged, this, &FileController::followDocument);
}

FileController::~FileController() = default;

QString FileController::documentName() const
{
    if (!m_document->filePath().isEmpty()) {
        const QString name = QFileInfo(m_document->filePath()).fileName();
        return m_readOnly ? tr("%1 (read-only)").arg(name) : name;
    }
    if (m_document->hasReport()) {
        const QString title = m_document->data().displayTitle();
        if (!title.isEmpty()) return title;
    }
    return tr("Untitled report");
}

bool FileController::maybeSave()
{
    emit aboutToUseDocument();
    if (!m_document->hasReport() || !m_document->isModified()) return true;
    switch (Dialogs::instance().askSaveChanges(m_window, documentName())) {
    case Dialogs::SaveChoice::Save: return save();
    case Dialogs::SaveChoice::Discard: return true;
    case Dialogs::SaveChoice::Cancel: break;
    }
    return false;
}

bool FileController::newReport()
{
    if (!maybeSave()) return false;
    const std::optional<NewReportRequest> request = Dialogs::instance().askNewReport(m_window);
    return request && createReport(*request);
}

bool FileController::createReport(const NewReportRequest &request)
{
    const TemplatePtr format = TemplateRegistry::get(request.formatId);
    if (!format || request.organ.trimmed().isEmpty()) return false;
    ReportData report = nianbao::newReport(format, request.organ, request.year);
    if (request.level != OrganLevel::Unknown) report.meta.level = request.level;
    if (request.tier != OrganTier::Unknown) report.meta.tier = request.tier;
    m_document->load(report);
    emit message(tr("New report: %1").arg(report.displayTitle()));
    return true;
}

bool FileController::open()
{
    if (!maybeSave()) return false;
    const QString path = Dialogs::instance().openFileName(m_window, tr("Open Report"), startDirectory(),
                                                          tr("Reports (*.nianbao);;Published report texts, to import (*.txt);;All files (*)"));
    return !path.isEmpty() && openFile(path);
}

bool FileController::openFile(const QString &path)
{
    // Locked before reading, so that two editors starting on the same report cannot both miss each other.
    auto lock = std::make_unique<DocumentLock>();
    if (m_lock->documentPath() == QFileInfo(path).absoluteFilePath()) std::swap(lock, m_lock); // opened again here
    LockedChoice choice = LockedChoice::ReadOnly;
    const bool lockedByOther = QFileInfo(path).isFile() && lock->documentPath().isEmpty()
        && lock->acquire(path) == DocumentLock::Result::HeldByOther;
    if (lockedByOther && (choice = askWhenLocked(path)) == LockedChoice::Cancel) return false;

    QString error;
    StartupRecovery::beginOpening(path); // should reading or showing it crash, the next start will know
    std::optional<ReportData> report = ReportFile::load(path, &error);
    if (!report) {
        StartupRecovery::endOpening();
        return openFailed(path, error, std::move(lock));
    }
    LastYearLink::makeAbsolute(*report, path);
    report->meta.consolidatedFrom = Consolidation::linkedChildren(*report, path);
    if (lockedByOther && choice == LockedChoice::Copy) {
        StartupRecovery::endOpening();
        m_document->load(*report);
        m_document->undoStack()->resetClean(); // a copy not saved anywhere yet: closing offers to save it
        emit message(tr("Opened a copy of %1: save it under a new name").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    // Said before loading, so that what the window has to say about the report it shows comes last.
    emit message(lockedByOther ? tr("Opened %1 read-only: another editor has it open").arg(QDir::toNativeSeparators(path))
                               : tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    m_lock = std::move(lock); // nothing held when opened read-only
    m_readOnly = lockedByOther;
    m_document->load(*report, QFileInfo(path).absoluteFilePath());
    const SettingsBatch once; // the marker cleared, the recent files, the folder: one write of the settings
    StartupRecovery::endOpening();
    rememberDiskTime(path);
    m_recent->add(path);
    rememberDirectory(path);
    return true;
}

FileController::LockedChoice FileController::askWhenLocked(const QString &path)
{
    const QString name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QString holder;
    if (const std::optional<LockOwner> owner = DocumentLock::owner(path)) {
        const QString since = QLocale().toString(owner->since, QLocale::ShortFormat);
        holder = owner->pid == QCoreApplication::applicationPid()
            ? tr("%1 is already open in another window of this editor (since %2).").arg(name, since)
            : tr("%1 is open in another editor: user %2 on %3, process %4, since %5.")
                  .arg(name, owner->user, owner->host, QString::number(owner->pid), since);
    } else {
        holder = tr("%1 is open in another editor.").arg(name);
    }
    const int chosen = Dialogs::instance().choose(
        m_window, tr("Report in use"),
        holder + QStringLiteral("\n\n") + tr("Open it read-only (Save then asks for a new name), or open a copy?"),
        {tr("Open &Read-Only"), tr("Open a &Copy")});
    return chosen == 0 ? LockedChoice::ReadOnly : chosen == 1 ? LockedChoice::Copy : LockedChoice::Cancel;
}

bool FileController::openFailed(const QString &path, const QString &error, std::unique_ptr<DocumentLock> lock)
{
    // The file stays in Open Recent whatever the cause: a share may be mounted again, a permission given, a newer
    // editor installed. It is shown there as unavailable while it is not there, and removed only when asked.
    switch (FileGuess::classify(path)) {
    case FileGuess::Kind::NotJson: return offerImport(path, error);
    case FileGuess::Kind::Damaged: return openDamaged(path, error, std::move(lock));
    case FileGuess::Kind::Missing:
    case FileGuess::Kind::Unreadable:
    case FileGuess::Kind::Report: break;
    }
    Dialogs::instance().warn(m_window, tr("Cannot open the report"), error);
    return false;
}

bool FileController::offerImport(const QString &path, const QString &error)
{
    import::ReportImporter::Options options;
    options.sourceName = QFileInfo(path).fileName();
    const import::ImportResult imported = import::ReportImporter::importFile(path, options);
    if (!imported.report) {
        Dialogs::instance().warn(m_window, tr("Cannot open the report"),
                                 tr("%1 is not a report file, and it does not read as the text of a published report either.\n%2")
                                     .arg(QDir::toNativeSeparators(path), imported.error.isEmpty() ? error : imported.error));
        return false;
    }
    if (!Dialogs::instance().confirm(m_window, tr("Import the text?"),
                                     tr("%1 is not a report file, but it reads as the text of a published report. Import it "
                                        "into a new, unsaved report (as File › Import Text… does)?")
                                         .arg(QDir::toNativeSeparators(path))))
        return false;
    emit importRequested(path);
    return m_document->hasReport();
}

bool FileController::openDamaged(const QString &path, const QString &error, std::unique_ptr<DocumentLock> lock)
{
    const QLocale locale;
    const std::optional<StartupRecovery::Found> recovery = StartupRecovery::newestFor(path);
    const QString backupPath = path + QStringLiteral(".bak");
    const std::optional<ReportData> backup = QFileInfo::exists(backupPath) ? ReportFile::load(backupPath, nullptr) : std::nullopt;
    const QString damaged = tr("%1 is damaged (cut short or garbled) and cannot be read:\n%2")
                                .arg(QDir::toNativeSeparators(path), error);
    QStringList ways;
    if (recovery)
        ways << tr("Open the &Recovery Copy (%1)").arg(locale.toString(recovery->recovery.writtenAt.toLocalTime(), QLocale::ShortFormat));
    if (backup)
        ways << tr("Open the &Backup (%1)").arg(locale.toString(QFileInfo(backupPath).lastModified(), QLocale::ShortFormat));
    if (ways.isEmpty()) {
        Dialogs::instance().warn(m_window, tr("Damaged report"),
                                 damaged + QStringLiteral("\n\n") + tr("There is no recovery copy or backup (.bak) of it."));
        return false;
    }
    const int chosen = Dialogs::instance().choose(
        m_window, tr("Damaged report"),
        damaged + QStringLiteral("\n\n") + tr("Open the copy that was kept? Saving it replaces the damaged file."), ways);
    if (chosen < 0) return false;
    if (recovery && chosen == 0) {
        openKeptCopy(recovery->recovery.report, path, std::move(lock));
        StartupRecovery::remove(recovery->path); // now in this window, which autosaves it under its own name
    } else {
        ReportData report = *backup;
        LastYearLink::makeAbsolute(report, backupPath);
        openKeptCopy(report, path, std::move(lock));
    }
    return true;
}

void FileController::openKeptCopy(const ReportData &report, const QString &path, std::unique_ptr<DocumentLock> lock)
{
    m_lock = std::move(lock);
    m_readOnly = false;
    m_document->load(report, QFileInfo(path).absoluteFilePath());
    m_document->undoStack()->resetClean(); // not yet in the file: closing offers to save it
    rememberDiskTime(path);
    m_recent->add(path);
    emit message(tr("Opened the kept copy of %1: save it to replace the damaged file").arg(QDir::toNativeSeparators(path)));
}

void FileController::followDocument()
{
    const QString path = m_document->filePath();
    if (path.isEmpty()) {
        m_lock->release();
        m_readOnly = false;
        return;
    }
    if (m_lock->documentPath() == path || m_readOnly) return;
    // A recovered report, or one saved under a new name: lock it here, or say that someone else has it open.
    if (m_lock->acquire(path) == DocumentLock::Result::HeldByOther) {
        m_readOnly = true;
        emit message(tr("%1 is open in another editor: this window has it read-only").arg(QDir::toNativeSeparators(path)));
    }
}

bool FileController::refuseLockedTarget(const QString &path)
{
    if (m_lock->documentPath() == QFileInfo(path).absoluteFilePath()) return false;
    const std::optional<LockOwner> owner = DocumentLock::owner(path);
    if (!owner) return false;
    Dialogs::instance().warn(m_window, tr("Cannot save the report"),
                             tr("%1 is open in another editor (user %2 on %3, process %4): save under another name.")
                                 .arg(QDir::toNativeSeparators(path), owner->user, owner->host, QString::number(owner->pid)));
    return true;
}

void FileController::openImported(const ReportData &report)
{
    m_document->load(report);
    // Not saved anywhere yet: closing must offer to save it.
    m_document->undoStack()->resetClean();
}

bool FileController::save()
{
    emit aboutToUseDocument();
    if (!m_document->hasReport()) return false;
    if (m_document->filePath().isEmpty() || m_readOnly) return saveAs();
    return saveTo(m_document->filePath());
}

bool FileController::saveAs()
{
    emit aboutToUseDocument();
    if (!m_document->hasReport()) return false;
    const QString suggested = m_document->filePath().isEmpty()
        ? QDir(startDirectory()).filePath(m_document->data().displayTitle() + QLatin1Char('.') + kReportSuffix)
        : m_document->filePath();
    QString path = Dialogs::instance().saveFileName(m_window, tr("Save Report As"), suggested, tr("Reports (*.nianbao)"));
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + kReportSuffix;
    return saveTo(path);
}

bool FileController::saveTo(const QString &path)
{
    if (refuseLockedTarget(path)) return false;
    if (changedOnDisk(path)
        && !Dialogs::instance().confirm(m_window, tr("The file was changed"),
                                        tr("%1 was changed by another program after it was opened here. Overwrite it with this report?")
                                            .arg(QDir::toNativeSeparators(path))))
        return false;
    // Links to other files are absolute while open and relative to the report's folder on disk.
    ReportData onDisk = LastYearLink::relativeTo(m_document->data(), path);
    onDisk.meta.consolidatedFrom = Consolidation::childNames(onDisk.meta.consolidatedFrom, path);
    const SaveOutcome outcome = ReportFile::save(onDisk, path, SaveOptions{keepsBackup()});
    if (!outcome.ok) {
        Dialogs::instance().warn(m_window, tr("Cannot save the report"), outcome.error);
        return false;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (outcome.wroteInPlace && !m_foldersWrittenInPlace.contains(folder)) {
        m_foldersWrittenInPlace.insert(folder);
        Dialogs::instance().warn(m_window, tr("Saved without the safe replace"),
                                 tr("The folder %1 does not allow replacing a file in one step (some network and synced "
                                    "folders do not). The report was written into %2 directly and read back to check it: it "
                                    "is saved. A crash during such a save could damage the file, so keep reports in a local "
                                    "folder when you can.")
                                     .arg(QDir::toNativeSeparators(folder), QFileInfo(path).fileName()));
    }
    m_readOnly = false; // saved under a name of its own: the lock follows it
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    followDocument(); // also when the name is the same (its holder had gone): lock it now
    m_document->markSaved();
    rememberDiskTime(path);
    m_recent->add(path);
    rememberDirectory(path);
    if (outcome.backupPath.isEmpty()) emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else emit message(tr("Saved %1; the previous version is kept as %2")
                          .arg(QDir::toNativeSeparators(path), QFileInfo(outcome.backupPath).fileName()));
    return true;
}

bool FileController::keepsBackup() const
{
    return QSettings().value(QStringLiteral("keepBackup"), false).toBool();
}

void FileController::setKeepBackup(bool keep)
{
    QSettings().setValue(QStringLiteral("keepBackup"), keep);
}

bool FileController::closeDocument()
{
    if (!maybeSave()) return false;
    m_document->close();
    return true;
}

bool FileController::exportText()
{
    emit aboutToUseDocument();
    if (!m_document->hasReport()) return false;
    const QString base = m_document->filePath().isEmpty() ? QDir(startDirectory()).filePath(m_document->data().displayTitle())
                                                          : m_document->filePath().chopped(QFileInfo(m_document->filePath()).suffix().size() + 1);
    QString path = Dialogs::instance().saveFileName(m_window, tr("Export Standard Text"), base + QStringLiteral(".txt"),
                                                    tr("Text files (*.txt)"));
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".txt");
    const SaveOutcome saved = SafeSave::write(path, TextExport::toUtf8(m_document->data()));
    if (!saved.ok) {
        Dialogs::instance().warn(m_window, tr("Cannot export"), saved.error);
        return false;
    }
    emit message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void FileController::rememberDiskTime(const QString &path)
{
    m_diskTime = QFileInfo(path).lastModified();
}

bool FileController::changedOnDisk(const QString &path) const
{
    if (m_document->filePath().isEmpty() || QFileInfo(path).absoluteFilePath() != m_document->filePath()) return false;
    const QFileInfo info(path);
    return info.exists() && m_diskTime.isValid() && info.lastModified() != m_diskTime;
}

QString FileController::startDirectory() const
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileController::rememberDirectory(const QString &path)
{
    SettingsAccess()->setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
}

} // namespace nianbao::gui
