// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"

#include "files/filecontroller.h"
#include "files/recentfiles.h"
#include "files/reportfile.h"
#include "findings/findingspanel.h"
#include "findings/livechecks.h"
#include "model/reportdocument.h"
#include "tables/filltotals.h"
#include "tables/reporttableview.h"
#include "ui_mainwindow.h"
#include "ui_startpage.h"
#include "window/dialogs.h"
#include "window/languagemenu.h"
#include "window/reporteditor.h"
#include "window/windowfeatures.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>

namespace nianbao::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(new Ui::MainWindow), m_startUi(new Ui::StartPage), m_startPage(new QWidget),
      m_document(new ReportDocument(this)), m_checks(new LiveChecks(m_document, this)), m_recent(new RecentFiles(this)),
      m_files(new FileController(m_document, m_recent, this)), m_findings(new FindingsPanel(m_checks)), m_counts(new QLabel)
{
    m_ui->setupUi(this);
    m_ui->findingsDock->setWidget(m_findings);
    m_ui->menuView->addAction(m_ui->findingsDock->toggleViewAction());
    m_ui->findingsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_ui->findingsDock->toggleViewAction(), &QAction::triggered, this, [this](bool on) { m_findingsWanted = on; });
    m_ui->menuView->addSeparator();
    auto *languages = new LanguageMenu(this);
    m_ui->menuView->addMenu(languages);
    connect(languages, &LanguageMenu::message, this, &MainWindow::showMessage);
    m_counts->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    statusBar()->addPermanentWidget(m_counts);
    setUpStartPage();
    setUpActions();

    connect(m_document, &ReportDocument::reset, this, &MainWindow::rebuildEditor);
    connect(m_document, &ReportDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ReportDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ReportDocument::metadataChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_checks, &LiveChecks::findingsChanged, this, &MainWindow::updateCounts);
    connect(m_findings, &FindingsPanel::findingSelected, this, [this](const Finding &f, bool focus) {
        if (m_editor) m_editor->showFinding(f, focus);
    });
    connect(m_files, &FileController::aboutToUseDocument, this, [this] {
        if (m_editor) m_editor->finishEditing();
    });
    connect(m_files, &FileController::message, this, &MainWindow::showMessage);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::fillRecentMenu);

    restoreSettings();
    rebuildEditor();
    new WindowFeatures(this); // print, export, import …: after the editor's own reset handling
}

MainWindow::~MainWindow()
{
    // The document goes with the window's children: nothing may reach this half-destroyed window meanwhile.
    m_document->undoStack()->blockSignals(true);
    m_document->blockSignals(true);
    delete m_startUi;
    delete m_ui;
}

void MainWindow::setUpStartPage()
{
    m_startUi->setupUi(m_startPage);
    QFont title = m_startUi->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_startUi->titleLabel->setFont(title);
    m_ui->centralStack->addWidget(m_startPage);
    connect(m_startUi->newButton, &QPushButton::clicked, m_files, &FileController::newReport);
    connect(m_startUi->openButton, &QPushButton::clicked, m_files, &FileController::open);
    connect(m_startUi->recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_files->openFile(item->data(Qt::UserRole).toString());
    });
}

void MainWindow::setUpActions()
{
    // Ctrl+Y as in Office and WPS, and the platform's own redo key when it is another one.
    QList<QKeySequence> redo{QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redo.contains(k)) redo << k;
    m_ui->actionRedo->setShortcuts(redo);
    connect(m_ui->actionNew, &QAction::triggered, m_files, &FileController::newReport);
    connect(m_ui->actionOpen, &QAction::triggered, m_files, &FileController::open);
    connect(m_ui->actionSave, &QAction::triggered, m_files, &FileController::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, m_files, &FileController::saveAs);
    connect(m_ui->actionExportText, &QAction::triggered, m_files, &FileController::exportText);
    connect(m_ui->actionKeepBackup, &QAction::toggled, m_files, &FileController::setKeepBackup);
    connect(m_ui->actionClose, &QAction::triggered, m_files, &FileController::closeDocument);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionUndo, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(m_ui->actionRedo, &QAction::triggered, this, [this] { undoOrRedo(false); });
    connect(m_ui->actionCut, &QAction::triggered, this, [this] { editCommand(EditCommand::Cut); });
    connect(m_ui->actionCopy, &QAction::triggered, this, [this] { editCommand(EditCommand::Copy); });
    connect(m_ui->actionPaste, &QAction::triggered, this, [this] { editCommand(EditCommand::Paste); });
    connect(m_ui->actionClearCells, &QAction::triggered, this, [this] { editCommand(EditCommand::Clear); });
    connect(m_ui->actionConfirmValues, &QAction::triggered, this, [this] { editCommand(EditCommand::Confirm); });
    connect(m_ui->actionFillTotals, &QAction::triggered, this, &MainWindow::fillTotals);
    connect(m_ui->actionFillBlanks, &QAction::triggered, this, &MainWindow::fillBlanks);
    connect(m_ui->actionAutoTotals, &QAction::toggled, this, &MainWindow::setAutoTotals);
    connect(m_ui->actionNextPart, &QAction::triggered, this, [this] {
        if (m_editor) m_editor->stepPart(1);
    });
    connect(m_ui->actionPreviousPart, &QAction::triggered, this, [this] {
        if (m_editor) m_editor->stepPart(-1);
    });
    connect(m_ui->actionNextFinding, &QAction::triggered, this, &MainWindow::nextFinding);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About nianbao"),
                           tr("<p><b>%1</b></p><p>Editor for the annual government information disclosure report "
                              "(政府信息公开工作年度报告) in the national formats.</p>"
                              "<p>Free software under the GNU General Public License, version 3 or later (%2): you may "
                              "use, study, share and change it. It comes with NO WARRANTY. "
                              "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">The licence</a></p>")
                               .arg(appVersionString(), appLicenseId()));
    });
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_printSeparator = m_ui->menuFile->insertSeparator(m_ui->actionClose);
    m_documentActions = {m_ui->actionSave, m_ui->actionSaveAs, m_ui->actionExportText, m_ui->actionClose,
                         m_ui->actionFillTotals, m_ui->actionFillBlanks, m_ui->actionAutoTotals, m_ui->actionNextPart,
                         m_ui->actionPreviousPart, m_ui->actionNextFinding, m_ui->actionCut, m_ui->actionCopy,
                         m_ui->actionPaste, m_ui->actionClearCells, m_ui->actionConfirmValues};
}

QMenu *MainWindow::exportMenu() const
{
    return m_ui->menuExport;
}

void MainWindow::addPrintActions(const QList<QAction *> &actions)
{
    m_ui->menuFile->insertActions(m_printSeparator, actions);
    m_documentActions += actions;
    updateActions();
}

void MainWindow::addImportAction(QAction *action)
{
    const QList<QAction *> all = m_ui->menuFile->actions();
    const int recent = int(all.indexOf(m_ui->menuRecent->menuAction()));
    m_ui->menuFile->insertAction(all.value(recent + 1), action);
}

void MainWindow::rebuildEditor()
{
    if (m_editor) {
        m_ui->centralStack->removeWidget(m_editor);
        m_editor->deleteLater();
        m_editor = nullptr;
    }
    if (m_document->hasReport()) {
        m_editor = new ReportEditor(m_document, m_checks);
        connect(m_editor, &ReportEditor::message, this, &MainWindow::showMessage);
        m_ui->centralStack->addWidget(m_editor);
        m_ui->centralStack->setCurrentWidget(m_editor);
        // Automatic totals stay on only for a report whose totals already agree: never overwrite silently.
        if (m_ui->actionAutoTotals->isChecked()) {
            if (m_document->derivedChanges(m_document->data().cells).isEmpty()) {
                m_document->setAutoDerive(true);
            } else {
                m_document->setAutoDerive(false);
                const QSignalBlocker block(m_ui->actionAutoTotals);
                m_ui->actionAutoTotals->setChecked(false);
                showMessage(tr("Automatic totals are off for this report: some totals differ from the computed ones "
                               "(Edit › Fill Totals replaces them)."));
            }
        }
        m_editor->showPart(ReportEditor::metadataPart());
        m_ui->findingsDock->setVisible(m_findingsWanted);
    } else {
        m_ui->findingsDock->hide();
        fillRecentMenu();
        m_ui->centralStack->setCurrentWidget(m_startPage);
        m_startUi->newButton->setFocus();
    }
    updateTitle();
    updateActions();
    updateCounts();
}

void MainWindow::updateTitle()
{
    if (!m_document->hasReport()) {
        setWindowTitle(tr("nianbao"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(QStringLiteral("%1[*] — %2").arg(m_files->documentName(), tr("nianbao")));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const bool has = m_document->hasReport();
    for (QAction *a : std::as_const(m_documentActions)) a->setEnabled(has);
    for (QAction *a : m_ui->menuExport->actions()) a->setEnabled(has);
    QUndoStack *stack = m_document->undoStack();
    m_ui->actionUndo->setEnabled(stack->canUndo());
    m_ui->actionRedo->setEnabled(stack->canRedo());
    m_ui->actionUndo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_ui->actionRedo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::updateCounts()
{
    if (!m_document->hasReport()) {
        m_counts->clear();
        return;
    }
    const FindingCounts c = m_checks->counts();
    QStringList parts{tr("%n error(s)", nullptr, c.errors), tr("%n warning(s)", nullptr, c.warnings)};
    if (c.infos > 0) parts << tr("%n note(s)", nullptr, c.infos);
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    QFont f = m_counts->font();
    f.setBold(c.errors > 0);
    m_counts->setFont(f);
    QPalette p = m_counts->palette();
    p.setColor(QPalette::WindowText, c.errors > 0 ? QColor(0xb0, 0x00, 0x20) : palette().color(QPalette::WindowText));
    m_counts->setPalette(p);
    m_counts->setMinimumWidth(m_counts->sizeHint().width());
}

void MainWindow::fillRecentMenu()
{
    m_ui->menuRecent->clear();
    m_startUi->recentList->clear();
    const QStringList files = m_recent->files();
    bool anyUnavailable = false;
    for (int i = 0; i < files.size(); ++i) {
        const QString &f = files[i];
        // Kept while not there (a share not mounted): choosing it tries again.
        const bool available = RecentFiles::isAvailable(f);
        anyUnavailable = anyUnavailable || !available;
        const QString name = available ? QFileInfo(f).fileName() : tr("%1 (unavailable)").arg(QFileInfo(f).fileName());
        QAction *a = m_ui->menuRecent->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        a->setToolTip(QDir::toNativeSeparators(f));
        connect(a, &QAction::triggered, this, [this, f] {
            if (m_files->maybeSave()) m_files->openFile(f);
        });
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(name, QDir::toNativeSeparators(QFileInfo(f).absolutePath())));
        item->setData(Qt::UserRole, f);
        if (!available) item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_startUi->recentList->addItem(item);
    }
    if (anyUnavailable) {
        m_ui->menuRecent->addSeparator();
        m_ui->menuRecent->addAction(tr("Remove &Unavailable Files"), m_recent, &RecentFiles::removeUnavailable);
    }
    m_ui->menuRecent->setEnabled(!files.isEmpty());
    m_startUi->recentList->setVisible(!files.isEmpty());
    m_startUi->recentLabel->setVisible(!files.isEmpty());
    if (!files.isEmpty()) m_startUi->recentList->setCurrentRow(0);
}

void MainWindow::undoOrRedo(bool undo)
{
    if (m_editor) m_editor->finishEditing();
    // What the status bar said was about the state being left ("Pasted 14 values").
    statusBar()->clearMessage();
    if (undo) m_document->undoStack()->undo();
    else m_document->undoStack()->redo();
}

void MainWindow::editCommand(EditCommand command)
{
    QWidget *w = focusWidget();
    if (auto *view = qobject_cast<ReportTableView *>(w)) {
        switch (command) {
        case EditCommand::Cut: view->copySelection(); view->blankSelection(); break;
        case EditCommand::Copy: view->copySelection(); break;
        case EditCommand::Paste: view->paste(); break;
        case EditCommand::Clear: view->blankSelection(); break;
        case EditCommand::Confirm: view->confirmSelection(); break;
        }
    } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
        switch (command) {
        case EditCommand::Cut: line->cut(); break;
        case EditCommand::Copy: line->copy(); break;
        case EditCommand::Paste: line->paste(); break;
        case EditCommand::Clear: line->del(); break;
        case EditCommand::Confirm: break;
        }
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
        switch (command) {
        case EditCommand::Cut: text->cut(); break;
        case EditCommand::Copy: text->copy(); break;
        case EditCommand::Paste: text->paste(); break;
        case EditCommand::Clear: text->textCursor().removeSelectedText(); break;
        case EditCommand::Confirm: break;
        }
    }
}

void MainWindow::fillTotals()
{
    if (!m_document->hasReport()) return;
    if (m_editor) m_editor->finishEditing();
    if (const QString done = FillTotals::run(this, m_document); !done.isEmpty()) showMessage(done);
}

void MainWindow::fillBlanks()
{
    if (!m_document->hasReport()) return;
    if (m_editor) m_editor->finishEditing();
    const int blanks = int(m_document->blankCells().size());
    if (blanks == 0) {
        showMessage(tr("No blank cells."));
        return;
    }
    if (!Dialogs::instance().confirm(this, tr("Fill blank cells"),
                                     tr("Write 0 into the %n blank cell(s)? Only do this when nothing happened in them.", nullptr, blanks)))
        return;
    m_document->fillBlanks(tr("Fill Blank Cells with 0"));
}

void MainWindow::setAutoTotals(bool on)
{
    QSettings().setValue(QStringLiteral("autoTotals"), on);
    if (!m_document->hasReport()) return;
    if (on && !m_document->derivedChanges(m_document->data().cells).isEmpty()) {
        const QList<int> replaced = m_document->disagreeingTotals();
        if (!replaced.isEmpty()
            && !Dialogs::instance().confirm(this, tr("Compute totals automatically"),
                                            tr("%n entered total(s) differ from the sum of their parts. Replace them with the computed totals?",
                                               nullptr, int(replaced.size())))) {
            const QSignalBlocker block(m_ui->actionAutoTotals);
            m_ui->actionAutoTotals->setChecked(false);
            QSettings().setValue(QStringLiteral("autoTotals"), false);
            return;
        }
        if (m_editor) m_editor->finishEditing();
        m_document->fillDerived(tr("Compute Totals"));
    }
    m_document->setAutoDerive(on);
    showMessage(on ? tr("Totals are computed as you type (shown in italics).") : tr("Totals are entered by hand."));
}

void MainWindow::nextFinding()
{
    if (!m_findings->selectNext()) showMessage(tr("No findings."));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    QSettings s;
    // restoreGeometry() also brings a remembered window back onto a smaller screen.
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) fitFirstStart();
    if (!restoreState(s.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({m_ui->findingsDock}, {fontMetrics().height() * 9}, Qt::Vertical);
    m_findingsWanted = s.value(QStringLiteral("window/findings"), true).toBool();
    const QSignalBlocker block(m_ui->actionAutoTotals);
    m_ui->actionAutoTotals->setChecked(s.value(QStringLiteral("autoTotals"), false).toBool());
    const QSignalBlocker blockBackup(m_ui->actionKeepBackup);
    m_ui->actionKeepBackup->setChecked(m_files->keepsBackup());
}

// The first start: as large as is comfortable, within the screen's free area (a 1366×768 laptop with a panel),
// leaving room for the title bar and the frame the window manager adds.
void MainWindow::fitFirstStart()
{
    const QRect free = screen()->availableGeometry();
    const int frameX = 16, frameY = 48;
    const QSize size(qMin(1280, free.width() - frameX), qMin(860, free.height() - frameY));
    resize(size.expandedTo(minimumSizeHint()).boundedTo(free.size() - QSize(frameX, frameY)));
    move(free.left() + (free.width() - width() - frameX) / 2, free.top() + (free.height() - height() - frameY) / 2);
}

void MainWindow::saveSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/findings"), m_findingsWanted);
}

} // namespace nianbao::gui
