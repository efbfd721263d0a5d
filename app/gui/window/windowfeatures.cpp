// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/windowfeatures.h"

#include "consolidation/consolidateaction.h"
#include "files/importaction.h"
#include "findings/livechecks.h"
#include "model/prosefigures.h"
#include "model/reportdocument.h"
#include "print/printactions.h"
#include "prose/proseeditor.h"
#include "tables/readingpicker.h"
#include "tables/reporttableview.h"
#include "window/dialogs.h"
#include "window/mainwindow.h"
#include "window/reporteditor.h"
#include "yearly/lastyearactions.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>

namespace nianbao::gui {

namespace {

// The prose key the figures sentence belongs in: 一 (its （二）依申请公开 paragraph).
const QString kFiguresProse = QStringLiteral("s1");

} // namespace

WindowFeatures::WindowFeatures(MainWindow *window) : QObject(window), m_window(window)
{
    m_picker = new ReadingPicker(window->document(), this);
    connect(m_picker, &ReadingPicker::message, this, [this](const QString &text) { m_window->statusBar()->showMessage(text, 10000); });
    setUpPrint();
    // Each is inserted right below Open Recent: the first added ends up last (Consolidate… below Import Text…).
    m_consolidate = new ConsolidateAction(window);
    window->addImportAction(m_consolidate->action());
    m_import = new ImportAction(window, m_picker);
    window->addImportAction(m_import->action());
    m_lastYear = new LastYearActions(window);
    window->addImportAction(m_lastYear->linkAction());
    window->addImportAction(m_lastYear->newFromLastYearAction());
    m_reportActions << m_lastYear->linkAction();
    // The start page offers it beside New and Open: most reports start from last year's.
    if (auto *button = window->findChild<QPushButton *>(QStringLiteral("fromLastYearButton")))
        connect(button, &QPushButton::clicked, m_lastYear, &LastYearActions::newFromLastYear);
    connect(window->checks(), &LiveChecks::lastYearMessage, this,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 10000); });
    setUpEditActions();
    connect(window->document(), &ReportDocument::reset, this, &WindowFeatures::onReset);
    onReset();
}

void WindowFeatures::setUpPrint()
{
    MainWindow *w = m_window;
    m_print = new PrintActions(w, [w] {
        if (w->editor()) w->editor()->finishEditing();
        return w->document()->data();
    });
    // Every question goes through the window's dialog seam, so tests answer them like the others.
    m_print->confirmErrors = [w](int errors, bool printing) {
        return Dialogs::instance().confirm(
            w, PrintActions::tr("Errors in the report"),
            printing ? PrintActions::tr("%n error(s) still not corrected. Print anyway?", nullptr, errors)
                     : PrintActions::tr("%n error(s) still not corrected. Export anyway?", nullptr, errors));
    };
    m_print->chooseFile = [w](const QString &caption, const QString &suggested, const QString &filter) {
        return Dialogs::instance().saveFileName(w, caption, suggested, filter);
    };
    m_print->setupPrinter = [w](QPrinter *printer) { return Dialogs::instance().setUpPrinter(w, printer); };
    m_print->showPreview = [](QPrintPreviewDialog *dialog) { Dialogs::instance().showPrintPreview(dialog); };
    m_print->showError = [w](const QString &message) { Dialogs::instance().warn(w, PrintActions::tr("nianbao"), message); };
    connect(m_print, &PrintActions::exported, this, [this](const QString &path) {
        m_window->statusBar()->showMessage(tr("Exported to %1.").arg(path), 10000);
    });
    connect(m_print, &PrintActions::printed, this, [this](int pages) {
        m_window->statusBar()->showMessage(tr("%n page(s) sent to the printer.", nullptr, pages), 10000);
    });
    w->addPrintActions({m_print->printAction(), m_print->previewAction()});
    QMenu *exports = w->exportMenu();
    for (PrintActions::Format f : {PrintActions::Format::Pdf, PrintActions::Format::Odt, PrintActions::Format::Docx, PrintActions::Format::Html})
        exports->addAction(m_print->exportAction(f));
}

void WindowFeatures::setUpEditActions()
{
    QMenu *edit = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit"));
    edit->addSeparator();
    QAction *choose = edit->addAction(tr("Choose &Reading…"));
    choose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    choose->setToolTip(tr("Choose how the digits of an imported cell marked “?” are read"));
    connect(choose, &QAction::triggered, this, &WindowFeatures::chooseReading);
    QAction *figures = edit->addAction(tr("Insert &Figures Sentence"));
    figures->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    figures->setToolTip(tr("Insert the sentences stating the figures of the tables into section 1 at the cursor"));
    connect(figures, &QAction::triggered, this, &WindowFeatures::insertFiguresSentence);
    m_reportActions << choose << figures;
}

void WindowFeatures::onReset()
{
    const bool has = m_window->document()->hasReport();
    for (QAction *a : std::as_const(m_reportActions)) a->setEnabled(has);
    for (QAction *a : m_window->exportMenu()->actions()) a->setEnabled(has);
    // The readings also from the tables' context menu (the editor is rebuilt on every reset, before this), on its
    // table views as they are built.
    ReportEditor *editor = m_window->editor();
    if (!editor) return;
    addReadingMenu(editor->builtTableViews());
    connect(editor, &ReportEditor::tableViewsBuilt, this, &WindowFeatures::addReadingMenu, Qt::UniqueConnection);
}

void WindowFeatures::addReadingMenu(const QList<ReportTableView *> &views)
{
    for (ReportTableView *view : views) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            const QModelIndex at = view->indexAt(pos);
            if (at.isValid()) view->setCurrentIndex(at);
            m_picker->popUp(view, view->viewport()->mapToGlobal(pos));
        });
    }
}

void WindowFeatures::chooseReading()
{
    auto *view = qobject_cast<ReportTableView *>(QApplication::focusWidget());
    if (!view) {
        m_window->statusBar()->showMessage(tr("Put the cursor on a cell marked “?” first."), 10000);
        return;
    }
    view->finishEditing();
    m_picker->popUp(view);
}

void WindowFeatures::insertFiguresSentence()
{
    if (!m_window->editor()) return;
    ProseEditor *prose = m_window->editor()->proseEditor(kFiguresProse);
    if (!prose) return;
    const QString sentences = figureSentences(m_window->document()->data()).join(QString());
    if (sentences.isEmpty()) return;
    // Written through the document as one undo step of its own (never merged with the typing before it).
    const int at = prose->textCursor().position();
    QString text = m_window->document()->data().text(kFiguresProse);
    text.insert(qMin(at, int(text.size())), sentences);
    m_window->editor()->showPart(kFiguresProse, true);
    m_window->document()->setProse(kFiguresProse, text, 0);
    QTextCursor cursor = prose->textCursor();
    cursor.setPosition(qMin(at + int(sentences.size()), int(prose->document()->characterCount() - 1)));
    prose->setTextCursor(cursor);
}

} // namespace nianbao::gui
