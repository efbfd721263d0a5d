// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The consolidation (汇总) window: the children with their findings (and the missing units), the parent against
// the sum of the children with the differences highlighted, and the buttons that make or update the roll-up.
// It shows; ConsolidateAction decides.

#include "consolidation/consolidation.h"

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QMainWindow;
class QPushButton;
class QTreeWidget;

namespace nianbao::gui {

class ConsolidationDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ConsolidationDock(QMainWindow *window);

    // After each reading: the children, and who is missing or twice.
    void showChildren(const Consolidation &c);
    // After each reading and each change of the open report: `cells` compare it with the sum; `parent` names it
    // (empty: no parent is open, the table shows the sum only).
    void showComparison(const Consolidation &c, const QList<CellComparison> &cells, const QString &parent);
    // Shows the window in front of its tab group, high enough to read.
    void present();
    void setButtons(bool canCreate, bool canUpdate);
    QString organ() const;
    void askForOrgan();

    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *childrenTree() const { return m_children; }
    QTreeWidget *cellsTree() const { return m_cells; }

signals:
    void unitsRequested();
    void rereadRequested();
    void createRequested();
    void updateRequested();
    void childActivated(const QString &path);

private:
    void showCells(const Consolidation &c, const QList<CellComparison> &cells, bool hasParent);

    QLabel *m_summary;
    QString m_childSummary;
    QTreeWidget *m_children;
    QLabel *m_parent;
    QTreeWidget *m_cells;
    QLineEdit *m_organ;
    QPushButton *m_create;
    QPushButton *m_update;
};

} // namespace nianbao::gui
