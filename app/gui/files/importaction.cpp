// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/importaction.h"

#include "files/filecontroller.h"
#include "import/publishedimporter.h"
#include "import/reportimporter.h"
#include "model/reportdocument.h"
#include "tables/readingpicker.h"
#include "window/dialogs.h"
#include "window/mainwindow.h"
#include "window/notesdock.h"
#include "window/reporteditor.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>

namespace nianbao::gui {

ImportAction::ImportAction(MainWindow *window, ReadingPicker *picker)
    : QObject(window), m_window(window), m_picker(picker), m_action(new QAction(tr("&Import Text…"), this)),
      m_dock(new NotesDock(tr("Import Report"), window))
{
    m_action->setToolTip(tr("Read a published report (text, Word, web page or PDF) into a new, unsaved report"));
    m_dock->setObjectName(QStringLiteral("importDock"));
    m_dock->dockBesideFindings(window);
    connect(m_action, &QAction::triggered, this, &ImportAction::importText);
    // File › Open of a published report's text: the clerk agreed to import it.
    connect(window->files(), &FileController::importRequested, this, &ImportAction::importFile);
    connect(window->document(), &ReportDocument::contentChanged, this, &ImportAction::updateSummary);
    connect(window->document(), &ReportDocument::reset, this, [this] { m_summary.clear(); });
    connect(m_dock, &NotesDock::cellsRequested, this, [this](const QStringList &ids) {
        if (!m_window->editor() || !m_window->document()->hasReport()) return;
        QList<int> cells;
        for (const QString &id : ids)
            if (const int i = m_window->document()->format().cellIndex(id); i >= 0) cells << i;
        m_window->editor()->showCells(cells, true);
    });
}

bool ImportAction::importText()
{
    if (!m_window->files()->maybeSave()) return false;
    const QString path = Dialogs::instance().openFileName(m_window, tr("Import Report Text"), QDir::homePath(),
                                                          tr("Published reports (%1);;Word (*.docx *.doc *.wps);;Web pages (*.html *.htm);;PDF (*.pdf);;"
                                                             "Text files (*.txt);;All files (*)")
                                                              .arg(import::PublishedImporter::filePatterns().join(QLatin1Char(' '))));
    return !path.isEmpty() && importFile(path);
}

bool ImportAction::importFile(const QString &path)
{
    import::ReportImporter::Options options;
    options.sourceName = QFileInfo(path).fileName();
    const import::ImportResult result = import::ReportImporter::importFile(path, options);
    if (!result.report) {
        Dialogs::instance().warn(m_window, tr("Import Text"), result.error);
        return false;
    }
    m_window->files()->openImported(*result.report);
    m_picker->setGroups(result.ambiguities);

    QList<Note> notes;
    for (const import::ImportDecision &d : result.decisions)
        notes << Note{d.line, d.message, d.cells, d.needsReview};
    m_summary = tr("%1: imported as %2, %n decision(s).", nullptr, int(result.decisions.size()))
                    .arg(result.sourceName, result.report->format->id);
    m_dock->setNotes(m_summary, notes);
    updateSummary();
    return true;
}

void ImportAction::updateSummary()
{
    if (m_summary.isEmpty() || !m_window->document()->hasReport()) return;
    int unconfirmed = 0;
    for (const CellValue &c : m_window->document()->data().cells)
        if (c.state == CellValue::State::Unconfirmed) ++unconfirmed;
    QString summary = m_summary;
    if (unconfirmed > 0)
        summary += QLatin1Char(' ')
            + tr("%n cell(s) marked “?” need a reading chosen (Edit › Choose Reading) or confirmed.", nullptr, unconfirmed);
    if (m_dock->summaryLabel()->text() != summary) m_dock->summaryLabel()->setText(summary);
}

} // namespace nianbao::gui
