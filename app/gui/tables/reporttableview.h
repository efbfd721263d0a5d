// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A printed table on screen: spans as printed, no Qt headers, sized to show every row. The cursor moves over
// value cells only (Tab right, Enter down, arrows); typing replaces a cell, F2 edits it in place; Delete blanks
// the selection; Ctrl+C copies and Ctrl+V pastes tab-separated blocks (Excel, WPS) as one undo step.

#include "tables/celldelegate.h"

#include <QTableView>

namespace nianbao::gui {

class ReportTableModel;

class ReportTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ReportTableView(ReportTableModel *model, QWidget *parent = nullptr);

    ReportTableModel *reportModel() const { return m_model; }
    CellDelegate *cellDelegate() const { return m_delegate; }

    // Selects every one of these report cells that is in this table; the first becomes current.
    bool selectCells(const QList<int> &cellIndexes);
    void focusFirstCell();
    void focusLastCell();
    bool finishEditing();

    void copySelection();
    void paste();
    void blankSelection();
    // Imported values nobody has confirmed yet (shown with “?”) become plain values, as one undo step.
    void confirmSelection();

    // The header rows at the top and the label columns at the left, which stay in sight while the page scrolls.
    int frozenRowCount() const;
    int frozenColumnCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void message(const QString &text);
    // The cursor tried to leave the table (Tab after the last cell, Down from the last row …): the page moves
    // focus to the neighbouring table. `forward` is true for Tab, Enter and Down; `tab` for Tab and Shift+Tab.
    void leaveRequested(bool forward, bool tab);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The editable cells of the selection, or of the current cell when nothing is selected.
    QList<int> editableCellsInSelection() const;
    void applySpans();
    void fitToContents();
    void moveAfterEdit(CellMove move);
    QModelIndex step(const QModelIndex &from, int dRow, int dColumn) const;
    QModelIndex firstCell() const;
    QModelIndex lastCell() const;

    ReportTableModel *m_model;
    CellDelegate *m_delegate;
};

} // namespace nianbao::gui
