// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every modal question the editor asks goes through this seam, so GUI tests can answer without blocking
// (as KeePassXC's MessageBox does). The default implementation shows Qt's message boxes and file dialogs.

#include "model/reportdata.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace nianbao::gui {

struct NewReportRequest {
    QString organ;
    int year = 0;
    QString formatId;
    OrganLevel level = OrganLevel::Unknown;
    OrganTier tier = OrganTier::Unknown;
};

class Dialogs
{
public:
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~Dialogs() = default;
    // "The report has unsaved changes": Save, Discard or Cancel.
    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &documentName) = 0;
    // A yes/no question; true when the user accepts.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    // Several ways on, one button each (in the order given) and Cancel: the index chosen, or -1 for Cancel.
    virtual int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices) = 0;
    // Empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter) = 0;
    // Several files (empty when cancelled).
    virtual QStringList openFileNames(QWidget *parent, const QString &title, const QString &dir, const QString &filter) = 0;
    // An existing folder (empty when cancelled).
    virtual QString folderName(QWidget *parent, const QString &title, const QString &dir) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &path, const QString &filter) = 0;
    virtual std::optional<NewReportRequest> askNewReport(QWidget *parent) = 0;
    // After an unclean exit: recover the autosaved changes of `documentName`? `savedAt` is invalid when the
    // report was never saved. True recovers; false discards the recovery file.
    virtual bool askRecover(QWidget *parent, const QString &documentName, const QDateTime &recoveredAt,
                            const QDateTime &savedAt) = 0;
    // The print dialog: false when cancelled.
    virtual bool setUpPrinter(QWidget *parent, QPrinter *printer) = 0;
    // Shows the print preview (modal in the real dialogs).
    virtual void showPrintPreview(QPrintPreviewDialog *dialog) = 0;

    // The dialogs in use; setInstance(nullptr) restores Qt's. The caller keeps ownership.
    static Dialogs &instance();
    static void setInstance(Dialogs *dialogs);
};

} // namespace nianbao::gui
