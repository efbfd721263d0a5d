// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/frozenpanes.h"

#include "tables/celldelegate.h"
#include "tables/reporttablemodel.h"
#include "tables/reporttableview.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>

namespace nianbao::gui {

namespace {
constexpr int kMargin = 4; // between a revealed cell and the edge of what shows
}

FrozenPanes::FrozenPanes(QScrollArea *area, ReportTableView *table)
    : QObject(table), m_area(area), m_table(table)
{
    syncSizes();
    for (QScrollBar *bar : {area->verticalScrollBar(), area->horizontalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, this, &FrozenPanes::place);
    area->viewport()->installEventFilter(this);
    table->installEventFilter(this);
    // The cursor moved by the keyboard: keep its cell in sight (the table itself never scrolls, the page does).
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_table->hasFocus() && current.isValid()) reveal(m_table->visualRect(current));
    });
}

QTableView *FrozenPanes::makePane()
{
    auto *pane = new QTableView(m_area->viewport());
    pane->setModel(m_table->model());
    pane->setItemDelegate(new CellDelegate(m_table->reportModel(), pane));
    pane->horizontalHeader()->hide();
    pane->verticalHeader()->hide();
    pane->setWordWrap(true);
    pane->setFocusPolicy(Qt::NoFocus);
    pane->setSelectionMode(QAbstractItemView::NoSelection);
    pane->setEditTriggers(QAbstractItemView::NoEditTriggers);
    pane->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    pane->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const GridEntry &e : m_table->reportModel()->table().entries)
        if (e.rowSpan > 1 || e.columnSpan > 1) pane->setSpan(e.row, e.column, e.rowSpan, e.columnSpan);
    pane->hide();
    return pane;
}

void FrozenPanes::syncSizes(QTableView *pane)
{
    pane->setFont(m_table->font());
    for (int c = 0; c < m_table->model()->columnCount(); ++c) pane->setColumnWidth(c, m_table->columnWidth(c));
    for (int r = 0; r < m_table->model()->rowCount(); ++r) pane->setRowHeight(r, m_table->rowHeight(r));
}

void FrozenPanes::syncSizes()
{
    for (QTableView *pane : {m_labels, m_header, m_corner})
        if (pane) syncSizes(pane);
    place();
}

// Places a pane, made when it first has to show.
void FrozenPanes::placePane(QTableView *&pane, bool visible, const QRect &geometry, const char *accessibleName)
{
    if (!pane && !visible) return;
    if (!pane) {
        pane = makePane();
        if (accessibleName) pane->setAccessibleName(tr(accessibleName));
        syncSizes(pane);
    }
    pane->setGeometry(geometry);
    pane->setVisible(visible);
}

int FrozenPanes::headerHeight() const
{
    int h = m_table->frameWidth();
    for (int r = 0; r < m_table->frozenRowCount(); ++r) h += m_table->rowHeight(r);
    return h;
}

int FrozenPanes::labelWidth() const
{
    int w = m_table->frameWidth();
    for (int c = 0; c < m_table->frozenColumnCount(); ++c) w += m_table->columnWidth(c);
    return w;
}

void FrozenPanes::place()
{
    QWidget *viewport = m_area->viewport();
    if (!m_table->isVisibleTo(viewport)) {
        for (QTableView *pane : {m_labels, m_header, m_corner})
            if (pane) pane->hide();
        return;
    }
    const QRect table(m_table->mapTo(viewport, QPoint(0, 0)), m_table->size());
    const int frame = m_table->frameWidth();
    const int headerH = headerHeight(), labelW = labelWidth();
    // Frozen only while the table's own header (labels) is scrolled out and some of its body still shows.
    const bool top = m_table->frozenRowCount() > 0 && table.top() < 0 && table.bottom() > headerH;
    const bool left = m_table->frozenColumnCount() > 0 && table.left() < 0 && table.right() > labelW;
    placePane(m_labels, left, QRect(0, table.top(), labelW + frame, table.height()), QT_TR_NOOP("Row labels"));
    placePane(m_header, top, QRect(table.left(), 0, table.width(), headerH + frame), QT_TR_NOOP("Column headers"));
    placePane(m_corner, top && left, QRect(0, 0, labelW + frame, headerH + frame), nullptr);
    for (QTableView *pane : {m_labels, m_header, m_corner})
        if (pane) pane->raise();
}

void FrozenPanes::reveal(const QRect &rectInTable)
{
    QWidget *content = m_area->widget();
    if (!content || !rectInTable.isValid()) return;
    const QRect r(m_table->viewport()->mapTo(content, rectInTable.topLeft()), rectInTable.size());
    auto scroll = [](QScrollBar *bar, int first, int last, int frozen, int visible) {
        int value = bar->value();
        if (last + kMargin > value + visible) value = last + kMargin - visible;
        if (first - frozen - kMargin < value) value = first - frozen - kMargin; // the start wins
        bar->setValue(value);
    };
    scroll(m_area->verticalScrollBar(), r.top(), r.bottom(), headerHeight(), m_area->viewport()->height());
    scroll(m_area->horizontalScrollBar(), r.left(), r.right(), labelWidth(), m_area->viewport()->width());
}

bool FrozenPanes::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
        if (watched == m_table) syncSizes();
        else place();
        break;
    case QEvent::FocusIn:
        if (watched == m_table && m_table->currentIndex().isValid()) reveal(m_table->visualRect(m_table->currentIndex()));
        break;
    case QEvent::Move:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::LayoutRequest:
        place();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nianbao::gui
