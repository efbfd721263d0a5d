// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tablelayout.h"

namespace nianbao::import {

namespace {

bool hasValue(const QList<ValueToken> &tokens)
{
    for (const ValueToken &t : tokens)
        if (t.kind == ValueToken::Kind::Run || t.kind == ValueToken::Kind::Blank) return true;
    return false;
}

void appendWithLine(QList<ValueToken> &out, QList<ValueToken> tokens, int line, bool keepEmpty, int end)
{
    for (ValueToken &t : tokens) {
        if (t.kind == ValueToken::Kind::Text) continue;
        if (t.kind == ValueToken::Kind::Empty && !keepEmpty) continue;
        t.line = line;
        if (t.end < 0) t.end = end;
        out << t;
    }
}

} // namespace

QString TableLayoutReader::name(TableLayout layout)
{
    switch (layout) {
    case TableLayout::Tabs: return QStringLiteral("tabs");
    case TableLayout::Pipes: return QStringLiteral("pipes");
    case TableLayout::OneCellPerLine: return QStringLiteral("one cell per line");
    case TableLayout::Flattened: return QStringLiteral("flattened");
    }
    return QString();
}

QChar TableLayoutReader::separator(TableLayout layout)
{
    if (layout == TableLayout::Tabs) return QLatin1Char('\t');
    if (layout == TableLayout::Pipes) return QLatin1Char('|');
    return QChar();
}

TableLayout TableLayoutReader::detect(const SourceText &source, int from, int to)
{
    int tabLines = 0, pipeLines = 0, singleValueLines = 0, valueTokens = 0;
    for (int line = source.lineOf(from); line <= source.lineCount(); ++line) {
        const int start = qMax(from, source.lineStart(line));
        const int end = qMin(to, source.lineEnd(line));
        if (start >= to) break;
        const QString text = source.slice(start, end);
        if (text.trimmed().isEmpty()) continue;
        if (text.contains(QLatin1Char('\t'))) ++tabLines;
        if (text.count(QLatin1Char('|')) >= 2) ++pipeLines;
        const QList<ValueToken> tokens = ValueTokenizer::tokenize(text);
        int values = 0;
        bool text_ = false;
        for (const ValueToken &t : tokens) {
            if (t.kind == ValueToken::Kind::Text) text_ = true;
            else ++values;
        }
        valueTokens += values;
        if (values == 1 && !text_) ++singleValueLines;
    }
    if (tabLines >= 2) return TableLayout::Tabs;
    if (pipeLines >= 2) return TableLayout::Pipes;
    if (singleValueLines >= 3 && singleValueLines * 2 >= valueTokens) return TableLayout::OneCellPerLine;
    return TableLayout::Flattened;
}

QStringList TableLayoutReader::fields(const QString &line, TableLayout layout, bool fromMidLine)
{
    QStringList parts = line.split(separator(layout));
    if (layout == TableLayout::Pipes) {
        if (!fromMidLine && parts.size() > 1 && parts.first().trimmed().isEmpty()) parts.removeFirst();
        if (parts.size() > 1 && parts.last().trimmed().isEmpty()) parts.removeLast();
    }
    return parts;
}

QList<ValueToken> TableLayoutReader::tokens(const SourceText &source, int from, int to, TableLayout layout)
{
    QList<ValueToken> out;
    if (from >= to) return out;
    if (layout == TableLayout::Flattened) {
        QList<ValueToken> tokens = ValueTokenizer::tokenize(source.slice(from, to));
        for (ValueToken &t : tokens) {
            if (t.kind == ValueToken::Kind::Text) continue;
            t.line = source.lineOf(from + t.start);
            t.end = from + t.start + int(t.raw.size());
            t.single = false;
            out << t;
        }
        return out;
    }
    const int firstLine = source.lineOf(from);
    for (int line = firstLine; line <= source.lineCount(); ++line) {
        const int start = qMax(from, source.lineStart(line));
        if (start >= to) break;
        const int end = qMin(to, source.lineEnd(line));
        const QString text = source.slice(start, end);
        const bool labelLine = line == firstLine;
        if (layout == TableLayout::OneCellPerLine) {
            // The label's own line counts only when a value follows the label on it; the line of the next
            // label counts only when something stands before that label.
            if (labelLine || (end == to && text.trimmed().isEmpty() && to < source.lineEnd(line))) {
                if (labelLine) {
                    const QList<ValueToken> tokens = ValueTokenizer::field(text);
                    if (hasValue(tokens)) appendWithLine(out, tokens, line, false, end);
                }
                continue;
            }
            appendWithLine(out, ValueTokenizer::field(text), line, true, end);
            continue;
        }
        QStringList parts = fields(text, layout, labelLine);
        if (text.count(separator(layout)) == 0) {
            // A line without any separator is not a row of separated cells: its digits may be written together.
            QList<ValueToken> tokens = ValueTokenizer::tokenize(text);
            for (ValueToken &t : tokens) {
                t.single = false;
                t.end = start + t.start + int(t.raw.size());
            }
            appendWithLine(out, tokens, line, false, end);
            continue;
        }
        QList<QList<ValueToken>> perField;
        bool lineHasValue = false;
        for (int i = 0; i < parts.size(); ++i) {
            QList<ValueToken> tokens = ValueTokenizer::field(parts[i]);
            // The first field of the label's line is the rest of the label's own cell.
            if (labelLine && i == 0 && !hasValue(tokens)) continue;
            lineHasValue = lineHasValue || hasValue(tokens);
            perField << tokens;
        }
        if (!lineHasValue) continue;
        for (const QList<ValueToken> &tokens : std::as_const(perField)) appendWithLine(out, tokens, line, true, end);
    }
    return out;
}

} // namespace nianbao::import
