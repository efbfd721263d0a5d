// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A prose text of the report (preamble, 一, 五, 六, the notes of 二 三 四) as plain text: pasting from Word keeps
// the text and drops the formatting; the 公文 heading levels (一、 （一） 1. （1）) are shown as headings. Each
// keystroke is written to the document; typing within one paragraph is one undo step.

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

namespace nianbao {
class ReportDocument;
}

namespace nianbao::gui {

class ProseHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override;
};

class ProseEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    ProseEditor(ReportDocument *document, const QString &key, QWidget *parent = nullptr);
    QString key() const { return m_key; }
    // Shrinks to its text (for the short notes above the tables) instead of filling the page.
    void setCompact(bool compact);
    QSize sizeHint() const override;
    // Selects this part of the text (the sentence a finding is about) and scrolls it into view.
    void selectText(int start, int length);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void onTextChanged();
    void onProseChanged(const QString &key);
    void reload();

    ReportDocument *m_document;
    QString m_key;
    int m_session = 0;
    bool m_loading = false;
    bool m_compact = false;
};

} // namespace nianbao::gui
