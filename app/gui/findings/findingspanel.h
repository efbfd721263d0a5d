// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings of the live checks, in the template's Chinese messages: errors first, then the warnings that need
// a decision, then the cells not filled in yet (one item per table, expandable to its cells), then notes. A
// filter shows errors only, errors and warnings, or everything. Moving through the list shows each finding's
// cells in the form (selected); Enter or a double click also puts the cursor there.

#include "model/finding.h"

#include <QWidget>

class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace nianbao::gui {

class LiveChecks;
struct FindingNode;

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Filter { All, ErrorsAndWarnings, Errors };

    explicit FindingsPanel(LiveChecks *checks, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }
    QComboBox *filterBox() const { return m_filter; }

    // F8: the next finding after the current one (wrapping around), entering a group of blank cells when it
    // comes to one. False when the list has none.
    bool selectNext();

signals:
    // `focus`: the user activated the finding (Enter, double click) rather than just moving onto it.
    void findingSelected(const nianbao::Finding &finding, bool focus);

private:
    void rebuild();
    QList<FindingNode> nodes() const;
    QString partOfTable(const QString &tableId) const;
    void onCurrentChanged(QTreeWidgetItem *item);
    void onActivated(QTreeWidgetItem *item);
    std::optional<Finding> findingOf(const QTreeWidgetItem *item) const;

    LiveChecks *m_checks;
    QComboBox *m_filter;
    QTreeWidget *m_tree;
    bool m_rebuilding = false;
};

} // namespace nianbao::gui
