// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// New, open, save, save as, close and export of the one report a window edits. Every question (unsaved
// changes, file names, errors) goes through Dialogs, so tests answer them.
// The report open here is locked (DocumentLock) so that another window or editor opening it is told who has it
// and opens it read-only or as a copy. An open that fails says why and offers what may help: the import for a
// published report's text, the recovery copy or .bak for a damaged report; the file stays in Open Recent.

#include "window/dialogs.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <memory>

class QWidget;

namespace nianbao {
class DocumentLock;
class ReportDocument;
}

namespace nianbao::gui {

class RecentFiles;

class FileController : public QObject
{
    Q_OBJECT
public:
    FileController(ReportDocument *document, RecentFiles *recent, QWidget *window);
    ~FileController() override;

    bool newReport();                              // asks for organ, year …
    bool createReport(const NewReportRequest &request);
    bool open();                                   // asks for a file
    bool openFile(const QString &path);
    // An imported report (the text importer): opened unsaved and modified, so closing asks to save it.
    void openImported(const ReportData &report);
    bool save();
    bool saveAs();
    bool closeDocument();
    // When the report is modified: Save, Discard or Cancel. True when the caller may go on.
    bool maybeSave();
    bool exportText();

    QString documentName() const; // the file name, or the report's title while unsaved
    // Opened read-only because another editor has it open: Save asks for a new name.
    bool isReadOnly() const { return m_readOnly; }

    // Save keeps the previous version as FILE.nianbao.bak (a setting, remembered across sessions).
    bool keepsBackup() const;
    void setKeepBackup(bool keep);

signals:
    // Before the document is saved, closed or replaced: an open cell edit must end first.
    void aboutToUseDocument();
    void message(const QString &text);
    // The file opened is not a report file but reads as a published report's text, and the clerk wants it imported.
    void importRequested(const QString &path);

private:
    enum class LockedChoice { ReadOnly, Copy, Cancel };
    LockedChoice askWhenLocked(const QString &path);
    // Says why `path` did not open and offers what may help: the import, a recovery copy, the backup.
    bool openFailed(const QString &path, const QString &error, std::unique_ptr<DocumentLock> lock);
    bool openDamaged(const QString &path, const QString &error, std::unique_ptr<DocumentLock> lock);
    bool offerImport(const QString &path, const QString &error);
    // Shows `report` as the unsaved version of `path` (a kept copy of a damaged file): Save replaces the file.
    void openKeptCopy(const ReportData &report, const QString &path, std::unique_ptr<DocumentLock> lock);
    // The document's file changed (opened, saved under a new name, recovered, closed): the lock follows it.
    void followDocument();
    bool refuseLockedTarget(const QString &path);
    bool saveTo(const QString &path);
    QString startDirectory() const;
    void rememberDirectory(const QString &path);

    // When the file was last read or written by this window: a different time on disk at save means another
    // program (or another editor) changed it since, which the clerk is asked about before overwriting.
    void rememberDiskTime(const QString &path);
    bool changedOnDisk(const QString &path) const;

    ReportDocument *m_document;
    RecentFiles *m_recent;
    QDateTime m_diskTime;
    QSet<QString> m_foldersWrittenInPlace; // told once per folder that the safe replace failed there
    QWidget *m_window;
    std::unique_ptr<DocumentLock> m_lock;
    bool m_readOnly = false;
};

} // namespace nianbao::gui
