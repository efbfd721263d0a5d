// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/reporteditor.h"

#include "findings/livechecks.h"
#include "metadata/metadataform.h"
#include "model/reportdocument.h"
#include "prose/proseeditor.h"
#include "tables/celldelegate.h"
#include "tables/frozenpanes.h"
#include "tables/reporttablemodel.h"
#include "tables/reporttableview.h"
#include "yearly/draftbanner.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao::gui {

namespace {
constexpr int kPartRole = Qt::UserRole + 1;
constexpr int kTableRole = Qt::UserRole + 2;
constexpr int kIdleBuildDelayMs = 50;

QLabel *headingLabel(const QString &text)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    label->setFont(f);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ReportEditor::ReportEditor(ReportDocument *document, LiveChecks *checks, QWidget *parent)
    : QWidget(parent), m_document(document), m_checks(checks), m_navigation(new QTreeWidget), m_pages(new QStackedWidget)
{
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_navigation->setHeaderHidden(true);
    m_navigation->setAccessibleName(tr("Parts of the report"));
    // Wide enough for the longest heading (二、主动公开政府信息情况 …), within reason.
    int widest = 0;
    for (const SectionDef &s : document->format().sections) widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(s.heading));
    m_navigation->setMinimumWidth(qMin(widest + 2 * m_navigation->indentation() + 16, fontMetrics().horizontalAdvance(QChar(0x4e00)) * 22));
    m_navigation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    splitter->setSizes({m_navigation->minimumWidth(), 900});
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &ReportEditor::onNavigationChanged);
    connect(m_navigation, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString table = item->data(0, kTableRole).toString();
        if (!table.isEmpty()) showTable(table, true);
        else focusPage(item->data(0, kPartRole).toString());
    });
    build();
}

void ReportEditor::build()
{
    const ReportTemplate &format = m_document->format();
    const QJsonObject names = format.phrases.value(QStringLiteral("sectionNames")).toObject();
    m_metadata = new MetadataForm(m_document);
    connect(m_metadata, &MetadataForm::message, this, &ReportEditor::message);
    addPart(metadataPart(), tr("Report information"), page(QString(), m_metadata, true));
    const QString preamble = names.value(QStringLiteral("preamble")).toString(tr("Preamble"));
    addPart(QStringLiteral("preamble"), preamble, prosePage(QStringLiteral("preamble"), preamble));
    for (const SectionDef &s : format.sections) {
        QWidget *p = nullptr;
        if (s.kind == SectionKind::Prose) {
            p = prosePage(s.key, s.heading);
        } else {
            p = new QWidget; // a stand-in until the page is needed or the editor is idle
            m_unbuiltTables.insert(s.key, s.tableIds);
        }
        addPart(s.key, s.heading, p);
        if (s.tableIds.size() < 2) continue;
        // The blocks of 二, each under its caption (the item of the 条例 it reports on).
        for (const QString &tableId : s.tableIds) {
            const TableDef *t = format.table(tableId);
            const CellDef *first = t && !t->cellIds.isEmpty() ? format.cell(t->cellIds.first()) : nullptr;
            auto *item = new QTreeWidgetItem(m_itemOf.value(s.key), QStringList{first ? first->caption : tableId});
            item->setData(0, kPartRole, s.key);
            item->setData(0, kTableRole, tableId);
            m_itemOf.insert(tableId, item);
        }
        m_itemOf.value(s.key)->setExpanded(true);
    }
    m_navigation->setCurrentItem(m_itemOf.value(metadataPart()));
    // After the report has shown (its first paint comes before a timer this far off), one page per turn of the
    // event loop, so that typing is never held up for more than one page.
    if (!m_unbuiltTables.isEmpty()) QTimer::singleShot(kIdleBuildDelayMs, this, &ReportEditor::buildNextTablesPage);
}

void ReportEditor::buildNextTablesPage()
{
    for (const SectionDef &s : m_document->format().sections) {
        if (!m_unbuiltTables.contains(s.key)) continue;
        buildTablesPage(s.key);
        break;
    }
    if (!m_unbuiltTables.isEmpty()) QTimer::singleShot(0, this, &ReportEditor::buildNextTablesPage);
}

void ReportEditor::buildTablesPage(const QString &key)
{
    const auto it = m_unbuiltTables.constFind(key);
    if (it == m_unbuiltTables.cend()) return;
    const QStringList tableIds = *it;
    m_unbuiltTables.erase(it);
    const SectionDef *section = m_document->format().section(key);
    QWidget *standIn = m_pageOf.value(key);
    QWidget *built = tablesPage(key, section ? section->heading : QString(), tableIds);
    const bool shown = m_pages->currentWidget() == standIn;
    m_pages->insertWidget(m_pages->indexOf(standIn), built);
    if (shown) m_pages->setCurrentWidget(built);
    m_pages->removeWidget(standIn);
    delete standIn;
    m_pageOf.insert(key, built);
    QList<ReportTableView *> views;
    for (const QString &id : tableIds) views << m_tables.value(id);
    emit tableViewsBuilt(views);
}

void ReportEditor::addPart(const QString &key, const QString &title, QWidget *pageWidget)
{
    auto *item = new QTreeWidgetItem(m_navigation, QStringList{title});
    item->setData(0, kPartRole, key);
    m_itemOf.insert(key, item);
    m_pageOf.insert(key, pageWidget);
    m_partOrder << key;
    m_pages->addWidget(pageWidget);
}

QWidget *ReportEditor::page(const QString &heading, QWidget *content, bool scroll)
{
    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    if (!heading.isEmpty()) layout->addWidget(headingLabel(heading));
    layout->addWidget(content, scroll ? 0 : 1);
    if (scroll) layout->addStretch(1);
    if (!scroll) return inner;
    auto *area = new QScrollArea;
    area->setWidget(inner);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QWidget *ReportEditor::prosePage(const QString &key, const QString &heading)
{
    auto *editor = new ProseEditor(m_document, key);
    m_prose.insert(key, editor);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new DraftBanner(m_document, m_checks, key));
    layout->addWidget(editor, 1);
    return page(heading, content, false);
}

QWidget *ReportEditor::tablesPage(const QString &key, const QString &heading, const QStringList &tableIds)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *noteLabel = new QLabel(tr("Text before the table (optional), e.g. a sentence on the year's figures:"));
    noteLabel->setWordWrap(true);
    layout->addWidget(noteLabel);
    auto *note = new ProseEditor(m_document, key);
    note->setCompact(true);
    noteLabel->setBuddy(note);
    m_prose.insert(key, note);
    layout->addWidget(note);
    QList<ReportTableView *> views;
    for (const QString &tableId : tableIds) {
        const TableDef *table = m_document->format().table(tableId);
        auto *view = new ReportTableView(new ReportTableModel(m_document, m_checks, *table, this));
        view->model()->setParent(view);
        connect(view, &ReportTableView::message, this, &ReportEditor::message);
        m_tables.insert(tableId, view);
        layout->addSpacing(fontMetrics().height() / 2);
        layout->addWidget(view, 0, Qt::AlignLeft);
        views << view;
    }
    // Leaving a table at its end goes on to the next block (二), at its start back to the previous one.
    for (int i = 0; i < views.size(); ++i) {
        connect(views[i], &ReportTableView::leaveRequested, this, [views, note, i](bool forward, bool tab) {
            if (forward && i + 1 < views.size()) views[i + 1]->focusFirstCell();
            else if (!forward && i > 0) views[i - 1]->focusLastCell();
            else if (!forward && tab) note->setFocus(Qt::BacktabFocusReason); // Shift+Tab reaches the note
        });
    }
    QWidget *p = page(heading, content, true);
    auto *area = qobject_cast<QScrollArea *>(p);
    m_scrollOf.insert(key, area);
    for (int i = 0; i < views.size(); ++i) m_frozen.insert(tableIds.at(i), new FrozenPanes(area, views[i]));
    return p;
}

QList<ReportTableView *> ReportEditor::tableViews()
{
    while (!m_unbuiltTables.isEmpty()) buildTablesPage(m_unbuiltTables.cbegin().key());
    return m_tables.values();
}

ReportTableView *ReportEditor::tableView(const QString &tableId)
{
    buildTablesPage(sectionOfTable(tableId));
    return m_tables.value(tableId);
}

ProseEditor *ReportEditor::proseEditor(const QString &key)
{
    buildTablesPage(key); // the note above a section's tables
    return m_prose.value(key);
}

FrozenPanes *ReportEditor::frozenPanes(const QString &tableId)
{
    buildTablesPage(sectionOfTable(tableId));
    return m_frozen.value(tableId);
}

QString ReportEditor::currentPart() const
{
    const QTreeWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(0, kPartRole).toString() : QString();
}

void ReportEditor::onNavigationChanged(QTreeWidgetItem *item)
{
    if (!item) return;
    const QString key = item->data(0, kPartRole).toString();
    buildTablesPage(key);
    if (QWidget *p = m_pageOf.value(key)) m_pages->setCurrentWidget(p);
    const QString table = item->data(0, kTableRole).toString();
    if (!table.isEmpty()) {
        if (QScrollArea *area = m_scrollOf.value(key); area && m_tables.value(table))
            area->ensureWidgetVisible(m_tables.value(table), 0, fontMetrics().height() * 2);
    }
}

void ReportEditor::showPart(const QString &key, bool focus)
{
    if (QTreeWidgetItem *item = m_itemOf.value(key); item && m_pageOf.contains(key)) {
        m_navigation->setCurrentItem(item);
        if (focus) focusPage(key);
    }
}

void ReportEditor::showTable(const QString &tableId, bool focus)
{
    ReportTableView *view = tableView(tableId);
    if (!view) return;
    m_navigation->setCurrentItem(m_itemOf.value(tableId, m_itemOf.value(sectionOfTable(tableId))));
    if (QScrollArea *area = m_scrollOf.value(sectionOfTable(tableId))) {
        // A table taller than the page (三 on a laptop) shows from its top, not from wherever it ends up.
        const QPoint top = view->mapTo(area->widget(), QPoint(0, 0));
        if (view->height() > area->viewport()->height()) area->verticalScrollBar()->setValue(top.y());
        else area->ensureWidgetVisible(view, 0, 0);
    }
    if (focus) view->focusFirstCell();
}

void ReportEditor::focusPage(const QString &key)
{
    if (key == metadataPart()) {
        m_metadata->focusFirstField();
        return;
    }
    const SectionDef *s = m_document->format().section(key);
    if (s && s->kind == SectionKind::Tables && !s->tableIds.isEmpty()) {
        showTable(s->tableIds.first(), true);
    } else if (ProseEditor *e = proseEditor(key)) {
        e->setFocus(Qt::OtherFocusReason);
    }
}

void ReportEditor::stepPart(int delta)
{
    const int i = int(m_partOrder.indexOf(currentPart())) + delta;
    if (i < 0 || i >= m_partOrder.size()) return;
    showPart(m_partOrder.at(i), true);
}

QString ReportEditor::sectionOfTable(const QString &tableId) const
{
    const TableDef *t = m_document->format().table(tableId);
    return t ? t->sectionKey : QString();
}

bool ReportEditor::showCells(const QList<int> &cellIndexes, bool focus)
{
    if (cellIndexes.isEmpty()) return false;
    const QString tableId = m_document->format().cellAt(cellIndexes.first()).tableId;
    ReportTableView *view = tableView(tableId);
    if (!view) return false;
    showTable(tableId, false);
    // Exactly these cells: nothing else stays selected, in this table or another one.
    for (ReportTableView *other : std::as_const(m_tables))
        if (other != view && !other->selectCells(cellIndexes)) other->clearSelection();
    view->selectCells(cellIndexes);
    QRect shown;
    for (int cell : cellIndexes)
        if (const QModelIndex i = view->reportModel()->indexOfCell(cell); i.isValid()) shown |= view->visualRect(i);
    if (FrozenPanes *frozen = m_frozen.value(tableId)) frozen->reveal(shown);
    if (focus) view->setFocus(Qt::OtherFocusReason);
    return true;
}

void ReportEditor::showFinding(const Finding &finding, bool focus)
{
    if (ProseEditor *prose = proseEditor(finding.section); prose && finding.textStart >= 0) {
        showPart(finding.section, false);
        if (QScrollArea *area = m_scrollOf.value(finding.section)) area->ensureWidgetVisible(prose);
        prose->selectText(int(finding.textStart), int(finding.textLength));
        if (focus) prose->setFocus(Qt::OtherFocusReason);
        return;
    }
    QList<int> cells;
    for (const QString &id : finding.cells)
        if (const int i = m_document->format().cellIndex(id); i >= 0) cells << i;
    if (showCells(cells, focus)) return;
    if (finding.section == metadataPart() || finding.section.isEmpty()) showPart(metadataPart(), focus);
    else showPart(finding.section, focus);
}

void ReportEditor::finishEditing()
{
    for (ReportTableView *v : std::as_const(m_tables)) v->finishEditing();
}

} // namespace nianbao::gui
