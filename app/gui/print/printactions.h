// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Print…, Print Preview…, Export PDF…, Export ODT… and Export HTML… for the editor window. All paint through the
// core's PageRenderer, so the preview shows exactly what is printed and filed. The dialogs are seams (plain
// std::function members with working defaults) so tests can drive every path without a display or a printer.

#include "model/reportdata.h"

#include <QObject>
#include <QPrinter>
#include <QStringList>
#include <functional>
#include <memory>

class QAction;
class QPrintPreviewDialog;
class QWidget;

namespace nianbao::gui {

class PrintActions : public QObject
{
    Q_OBJECT
public:
    enum class Format { Pdf, Odt, Html, Docx };

    // `parent` owns the dialogs; `currentReport` returns the report as it stands when an action is triggered.
    PrintActions(QWidget *parent, std::function<ReportData()> currentReport);
    ~PrintActions() override;

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *exportAction(Format format) const;
    QList<QAction *> actions() const; // in menu order

    // What the actions do. They return false when cancelled or failed (the failure already shown).
    bool print();
    bool preview();
    bool exportTo(Format format);
    QPrinter *printer();

    // Seams. Each has a default that shows the real dialog.
    // "N 处错误仍未修正，仍要导出？" (or 打印) before a report with error findings leaves the editor; true: go on.
    std::function<bool(int errors, bool printing)> confirmErrors;
    std::function<QString(const QString &caption, const QString &suggestedPath, const QString &filter)> chooseFile; // "": cancelled
    std::function<bool(QPrinter *printer)> setupPrinter;     // the print dialog; false: cancelled
    std::function<void(QPrintPreviewDialog *dialog)> showPreview;
    std::function<void(const QString &message)> showError;

signals:
    void exported(const QString &path, const QStringList &fonts);
    void printed(int pages);

private:
    bool confirmIfErrors(const ReportData &report, bool printing);
    bool printable(const ReportData &report);
    QString suggestedPath(const ReportData &report, const QString &suffix) const;

    QWidget *m_parent;
    std::function<ReportData()> m_report;
    std::unique_ptr<QPrinter> m_printer;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportOdt = nullptr;
    QAction *m_exportDocx = nullptr;
    QAction *m_exportHtml = nullptr;
};

} // namespace nianbao::gui
