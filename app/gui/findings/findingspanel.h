// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings of the live checks, grouped by severity, in the template's Chinese messages. Moving through the
// list shows each finding's cells in the form (selected); Enter or a double click also puts the cursor there.

#include "model/finding.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace nianbao::gui {

class LiveChecks;

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(LiveChecks *checks, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

signals:
    // `focus`: the user activated the finding (Enter, double click) rather than just moving onto it.
    void findingSelected(const nianbao::Finding &finding, bool focus);

private:
    void rebuild();
    void onCurrentChanged(QTreeWidgetItem *item);
    void onActivated(QTreeWidgetItem *item);

    LiveChecks *m_checks;
    QTreeWidget *m_tree;
    bool m_rebuilding = false;
};

} // namespace nianbao::gui
