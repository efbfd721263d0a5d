// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The yearly cycle in the editor: File › New from Last Year's Report… (this year's report started from last
// year's, opened unsaved, with what could not be carried over listed in a dock) and File › Link Last Year's
// Report… (the report the cross-year checks XY-… compare with; an undoable change of the report's metadata).

#include <QObject>

class QAction;

namespace nianbao::gui {

class MainWindow;
class NotesDock;

class LastYearActions : public QObject
{
    Q_OBJECT
public:
    explicit LastYearActions(MainWindow *window);

    QAction *newFromLastYearAction() const { return m_newFromLastYear; }
    QAction *linkAction() const { return m_link; }
    NotesDock *dock() const { return m_dock; }

    bool newFromLastYear();                       // asks for last year's file
    bool newFromLastYearFile(const QString &path);
    bool linkLastYear();                          // asks for last year's file

private:
    QString askForLastYearFile(const QString &title) const;

    MainWindow *m_window;
    QAction *m_newFromLastYear;
    QAction *m_link;
    NotesDock *m_dock;
};

} // namespace nianbao::gui
