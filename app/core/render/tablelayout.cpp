// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/tablelayout.h"

#include "export/textexport.h"
#include "render/devicefonts.h"
#include "render/fontset.h"
#include "render/pagecanvas.h"
#include "render/pagegeometry.h"
#include "render/pagerenderer.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextOption>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace nianbao {

namespace {

double devicePoints(QPaintDevice *device, double points)
{
    return points * device->logicalDpiY() / 72.0;
}

QString entryText(const ReportData &report, const GridEntry &e)
{
    if (e.cellId.isEmpty()) return e.text;
    const int index = report.format->cellIndex(e.cellId);
    return index < 0 ? QString() : TextExport::printedCellText(report, index);
}

// Lines a text of `advance` needs in a column of `width`, estimated; the final layout wraps for real.
int estimatedLines(double advance, double width)
{
    if (advance <= 0) return 1;
    return std::max(1, int(std::ceil(advance / std::max(width, 1.0) - 1e-9)));
}

// What the width allocation needs to know about a grid entry.
struct Measured {
    const GridEntry *entry;
    int table;
    double advance; // the text on one line
};

struct Allocation {
    QList<Measured> entries;
    QList<int> rowCounts;   // per table
    double lineHeight = 0;
    double padX = 0;
    double padY = 0;

    double spanWidth(const QList<double> &widths, const GridEntry &e) const
    {
        double w = 0;
        for (int c = e.column; c < e.column + e.columnSpan && c < widths.size(); ++c) w += widths[c];
        return w - 2 * padX;
    }

    // Total height of every table with these column widths.
    double height(const QList<double> &widths) const
    {
        double total = 0;
        for (int t = 0; t < rowCounts.size(); ++t) {
            QList<double> rows(rowCounts[t], lineHeight + 2 * padY);
            for (const Measured &m : entries)
                if (m.table == t && m.entry->rowSpan == 1)
                    rows[m.entry->row] = std::max(rows[m.entry->row],
                                                  estimatedLines(m.advance, spanWidth(widths, *m.entry)) * lineHeight + 2 * padY);
            for (const Measured &m : entries) {
                if (m.table != t || m.entry->rowSpan == 1) continue;
                const double need = estimatedLines(m.advance, spanWidth(widths, *m.entry)) * lineHeight + 2 * padY;
                double have = 0;
                for (int r = m.entry->row; r < m.entry->row + m.entry->rowSpan; ++r) have += rows[r];
                if (need > have) rows[m.entry->row + m.entry->rowSpan - 1] += need - have;
            }
            for (double r : rows) total += r;
        }
        return total;
    }
};

double tableLineHeight(const QFont &font) { return font.pointSizeF() * 1.25; }

// The labels of a format are the same in every report: a batch export (60 reports of a county) measures and lays
// out each once. Per thread, and emptied when it grows past a few formats' worth of text.
template<typename Value>
class LabelCache
{
public:
    const Value *find(const QString &key) const
    {
        const auto it = m_values.constFind(key);
        return it == m_values.cend() ? nullptr : &it.value();
    }
    void insert(const QString &key, const Value &value)
    {
        if (m_values.size() >= 20000) m_values.clear();
        m_values.insert(key, value);
    }

private:
    QHash<QString, Value> m_values;
};

// A number in a cache key: its bits, not a decimal rendering (which costs a big-number division for 17 digits).
QString exactly(double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return QString::number(bits, 16);
}

// Text widths in one font on one device, remembered.
class Measurer
{
public:
    Measurer(const QFont &font, QPaintDevice *device)
        : m_metrics(FontSet::withShaping(font, false), device), m_shapedMetrics(FontSet::withShaping(font, true), device),
          m_key(font.key() + QLatin1Char('@') + QString::number(device->devType()) + QLatin1Char(' ')
                + QString::number(device->logicalDpiX()) + QLatin1Char('\n'))
    {
    }
    double advance(const QString &text) const
    {
        thread_local LabelCache<double> cache;
        const QString key = m_key + text;
        if (const double *known = cache.find(key)) return *known;
        // Measured as it is laid out (FontSet::forText).
        const double advance = (FontSet::needsShaping(text) ? m_shapedMetrics : m_metrics).horizontalAdvance(text);
        cache.insert(key, advance);
        return advance;
    }
    const QString &key() const { return m_key; }

private:
    QFontMetricsF m_metrics;
    QFontMetricsF m_shapedMetrics; // for text that needs shaping
    QString m_key;
};

// A label that wraps starts a new line after its 公文 numbering ("（三）" / "不予公开"), as printed forms do.
QString labelLines(const QString &text, bool label, const Measurer &fm, double width)
{
    if (!label || fm.advance(text) <= width) return text;
    const int level = proseHeadingLevel(text);
    if (level != 1 && level != 2) return text;
    const int end = int(text.indexOf(level == 1 ? QChar(0x3001) : QChar(0xFF09))) + 1; // after 、 or ）
    if (end <= 0 || end >= text.size() || fm.advance(text.left(end)) > width) return text;
    // Only when it costs no extra line.
    if (1 + estimatedLines(fm.advance(text.mid(end)), width) > estimatedLines(fm.advance(text), width))
        return text;
    return text.left(end) + QChar(QChar::LineSeparator) + text.mid(end);
}

} // namespace

QList<double> TableLayout::columnWidths(const ReportData &report, const QList<const TableDef *> &tables,
                                        const QFont &font, double width, QPaintDevice *device, bool *numbersFit)
{
    if (numbersFit) *numbersFit = true;
    int columns = 0;
    for (const TableDef *t : tables) columns = std::max(columns, t->columnCount);
    if (columns == 0) return {};
    const Measurer fm(font, device);
    const double charWidth = fm.advance(QStringLiteral("国")); // one full-width character
    Allocation a;
    a.lineHeight = devicePoints(device, tableLineHeight(font));
    a.padX = devicePoints(device, page::kCellPaddingX);
    a.padY = devicePoints(device, page::kCellPaddingY);

    // Value columns hold numbers (all one width, so the figures line up); label columns hold row labels.
    QList<bool> isValue(columns, false);
    QList<double> minimum(columns, 4 * charWidth + 2 * a.padX); // a label column fits "（三）" and a word
    for (int t = 0; t < tables.size(); ++t) {
        a.rowCounts << tables[t]->rowCount;
        for (const GridEntry &e : tables[t]->entries) {
            const double advance = fm.advance(entryText(report, e));
            a.entries << Measured{&e, int(t), advance};
            if (e.cellId.isEmpty()) continue;
            for (int c = e.column; c < e.column + e.columnSpan; ++c) isValue[c] = true;
        }
    }
    for (int c = 0; c < columns; ++c)
        if (isValue[c]) minimum[c] = 2 * charWidth + 2 * a.padX;
    for (const Measured &m : a.entries)
        if (!m.entry->cellId.isEmpty() && m.entry->columnSpan == 1)
            minimum[m.entry->column] = std::max(minimum[m.entry->column], m.advance + 2 * a.padX);
    double valueMinimum = 0;
    for (int c = 0; c < columns; ++c)
        if (isValue[c]) valueMinimum = std::max(valueMinimum, minimum[c]);
    for (int c = 0; c < columns; ++c)
        if (isValue[c]) minimum[c] = valueMinimum;

    QList<double> widths = minimum;
    double used = 0;
    for (double w : widths) used += w;
    if (used >= width) {
        // Too narrow: label columns give up width first (down to two characters, their text wraps more);
        // numbers wrap only when that is not enough.
        const double labelFloor = 2 * charWidth + 2 * a.padX;
        double labelSlack = 0;
        for (int c = 0; c < columns; ++c)
            if (!isValue[c]) labelSlack += std::max(0.0, widths[c] - labelFloor);
        const double excess = used - width;
        if (labelSlack > excess) {
            for (int c = 0; c < columns; ++c)
                if (!isValue[c]) widths[c] -= std::max(0.0, widths[c] - labelFloor) * excess / labelSlack;
            return widths;
        }
        if (numbersFit) *numbersFit = false;
        for (double &w : widths) w *= width / used;
        return widths;
    }

    // Widen, a little at a time, the column (or the value columns together) that shortens the tables most.
    const int valueCount = int(std::count(isValue.cbegin(), isValue.cend(), true));
    const double step = charWidth / 2;
    double current = a.height(widths);
    while (true) {
        double bestGain = 0;
        int best = -2; // -1: the value columns together
        QList<double> bestWidths;
        for (int c = -1; c < columns; ++c) {
            if (c >= 0 && isValue[c]) continue;
            if (c < 0 && valueCount == 0) continue;
            const double cost = c < 0 ? step * valueCount : step;
            if (used + cost > width + 1e-6) continue;
            QList<double> trial = widths;
            for (int k = 0; k < columns; ++k)
                if (c < 0 ? isValue[k] : k == c) trial[k] += step;
            const double gain = (current - a.height(trial)) / cost;
            if (gain > bestGain + 1e-9) {
                bestGain = gain;
                best = c;
                bestWidths = trial;
            }
        }
        if (best == -2) break;
        used += best < 0 ? step * valueCount : step;
        widths = bestWidths;
        current = a.height(widths);
    }

    // What is left: label columns toward their one-line width, then the value columns (or all) evenly.
    double left = width - used;
    QList<double> want(columns, 0);
    double wantSum = 0;
    for (const Measured &m : a.entries)
        if (m.entry->cellId.isEmpty() && m.entry->columnSpan == 1 && !isValue[m.entry->column])
            want[m.entry->column] = std::max(want[m.entry->column], m.advance + 2 * a.padX - widths[m.entry->column]);
    for (double w : want) wantSum += std::max(0.0, w);
    if (wantSum > 0) {
        const double share = std::min(1.0, left / wantSum);
        for (int c = 0; c < columns; ++c) {
            const double extra = std::max(0.0, want[c]) * share;
            widths[c] += extra;
            left -= extra;
        }
    }
    const int receivers = valueCount > 0 ? valueCount : columns;
    for (int c = 0; c < columns; ++c)
        if (valueCount == 0 || isValue[c]) widths[c] += left / receivers;
    return widths;
}

TableLayout::TableLayout(const ReportData &report, const TableDef &table, const QFont &font,
                         const QList<double> &columnWidths, QPaintDevice *device)
    : m_table(table)
{
    m_lineHeight = devicePoints(device, tableLineHeight(font));
    m_rule = devicePoints(device, page::kTableRule);
    m_padX = devicePoints(device, page::kCellPaddingX);
    m_padY = devicePoints(device, page::kCellPaddingY);
    m_columnX << 0;
    for (int c = 0; c < table.columnCount; ++c) m_columnX << m_columnX.last() + columnWidths.value(c);

    const Measurer fm(font, device);
    const double narrow = 4 * fm.advance(QStringLiteral("国"));
    m_cells.reserve(table.entries.size());
    // A laid-out cell text depends only on its text, font, width and alignment: the same label in the next report
    // of a batch is not laid out again. Laid-out text is only read from then on (drawn, listed). Only on the
    // measuring device, which outlives every layout that points to it.
    thread_local LabelCache<std::shared_ptr<const CellText>> laidOut;
    DeviceFonts deviceFonts(device);
    const bool shared = device == PageRenderer::measuringDevice();
    for (const GridEntry &e : table.entries) {
        Cell cell;
        cell.entry = &e;
        const double wrapWidth = m_columnX[std::min(e.column + e.columnSpan, table.columnCount)] - m_columnX[e.column] - 2 * m_padX;
        const bool label = e.cellId.isEmpty() && !e.header;
        const Qt::Alignment alignment = label && wrapWidth > narrow ? Qt::AlignLeft : Qt::AlignHCenter;
        const QString text = entryText(report, e);
        const QString key = fm.key() + exactly(wrapWidth) + QLatin1Char(' ') + QString::number(int(alignment)) + QLatin1Char(' ')
                            + QString::number(label) + QLatin1Char(' ') + exactly(m_lineHeight) + QLatin1Char('\n') + text;
        if (const auto *known = shared ? laidOut.find(key) : nullptr) {
            cell.text = *known;
        } else {
            int lines = 0;
            const QString shown = labelLines(text, label, fm, wrapWidth);
            auto layout = std::make_shared<QTextLayout>(shown, deviceFonts(FontSet::forText(font, shown)));
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            option.setAlignment(alignment);
            layout->setTextOption(option);
            layout->setCacheEnabled(true);
            layout->beginLayout();
            for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
                line.setLineWidth(std::max(wrapWidth, 1.0));
                line.setPosition(QPointF(0, lines * m_lineHeight + (m_lineHeight - line.height()) / 2));
                ++lines;
            }
            layout->endLayout();
            auto laid = std::make_shared<CellText>();
            laid->runs = layout->glyphRuns();
            laid->lines = lines;
            laid->layout = std::move(layout);
            cell.text = laid;
            if (shared) laidOut.insert(key, cell.text);
        }
        cell.textHeight = std::max(1, cell.text->lines) * m_lineHeight;
        m_cells.push_back(std::move(cell));
    }

    m_rowHeights = QList<double>(table.rowCount, m_lineHeight + 2 * m_padY);
    for (const Cell &c : m_cells)
        if (c.entry->rowSpan == 1)
            m_rowHeights[c.entry->row] = std::max(m_rowHeights[c.entry->row], c.textHeight + 2 * m_padY);
    for (const Cell &c : m_cells) {
        if (c.entry->rowSpan == 1) continue;
        double have = 0;
        const int last = std::min(c.entry->row + c.entry->rowSpan, table.rowCount) - 1;
        for (int r = c.entry->row; r <= last; ++r) have += m_rowHeights[r];
        if (c.textHeight + 2 * m_padY > have) m_rowHeights[last] += c.textHeight + 2 * m_padY - have;
    }

    while (m_headerRows < table.rowCount) {
        bool header = false;
        for (const GridEntry &e : table.entries)
            if (e.row == m_headerRows && e.header) header = true;
        if (!header) break;
        ++m_headerRows;
    }
    m_cuts = QList<int>(table.rowCount + 1, 0);
    for (int r = 1; r < m_headerRows && r <= table.rowCount; ++r) m_cuts[r] = 1000;
    for (const GridEntry &e : table.entries)
        for (int r = e.row + 1; r < e.row + e.rowSpan && r <= table.rowCount; ++r) ++m_cuts[r];
}

double TableLayout::headerHeight() const
{
    double h = 0;
    for (int r = 0; r < m_headerRows; ++r) h += m_rowHeights[r];
    return h;
}

double TableLayout::width() const
{
    return m_columnX.last();
}

QList<QGlyphRun> TableLayout::glyphRuns() const
{
    QList<QGlyphRun> runs;
    for (const Cell &c : m_cells) runs << c.text->runs;
    return runs;
}

QList<const QTextLayout *> TableLayout::textLayouts() const
{
    QList<const QTextLayout *> list;
    for (const Cell &c : m_cells) list << c.text->layout.get();
    return list;
}

double TableLayout::draw(PageCanvas &canvas, const QPointF &origin, int first, int last) const
{
    // The rows drawn, in order, and where each one starts.
    QList<int> rows;
    for (int r = 0; r < m_headerRows; ++r) rows << r;
    for (int r = std::max(first, m_headerRows); r <= last && r < rowCount(); ++r) rows << r;
    QHash<int, double> top;
    double y = origin.y();
    for (int r : rows) {
        top.insert(r, y);
        y += m_rowHeights[r];
    }
    for (const Cell &cell : m_cells) {
        const GridEntry &e = *cell.entry;
        int firstVisible = -1, lastVisible = -1;
        for (int r = e.row; r < e.row + e.rowSpan; ++r)
            if (top.contains(r)) {
                if (firstVisible < 0) firstVisible = r;
                lastVisible = r;
            }
        if (firstVisible < 0) continue;
        const int endColumn = std::min(e.column + e.columnSpan, m_table.columnCount);
        const QRectF rect(origin.x() + m_columnX[e.column], top[firstVisible], m_columnX[endColumn] - m_columnX[e.column],
                          top[lastVisible] + m_rowHeights[lastVisible] - top[firstVisible]);
        canvas.drawRect(rect, m_rule);
        drawCell(canvas, cell, rect, firstVisible == e.row && lastVisible == e.row + e.rowSpan - 1, firstVisible == e.row);
    }
    return y - origin.y();
}

void TableLayout::drawCell(PageCanvas &canvas, const Cell &cell, const QRectF &rect, bool whole, bool firstPart) const
{
    if (cell.text->layout->text().isEmpty()) return; // a blank cell is drawn empty
    // A merged cell cut by a page break is labelled on every part its text fits in, and always on its first
    // part (top-aligned there if it does not fit), so its text is printed at least once.
    const bool fits = whole || cell.textHeight + 2 * m_padY <= rect.height() + 0.5;
    if (!fits && !firstPart) return;
    const double textTop = fits ? rect.top() + (rect.height() - cell.textHeight) / 2 : rect.top() + m_padY;
    // The glyphs QTextLayout::draw would paint, where it would paint them.
    const QPointF origin = QPointF(rect.left() + m_padX, textTop) + cell.text->layout->position();
    for (const QGlyphRun &run : cell.text->runs) canvas.drawGlyphs(origin, run);
}

} // namespace nianbao
