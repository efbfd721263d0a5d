// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/findingspanel.h"

#include "findings/livechecks.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QStaticText>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao::gui {

namespace {

// Draws each message from a QStaticText laid out once: the panel is repainted at every keystroke that changes
// the findings, and shaping long Chinese messages anew each time would cost more than the checks themselves.
class CachedTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus
        const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
        const QString key = opt.font.key() + QLatin1Char('\n') + text;
        if (m_cache.size() > 1000) m_cache.clear();
        auto it = m_cache.find(key);
        if (it == m_cache.end()) {
            QStaticText st(text);
            st.setTextFormat(Qt::PlainText);
            st.prepare(QTransform(), opt.font);
            it = m_cache.insert(key, st);
        }
        painter->save();
        painter->setFont(opt.font);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setClipRect(r);
        painter->drawStaticText(r.left(), r.top() + (r.height() - int(it->size().height())) / 2, *it);
        painter->restore();
    }

private:
    mutable QHash<QString, QStaticText> m_cache;
};

constexpr int kFindingRole = Qt::UserRole + 1; // index into LiveChecks::findings(), -1 for group items
constexpr int kGroupRole = Qt::UserRole + 2;   // group items: their Severity as int; -1 for "no findings"
}

FindingsPanel::FindingsPanel(LiveChecks *checks, QWidget *parent) : QWidget(parent), m_checks(checks), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new CachedTextDelegate(m_tree));
    m_tree->setAccessibleName(tr("Findings"));
    connect(checks, &LiveChecks::findingsChanged, this, &FindingsPanel::rebuild);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FindingsPanel::onCurrentChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FindingsPanel::onActivated);
    rebuild();
}

// Updates the tree in place: a keystroke usually changes a number in one or two messages, and only those
// items are repainted (a CJK message costs text shaping at every paint).
void FindingsPanel::rebuild()
{
    m_rebuilding = true;
    const QList<Finding> &findings = m_checks->findings();
    const struct {
        Severity severity;
        QString title;
        QColor colour;
    } groups[] = {
        {Severity::Error, tr("Errors"), QColor(0xb0, 0x00, 0x20)},
        {Severity::Warning, tr("Warnings"), QColor(0x8a, 0x5a, 0x00)},
        {Severity::Info, tr("Notes"), QColor(0x30, 0x50, 0x80)},
    };
    int top = 0; // the next top-level position to fill
    for (const auto &g : groups) {
        QList<int> members;
        for (int i = 0; i < findings.size(); ++i)
            if (findings[i].severity == g.severity) members << i;
        if (members.isEmpty()) continue;
        QTreeWidgetItem *group = m_tree->topLevelItem(top);
        if (!group || group->data(0, kGroupRole).toInt() != int(g.severity)) {
            group = new QTreeWidgetItem;
            group->setData(0, kGroupRole, int(g.severity));
            group->setData(0, kFindingRole, -1);
            group->setForeground(0, g.colour);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            m_tree->insertTopLevelItem(top, group);
            group->setExpanded(true);
        }
        const QString title = QStringLiteral("%1 (%2)").arg(g.title).arg(members.size());
        if (group->text(0) != title) group->setText(0, title);
        for (int k = 0; k < members.size(); ++k) {
            QTreeWidgetItem *item = group->child(k);
            if (!item) {
                item = new QTreeWidgetItem;
                group->addChild(item);
            }
            const QString &message = findings[members[k]].message;
            if (item->text(0) != message) {
                item->setText(0, message);
                item->setToolTip(0, message);
            }
            item->setData(0, kFindingRole, members[k]);
        }
        while (group->childCount() > members.size()) delete group->takeChild(group->childCount() - 1);
        ++top;
    }
    if (top == 0 && m_checks->hasReport()) {
        QTreeWidgetItem *none = m_tree->topLevelItem(0);
        if (!none || none->data(0, kGroupRole).toInt() != -1 || none->childCount() > 0) {
            none = new QTreeWidgetItem(QStringList{tr("No findings: every check passes.")});
            none->setData(0, kGroupRole, -1);
            none->setData(0, kFindingRole, -1);
            m_tree->insertTopLevelItem(0, none);
        }
        top = 1;
    }
    while (m_tree->topLevelItemCount() > top) delete m_tree->takeTopLevelItem(m_tree->topLevelItemCount() - 1);
    m_rebuilding = false;
}

void FindingsPanel::onCurrentChanged(QTreeWidgetItem *item)
{
    if (m_rebuilding || !item) return;
    const int i = item->data(0, kFindingRole).toInt();
    if (i >= 0 && i < m_checks->findings().size()) emit findingSelected(m_checks->findings().at(i), false);
}

void FindingsPanel::onActivated(QTreeWidgetItem *item)
{
    const int i = item ? item->data(0, kFindingRole).toInt() : -1;
    if (i >= 0 && i < m_checks->findings().size()) emit findingSelected(m_checks->findings().at(i), true);
}

} // namespace nianbao::gui
