// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The editor window: menus, the report editor (or the start page when no report is open), the findings panel
// and the status bar with the counts of errors and warnings.

#include <QMainWindow>

class QLabel;

namespace Ui {
class MainWindow;
class StartPage;
}

namespace nianbao {
class ReportDocument;
}

namespace nianbao::gui {

class FileController;
class FindingsPanel;
class LiveChecks;
class RecentFiles;
class ReportEditor;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportDocument *document() const { return m_document; }
    LiveChecks *checks() const { return m_checks; }
    FileController *files() const { return m_files; }
    ReportEditor *editor() const { return m_editor; }    // null while no report is open
    FindingsPanel *findingsPanel() const { return m_findings; }
    QLabel *countsLabel() const { return m_counts; }

    // Places for features built in their own modules (print, PDF/ODT/HTML export, text import). Actions added
    // here are enabled only while a report is open.
    QMenu *exportMenu() const;                              // File › Export
    void addPrintActions(const QList<QAction *> &actions);  // in File, above Close
    void addImportAction(QAction *action);                  // in File, below Open Recent

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpStartPage();
    void rebuildEditor();
    void updateTitle();
    void updateActions();
    void updateCounts();
    void fillRecentMenu();
    void undoOrRedo(bool undo);
    enum class EditCommand { Cut, Copy, Paste, Clear, Confirm };
    void editCommand(EditCommand command);
    void fillTotals();
    void fillBlanks();
    void setAutoTotals(bool on);
    void nextFinding();
    void showMessage(const QString &text);
    void restoreSettings();
    void fitFirstStart();
    void saveSettings();

    Ui::MainWindow *m_ui;
    Ui::StartPage *m_startUi;
    QWidget *m_startPage;
    ReportDocument *m_document;
    LiveChecks *m_checks;
    RecentFiles *m_recent;
    FileController *m_files;
    FindingsPanel *m_findings;
    ReportEditor *m_editor = nullptr;
    QLabel *m_counts;
    QAction *m_printSeparator = nullptr;
    QList<QAction *> m_documentActions; // enabled only with a report
    bool m_findingsWanted = true;       // the findings panel shows with a report unless the user closed it
};

} // namespace nianbao::gui
