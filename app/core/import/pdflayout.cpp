// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/pdflayout.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace nianbao::import {

namespace {

constexpr double kMarginShare = 0.08;  // running heads and page numbers stand in the top/bottom 8% of a page
constexpr double kFieldGap = 1.2;      // a gap wider than this many character heights separates two fields

struct Field {
    QString text;
    double left = 0, right = 0;
    double centre() const { return (left + right) / 2; }
};

struct Line {
    QList<Field> fields;
    double top = 0, bottom = 0, height = 0;
    int page = 0;
    bool margin = false; // in the top or bottom margin zone
    QString text() const
    {
        QStringList parts;
        for (const Field &f : fields) parts << f.text;
        return parts.join(QLatin1Char(' '));
    }
};

bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80;
}

// Chinese runs join without a space, Latin words and numbers with one.
void appendWord(QString &text, const QString &word)
{
    if (!text.isEmpty() && !word.isEmpty() && !isCjk(text.back()) && !isCjk(word.front())) text += QLatin1Char(' ');
    text += word;
}

QList<Line> linesOf(const PdfPage &page, int pageNumber)
{
    QList<PdfWord> words = page.words;
    std::stable_sort(words.begin(), words.end(), [](const PdfWord &a, const PdfWord &b) { return a.box.center().y() < b.box.center().y(); });
    QList<QList<PdfWord>> groups;
    double groupY = 0, groupH = 0;
    for (const PdfWord &w : std::as_const(words)) {
        if (w.text.trimmed().isEmpty()) continue;
        const double y = w.box.center().y();
        if (!groups.isEmpty() && qAbs(y - groupY) < 0.5 * qMin(groupH, w.box.height())) {
            groups.last() << w;
            continue;
        }
        groups.append({w});
        groupY = y;
        groupH = qMax(1.0, w.box.height());
    }
    QList<Line> lines;
    for (QList<PdfWord> &g : groups) {
        std::stable_sort(g.begin(), g.end(), [](const PdfWord &a, const PdfWord &b) { return a.box.left() < b.box.left(); });
        Line line;
        line.page = pageNumber;
        line.top = g.first().box.top();
        line.bottom = g.first().box.bottom();
        QList<double> heights;
        for (const PdfWord &w : std::as_const(g)) {
            heights << w.box.height();
            line.top = qMin(line.top, w.box.top());
            line.bottom = qMax(line.bottom, w.box.bottom());
        }
        std::sort(heights.begin(), heights.end());
        line.height = qMax(1.0, heights[heights.size() / 2]);
        for (const PdfWord &w : std::as_const(g)) {
            if (!line.fields.isEmpty() && w.box.left() - line.fields.last().right < kFieldGap * line.height) {
                appendWord(line.fields.last().text, w.text.trimmed());
                line.fields.last().right = qMax(line.fields.last().right, w.box.right());
                continue;
            }
            line.fields.append({w.text.trimmed(), w.box.left(), w.box.right()});
        }
        const double h = page.size.height() > 0 ? page.size.height() : 842;
        line.margin = line.bottom < h * kMarginShare || line.top > h * (1 - kMarginShare);
        lines << line;
    }
    return lines;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^[\s—–\-－─]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／共]\s*\d{1,4}\s*页?)?[\s—–\-－─]*$)"));
    return number.match(text).hasMatch();
}

// Page numbers anywhere in the margins, and margin lines that come back on several pages (running heads).
QList<Line> withoutRunningText(const QList<Line> &lines, int pageCount)
{
    QHash<QString, int> repeats;
    for (const Line &l : lines)
        if (l.margin) repeats[l.text()] += 1;
    QList<Line> out;
    for (const Line &l : lines) {
        const bool running = l.margin && (isPageNumber(l.text()) || (pageCount > 1 && repeats.value(l.text()) > 1));
        if (!running) out << l;
    }
    return out;
}

QList<double> valueColumns(const QList<Line> &rows)
{
    QList<double> centres;
    double heights = 0;
    for (const Line &l : rows) {
        heights += l.height;
        for (const Field &f : l.fields)
            if (PdfLayout::isValueText(f.text)) centres << f.centre();
    }
    const double tolerance = 0.8 * heights / qMax(1, int(rows.size()));
    std::sort(centres.begin(), centres.end());
    QList<double> anchors;
    QList<int> counts;
    for (double c : std::as_const(centres)) {
        if (!anchors.isEmpty() && c - anchors.last() < tolerance) {
            anchors.last() = (anchors.last() * counts.last() + c) / (counts.last() + 1);
            counts.last() += 1;
            continue;
        }
        anchors << c;
        counts << 1;
    }
    return anchors;
}

BlockRow rowOf(const Line &line, const QList<double> &anchors)
{
    BlockRow row;
    row.page = line.page;
    int firstValue = -1;
    for (int i = 0; i < line.fields.size() && firstValue < 0; ++i)
        if (PdfLayout::isValueText(line.fields[i].text)) firstValue = i;
    if (anchors.isEmpty() || firstValue < 0) {
        for (const Field &f : line.fields) row.cells.append(BlockCell{f.text, 1, 1, {}});
        return row;
    }
    for (int i = 0; i < firstValue; ++i) row.cells.append(BlockCell{line.fields[i].text, 1, 1, {}});
    QStringList columnText(anchors.size());
    for (int i = firstValue; i < line.fields.size(); ++i) {
        const double c = line.fields[i].centre();
        int best = 0;
        for (int a = 1; a < anchors.size(); ++a)
            if (qAbs(anchors[a] - c) < qAbs(anchors[best] - c)) best = a;
        appendWord(columnText[best], line.fields[i].text);
    }
    // Columns left of the row's first value belong to columns its label spans only when the label ends before them.
    const double labelEnd = firstValue > 0 ? line.fields[firstValue - 1].right : -1;
    for (int a = 0; a < anchors.size(); ++a)
        if (anchors[a] > labelEnd) row.cells.append(BlockCell{columnText[a], 1, 1, {}});
    return row;
}

} // namespace

bool PdfLayout::isValueText(const QString &field)
{
    static const QRegularExpression value(QStringLiteral(R"(^[+\-−－增减加少\s]*[\d][\d,，.\s]*(万元|元|笔|件|个|%)?$)"));
    return field.size() <= 24 && value.match(field.trimmed()).hasMatch();
}

std::vector<DocumentBlock> PdfLayout::blocks(const QList<PdfPage> &pages)
{
    QList<Line> all;
    for (int p = 0; p < pages.size(); ++p) all << linesOf(pages[p], p + 1);
    const QList<Line> lines = withoutRunningText(all, int(pages.size()));

    std::vector<DocumentBlock> out;
    int i = 0;
    while (i < lines.size()) {
        if (lines[i].fields.size() < 2) {
            DocumentBlock p;
            p.text = lines[i].text();
            p.page = lines[i].page;
            out.push_back(std::move(p));
            ++i;
            continue;
        }
        // A table: lines of several fields, and single-field lines between them (labels wrapped in a cell).
        int end = i + 1;
        while (end < lines.size()) {
            if (lines[end].fields.size() >= 2) {
                ++end;
                continue;
            }
            if (end + 1 < lines.size() && lines[end + 1].fields.size() >= 2 && lines[end].page == lines[end + 1].page) {
                end += 2;
                continue;
            }
            break;
        }
        const QList<Line> rows = lines.mid(i, end - i);
        const QList<double> anchors = valueColumns(rows);
        DocumentBlock table;
        table.kind = DocumentBlock::Kind::Table;
        table.page = rows.first().page;
        for (const Line &l : rows) table.rows.append(rowOf(l, anchors));
        out.push_back(std::move(table));
        i = end;
    }
    return out;
}

} // namespace nianbao::import
