// SPDX-License-Identifier: GPL-3.0-or-later
// Filling pages with the units the builder made, and painting them (PageLayout's own members).

#include "render/pagecanvas.h"
#include "render/pagelayoutbuilder.h"
#include "render/reportflow.h"
#include "render/tablelayout.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QPainter>
#include <QRawFont>
#include <QSet>
#include <algorithm>
#include <vector>

namespace nianbao {

namespace {

// Space between a table's bottom rule and the text line under it.
constexpr double kGapAfterTable = 8; // pt
// A table breaks where it cuts fewer merged cells if that leaves at most this part of the page empty: a row or
// two, not the third of a page section 三 once left under its header and two rows.
constexpr double kMaxWasteForCleanBreak = 0.08;

double tableHeight(const TableLayout &t)
{
    double h = t.headerHeight();
    for (int r = t.headerRows(); r < t.rowCount(); ++r) h += t.rowHeight(r);
    return h;
}

} // namespace

int PageLayout::Builder::slotsNeeded(int index) const
{
    // Lines kept with what follows them, up to a table: all of the table when it fits a page (placeTable keeps
    // it together), else its header and first row. A chain longer than a page cannot be kept together.
    const auto count = [&](bool wholeTables) {
        int n = 0;
        for (int k = index; k < m_units.size(); ++k) {
            const Unit &u = m_units[k];
            if (u.kind == Unit::Kind::Table) {
                const TableLayout &t = *u.table;
                double h = tableHeight(t);
                if (!wholeTables || h > m_height || (u.joinPrevious && k > index)) {
                    h = t.headerHeight();
                    if (t.headerRows() < t.rowCount()) h += t.rowHeight(t.headerRows());
                }
                n += int(std::ceil(h / m_pitch));
            } else {
                ++n;
            }
            if (!u.keepWithNext) break;
        }
        return n;
    };
    for (bool whole : {true, false})
        if (const int n = count(whole); n <= page::kLinesPerPage) return n;
    return 1;
}

void PageLayout::Builder::placeLine(const Unit &u, int slot)
{
    // Every line's baseline sits the same distance below the top of its grid line, whatever its font.
    const QTextLine line = u.layout->lineAt(u.line);
    const double baseline = slot * m_pitch + u.baseline;
    page().lines << PlacedLine{u.layout, u.line, QPointF(u.x, baseline - line.ascent() - line.y())};
}

void PageLayout::Builder::paginate()
{
    newPage();
    for (int i = 0; i < m_units.size(); ++i) {
        const Unit &u = m_units[i];
        switch (u.kind) {
        case Unit::Kind::Blank:
            if (m_y > 0) m_y = (slotAt(m_y) + 1) * m_pitch; // an empty line never opens a page
            m_lastWasTable = false;
            m_lineKeptWithNext = false;
            break;
        case Unit::Kind::Line: {
            int slot = slotAt(m_lastWasTable ? m_y + pt(kGapAfterTable) : m_y);
            if (slot + slotsNeeded(i) > page::kLinesPerPage && m_y > 0) {
                newPage();
                slot = 0;
            }
            placeLine(u, slot);
            m_y = (slot + 1) * m_pitch;
            m_lastWasTable = false;
            m_lineKeptWithNext = u.keepWithNext;
            break;
        }
        case Unit::Kind::Table:
            placeTable(u);
            m_lastWasTable = true;
            m_lineKeptWithNext = false;
            break;
        }
    }
}

void PageLayout::Builder::placeTable(const Unit &u)
{
    const TableLayout &t = *u.table;
    // A table starts on a grid line, unless it continues the table right above it.
    const bool continues = u.joinPrevious && m_lastWasTable;
    double top = continues ? m_y : slotAt(m_y) * m_pitch;
    // Kept together when it fits a page; otherwise it fills the page it starts on. Not moved away from the heading
    // above it: slotsNeeded left that heading here because heading and table together do not fit one page.
    if (!continues && !m_lineKeptWithNext && top > 0 && tableHeight(t) > m_height - top + 0.01 && tableHeight(t) <= m_height) {
        newPage();
        top = 0;
    }
    int row = t.headerRows();
    while (true) {
        const double available = m_height - top;
        double height = t.headerHeight();
        int last = row - 1;
        while (last + 1 < t.rowCount() && height + t.rowHeight(last + 1) <= available + 0.01) height += t.rowHeight(++last);
        if (last < row && row < t.rowCount()) {
            if (top > 0) { // not even one row fits under the header: the table starts on the next page
                newPage();
                top = 0;
                continue;
            }
            last = row; // a row taller than a page: printed anyway, it runs over the bottom margin
        }
        if (last + 1 < t.rowCount()) {
            // Rows never split. Break where the fewest merged cells are cut, if that wastes little paper.
            int best = last + 1;
            double waste = 0;
            for (int b = last; b > row; --b) {
                waste += t.rowHeight(b);
                if (waste > kMaxWasteForCleanBreak * m_height) break;
                if (t.cutsAbove(b) < t.cutsAbove(best)) best = b;
            }
            last = best - 1;
        }
        page().tables << PlacedTable{u.table, QPointF(0, top), row, last};
        height = t.headerHeight();
        for (int r = row; r <= last; ++r) height += t.rowHeight(r);
        m_y = top + height;
        row = last + 1;
        if (row >= t.rowCount()) break;
        newPage(); // the header rows are repeated on the next page
        top = 0;
    }
}

void PageLayout::Builder::placeVersionNotes(const QString &copyTo, const QString &issuedBy)
{
    // 版记 (GB/T 9704 7.4): at the foot of the last page, 4号仿宋, each element one character in from both
    // edges, between a thick first rule, thin rules and a thick last rule on the text block's bottom edge.
    if (copyTo.isEmpty() && issuedBy.isEmpty()) return;
    const QFont font = m_fonts.font(FontRole::FangSong, page::kSize4);
    const QFontMetricsF fm(font, m_device);
    const double one = pt(page::kSize4);
    const double baseline = (m_pitch - fm.ascent() - fm.descent()) / 2 + fm.ascent();
    QList<Unit> lines;
    int copyLines = 0;
    if (!copyTo.isEmpty()) {
        const int colon = int(copyTo.indexOf(QChar(0xFF1A))); // a long list continues under its first organ
        const double hanging = colon >= 0 ? QFontMetricsF(FontSet::forText(font, copyTo), m_device).horizontalAdvance(copyTo.left(colon + 1)) : 0;
        const auto layout = layoutText(copyTo, font, one, one + hanging, m_width - one, Qt::AlignLeft);
        for (int i = 0; i < layout->lineCount(); ++i) lines << Unit{Unit::Kind::Line, layout, i, 0, baseline, false, {}, false};
        copyLines = layout->lineCount();
    }
    QList<Unit> issued;
    if (!issuedBy.isEmpty()) {
        // "<印发机关> <日期>印发": the organ one character in from the left, the date one in from the right.
        const auto [organ, date] = ReportFlow::splitIssuedBy(issuedBy);
        const auto left = layoutText(organ, font, one, one, m_width, Qt::AlignLeft);
        issued << Unit{Unit::Kind::Line, left, 0, 0, baseline, false, {}, false};
        if (!date.isEmpty()) {
            const auto right = layoutText(date, font, 0, 0, m_width, Qt::AlignLeft);
            const double x = m_width - one - right->lineAt(0).naturalTextWidth();
            issued << Unit{Unit::Kind::Line, right, 0, x, baseline, false, {}, false};
        }
    }
    const int count = copyLines + (issued.isEmpty() ? 0 : 1);
    const int first = page::kLinesPerPage - count;
    if (slotAt(m_y) > first) newPage();
    for (int i = 0; i < copyLines; ++i) placeLine(lines[i], first + i);
    for (const Unit &u : issued) placeLine(u, page::kLinesPerPage - 1);
    auto rule = [&](double y, double width) { page().rules << PlacedRule{QLineF(0, y, m_width, y), pt(width)}; };
    rule(first * m_pitch, page::kThickRule);
    if (copyLines > 0 && !issued.isEmpty()) rule((first + copyLines) * m_pitch, page::kThinRule);
    rule(m_height, page::kThickRule);
}

void PageLayout::Builder::addPageNumbers()
{
    // 4号宋体 "— n —", its top 7 mm under the text block; odd pages right and even pages left, one character in.
    const QFont font = m_fonts.font(FontRole::SongTi, page::kSize4);
    const double one = pt(page::kSize4);
    const double ascent = QFontMetricsF(font, m_device).ascent();
    for (int i = 0; i < m_out.m_pages.size(); ++i) {
        const auto layout = layoutText(QStringLiteral("\u2014 %1 \u2014").arg(i + 1), font, 0, 0, m_width, Qt::AlignLeft);
        const QTextLine line = layout->lineAt(0);
        const bool odd = (i + 1) % 2 == 1;
        const double x = odd ? m_width - one - line.naturalTextWidth() : one;
        const double baseline = m_height + pt(page::kPageNumberGap) + ascent;
        m_out.m_pages[i].lines << PlacedLine{layout, 0, QPointF(x, baseline - line.ascent() - line.y())};
    }
}

PageLayout::PageLayout(const ReportData &report, const FontSet &fonts, QPaintDevice *device)
{
    m_left = page::kLeftMargin * device->logicalDpiX() / 72.0;
    m_top = page::kTopMargin * device->logicalDpiY() / 72.0;
    Builder(*this, report, fonts, device).run();
}

PageLayout::~PageLayout() = default;

void PageLayout::paintPage(QPainter &painter, int index) const
{
    PainterCanvas canvas(painter);
    drawPage(canvas, index);
}

const QList<QGlyphRun> &PageLayout::PlacedLine::glyphRuns() const
{
    if (!runs) runs = layout->lineAt(line).glyphRuns();
    return *runs;
}

void PageLayout::drawPage(PageCanvas &canvas, int index) const
{
    if (index < 0 || index >= m_pages.size()) return;
    const Page &p = m_pages[index];
    const QPointF block(m_left, m_top);
    for (const PlacedLine &l : p.lines) {
        // The glyphs QTextLine::draw(origin) would paint, where it would paint them.
        for (const QGlyphRun &run : l.glyphRuns()) canvas.drawGlyphs(block + l.origin, run);
    }
    for (const PlacedTable &t : p.tables) t.table->draw(canvas, block + t.origin, t.first, t.last);
    for (const PlacedRule &r : p.rules) canvas.drawLine(r.line.translated(block), r.width);
}

namespace {

QList<const QTextLayout *> allLayouts(const QList<std::shared_ptr<QTextLayout>> &texts,
                                      const QList<std::shared_ptr<TableLayout>> &tables)
{
    QList<const QTextLayout *> list;
    for (const auto &l : texts) list << l.get();
    for (const auto &t : tables) list << t->textLayouts();
    return list;
}

} // namespace

QStringList PageLayout::fontFamiliesUsed() const
{
    QSet<QString> families;
    for (const Page &p : m_pages) // the glyph runs of the lines placed, kept for drawing them
        for (const PlacedLine &l : p.lines)
            for (const QGlyphRun &run : l.glyphRuns()) families.insert(run.rawFont().familyName());
    for (const auto &t : m_tables) // their glyph runs are kept: not made again
        for (const QGlyphRun &run : t->glyphRuns()) families.insert(run.rawFont().familyName());
    QStringList list(families.cbegin(), families.cend());
    list.sort();
    return list;
}

QString PageLayout::missingCharacters() const
{
    QString missing;
    // A character is looked up once a font, not once a use. The fonts are a handful, found by comparing them:
    // QFont::key() spells every property out, which took more time than the lookups (issue 18).
    struct Asked {
        QFont font;
        QFontMetricsF metrics;
        QSet<char32_t> seen;
    };
    std::vector<Asked> asked;
    for (const QTextLayout *l : allLayouts(m_textLayouts, m_tables)) {
        const QFont font = l->font();
        auto known = std::find_if(asked.begin(), asked.end(), [&font](const Asked &a) { return a.font == font; });
        if (known == asked.end()) known = asked.insert(asked.end(), Asked{font, QFontMetricsF(font), {}});
        const QFontMetricsF &fm = known->metrics;
        QSet<char32_t> &seen = known->seen;
        const QString text = l->text();
        for (int i = 0; i < text.size(); ++i) {
            char32_t c = text[i].unicode();
            if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i], text[i + 1]);
                ++i;
            }
            if (seen.contains(c)) continue;
            seen.insert(c);
            if (c <= 0x20 || QChar::isSpace(c) || fm.inFontUcs4(c)) continue;
            const QString s = QString::fromUcs4(&c, 1);
            if (!missing.contains(s)) missing += s;
        }
    }
    return missing;
}

QList<char32_t> PageLayout::characters() const
{
    QList<char32_t> list;
    QSet<char32_t> seen;
    for (const QTextLayout *l : allLayouts(m_textLayouts, m_tables)) {
        const QString text = l->text();
        for (qsizetype i = 0; i < text.size(); ++i) {
            char32_t c = text[i].unicode();
            if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i], text[i + 1]);
                ++i;
            }
            if (!seen.contains(c)) {
                seen.insert(c);
                list << c;
            }
        }
    }
    return list;
}

} // namespace nianbao
