// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearly/lastyearactions.h"

#include "files/filecontroller.h"
#include "model/reportdocument.h"
#include "window/dialogs.h"
#include "window/mainwindow.h"
#include "window/notesdock.h"
#include "yearly/crossyear.h"
#include "yearly/lastyearlink.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

namespace nianbao::gui {

LastYearActions::LastYearActions(MainWindow *window)
    : QObject(window), m_window(window), m_newFromLastYear(new QAction(tr("New from &Last Year's Report…"), this)),
      m_link(new QAction(tr("Lin&k Last Year's Report…"), this)), m_dock(new NotesDock(tr("Started from Last Year"), window))
{
    m_newFromLastYear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newFromLastYear->setToolTip(tr("Start this year's report from last year's: organ, carried-over figures and last "
                                     "year's text as a draft"));
    m_link->setToolTip(tr("Choose last year's report, which the cross-year checks compare this report with"));
    m_dock->setObjectName(QStringLiteral("lastYearDock"));
    m_dock->dockBesideFindings(window);
    connect(m_newFromLastYear, &QAction::triggered, this, &LastYearActions::newFromLastYear);
    connect(m_link, &QAction::triggered, this, &LastYearActions::linkLastYear);
}

QString LastYearActions::askForLastYearFile(const QString &title) const
{
    const QString current = m_window->document()->filePath();
    const QString folder = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    return Dialogs::instance().openFileName(m_window, title, folder,
                                            tr("Reports (*.nianbao *.txt);;All files (*)"));
}

bool LastYearActions::newFromLastYear()
{
    if (!m_window->files()->maybeSave()) return false;
    const QString path = askForLastYearFile(tr("Last Year's Report"));
    return !path.isEmpty() && newFromLastYearFile(path);
}

bool LastYearActions::newFromLastYearFile(const QString &path)
{
    QString error;
    const std::optional<ReportData> last = loadAnyReport(path, &error);
    if (!last) {
        Dialogs::instance().warn(m_window, tr("New from Last Year's Report"), error);
        return false;
    }
    if (last->meta.year <= 0) {
        Dialogs::instance().warn(m_window, tr("New from Last Year's Report"),
                                 tr("%1: the report has no year; set it before starting the next one")
                                     .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    NewFromLastYear next = nianbao::newFromLastYear(*last);
    // Not saved anywhere yet: the link holds the absolute path until the clerk saves the new report.
    if (!LastYearLink::link(next.report, QString(), path, &error)) {
        Dialogs::instance().warn(m_window, tr("New from Last Year's Report"), error);
        return false;
    }
    m_window->files()->openImported(next.report);

    QList<Note> notes;
    for (const QString &text : std::as_const(next.notes)) notes << Note{0, text, {}, true};
    QString summary = tr("%1 report for %2, started from %3.")
                          .arg(next.report.meta.year)
                          .arg(next.report.meta.organ, QFileInfo(path).fileName());
    if (!next.report.draftSections.isEmpty())
        summary += QLatin1Char(' ')
            + tr("Last year's text is kept as a draft in %n section(s); rewrite it for this year.", nullptr,
                 int(next.report.draftSections.size()));
    m_dock->setNotes(summary, notes);
    return true;
}

bool LastYearActions::linkLastYear()
{
    ReportDocument *document = m_window->document();
    if (!document->hasReport()) return false;
    const QString path = askForLastYearFile(tr("Link Last Year's Report"));
    if (path.isEmpty()) return false;
    QString error;
    const std::optional<ReportData> last = loadAnyReport(path, &error);
    if (!last) {
        Dialogs::instance().warn(m_window, tr("Link Last Year's Report"), error);
        return false;
    }
    const int year = document->data().meta.year;
    if (year > 0 && last->meta.year != year - 1
        && !Dialogs::instance().confirm(m_window, tr("Link Last Year's Report"),
                                        tr("%1 is the report for %2, not for %3. Compare with it anyway?")
                                            .arg(QFileInfo(path).fileName())
                                            .arg(last->meta.year)
                                            .arg(year - 1)))
        return false;
    ReportData linked = document->data();
    // Absolute while open; written relative to the report's folder when saved (FileController).
    if (!LastYearLink::link(linked, QString(), path, &error)) {
        Dialogs::instance().warn(m_window, tr("Link Last Year's Report"), error);
        return false;
    }
    document->setMetadata(linked.meta, tr("last year's report"));
    return true;
}

} // namespace nianbao::gui
