// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/pdflayout.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace nianbao::import {

namespace {

constexpr double kMarginShare = 0.08;  // running heads and page numbers stand in the top/bottom 8% of a page
constexpr double kFieldGap = 0.6;      // a gap wider than this many character heights separates two fields
constexpr double kTitleScale = 1.2;    // a line this much larger than the body text is a title
constexpr double kCellLineReach = 1.7; // a label line wrapped in a cell is at most this many heights from its values

struct Field {
    QString text;
    double left = 0, right = 0;
    double top = 0;
    double centre() const { return (left + right) / 2; }
};

struct Line {
    QList<Field> fields;
    double top = 0, bottom = 0, height = 0;
    int page = 0;
    bool margin = false; // in the top or bottom margin zone
    double y() const { return (top + bottom) / 2; }
    int firstValue() const
    {
        for (int i = 0; i < fields.size(); ++i)
            if (PdfLayout::isValueText(fields[i].text)) return i;
        return -1;
    }
    bool hasValue() const { return firstValue() >= 0; }
    bool isTableLine() const { return fields.size() >= 2 || hasValue(); }
    QString text() const
    {
        QStringList parts;
        for (const Field &f : fields) parts << f.text;
        return parts.join(QLatin1Char(' '));
    }
};

// Chinese characters and the punctuation set with them (“” 、 full-width forms): no spaces between them.
bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80 || (c.unicode() >= 0x2010 && c.unicode() <= 0x206F);
}

// Chinese runs join without a space, Latin words and numbers with one.
void appendWord(QString &text, const QString &word)
{
    if (!text.isEmpty() && !word.isEmpty() && !isCjk(text.back()) && !isCjk(word.front())) text += QLatin1Char(' ');
    text += word;
}

// Words that belong to the value next to them: a unit after it, 增/减 before it.
bool isUnit(const QString &word)
{
    static const QRegularExpression unit(QStringLiteral(R"(^(万元|元|笔|件|个|%)$)"));
    return unit.match(word).hasMatch();
}

bool isSign(const QString &word)
{
    static const QRegularExpression sign(QStringLiteral(R"(^(增|减|增加|减少)$)"));
    return sign.match(word).hasMatch();
}

Field fieldOf(const QList<PdfWord> &words, int from, int to)
{
    Field f;
    f.left = words[from].box.left();
    f.right = words[from].box.right();
    f.top = words[from].box.top();
    for (int i = from; i < to; ++i) {
        appendWord(f.text, words[i].text.trimmed());
        f.left = qMin(f.left, words[i].box.left());
        f.right = qMax(f.right, words[i].box.right());
    }
    return f;
}

// The fields of one cell-sized run of words (no wide gap inside). Values standing at its end are fields of
// their own: in a narrow table the gap between a label and its values, or between values, can be small.
// Values inside running text ("沐阳县人民政府 2025 年…") are not.
QList<Field> fieldsOf(const QList<PdfWord> &words)
{
    int runStart = int(words.size());
    bool anyValue = false;
    while (runStart > 0) {
        const QString w = words[runStart - 1].text.trimmed();
        const bool value = PdfLayout::isValueText(w);
        if (!value && !isUnit(w) && !isSign(w)) break;
        anyValue = anyValue || value;
        --runStart;
    }
    if (!anyValue) return {fieldOf(words, 0, int(words.size()))};
    QList<Field> out;
    if (runStart > 0) out << fieldOf(words, 0, runStart);
    int start = runStart;
    for (int i = runStart; i < words.size(); ++i) {
        const QString w = words[i].text.trimmed();
        const bool closes = i + 1 == words.size() || (!isUnit(words[i + 1].text.trimmed()) && !isSign(w));
        if (closes) {
            out << fieldOf(words, start, i + 1);
            start = i + 1;
        }
    }
    return out;
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
        // Cells: runs of words without a wide gap; then the values at the end of each run.
        QList<PdfWord> run;
        for (const PdfWord &w : std::as_const(g)) {
            if (!run.isEmpty() && w.box.left() - run.last().box.right() > kFieldGap * line.height) {
                line.fields << fieldsOf(run);
                run.clear();
            }
            run << w;
        }
        line.fields << fieldsOf(run);
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

// The label fields of a row whose label cells wrap over several lines: the pieces that overlap in x are one
// cell, read top to bottom.
QList<Field> joinedLabels(QList<Field> pieces)
{
    std::stable_sort(pieces.begin(), pieces.end(), [](const Field &a, const Field &b) { return a.left < b.left; });
    QList<QList<Field>> columns;
    double columnRight = 0;
    for (const Field &f : std::as_const(pieces)) {
        if (!columns.isEmpty() && f.left < columnRight - 1) {
            columns.last() << f;
            columnRight = qMax(columnRight, f.right);
            continue;
        }
        columns.append({f});
        columnRight = f.right;
    }
    QList<Field> out;
    for (QList<Field> &c : columns) {
        std::stable_sort(c.begin(), c.end(), [](const Field &a, const Field &b) { return a.top < b.top; });
        Field joined = c.first();
        joined.text.clear();
        for (const Field &f : std::as_const(c)) {
            appendWord(joined.text, f.text);
            joined.left = qMin(joined.left, f.left);
            joined.right = qMax(joined.right, f.right);
        }
        out << joined;
    }
    return out;
}

BlockRow rowOf(const Line &line, const QList<Field> &labels, const QList<double> &anchors)
{
    BlockRow row;
    row.page = line.page;
    const int firstValue = line.firstValue();
    if (anchors.isEmpty() || firstValue < 0) {
        for (const Field &f : line.fields) row.cells.append(BlockCell{f.text, 1, 1, {}});
        return row;
    }
    for (const Field &f : labels) row.cells.append(BlockCell{f.text, 1, 1, {}});
    QStringList columnText(anchors.size());
    for (int i = firstValue; i < line.fields.size(); ++i) {
        const double c = line.fields[i].centre();
        int best = 0;
        for (int a = 1; a < anchors.size(); ++a)
            if (qAbs(anchors[a] - c) < qAbs(anchors[best] - c)) best = a;
        appendWord(columnText[best], line.fields[i].text);
    }
    // Value columns left of where the row's label ends are columns its label spans.
    const double labelEnd = labels.isEmpty() ? -1 : labels.last().right;
    for (int a = 0; a < anchors.size(); ++a)
        if (anchors[a] > labelEnd) row.cells.append(BlockCell{columnText[a], 1, 1, {}});
    return row;
}

// May a text line be part of the label cells of value line `v` (wrapped in the same cells)?
bool wrapsInto(const Line &text, const Line &v)
{
    if (text.page != v.page || text.hasValue() || qAbs(text.y() - v.y()) > kCellLineReach * v.height) return false;
    const double valuesStart = v.fields[v.firstValue()].left;
    for (const Field &f : text.fields)
        if (f.right > valuesStart) return false;
    return true;
}

// The rows of a table region: each line with values is a row, with the label lines wrapped around it; other
// lines (headers) are rows of their own.
DocumentBlock tableOf(const QList<Line> &lines)
{
    const QList<double> anchors = valueColumns(lines);
    QList<int> owner(lines.size(), -1); // the value line a label line belongs to
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].hasValue()) continue;
        int best = -1;
        for (int j = 0; j < lines.size(); ++j)
            if (lines[j].hasValue() && wrapsInto(lines[i], lines[j])
                && (best < 0 || qAbs(lines[j].y() - lines[i].y()) < qAbs(lines[best].y() - lines[i].y())))
                best = j;
        owner[i] = best;
    }
    DocumentBlock table;
    table.kind = DocumentBlock::Kind::Table;
    table.page = lines.first().page;
    for (int i = 0; i < lines.size(); ++i) {
        if (owner[i] >= 0) continue;
        if (!lines[i].hasValue()) {
            table.rows.append(rowOf(lines[i], {}, {}));
            continue;
        }
        QList<Field> pieces = lines[i].fields.mid(0, lines[i].firstValue());
        for (int j = 0; j < lines.size(); ++j)
            if (owner[j] == i) pieces << lines[j].fields;
        table.rows.append(rowOf(lines[i], joinedLabels(pieces), anchors));
    }
    return table;
}

// Where a table region that starts at `start` ends: table lines, and up to two single-field lines between two
// of them on one page set as densely as table rows (label cells wrapped over lines); a heading between two
// tables stands apart from them and ends the region.
int regionEnd(const QList<Line> &lines, int start)
{
    int end = start + 1;
    while (end < lines.size()) {
        if (lines[end].isTableLine()) {
            ++end;
            continue;
        }
        int next = end;
        while (next < lines.size() && next - end < 2 && !lines[next].isTableLine()) ++next;
        bool dense = next < lines.size() && lines[next].isTableLine();
        for (int k = end; dense && k <= next; ++k)
            dense = lines[k].page == lines[k - 1].page && lines[k].y() - lines[k - 1].y() < kCellLineReach * lines[k].height;
        if (!dense) break;
        end = next;
    }
    // The label of the last row may wrap below its values.
    int lastValue = end - 1;
    while (lastValue > start && !lines[lastValue].hasValue()) --lastValue;
    while (end < lines.size() && lines[lastValue].hasValue() && wrapsInto(lines[end], lines[lastValue])) ++end;
    return end;
}

// A title set larger than the body and wrapped over lines is one line ("…2020年政府信息公开工作" / "年度报告").
QList<Line> withTitlesJoined(const QList<Line> &lines)
{
    if (lines.isEmpty()) return lines;
    QList<double> heights;
    for (const Line &l : lines) heights << l.height;
    std::sort(heights.begin(), heights.end());
    const double body = heights[heights.size() / 2];
    QList<Line> out;
    for (const Line &l : lines) {
        const bool large = l.height > kTitleScale * body && l.fields.size() == 1;
        if (large && !out.isEmpty()) {
            Line &previous = out.last();
            if (previous.page == l.page && previous.fields.size() == 1 && qAbs(previous.height - l.height) < 0.1 * l.height
                && l.top - previous.bottom < l.height) {
                appendWord(previous.fields.first().text, l.fields.first().text);
                previous.bottom = l.bottom;
                continue;
            }
        }
        out << l;
    }
    return out;
}

// Label lines just above a table's first value line belong to it ("行政处" over "1830 +806 276").
int regionStart(const QList<Line> &lines, int start, int floor)
{
    while (start > floor && lines[start].hasValue() && wrapsInto(lines[start - 1], lines[start])) --start;
    return start;
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
    const QList<Line> lines = withTitlesJoined(withoutRunningText(all, int(pages.size())));

    // Table regions first, then everything else is paragraphs.
    QList<QPair<int, int>> regions;
    for (int i = 0; i < lines.size();) {
        if (!lines[i].isTableLine()) {
            ++i;
            continue;
        }
        const int floor = regions.isEmpty() ? 0 : regions.last().second;
        const int start = regionStart(lines, i, floor);
        const int end = regionEnd(lines, i);
        regions.append({start, end});
        i = end;
    }
    std::vector<DocumentBlock> out;
    int next = 0;
    for (const auto &[start, end] : std::as_const(regions)) {
        for (; next < start; ++next) {
            DocumentBlock p;
            p.text = lines[next].text();
            p.page = lines[next].page;
            out.push_back(std::move(p));
        }
        out.push_back(tableOf(lines.mid(start, end - start)));
        next = end;
    }
    for (; next < lines.size(); ++next) {
        DocumentBlock p;
        p.text = lines[next].text();
        p.page = lines[next].page;
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace nianbao::import
