// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/consolidateaction.h"

#include "consolidation/consolidationdock.h"
#include "consolidation/rollupupdate.h"
#include "files/filecontroller.h"
#include "model/reportdocument.h"
#include "window/dialogs.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

namespace nianbao::gui {

namespace {

QString startFolder()
{
    return QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
}

} // namespace

ConsolidateAction::ConsolidateAction(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(tr("Co&nsolidate…"), this)), m_dock(new ConsolidationDock(window))
{
    m_action->setObjectName(QStringLiteral("actionConsolidate"));
    m_action->setToolTip(tr("汇总: add up the reports of departments and townships into a roll-up, and compare a parent "
                            "report with their sum"));
    connect(m_action, &QAction::triggered, this, &ConsolidateAction::consolidate);
    connect(m_dock, &ConsolidationDock::unitsRequested, this, &ConsolidateAction::chooseUnits);
    connect(m_dock, &ConsolidationDock::rereadRequested, this, &ConsolidateAction::read);
    connect(m_dock, &ConsolidationDock::createRequested, this, &ConsolidateAction::createRollUp);
    connect(m_dock, &ConsolidationDock::updateRequested, this, &ConsolidateAction::updateRollUp);
    connect(m_dock, &ConsolidationDock::childActivated, this, &ConsolidateAction::openChild);
    // The comparison follows the open report as it is edited, undone or replaced.
    connect(window->document(), &ReportDocument::contentChanged, this, &ConsolidateAction::compare);
    connect(window->document(), &ReportDocument::reset, this, [this] { m_generatedProse.clear(); });
}

bool ConsolidateAction::consolidate()
{
    if (!chooseSources()) return false;
    m_units.reset(); // a list belongs to one set of reports
    read();
    return true;
}

void ConsolidateAction::consolidateFiles(const QStringList &paths)
{
    m_sources = paths;
    m_units.reset();
    read();
}

bool ConsolidateAction::chooseSources()
{
    const bool rollUp = openReportIsRollUp();
    QStringList ways;
    if (rollUp) ways << tr("The Roll-up's &Children");
    ways << tr("A &Folder…") << tr("&Files…");
    const int chosen = Dialogs::instance().choose(m_window, tr("Consolidate"),
                                                  tr("Which reports are to be added up? A folder stands for the reports in it "
                                                     "(.nianbao files and published texts)."),
                                                  ways);
    if (chosen < 0) return false;
    const int way = rollUp ? chosen : chosen + 1;
    if (way == 0) {
        m_sources = Consolidation::linkedChildren(m_window->document()->data(), m_window->document()->filePath());
        return true;
    }
    if (way == 1) {
        const QString folder = Dialogs::instance().folderName(m_window, tr("Folder of the Reports"), startFolder());
        if (folder.isEmpty()) return false;
        m_sources = {folder};
        return true;
    }
    const QStringList files = Dialogs::instance().openFileNames(m_window, tr("Reports to Add Up"), startFolder(),
                                                                tr("Reports (*.nianbao *.txt);;All files (*)"));
    if (files.isEmpty()) return false;
    m_sources = files;
    return true;
}

bool ConsolidateAction::chooseUnits()
{
    const QString path = Dialogs::instance().openFileName(m_window, tr("Units That Must Report"), startFolder(),
                                                          tr("Units lists (*.csv);;All files (*)"));
    if (path.isEmpty()) return false;
    QString error;
    std::optional<UnitList> units = UnitList::load(path, &error);
    if (!units) {
        Dialogs::instance().warn(m_window, tr("Units List"), error);
        return false;
    }
    m_units = std::move(units);
    read();
    return true;
}

void ConsolidateAction::read()
{
    if (m_sources.isEmpty()) return;
    m_current = Consolidation::run(Consolidation::expandFolders(m_sources), m_units ? &*m_units : nullptr);
    m_dock->showChildren(m_current);
    compare();
    m_dock->present();
}

void ConsolidateAction::compare()
{
    if (m_sources.isEmpty()) return;
    const bool parent = openReportIsParent();
    QList<CellComparison> cells;
    if (m_current.canSum())
        cells = compareWithSums(parent ? m_window->document()->data() : ReportData::create(m_current.format), m_current.sums);
    m_dock->showComparison(m_current, cells, parent ? m_window->document()->data().meta.organ : QString());
    m_dock->setButtons(canSum(), canSum() && openReportIsRollUp());
}

bool ConsolidateAction::canSum() const
{
    // As `nianbao consolidate`: nothing is summed from a mixed or incomplete set.
    return m_current.canSum() && m_current.set.unreadable.isEmpty();
}

bool ConsolidateAction::openReportIsParent() const
{
    const ReportDocument *doc = m_window->document();
    if (!doc->hasReport() || !m_current.canSum() || doc->format().id != m_current.format->id || doc->data().meta.year != m_current.year)
        return false;
    const QString open = QFileInfo(doc->filePath()).absoluteFilePath();
    for (const ChildReport &child : m_current.set.children)
        if (!doc->filePath().isEmpty() && QFileInfo(child.path).absoluteFilePath() == open) return false;
    return true;
}

bool ConsolidateAction::openReportIsRollUp() const
{
    return m_window->document()->hasReport() && !m_window->document()->data().meta.consolidatedFrom.isEmpty();
}

bool ConsolidateAction::createRollUp()
{
    if (!canSum()) return false;
    const QString organ = m_dock->organ();
    if (organ.isEmpty()) {
        Dialogs::instance().warn(m_window, tr("Create Roll-up"), tr("Type the name of the organ whose roll-up this is first."));
        m_dock->askForOrgan();
        return false;
    }
    if (!m_window->files()->maybeSave()) return false;
    const ReportData rollUp = m_current.rollUp(organ);
    m_window->files()->openImported(rollUp); // unsaved, like an import: closing offers to save it
    m_generatedProse = rollUp.prose;
    m_window->statusBar()->showMessage(tr("Roll-up of %n report(s) created; save it to keep it.", nullptr, int(m_current.set.children.size())), 10000);
    return true;
}

bool ConsolidateAction::updateRollUp()
{
    if (!openReportIsRollUp()) return false;
    // The roll-up's own children: those the window shows only when they are the ones it was made of (then a folder
    // chosen is listed again, and a report added to it since is read too).
    const QStringList linked = Consolidation::linkedChildren(m_window->document()->data(), m_window->document()->filePath());
    QStringList shown;
    for (const ChildReport &child : std::as_const(m_current.set.children)) shown << QFileInfo(child.path).absoluteFilePath();
    if (shown != linked) m_sources = linked;
    read();
    if (!canSum() || !openReportIsParent()) {
        Dialogs::instance().warn(m_window, tr("Update Roll-up"),
                                 tr("The children cannot be added up into the open report (see the consolidation window)."));
        return false;
    }
    ReportDocument *doc = m_window->document();
    const ReportData fresh = m_current.rollUp(doc->data().meta.organ);
    const RollUpUpdate update = RollUpUpdate::between(doc->data(), fresh, m_generatedProse);
    if (update.isEmpty()) {
        m_window->statusBar()->showMessage(tr("The roll-up already is the sum of its children."), 10000);
        return true;
    }
    update.apply(doc, tr("Update Roll-up"));
    for (const QString &key : update.prose.keys()) m_generatedProse.insert(key, update.prose.value(key));
    m_window->statusBar()->showMessage(tr("Roll-up updated: %n cell(s) changed.", nullptr, int(update.cells.size())), 10000);
    return true;
}

void ConsolidateAction::openChild(const QString &path)
{
    if (!m_window->files()->maybeSave()) return;
    m_window->files()->openFile(path);
}

} // namespace nianbao::gui
