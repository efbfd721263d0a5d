// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/dialogs.h"

#include "metadata/newreportdialog.h"

#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPushButton>

namespace nianbao::gui {

namespace {

class QtDialogs : public Dialogs
{
public:
    SaveChoice askSaveChanges(QWidget *parent, const QString &documentName) override
    {
        QMessageBox box(QMessageBox::Warning, QObject::tr("Unsaved changes"),
                        QObject::tr("Save the changes to “%1” before closing it?").arg(documentName),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
        box.setInformativeText(QObject::tr("If you don't save, your changes will be lost."));
        box.setDefaultButton(QMessageBox::Save);
        // With accelerators (Qt's own texts have none in Chinese: "丢弃").
        box.button(QMessageBox::Save)->setText(QObject::tr("&Save"));
        box.button(QMessageBox::Discard)->setText(QObject::tr("&Discard"));
        switch (box.exec()) {
        case QMessageBox::Save: return SaveChoice::Save;
        case QMessageBox::Discard: return SaveChoice::Discard;
        default: return SaveChoice::Cancel;
        }
    }
    bool confirm(QWidget *parent, const QString &title, const QString &text) override
    {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    }
    void warn(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::warning(parent, title, text);
    }
    int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices) override
    {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
        QList<QAbstractButton *> buttons;
        for (const QString &choice : choices) buttons << box.addButton(choice, QMessageBox::AcceptRole);
        if (!buttons.isEmpty()) box.setDefaultButton(qobject_cast<QPushButton *>(buttons.first()));
        box.exec();
        return int(buttons.indexOf(box.clickedButton()));
    }
    QString openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter) override
    {
        return QFileDialog::getOpenFileName(parent, title, dir, filter);
    }
    QStringList openFileNames(QWidget *parent, const QString &title, const QString &dir, const QString &filter) override
    {
        return QFileDialog::getOpenFileNames(parent, title, dir, filter);
    }
    QString folderName(QWidget *parent, const QString &title, const QString &dir) override
    {
        return QFileDialog::getExistingDirectory(parent, title, dir);
    }
    QString saveFileName(QWidget *parent, const QString &title, const QString &path, const QString &filter) override
    {
        return QFileDialog::getSaveFileName(parent, title, path, filter);
    }
    std::optional<NewReportRequest> askNewReport(QWidget *parent) override
    {
        NewReportDialog dialog(parent);
        if (dialog.exec() != QDialog::Accepted) return std::nullopt;
        return dialog.request();
    }
    bool askRecover(QWidget *parent, const QString &documentName, const QDateTime &recoveredAt,
                    const QDateTime &savedAt) override
    {
        QMessageBox box(QMessageBox::Question, QObject::tr("Recover unsaved changes"),
                        QObject::tr("The editor closed unexpectedly while “%1” had unsaved changes. Recover them?")
                            .arg(documentName),
                        QMessageBox::NoButton, parent);
        const QLocale locale;
        const QString recovered = locale.toString(recoveredAt.toLocalTime(), QLocale::LongFormat);
        box.setInformativeText(savedAt.isValid()
            ? QObject::tr("Recovered version: %1\nSaved version: %2").arg(recovered, locale.toString(savedAt.toLocalTime(), QLocale::LongFormat))
            : QObject::tr("Recovered version: %1\nThe report was never saved.").arg(recovered));
        QPushButton *recover = box.addButton(QObject::tr("&Recover"), QMessageBox::AcceptRole);
        box.addButton(QObject::tr("&Discard Changes"), QMessageBox::DestructiveRole);
        box.setDefaultButton(recover);
        box.exec();
        return box.clickedButton() == recover;
    }
    bool setUpPrinter(QWidget *parent, QPrinter *printer) override
    {
        QPrintDialog dialog(printer, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    void showPrintPreview(QPrintPreviewDialog *dialog) override { dialog->exec(); }
};

Dialogs *g_override = nullptr;

} // namespace

Dialogs &Dialogs::instance()
{
    static QtDialogs qtDialogs;
    return g_override ? *g_override : qtDialogs;
}

void Dialogs::setInstance(Dialogs *dialogs)
{
    g_override = dialogs;
}

} // namespace nianbao::gui
