// SPDX-License-Identifier: GPL-3.0-or-later
#include "prose/proseeditor.h"

#include "model/reportdocument.h"
#include "window/dialogs.h"
#include "render/reportflow.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>

namespace nianbao::gui {

void ProseHighlighter::highlightBlock(const QString &text)
{
    const int level = proseHeadingLevel(text);
    if (level == 0) return;
    // Heading levels as the printed 公文 distinguishes them (黑体, 楷体, then body face): weight and colour here.
    QTextCharFormat f;
    switch (level) {
    case 1:
        f.setFontWeight(QFont::Bold);
        f.setForeground(QColor(0x10, 0x30, 0x60));
        break;
    case 2:
        f.setFontWeight(QFont::DemiBold);
        f.setForeground(QColor(0x1c, 0x4a, 0x80));
        break;
    default:
        f.setForeground(QColor(0x2a, 0x5a, 0x8a));
        break;
    }
    // 一、 and （一） headings as the printed page shows them (a run-in heading up to its 。 or ：, the rest of the
    // line body text), only the number for 1. and （1）, which usually start a paragraph.
    if (level <= 2) {
        setFormat(0, ReportFlow::headingLength(text, level), f);
    } else {
        const int end = text.indexOf(QRegularExpression(QStringLiteral("[.．、）)]"))) + 1;
        setFormat(0, end > 0 ? end : int(text.size()), f);
    }
}

ProseEditor::ProseEditor(ReportDocument *document, const QString &key, QWidget *parent)
    : QPlainTextEdit(parent), m_document(document), m_key(key)
{
    // The document's undo stack is the only one: Ctrl+Z undoes the report, not just this box.
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    setAccessibleName(key);
    new ProseHighlighter(QPlainTextEdit::document());
    reload();
    connect(this, &QPlainTextEdit::textChanged, this, &ProseEditor::onTextChanged);
    connect(document, &ReportDocument::proseChanged, this, &ProseEditor::onProseChanged);
}

void ProseEditor::setCompact(bool compact)
{
    m_compact = compact;
    setSizePolicy(QSizePolicy::Expanding, compact ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    if (compact) {
        const auto fit = [this] {
            const int lines = qBound(2, int(QPlainTextEdit::document()->size().height()) + 1, 12);
            setFixedHeight(lines * fontMetrics().lineSpacing() + 2 * frameWidth() + 8);
        };
        connect(QPlainTextEdit::document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, fit);
        fit();
    }
}

QSize ProseEditor::sizeHint() const
{
    const QSize base = QPlainTextEdit::sizeHint();
    return m_compact ? QSize(base.width(), height()) : QSize(base.width(), 20 * fontMetrics().lineSpacing());
}

void ProseEditor::selectText(int start, int length)
{
    const int size = int(toPlainText().size());
    QTextCursor c = textCursor();
    c.setPosition(qBound(0, start, size));
    c.setPosition(qBound(0, start + length, size), QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

void ProseEditor::reload()
{
    const QString text = m_document->hasReport() ? m_document->data().text(m_key) : QString();
    if (text == toPlainText()) return;
    m_loading = true;
    // Keep the cursor where it was (undo of a few characters should not jump to the top).
    const int position = textCursor().position();
    setPlainText(text);
    QTextCursor c = textCursor();
    c.setPosition(qMin(position, int(text.size())));
    setTextCursor(c);
    m_loading = false;
}

void ProseEditor::onTextChanged()
{
    if (m_loading) return;
    if (const qsizetype length = QPlainTextEdit::document()->characterCount() - 1; length > ReportData::kMaxProseLength) {
        reload(); // the paste or keystroke is not taken: the text stays as the document has it
        Dialogs::instance().warn(this, tr("Text too long"),
                                 tr("One text of a report may hold at most %1 characters; with this change it would hold %2. "
                                    "Nothing was changed: shorten the text or split it.")
                                     .arg(ReportData::kMaxProseLength).arg(length));
        return;
    }
    if (m_session == 0) m_session = m_document->newEditSession();
    m_document->setProse(m_key, toPlainText(), m_session);
}

void ProseEditor::onProseChanged(const QString &key)
{
    if (key != m_key) return;
    reload();
    // After an undo the next keystroke starts a new step.
    if (!hasFocus() || m_document->undoStack()->index() != m_document->undoStack()->count()) m_session = 0;
}

bool ProseEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void ProseEditor::keyPressEvent(QKeyEvent *event)
{
    // A new paragraph starts a new undo step.
    QPlainTextEdit::keyPressEvent(event);
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) m_session = 0;
}

void ProseEditor::focusInEvent(QFocusEvent *event)
{
    m_session = 0;
    QPlainTextEdit::focusInEvent(event);
}

void ProseEditor::insertFromMimeData(const QMimeData *source)
{
    // Only the text: Word's formatting, images and tables are dropped; line separators become paragraphs.
    QString text = source->text();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QChar(0x2028), QLatin1Char('\n'));
    text.replace(QChar(0x2029), QLatin1Char('\n'));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar(0x00a0), QLatin1Char(' '));
    m_session = 0;
    textCursor().insertText(text);
    m_session = 0;
}

} // namespace nianbao::gui
