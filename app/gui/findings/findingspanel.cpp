// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/findingspanel.h"

#include "findings/livechecks.h"
#include "model/reportdocument.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStaticText>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace nianbao::gui {

// One item of the list as it should be; the tree is brought to it in place.
struct FindingNode {
    QString key;       // identifies the item across runs (group, table, or the finding's message)
    QString text;
    int finding = -1;  // index into LiveChecks::findings(), -1 for groups
    QStringList cells; // groups of blank cells: every cell of the group
    QColor colour;
    bool bold = false;
    bool expanded = true;
    QList<FindingNode> children;
};

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
constexpr int kKeyRole = Qt::UserRole + 2;
constexpr int kCellsRole = Qt::UserRole + 3;   // groups of blank cells: their cells

// Brings the children of `parent` (or the top level) to `nodes`, touching only what differs: a keystroke
// usually changes a number in one or two messages, and only those items are repainted.
void sync(QTreeWidget *tree, QTreeWidgetItem *parent, const QList<FindingNode> &nodes)
{
    auto childAt = [&](int i) { return parent ? parent->child(i) : tree->topLevelItem(i); };
    auto count = [&] { return parent ? parent->childCount() : tree->topLevelItemCount(); };
    for (int i = 0; i < nodes.size(); ++i) {
        const FindingNode &n = nodes[i];
        QTreeWidgetItem *item = childAt(i);
        if (!item || item->data(0, kKeyRole).toString() != n.key) {
            item = new QTreeWidgetItem;
            item->setData(0, kKeyRole, n.key);
            if (n.colour.isValid()) item->setForeground(0, n.colour);
            if (n.bold) {
                QFont bold = item->font(0);
                bold.setBold(true);
                item->setFont(0, bold);
            }
            if (parent) parent->insertChild(i, item);
            else tree->insertTopLevelItem(i, item);
            item->setExpanded(n.expanded);
        }
        if (item->text(0) != n.text) {
            item->setText(0, n.text);
            item->setToolTip(0, n.text);
        }
        item->setData(0, kFindingRole, n.finding);
        if (item->data(0, kCellsRole).toStringList() != n.cells) item->setData(0, kCellsRole, n.cells);
        sync(tree, item, n.children);
    }
    while (count() > nodes.size()) delete (parent ? parent->takeChild(count() - 1) : tree->takeTopLevelItem(count() - 1));
}
} // namespace

FindingsPanel::FindingsPanel(LiveChecks *checks, QWidget *parent)
    : QWidget(parent), m_checks(checks), m_filter(new QComboBox(this)), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    auto *show = new QLabel(tr("Sho&w:"), this);
    show->setBuddy(m_filter);
    bar->addWidget(show);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_tree);
    m_filter->addItem(tr("All findings"), int(Filter::All));
    m_filter->addItem(tr("Errors and warnings"), int(Filter::ErrorsAndWarnings));
    m_filter->addItem(tr("Errors only"), int(Filter::Errors));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new CachedTextDelegate(m_tree));
    m_tree->setAccessibleName(tr("Findings"));
    connect(checks, &LiveChecks::findingsChanged, this, &FindingsPanel::rebuild);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &FindingsPanel::rebuild);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FindingsPanel::onCurrentChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FindingsPanel::onActivated);
    rebuild();
}

// The section number of a table, and for a section of several tables (the blocks of 二) the block's caption.
QString FindingsPanel::partOfTable(const QString &tableId) const
{
    const ReportTemplate &format = m_checks->document()->format();
    const TableDef *table = format.table(tableId);
    const SectionDef *section = table ? format.section(table->sectionKey) : nullptr;
    if (!section) return tableId;
    if (section->tableIds.size() < 2 || table->cellIds.isEmpty()) return section->number;
    return section->number + QStringLiteral("·") + format.cell(table->cellIds.first())->caption;
}

QList<FindingNode> FindingsPanel::nodes() const
{
    const QList<Finding> &findings = m_checks->findings();
    const auto filter = Filter(m_filter->currentData().toInt());
    QList<FindingNode> out;
    auto group = [&](const QString &key, const QString &title, const QColor &colour, const QList<FindingNode> &children) {
        if (children.isEmpty()) return;
        out << FindingNode{key, QStringLiteral("%1 (%2)").arg(title).arg(children.size()), -1, {}, colour, true, true, children};
    };
    auto messages = [&](Severity severity) {
        QList<FindingNode> list;
        for (int i = 0; i < findings.size(); ++i)
            if (findings[i].severity == severity && !findings[i].blankCell)
                list << FindingNode{findings[i].message, findings[i].message, i, {}, {}, false, true, {}};
        return list;
    };
    group(QStringLiteral("errors"), tr("Errors"), QColor(0xb0, 0x00, 0x20), messages(Severity::Error));
    if (filter != Filter::Errors)
        group(QStringLiteral("warnings"), tr("Warnings"), QColor(0x8a, 0x5a, 0x00), messages(Severity::Warning));
    if (filter == Filter::All && m_checks->hasReport()) {
        // Blank cells, one item per table in the order of the report, each expandable to its cells.
        const ReportTemplate &format = m_checks->document()->format();
        QStringList tables;
        QHash<QString, QList<int>> blanksOf;
        for (int i = 0; i < findings.size(); ++i) {
            if (!findings[i].blankCell) continue;
            const int cell = findings[i].cells.isEmpty() ? -1 : format.cellIndex(findings[i].cells.first());
            const QString table = cell >= 0 ? format.cellAt(cell).tableId : QString();
            if (!blanksOf.contains(table)) tables << table;
            blanksOf[table] << i;
        }
        QList<FindingNode> parts;
        int total = 0;
        for (const QString &table : std::as_const(tables)) {
            FindingNode part{QStringLiteral("blank:") + table, QString(), -1, {}, {}, false, false, {}};
            for (int i : blanksOf.value(table)) {
                part.children << FindingNode{findings[i].message, findings[i].message, i, {}, {}, false, true, {}};
                part.cells += findings[i].cells;
            }
            part.text = tr("%1: %n cell(s) still blank", nullptr, int(part.children.size())).arg(partOfTable(table));
            total += int(part.children.size());
            parts << part;
        }
        if (!parts.isEmpty())
            out << FindingNode{QStringLiteral("blanks"), QStringLiteral("%1 (%2)").arg(tr("Not filled in")).arg(total), -1, {},
                               QColor(0x60, 0x60, 0x60), true, true, parts};
        group(QStringLiteral("notes"), tr("Notes"), QColor(0x30, 0x50, 0x80), messages(Severity::Info));
    }
    if (out.isEmpty() && m_checks->hasReport())
        out << FindingNode{QStringLiteral("none"),
                           findings.isEmpty() ? tr("No findings: every check passes.") : tr("No findings of this kind."),
                           -1, {}, {}, false, true, {}};
    return out;
}

void FindingsPanel::rebuild()
{
    m_rebuilding = true;
    sync(m_tree, nullptr, nodes());
    m_rebuilding = false;
}

std::optional<Finding> FindingsPanel::findingOf(const QTreeWidgetItem *item) const
{
    if (!item) return std::nullopt;
    const int i = item->data(0, kFindingRole).toInt();
    if (i >= 0 && i < m_checks->findings().size()) return m_checks->findings().at(i);
    const QStringList cells = item->data(0, kCellsRole).toStringList();
    if (cells.isEmpty()) return std::nullopt;
    Finding group; // a table's blank cells, all at once
    group.cells = cells;
    group.blankCell = true;
    return group;
}

void FindingsPanel::onCurrentChanged(QTreeWidgetItem *item)
{
    if (m_rebuilding) return;
    if (const auto f = findingOf(item)) emit findingSelected(*f, false);
}

void FindingsPanel::onActivated(QTreeWidgetItem *item)
{
    if (const auto f = findingOf(item)) emit findingSelected(*f, true);
}

bool FindingsPanel::selectNext()
{
    QList<QTreeWidgetItem *> items; // every finding, in the order shown
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kFindingRole).toInt() >= 0) items << *it;
    if (items.isEmpty()) return false;
    QTreeWidgetItem *current = m_tree->currentItem();
    int at = int(items.indexOf(current));
    if (at < 0 && current) {
        // On a group: the first finding after it.
        for (QTreeWidgetItemIterator it(current); *it && at < 0; ++it)
            if (const int k = int(items.indexOf(*it)); k >= 0) at = k - 1;
    }
    QTreeWidgetItem *next = items.at((at + 1) % items.size());
    for (QTreeWidgetItem *p = next->parent(); p; p = p->parent()) p->setExpanded(true);
    m_tree->setCurrentItem(next);
    emit m_tree->itemActivated(next, 0);
    return true;
}

} // namespace nianbao::gui
