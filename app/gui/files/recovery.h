// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the editor does at start about the last run: offers the recovery files an unclean exit left (newest
// first, one per document), and notices a report whose opening crashed the editor so it is not reopened
// silently in a loop.
//
// Sensible handling of what is found:
//  - owned by a running editor (its lock is held): left alone, not offered;
//  - several for the same document: the newest is offered, the older ones removed;
//  - stale (the document was saved after the recovery file was written) or equal to the saved report: removed
//    without asking, since nothing would be recovered;
//  - unreadable: renamed to `<name>.broken` and the clerk told where, so nothing is deleted unseen;
//  - declined: removed. Accepted: opened as the unsaved report, its recovery file adopted by the Autosaver.

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace nianbao {
class ReportDocument;
}

namespace nianbao::gui {

class Autosaver;

class StartupRecovery
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::gui::StartupRecovery)
public:
    // Returns true when a report was recovered into `document`.
    static bool offer(ReportDocument *document, Autosaver *autosaver, QWidget *window);

    // The "currently opening" marker (QSettings): set before a report is read, cleared when it is shown.
    static void beginOpening(const QString &path);
    static void endOpening();
    // The file whose opening the last run did not survive (and clears the marker); empty when none.
    static QString takeCrashedOpening();
    // Whether to open `path` given on the command line: asks when the last run crashed opening it.
    static bool mayOpenAtStart(const QString &path, QWidget *window);
};

} // namespace nianbao::gui
