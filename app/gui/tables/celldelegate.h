// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints value cells (finding tints, blank cells hatched so they differ from 0, computed totals) and edits them.
// The editor writes to the document on every keystroke: all keystrokes in one cell are one edit session, so
// they merge into one undo step. Text that is not a value for the cell is refused at once with a message and
// never stored.

#include <QAbstractItemView>
#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStyledItemDelegate>

namespace nianbao::gui {

class ReportTableModel;

// Where the cursor goes after an edit ends with Enter, Tab or an arrow key.
enum class CellMove { Up, Down, Left, Right, Next, Previous };

class CellEditor : public QLineEdit
{
    Q_OBJECT
public:
    explicit CellEditor(QWidget *parent = nullptr);
    void setUnitHint(const QString &unit) { m_unitHint = unit; }
    void setRefusal(const QString &message); // empty: the text is a valid value
    QString refusal() const { return m_refusal; }
    // Opened by typing over the cell: the arrow keys leave the cell (as in a spreadsheet). Opened with F2 or a
    // double click they move the text cursor.
    bool replacing = false;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_unitHint;
    QString m_refusal;
};

class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CellDelegate(ReportTableModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    CellEditor *activeEditor() const { return m_editor; }
    // Ends the open edit: keeps a valid value, reverts an invalid one (saying so). False when there was none.
    bool finishEditing();

signals:
    // After an edit ended with Enter, Tab or an arrow key: where the cursor goes next.
    void moveRequested(nianbao::gui::CellMove move);
    // A short message for the status bar: a refused value, for example.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    bool close(bool keep);

    ReportTableModel *m_model;
    // One editor at a time: the session it writes under and the value to go back to on Escape.
    mutable QPointer<CellEditor> m_editor;
    mutable QPersistentModelIndex m_index;
    mutable int m_session = 0;
    mutable QString m_originalText;
};

} // namespace nianbao::gui
