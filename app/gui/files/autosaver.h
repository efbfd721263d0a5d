// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes the document's unsaved changes to a recovery file at most `interval` after the first unsaved edit.
// A throttle, not a debounce: the timer starts at the first edit and further edits do not postpone it, so
// continuous typing is saved every interval. The report is serialized on the GUI thread (well under a
// millisecond for a real report) and written on a worker thread, so a slow disk never blocks typing. A save, a
// close or a normal exit removes the recovery file. Each editor writes its own recovery file (the first name for
// the document that no running editor holds and no unrecovered file uses), and a QLockFile beside it says that a
// running editor owns it: another editor never writes, offers or removes it.

#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <memory>

namespace nianbao {
class ReportDocument;
}

namespace nianbao::gui {

class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 2000;

    explicit Autosaver(ReportDocument *document, QObject *parent = nullptr, int intervalMs = kIntervalMs);
    ~Autosaver() override; // a normal exit: removes the recovery file

    // Takes over a recovery file found at start (the recovered report is written there from now on).
    void adopt(const QString &recoveryPath);
    QString recoveryPath() const { return m_path; }
    // Writes now (after a recovery, the report is unsaved but no edit has happened yet).
    void writeNow();
    // Waits until every queued write or removal is done (tests, exit).
    void waitForWrites();

private:
    void onContentChanged();
    void discard();
    void claim(const QString &path);
    void claimFreeName();

    ReportDocument *m_document;
    QTimer m_timer;
    QThreadPool m_writer; // one thread: writes and removals happen in the order asked
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace nianbao::gui
