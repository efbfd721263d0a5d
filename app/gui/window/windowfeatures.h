// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plugs the features built in their own modules into the editor window: print and export, text import with
// the choice of readings, the figures sentence and starting from last year's report. Made by the window itself, so every
// window (and every GUI test) has them.

#include <QObject>

class QAction;

namespace nianbao::gui {

class ConsolidateAction;
class ImportAction;
class LastYearActions;
class MainWindow;
class PrintActions;
class ReadingPicker;
class ReportTableView;

class WindowFeatures : public QObject
{
    Q_OBJECT
public:
    explicit WindowFeatures(MainWindow *window);

    PrintActions *print() const { return m_print; }
    ImportAction *importer() const { return m_import; }
    ReadingPicker *readings() const { return m_picker; }
    LastYearActions *lastYear() const { return m_lastYear; }
    ConsolidateAction *consolidation() const { return m_consolidate; }

private:
    void setUpPrint();
    void setUpEditActions();
    void chooseReading();
    void insertFiguresSentence();
    void onReset();
    void addReadingMenu(const QList<ReportTableView *> &views);

    MainWindow *m_window;
    PrintActions *m_print = nullptr;
    ReadingPicker *m_picker = nullptr;
    ImportAction *m_import = nullptr;
    LastYearActions *m_lastYear = nullptr;
    ConsolidateAction *m_consolidate = nullptr;
    QList<QAction *> m_reportActions; // enabled only with a report
};

} // namespace nianbao::gui
