// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cleaned text of an import with its line structure (same lines as the original file, so every offset has
// the line number a clerk sees in an editor) and a canonical view for finding labels: whitespace dropped,
// half/full-width forms and the interchangeable punctuation of published reports unified.

#include <QList>
#include <QString>

namespace nianbao::import {

// A range of the text, [start, end) as offsets into SourceText::text().
struct Span {
    int start = -1;
    int end = -1;
    bool valid() const { return start >= 0; }
    int length() const { return end - start; }
};

class SourceText
{
public:
    explicit SourceText(QString text);

    const QString &text() const { return m_text; }
    int size() const { return int(m_text.size()); }
    QString slice(int start, int end) const { return m_text.mid(start, end - start); }
    QString slice(const Span &s) const { return slice(s.start, s.end); }

    int lineCount() const { return int(m_lineStarts.size()); }
    int lineOf(int offset) const;      // 1-based line number of an offset
    int lineStart(int line) const;     // offset of the first character of a 1-based line
    int lineEnd(int line) const;       // offset of its "\n" (or the end of the text)
    QString lineText(int line) const { return slice(lineStart(line), lineEnd(line)); }

    // Canonical view: canon()[i] stands for text()[canonToText(i)].
    const QString &canon() const { return m_canon; }
    int canonIndexAtOrAfter(int textOffset) const;
    int canonToText(int canonIndex) const { return m_canonToText[canonIndex]; }
    // The text span of the canonical range [from, to).
    Span textSpan(int canonFrom, int canonTo) const;

    // The canonical form of any string (labels are compared in this form); an empty QChar means "dropped".
    static QString canonical(const QString &s);
    static QChar canonicalChar(QChar c);

private:
    QString m_text;
    QList<int> m_lineStarts;
    QString m_canon;
    QList<int> m_canonToText;
    QList<int> m_textToCanon; // first canonical index at or after each text offset (size()+1 entries)
};

} // namespace nianbao::import
