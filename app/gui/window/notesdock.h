// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A dock listing what an operation decided or could not do (the import report, what a new report could not
// carry over from last year): one row per note with its source line, so the clerk can review them while
// editing. Activating a row that names cells shows them in the editor.

#include <QDockWidget>
#include <QStringList>

class QLabel;
class QMainWindow;
class QTreeWidget;

namespace nianbao::gui {

struct Note {
    int line = 0;        // source line, 0: none
    QString text;
    QStringList cells;   // cell ids the note concerns
    bool needsReview = false;
};

class NotesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit NotesDock(const QString &title, QWidget *parent = nullptr);

    // Docks it in `window` as a tab beside the findings (a narrow column beside them cuts the summary short).
    void dockBesideFindings(QMainWindow *window);
    // Shows the dock in front of its tab group.
    void setNotes(const QString &summary, const QList<Note> &notes);
    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void cellsRequested(const QStringList &cellIds);

private:
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace nianbao::gui
