// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/printactions.h"

#include "checks/rules.h"
#include "export/docxexport.h"
#include "export/htmlexport.h"
#include "export/odtexport.h"
#include "render/pagerenderer.h"
#include "render/pdfexport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QKeySequence>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QRegularExpression>
#include <QStandardPaths>

namespace nianbao::gui {

QPrinter *PrintActions::printer()
{
    // Made at the first print or preview, not with the window: a QPrinter loads the print system's plugin,
    // which costs the editor's start-up about as much as its menus (issue 18).
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        // The renderer places everything from the paper's corner; margins are the layout's business.
        m_printer->setFullPage(true);
    }
    return m_printer.get();
}

PrintActions::PrintActions(QWidget *parent, std::function<ReportData()> currentReport)
    : QObject(parent), m_parent(parent), m_report(std::move(currentReport))
{
    m_print = new QAction(tr("&Print…"), this);
    m_print->setShortcut(QKeySequence::Print);
    m_preview = new QAction(tr("Print Pre&view…"), this);
    m_exportPdf = new QAction(tr("Export &PDF…"), this);
    m_exportOdt = new QAction(tr("Export &ODT…"), this);
    m_exportHtml = new QAction(tr("Export &HTML…"), this);
    m_exportDocx = new QAction(tr("Export &Word…"), this);
    connect(m_print, &QAction::triggered, this, [this] { print(); });
    connect(m_preview, &QAction::triggered, this, [this] { preview(); });
    connect(m_exportPdf, &QAction::triggered, this, [this] { exportTo(Format::Pdf); });
    connect(m_exportOdt, &QAction::triggered, this, [this] { exportTo(Format::Odt); });
    connect(m_exportHtml, &QAction::triggered, this, [this] { exportTo(Format::Html); });
    connect(m_exportDocx, &QAction::triggered, this, [this] { exportTo(Format::Docx); });

    confirmErrors = [this](int errors, bool printing) {
        const QString question = printing ? tr("%n error(s) still not corrected. Print anyway?", nullptr, errors)
                                          : tr("%n error(s) still not corrected. Export anyway?", nullptr, errors);
        return QMessageBox::question(m_parent, tr("Errors in the report"), question,
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    chooseFile = [this](const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(m_parent, caption, suggested, filter);
    };
    setupPrinter = [this](QPrinter *printer) {
        QPrintDialog dialog(printer, m_parent);
        return dialog.exec() == QDialog::Accepted;
    };
    showPreview = [](QPrintPreviewDialog *dialog) { dialog->exec(); };
    showError = [this](const QString &message) { QMessageBox::warning(m_parent, tr("nianbao"), message); };
}

PrintActions::~PrintActions() = default;

QAction *PrintActions::exportAction(Format format) const
{
    switch (format) {
    case Format::Pdf: return m_exportPdf;
    case Format::Odt: return m_exportOdt;
    case Format::Html: return m_exportHtml;
    case Format::Docx: return m_exportDocx;
    }
    return nullptr;
}

QList<QAction *> PrintActions::actions() const
{
    return {m_print, m_preview, m_exportPdf, m_exportOdt, m_exportDocx, m_exportHtml};
}

bool PrintActions::confirmIfErrors(const ReportData &report, bool printing)
{
    const int errors = countFindings(CheckEngine::run(report)).errors;
    return errors == 0 || confirmErrors(errors, printing);
}

bool PrintActions::printable(const ReportData &report)
{
    // Said before any dialog opens: no Chinese font, or a character no font has.
    RenderResult result;
    if (PageRenderer::check(report, printer(), &result)) return true;
    showError(result.error);
    return false;
}

QString PrintActions::suggestedPath(const ReportData &report, const QString &suffix) const
{
    // The title makes the file name; characters no file system accepts become "_".
    QString name = report.displayTitle().trimmed();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    if (name.isEmpty()) name = QStringLiteral("report");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name + QLatin1Char('.') + suffix);
}

bool PrintActions::print()
{
    const ReportData report = m_report();
    if (!confirmIfErrors(report, true) || !printable(report)) return false;
    if (!setupPrinter(printer())) return false;
    RenderResult result;
    if (!PageRenderer::render(report, printer(), &result)) {
        showError(result.error);
        return false;
    }
    emit printed(result.pages);
    return true;
}

bool PrintActions::preview()
{
    const ReportData report = m_report();
    if (!confirmIfErrors(report, true) || !printable(report)) return false;
    QPrintPreviewDialog dialog(printer(), m_parent);
    dialog.setWindowTitle(tr("Print Preview"));
    // Qt's default (692×512) shows an A4 page the size of a stamp: a whole page, as tall as the screen allows.
    const QScreen *screen = m_parent ? m_parent->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        const QRect free = screen->availableGeometry();
        const int height = free.height() * 9 / 10;
        dialog.resize(qMin(free.width() * 9 / 10, height * 11 / 10), height);
    }
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&report, &failure](QPrinter *printer) {
        RenderResult result;
        if (!PageRenderer::render(report, printer, &result)) failure = result.error;
    });
    showPreview(&dialog);
    if (!failure.isEmpty()) {
        showError(failure);
        return false;
    }
    return true;
}

bool PrintActions::exportTo(Format format)
{
    const ReportData report = m_report();
    if (!confirmIfErrors(report, false)) return false;
    const QString suffix = format == Format::Pdf  ? QStringLiteral("pdf")
                         : format == Format::Odt  ? QStringLiteral("odt")
                         : format == Format::Docx ? QStringLiteral("docx")
                                                  : QStringLiteral("html");
    const QString filter = format == Format::Pdf  ? tr("PDF (*.pdf)")
                         : format == Format::Odt  ? tr("OpenDocument text (*.odt)")
                         : format == Format::Docx ? tr("Word document (*.docx)")
                                                  : tr("Web page (*.html)");
    QString path = chooseFile(tr("Export"), suggestedPath(report, suffix), filter);
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + suffix;

    QString error;
    QStringList fonts;
    bool ok = false;
    if (format == Format::Pdf) {
        RenderResult result;
        ok = PdfExport::write(report, path, &result);
        error = result.error;
        fonts = result.fontRoles;
    } else if (format == Format::Odt) {
        ok = OdtExport::write(report, path, &error, &fonts);
    } else if (format == Format::Docx) {
        ok = DocxExport::write(report, path, &error, &fonts);
    } else {
        ok = HtmlExport::write(report, path, &error);
    }
    if (!ok) {
        showError(error);
        return false;
    }
    emit exported(path, fonts);
    return true;
}

} // namespace nianbao::gui
