// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Answers the editor's questions in tests, in the order given, and records every question asked. A question
// with no answer left is recorded as unexpected and answered with Cancel / No / nothing.

#include "window/dialogs.h"

#include <QPrintPreviewDialog>
#include <QSize>
#include <QStringList>

class ScriptedDialogs : public nianbao::gui::Dialogs
{
public:
    QList<SaveChoice> saveChoices;
    QList<bool> confirmations;
    QStringList openNames;
    QList<QStringList> openNameLists; // answers to openFileNames()
    QStringList folderNames;
    QStringList saveNames;
    QList<nianbao::gui::NewReportRequest> newReports;
    QList<bool> recoveries;
    QList<QDateTime> recoveryTimes; // recovered and saved time of each recovery question
    QList<bool> printSetups;
    QList<int> choices;      // the index of the way chosen in each choose() (-1: Cancel)
    QStringList asked;       // "save: <name>", "confirm: <text>", "warn: <text>", "open", "open-files", "folder", "save-as", "new",
                             // "print", "preview", "recover: <name>", "choose: <text> [<choice>|<choice>…]"
    QStringList unexpected;
    QSize previewSize; // of the last print preview, as it would open

    SaveChoice askSaveChanges(QWidget *, const QString &name) override
    {
        asked << QStringLiteral("save: ") + name;
        if (saveChoices.isEmpty()) return none(SaveChoice::Cancel);
        return saveChoices.takeFirst();
    }
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        asked << QStringLiteral("confirm: ") + text;
        if (confirmations.isEmpty()) return none(false);
        return confirmations.takeFirst();
    }
    void warn(QWidget *, const QString &, const QString &text) override { asked << QStringLiteral("warn: ") + text; }
    int choose(QWidget *, const QString &, const QString &text, const QStringList &ways) override
    {
        asked << QStringLiteral("choose: %1 [%2]").arg(text, ways.join(QLatin1Char('|')));
        if (choices.isEmpty()) return none(-1);
        return choices.takeFirst();
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        asked << QStringLiteral("open");
        return openNames.isEmpty() ? none(QString()) : openNames.takeFirst();
    }
    QStringList openFileNames(QWidget *, const QString &, const QString &, const QString &) override
    {
        asked << QStringLiteral("open-files");
        return openNameLists.isEmpty() ? none(QStringList()) : openNameLists.takeFirst();
    }
    QString folderName(QWidget *, const QString &, const QString &) override
    {
        asked << QStringLiteral("folder");
        return folderNames.isEmpty() ? none(QString()) : folderNames.takeFirst();
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        asked << QStringLiteral("save-as");
        return saveNames.isEmpty() ? none(QString()) : saveNames.takeFirst();
    }
    std::optional<nianbao::gui::NewReportRequest> askNewReport(QWidget *) override
    {
        asked << QStringLiteral("new");
        if (newReports.isEmpty()) return none(std::optional<nianbao::gui::NewReportRequest>());
        return newReports.takeFirst();
    }
    bool setUpPrinter(QWidget *, QPrinter *) override
    {
        asked << QStringLiteral("print");
        if (printSetups.isEmpty()) return none(false);
        return printSetups.takeFirst();
    }
    void showPrintPreview(QPrintPreviewDialog *dialog) override
    {
        asked << QStringLiteral("preview");
        previewSize = dialog->size();
    }

    bool askRecover(QWidget *, const QString &name, const QDateTime &recoveredAt, const QDateTime &savedAt) override
    {
        asked << QStringLiteral("recover: ") + name;
        recoveryTimes << recoveredAt << savedAt;
        if (recoveries.isEmpty()) return none(false);
        return recoveries.takeFirst();
    }

private:
    template<typename T>
    T none(T value)
    {
        unexpected << asked.last();
        return value;
    }
};
