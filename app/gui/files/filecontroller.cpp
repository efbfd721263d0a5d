// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/filecontroller.h"

#include "export/textexport.h"
#include "files/recentfiles.h"
#include "files/recovery.h"
#include "files/reportfile.h"
#include "files/safesave.h"
#include "model/newreport.h"
#include "model/reportdocument.h"
#include "yearly/lastyearlink.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace nianbao::gui {

namespace {
const QString kReportSuffix = QStringLiteral("nianbao");
}

FileController::FileController(ReportDocument *document, RecentFiles *recent, QWidget *window)
    : QObject(window), m_document(document), m_recent(recent), m_window(window)
{
}

QString FileController::documentName() const
{
    if (!m_document->filePath().isEmpty()) return QFileInfo(m_document->filePath()).fileName();
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
                                                          tr("Reports (*.nianbao);;All files (*)"));
    return !path.isEmpty() && openFile(path);
}

bool FileController::openFile(const QString &path)
{
    QString error;
    StartupRecovery::beginOpening(path); // should reading or showing it crash, the next start will know
    std::optional<ReportData> report = ReportFile::load(path, &error);
    if (!report) {
        StartupRecovery::endOpening();
        Dialogs::instance().warn(m_window, tr("Cannot open the report"), error);
        m_recent->remove(path);
        return false;
    }
    // Said before loading, so that what the window has to say about the report it shows comes last.
    emit message(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    LastYearLink::makeAbsolute(*report, path);
    m_document->load(*report, QFileInfo(path).absoluteFilePath());
    StartupRecovery::endOpening();
    rememberDiskTime(path);
    m_recent->add(path);
    rememberDirectory(path);
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
    if (m_document->filePath().isEmpty()) return saveAs();
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
    if (changedOnDisk(path)
        && !Dialogs::instance().confirm(m_window, tr("The file was changed"),
                                        tr("%1 was changed by another program after it was opened here. Overwrite it with this report?")
                                            .arg(QDir::toNativeSeparators(path))))
        return false;
    const SaveOutcome outcome = ReportFile::save(LastYearLink::relativeTo(m_document->data(), path), path,
                                                 SaveOptions{keepsBackup()});
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
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
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
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
}

} // namespace nianbao::gui
