// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/reporttableview.h"

#include "tables/celldelegate.h"
#include "tables/cellinput.h"
#include "tables/reporttablemodel.h"
#include "window/dialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMimeData>
#include <QHash>
#include <QSet>

namespace nianbao::gui {

ReportTableView::ReportTableView(ReportTableModel *model, QWidget *parent)
    : QTableView(parent), m_model(model), m_delegate(new CellDelegate(model, this))
{
    setModel(model);
    setItemDelegate(m_delegate);
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(model->table().id);
    applySpans();
    fitToContents();
    connect(m_delegate, &CellDelegate::moveRequested, this, &ReportTableView::moveAfterEdit);
    connect(m_delegate, &CellDelegate::message, this, &ReportTableView::message);
}

void ReportTableView::applySpans()
{
    for (const GridEntry &e : m_model->table().entries)
        if (e.rowSpan > 1 || e.columnSpan > 1) setSpan(e.row, e.column, e.rowSpan, e.columnSpan);
}

// Column widths and row heights from the printed texts: values get room for nine digits, labels wrap.
void ReportTableView::fitToContents()
{
    const TableDef &table = m_model->table();
    const QFontMetrics fm = fontMetrics();
    const int em = fm.horizontalAdvance(QChar(0x4e00));
    const int padding = 12;
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("9999999")) + padding;
    QList<int> widths(table.columnCount, 3 * em);
    QList<bool> hasValues(table.columnCount, false);
    for (const GridEntry &e : table.entries)
        if (!e.cellId.isEmpty()) hasValues[e.column] = true;
    for (const GridEntry &e : table.entries) {
        if (e.columnSpan != 1) continue;
        int w = e.cellId.isEmpty() ? fm.horizontalAdvance(e.text) + padding : valueWidth;
        if (hasValues[e.column]) w = qMin(w, qMax(valueWidth, 4 * em + padding)); // a header over numbers wraps
        else if (e.rowSpan > 1) w = qMin(w, 4 * em + padding);            // a tall group label wraps
        else w = qMin(w, 18 * em);
        widths[e.column] = qMax(widths[e.column], w);
    }
    for (int c = 0; c < table.columnCount; ++c) setColumnWidth(c, widths[c]);

    const int lineHeight = fm.height() + 10;
    QList<int> heights(table.rowCount, lineHeight);
    auto needed = [&](const GridEntry &e) {
        int w = -padding;
        for (int c = e.column; c < e.column + e.columnSpan; ++c) w += widths[c];
        return fm.boundingRect(QRect(0, 0, qMax(w, em), 100000), Qt::TextWordWrap, e.text).height() + 10;
    };
    for (const GridEntry &e : table.entries)
        if (e.rowSpan == 1 && !e.text.isEmpty()) heights[e.row] = qMax(heights[e.row], needed(e));
    for (const GridEntry &e : table.entries) {
        if (e.rowSpan == 1 || e.text.isEmpty()) continue;
        int have = 0;
        for (int r = e.row; r < e.row + e.rowSpan; ++r) have += heights[r];
        if (const int need = needed(e); need > have) heights[e.row + e.rowSpan - 1] += need - have;
    }
    for (int r = 0; r < table.rowCount; ++r) setRowHeight(r, heights[r]);
    setFixedSize(sizeHint());
}

int ReportTableView::frozenRowCount() const
{
    int rows = 0;
    for (const GridEntry &e : m_model->table().entries)
        if (e.header) rows = qMax(rows, e.row + e.rowSpan);
    return rows;
}

int ReportTableView::frozenColumnCount() const
{
    int columns = m_model->table().columnCount;
    for (const GridEntry &e : m_model->table().entries)
        if (!e.cellId.isEmpty()) columns = qMin(columns, e.column);
    return columns;
}

QSize ReportTableView::sizeHint() const
{
    int w = 2 * frameWidth(), h = 2 * frameWidth();
    for (int c = 0; c < model()->columnCount(); ++c) w += columnWidth(c);
    for (int r = 0; r < model()->rowCount(); ++r) h += rowHeight(r);
    return QSize(w, h);
}

void ReportTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange) fitToContents();
}

QModelIndex ReportTableView::step(const QModelIndex &from, int dRow, int dColumn) const
{
    const GridEntry *e = m_model->entryAt(from.row(), from.column());
    if (!e) return QModelIndex();
    const TableDef &t = m_model->table();
    int row = dRow > 0 ? e->row + e->rowSpan : dRow < 0 ? e->row - 1 : from.row();
    int column = dColumn > 0 ? e->column + e->columnSpan : dColumn < 0 ? e->column - 1 : from.column();
    while (row >= 0 && row < t.rowCount && column >= 0 && column < t.columnCount) {
        const GridEntry *next = m_model->entryAt(row, column);
        if (!next->cellId.isEmpty()) return m_model->index(next->row, next->column);
        if (dRow > 0) row = next->row + next->rowSpan;
        else if (dRow < 0) row = next->row - 1;
        if (dColumn > 0) column = next->column + next->columnSpan;
        else if (dColumn < 0) column = next->column - 1;
    }
    return QModelIndex();
}

QModelIndex ReportTableView::firstCell() const
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (const auto cells = m_model->valueCellsInRow(r); !cells.isEmpty()) return cells.first();
    return QModelIndex();
}

QModelIndex ReportTableView::lastCell() const
{
    for (int r = m_model->rowCount() - 1; r >= 0; --r)
        if (const auto cells = m_model->valueCellsInRow(r); !cells.isEmpty()) return cells.last();
    return QModelIndex();
}

QModelIndex ReportTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (m_model->cellIndexAt(current) < 0) return firstCell();
    QModelIndex next;
    const bool ctrl = modifiers & Qt::ControlModifier;
    switch (action) {
    case MoveUp: next = step(current, -1, 0); break;
    case MoveDown: next = step(current, 1, 0); break;
    case MoveLeft: next = step(current, 0, -1); break;
    case MoveRight: next = step(current, 0, 1); break;
    case MoveNext:
        next = step(current, 0, 1);
        for (int r = current.row() + 1; !next.isValid() && r < m_model->rowCount(); ++r)
            if (const auto cells = m_model->valueCellsInRow(r); !cells.isEmpty()) next = cells.first();
        break;
    case MovePrevious:
        next = step(current, 0, -1);
        for (int r = current.row() - 1; !next.isValid() && r >= 0; --r)
            if (const auto cells = m_model->valueCellsInRow(r); !cells.isEmpty()) next = cells.last();
        break;
    case MoveHome:
        next = ctrl ? firstCell() : m_model->valueCellsInRow(current.row()).value(0);
        break;
    case MoveEnd:
        next = ctrl ? lastCell() : m_model->valueCellsInRow(current.row()).value(m_model->valueCellsInRow(current.row()).size() - 1);
        break;
    case MovePageUp:
    case MovePageDown:
        for (QModelIndex i = current; (i = step(i, action == MovePageUp ? -1 : 1, 0)).isValid();) next = i;
        break;
    }
    return next.isValid() ? next : current;
}

bool ReportTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (!QTableView::edit(index, trigger, event)) return false;
    if (CellEditor *editor = m_delegate->activeEditor()) {
        if (trigger == AnyKeyPressed) {
            editor->replacing = true;
        } else if (trigger == EditKeyPressed || trigger == DoubleClicked) {
            editor->deselect();
            editor->end(false);
        }
    }
    return true;
}

void ReportTableView::moveAfterEdit(CellMove move)
{
    static const QHash<CellMove, CursorAction> actions = {
        {CellMove::Up, MoveUp}, {CellMove::Down, MoveDown}, {CellMove::Left, MoveLeft},
        {CellMove::Right, MoveRight}, {CellMove::Next, MoveNext}, {CellMove::Previous, MovePrevious}};
    const CursorAction action = actions.value(move);
    const QModelIndex current = currentIndex();
    const QModelIndex next = moveCursor(action, Qt::NoModifier);
    if (next != current) {
        setCurrentIndex(next);
    } else if (action == MoveDown || action == MoveNext || action == MoveUp || action == MovePrevious) {
        emit leaveRequested(action == MoveDown || action == MoveNext, action == MoveNext || action == MovePrevious);
    }
}

bool ReportTableView::event(QEvent *event)
{
    // These keys are the table's own even when the window has actions with the same shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Paste) || key->matches(QKeySequence::Cut)
            || key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

void ReportTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
    } else if (event->matches(QKeySequence::Cut)) {
        copySelection();
        blankSelection();
    } else if (event->matches(QKeySequence::Paste)) {
        paste();
    } else if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        blankSelection();
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        moveAfterEdit(event->modifiers() & Qt::ShiftModifier ? CellMove::Up : CellMove::Down);
    } else if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) {
        moveAfterEdit(event->key() == Qt::Key_Tab ? CellMove::Next : CellMove::Previous);
    } else if (event->key() == Qt::Key_Down && event->modifiers() == Qt::NoModifier
               && moveCursor(MoveDown, Qt::NoModifier) == currentIndex()) {
        emit leaveRequested(true, false);
    } else if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier
               && moveCursor(MoveUp, Qt::NoModifier) == currentIndex()) {
        emit leaveRequested(false, false);
    } else {
        // Typing into a total that is computed live: say why nothing happens.
        if (!event->text().isEmpty() && event->text().at(0).isPrint() && m_model->cellIndexAt(currentIndex()) >= 0
            && !m_model->isEditable(currentIndex()))
            emit message(tr("This total is computed from the other cells (Edit › Compute Totals Automatically is on)."));
        QTableView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ReportTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    if (m_model->cellIndexAt(currentIndex()) < 0) setCurrentIndex(firstCell());
}

void ReportTableView::focusFirstCell()
{
    setCurrentIndex(firstCell());
    setFocus(Qt::OtherFocusReason);
}

void ReportTableView::focusLastCell()
{
    setCurrentIndex(lastCell());
    setFocus(Qt::OtherFocusReason);
}

bool ReportTableView::finishEditing()
{
    return m_delegate->finishEditing();
}

bool ReportTableView::selectCells(const QList<int> &cellIndexes)
{
    QItemSelection selection;
    QModelIndex first;
    for (int cell : cellIndexes) {
        const QModelIndex i = m_model->indexOfCell(cell);
        if (!i.isValid()) continue;
        if (!first.isValid()) first = i;
        selection.select(i, i);
    }
    if (!first.isValid()) return false;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return true;
}

// The selection as rows of value cells: one line per grid row, the value columns in between included (empty
// when not selected), so a rectangle copies as a rectangle.
void ReportTableView::copySelection()
{
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    QSet<QPair<int, int>> chosen;
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex &i : selected) {
        if (m_model->cellIndexAt(i) < 0) continue;
        chosen.insert({i.row(), i.column()});
        top = qMin(top, i.row());
        bottom = qMax(bottom, i.row());
        left = qMin(left, i.column());
        right = qMax(right, i.column());
    }
    if (chosen.isEmpty()) return;
    QList<QStringList> rows;
    for (int r = top; r <= bottom; ++r) {
        QStringList row;
        for (const QModelIndex &i : m_model->valueCellsInRow(r)) {
            if (i.column() < left || i.column() > right) continue;
            row << (chosen.contains({i.row(), i.column()}) ? m_model->editText(i) : QString());
        }
        if (!row.isEmpty()) rows << row;
    }
    QApplication::clipboard()->setText(toTsv(rows));
    emit message(tr("Copied %n cell(s)", nullptr, int(chosen.size())));
}

void ReportTableView::paste()
{
    finishEditing();
    const QList<QStringList> block = parseTsv(QApplication::clipboard()->text());
    if (block.isEmpty()) return;
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    ReportTableModel::PastePlan plan;
    if (block.size() == 1 && block.first().size() == 1 && selected.size() > 1) {
        // One value onto several cells: every selected cell gets it.
        for (const QModelIndex &i : selected) {
            const auto one = m_model->planPaste(i, block);
            plan.values += one.values;
            plan.problems += one.problems;
            plan.skippedComputed += one.skippedComputed;
            plan.skippedLabels += one.skippedLabels;
        }
    } else {
        QModelIndex start = currentIndex();
        for (const QModelIndex &i : selected)
            if (i.row() < start.row() || (i.row() == start.row() && i.column() < start.column())) start = i;
        if (m_model->cellIndexAt(start) < 0) return;
        plan = m_model->planPaste(start, block);
    }
    if (!plan.problems.isEmpty()) {
        plan.problems.removeDuplicates();
        Dialogs::instance().warn(this, tr("Nothing was pasted"),
                                 tr("These values do not fit their cells, so nothing was changed:\n\n%1")
                                     .arg(plan.problems.join(QLatin1Char('\n'))));
        emit message(tr("Nothing was pasted: %n value(s) do not fit", nullptr, int(plan.problems.size())));
        return;
    }
    m_model->document()->setCells(plan.values, tr("Paste"));
    // Show what was filled.
    QItemSelection filled;
    for (const auto &v : plan.values) {
        const QModelIndex i = m_model->indexOfCell(v.first);
        filled.select(i, i);
    }
    selectionModel()->select(filled, QItemSelectionModel::ClearAndSelect);
    QString text = tr("Pasted %n value(s)", nullptr, int(plan.values.size()));
    if (plan.skippedLabels > 0)
        text += QLatin1Char(' ') + tr("(the row labels pasted with %n row(s) were left out)", nullptr, plan.skippedLabels);
    if (plan.skippedComputed > 0)
        text += QLatin1Char(' ') + tr("(%n computed total(s) left as computed)", nullptr, plan.skippedComputed);
    emit message(text);
}

QList<int> ReportTableView::editableCellsInSelection() const
{
    const QModelIndexList selected = selectionModel()->selectedIndexes().isEmpty() ? QModelIndexList{currentIndex()}
                                                                                   : selectionModel()->selectedIndexes();
    QList<int> cells;
    for (const QModelIndex &i : selected) {
        const int cell = m_model->cellIndexAt(i);
        if (cell >= 0 && m_model->isEditable(i)) cells << cell;
    }
    return cells;
}

void ReportTableView::blankSelection()
{
    finishEditing();
    QList<QPair<int, CellValue>> values;
    for (const int cell : editableCellsInSelection())
        values << qMakePair(cell, cellValueOf(m_model->document()->format().cellAt(cell), ParsedValue{ParsedValue::Kind::Blank, {}, {}}));
    if (values.isEmpty()) return;
    m_model->document()->setCells(values, tr("Clear"));
}

} // namespace nianbao::gui

namespace nianbao::gui {

void ReportTableView::confirmSelection()
{
    finishEditing();
    QList<QPair<int, CellValue>> values;
    for (const int cell : editableCellsInSelection()) {
        const CellValue &v = m_model->document()->data().cells[cell];
        if (v.state == CellValue::State::Unconfirmed) values << qMakePair(cell, CellValue::of(v.value));
    }
    if (values.isEmpty()) {
        emit message(tr("No imported value to confirm here."));
        return;
    }
    m_model->document()->setCells(values, tr("Confirm Values"));
    emit message(tr("Confirmed %n value(s)", nullptr, int(values.size())));
}

} // namespace nianbao::gui
