// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/celldelegate.h"

#include "model/finding.h"
#include "tables/cellinput.h"
#include "tables/reporttablemodel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

namespace nianbao::gui {

namespace {

// Tints as on a proof-read printout: red for errors, amber for warnings; blank cells hatched.
const QColor kErrorTint(0xf8, 0xc9, 0xc4);
const QColor kWarningTint(0xfb, 0xe6, 0xa6);
const QColor kComputedTint(0xe3, 0xee, 0xfa);
const QColor kLabelBackground(0xf2, 0xf2, 0xf0);
const QColor kBlankHatch(0xc8, 0xc8, 0xc8);

} // namespace

CellEditor::CellEditor(QWidget *parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setFrame(false);
}

void CellEditor::setRefusal(const QString &message)
{
    if (message == m_refusal) return;
    m_refusal = message;
    QPalette p = palette();
    p.setColor(QPalette::Text, message.isEmpty() ? QApplication::palette().color(QPalette::Text) : QColor(0xb0, 0x00, 0x20));
    setPalette(p);
    setToolTip(message);
}

bool CellEditor::event(QEvent *event)
{
    // Undo and redo act on the whole document (the window's actions), not on this line's text.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void CellEditor::paintEvent(QPaintEvent *event)
{
    QLineEdit::paintEvent(event);
    // A money cell shows its unit while the text names none.
    if (m_unitHint.isEmpty() || text().endsWith(m_unitHint) || text().endsWith(QStringLiteral("元"))) return;
    QPainter p(this);
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QRect r = rect().adjusted(0, 0, -2, 0);
    p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, m_unitHint);
}

CellDelegate::CellDelegate(ReportTableModel *model, QObject *parent) : QStyledItemDelegate(parent), m_model(model)
{
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const int cell = m_model->cellIndexAt(index);
    if (cell < 0) return nullptr;
    auto *editor = new CellEditor(parent);
    const CellDef &def = m_model->document()->format().cellAt(cell);
    if (def.type == CellType::Money) {
        editor->setUnitHint(moneyUnitText(def.unit));
        editor->setTextMargins(0, 0, editor->fontMetrics().horizontalAdvance(moneyUnitText(def.unit)) + 4, 0);
    }
    m_editor = editor;
    m_index = index;
    m_session = m_model->document()->newEditSession();
    m_originalText.clear();
    connect(editor, &QLineEdit::textEdited, this, &CellDelegate::onTextEdited);
    return editor;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // Only once: the editor itself writes every keystroke to the document, and the view would otherwise put the
    // normalised value back into the text being typed.
    auto *e = qobject_cast<CellEditor *>(editor);
    if (!e || e->property("initialised").toBool()) return;
    e->setProperty("initialised", true);
    m_originalText = m_model->editText(index);
    e->setText(m_originalText);
}

void CellDelegate::setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const
{
    // Nothing to do: the value is already in the document.
}

void CellDelegate::onTextEdited(const QString &text)
{
    auto *editor = qobject_cast<CellEditor *>(sender());
    const int cell = m_model->cellIndexAt(m_index);
    if (!editor || cell < 0) return;
    const CellDef &def = m_model->document()->format().cellAt(cell);
    const ParsedValue parsed = parseForCell(def, text);
    if (parsed.kind == ParsedValue::Kind::Invalid) {
        editor->setRefusal(parsed.error);
        emit message(tr("Not accepted: “%1” (%2)").arg(text, parsed.error));
        if (editor->isVisible()) QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), parsed.error, editor);
        return;
    }
    editor->setRefusal(QString());
    QToolTip::hideText();
    m_model->document()->setCell(cell, cellValueOf(def, parsed), m_session);
}

// Ends the edit. `keep`: leave the last valid value in the document; otherwise go back to the value the edit
// started from. An invalid text is never kept.
bool CellDelegate::close(bool keep)
{
    CellEditor *editor = m_editor;
    if (!editor) return false;
    const int cell = m_model->cellIndexAt(m_index);
    const bool refused = !editor->refusal().isEmpty();
    if ((!keep || refused) && cell >= 0) {
        const CellDef &def = m_model->document()->format().cellAt(cell);
        m_model->document()->setCell(cell, cellValueOf(def, parseForCell(def, m_originalText)), m_session);
        if (refused && keep)
            emit message(tr("Not accepted: “%1” in %2 (%3); the cell keeps %4")
                             .arg(editor->text(), m_model->document()->format().cellLabel(def.id), editor->refusal(),
                                  m_originalText.isEmpty() ? tr("blank") : m_originalText));
    }
    m_editor = nullptr;
    QToolTip::hideText();
    emit closeEditor(editor, QAbstractItemDelegate::NoHint);
    return true;
}

bool CellDelegate::finishEditing()
{
    return close(true);
}

bool CellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<CellEditor *>(object);
    if (!editor || editor != m_editor) return QStyledItemDelegate::eventFilter(object, event);
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        CellMove move = CellMove::Down;
        switch (key->key()) {
        case Qt::Key_Escape:
            close(false);
            return true;
        case Qt::Key_Enter:
        case Qt::Key_Return: move = shift ? CellMove::Up : CellMove::Down; break;
        case Qt::Key_Tab: move = CellMove::Next; break;
        case Qt::Key_Backtab: move = CellMove::Previous; break;
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Left:
        case Qt::Key_Right:
            if (!editor->replacing) return QStyledItemDelegate::eventFilter(object, event);
            move = key->key() == Qt::Key_Up     ? CellMove::Up
                 : key->key() == Qt::Key_Down   ? CellMove::Down
                 : key->key() == Qt::Key_Left   ? CellMove::Left
                                                : CellMove::Right;
            break;
        default: return QStyledItemDelegate::eventFilter(object, event);
        }
        if (!editor->refusal().isEmpty()) {
            // Refused text stays in the editor until corrected (or Escape): nothing is stored or lost silently.
            emit message(tr("Not accepted: “%1” (%2). Correct it or press Esc.").arg(editor->text(), editor->refusal()));
            return true;
        }
        close(true);
        emit moveRequested(move);
        return true;
    }
    if (event->type() == QEvent::FocusOut) {
        // Clicking elsewhere ends the edit; a popup (the tooltip, an input method) does not.
        if (QApplication::activePopupWidget() || static_cast<QFocusEvent *>(event)->reason() == Qt::PopupFocusReason)
            return false;
        close(true);
        return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    if (index.data(ReportTableModel::HeaderRole).toBool()) {
        // Labels are not selectable and so "disabled" for the view; they must still read as normal text.
        opt.state |= QStyle::State_Enabled;
        opt.palette.setCurrentColorGroup(QPalette::Active);
        painter->fillRect(opt.rect, kLabelBackground);
        opt.backgroundBrush = Qt::NoBrush;
    } else if (!selected) {
        const int severity = index.data(ReportTableModel::SeverityRole).toInt();
        QColor background = opt.palette.color(QPalette::Base);
        if (severity == int(Severity::Error)) background = kErrorTint;
        else if (severity == int(Severity::Warning)) background = kWarningTint;
        else if (index.data(ReportTableModel::ComputedRole).toBool()) background = kComputedTint;
        painter->fillRect(opt.rect, background);
        if (index.data(ReportTableModel::BlankRole).toBool()) painter->fillRect(opt.rect, QBrush(kBlankHatch, Qt::BDiagPattern));
        opt.backgroundBrush = Qt::NoBrush;
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

} // namespace nianbao::gui
