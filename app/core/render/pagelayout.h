// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A report set on GB/T 9704 pages (spec §7): body lines on the grid of 22 lines a page, tables broken between
// rows with their header rows repeated, signature and date as the standard places them, 版记 at the foot of the
// last page, page numbers "— n —" alternating sides. Laid out once for a paint device, then painted page by page.

#include "model/reportdata.h"
#include "render/fontset.h"

#include <QGlyphRun>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace nianbao {

class PageCanvas;
class TableLayout;

class PageLayout
{
public:
    // Fonts are measured at the device's resolution; PageRenderer always passes its measuring device (720 dpi)
    // and scales the painter to the device it paints on.
    PageLayout(const ReportData &report, const FontSet &fonts, QPaintDevice *device);
    ~PageLayout();

    // Whether layouts on the measuring device lay their tables out on a second core (SideThread) while the calling
    // thread lays out the text around them (issue 18: 0.5 ms of a 21 ms export). For `nianbao export REPORT -o
    // OUT.pdf` only: Qt's font engines belong to the thread that made them, so the tables' thread stays, idle, as
    // long as their layout, and the PDF writer keeps faces it read through an engine after the layout is gone, which
    // must not outlive the thread; a process that exports once and ends never meets that. Off by default.
    static void setTablesApart(bool apart);
    // Runs `job` on the thread this layout's tables were laid out on, idle since, for other work of the same export
    // that uses no font engine (the PDF's page streams); false when there is none: the caller does the work itself.
    bool runBeside(std::function<void()> job) const;

    int pageCount() const { return int(m_pages.size()); }
    // Draws one page; the canvas's origin is the paper's top-left corner, in layout units.
    void drawPage(PageCanvas &canvas, int index) const;
    // The same on a painter (through PainterCanvas).
    void paintPage(QPainter &painter, int index) const;
    // Families that actually print glyphs, and characters that no installed font has (printed as empty boxes).
    QStringList fontFamiliesUsed() const;
    QString missingCharacters() const;
    // Every character the pages show, once, in the order of first appearance (for the PDF's text maps).
    QList<char32_t> characters() const;

private:
    struct Unit;
    struct PlacedLine {
        std::shared_ptr<QTextLayout> layout;
        int line = 0;
        QPointF origin; // the position passed to QTextLine::draw, relative to the text block
        // The line's glyph runs, made the first time they are asked for (the check of the faces used, then the
        // drawing): making them is most of drawing a page.
        mutable std::optional<QList<QGlyphRun>> runs;
        const QList<QGlyphRun> &glyphRuns() const;
    };
    struct PlacedTable {
        std::shared_ptr<TableLayout> table;
        QPointF origin;
        int first = 0;
        int last = 0;
    };
    struct PlacedRule {
        QLineF line;
        double width = 0;
    };
    struct Page {
        QList<PlacedLine> lines;
        QList<PlacedTable> tables;
        QList<PlacedRule> rules;
    };

    class Builder;
    friend class Builder;
    class TablesThread;
    // First, so it ends last: the tables laid out on it hold its font engines.
    std::unique_ptr<TablesThread> m_tablesThread;
    QList<Page> m_pages;
    QList<std::shared_ptr<QTextLayout>> m_textLayouts;
    QList<std::shared_ptr<TableLayout>> m_tables;
    double m_left = 0; // the text block's top-left corner on the paper, device units
    double m_top = 0;
};

} // namespace nianbao
