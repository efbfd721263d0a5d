// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the editor does at start about the last run: offers the recovery files an unclean exit left (newest
// first), and notices a report whose opening crashed the editor so it is not reopened silently in a loop.
//
// Sensible handling of what is found:
//  - owned by a running editor (its lock is held): left alone, not offered, never removed;
//  - several for the same document (two editors had it open): each is offered, in its own window, since each
//    holds different typing; the clerk sees both times (recovered, saved) and decides;
//  - equal to the saved report: removed without asking, since nothing would be recovered;
//  - unreadable: renamed to `<name>.broken` and the clerk told where, so nothing is deleted unseen;
//  - declined: removed. Accepted: opened as the unsaved report, its recovery file adopted by the Autosaver.

#include "files/recoveryfile.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace nianbao {
class ReportDocument;
}

namespace nianbao::gui {

class Autosaver;

// Where a recovered report goes: a window's document and its autosaver.
struct RecoveryTarget {
    ReportDocument *document = nullptr;
    Autosaver *autosaver = nullptr;
    QWidget *window = nullptr;
};

class StartupRecovery
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::gui::StartupRecovery)
public:
    // Returns how many reports were recovered: the first into `first`, each further one into the target that
    // `another` makes (a new window). Without `another`, the further ones are offered at the next start.
    static int offer(const RecoveryTarget &first, const std::function<RecoveryTarget()> &another = {});
    // Returns true when a report was recovered into `document`.
    static bool offer(ReportDocument *document, Autosaver *autosaver, QWidget *window);

    // The newest recovery file of `documentPath` that no running editor owns (for a damaged report).
    struct Found {
        QString path;
        Recovery recovery;
    };
    static std::optional<Found> newestFor(const QString &documentPath);
    // Removes a recovery file whose report was taken into a window (which autosaves it under its own name).
    static void remove(const QString &recoveryPath);

    // The "currently opening" marker (QSettings): set before a report is read, cleared when it is shown.
    static void beginOpening(const QString &path);
    static void endOpening();
    // The file whose opening the last run did not survive (and clears the marker); empty when none.
    static QString takeCrashedOpening();
    // Whether to open `path` given on the command line: asks when the last run crashed opening it.
    static bool mayOpenAtStart(const QString &path, QWidget *window);
};

} // namespace nianbao::gui
