// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File › Import Text…: reads a published report text with the importer, opens the result unsaved and lists
// every decision of the import (with its source line) in a dock. Unconfirmed cells keep their readings for the
// ReadingPicker.

#include <QObject>

class QAction;

namespace nianbao::gui {

class MainWindow;
class NotesDock;
class ReadingPicker;

class ImportAction : public QObject
{
    Q_OBJECT
public:
    ImportAction(MainWindow *window, ReadingPicker *picker);

    QAction *action() const { return m_action; }
    NotesDock *dock() const { return m_dock; }
    bool importText();                       // asks for the file
    bool importFile(const QString &path);

private:
    // The summary above the notes, with the count of cells still marked “?” as the clerk confirms them.
    void updateSummary();

    MainWindow *m_window;
    QString m_summary; // what the import decided; empty when the open report is not an import
    ReadingPicker *m_picker;
    QAction *m_action;
    NotesDock *m_dock;
};

} // namespace nianbao::gui
