// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File › Consolidate… (汇总): reads the reports of a folder or of chosen files (and optionally the list of units
// that must report), shows them in the consolidation window, and makes the roll-up a new unsaved report linked to
// its children; reading them again after a child changed updates the open roll-up as one undo step.

#include "consolidation/consolidation.h"

#include <QHash>
#include <QObject>
#include <optional>

class QAction;

namespace nianbao::gui {

class ConsolidationDock;
class MainWindow;

class ConsolidateAction : public QObject
{
    Q_OBJECT
public:
    explicit ConsolidateAction(MainWindow *window);

    QAction *action() const { return m_action; }
    ConsolidationDock *dock() const { return m_dock; }
    bool consolidate();                               // asks for the reports
    void consolidateFiles(const QStringList &paths);  // files and folders
    bool chooseUnits();
    bool createRollUp();
    bool updateRollUp();

private:
    bool chooseSources();
    void read();
    void compare(); // the open report against the sum
    // The open report, when it is a parent of these children: their format and year, and not one of them.
    bool openReportIsParent() const;
    bool openReportIsRollUp() const;
    bool canSum() const;
    void openChild(const QString &path);

    MainWindow *m_window;
    QAction *m_action;
    ConsolidationDock *m_dock;
    QStringList m_sources;             // as chosen: files and folders (a folder is listed again on each reading)
    std::optional<UnitList> m_units;
    Consolidation m_current;
    QHash<QString, QString> m_generatedProse; // the roll-up's own note as last written: replaced only while untouched
};

} // namespace nianbao::gui
