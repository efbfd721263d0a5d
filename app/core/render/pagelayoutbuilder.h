// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to PageLayout: the builder that turns a report into units (grid lines, blank lines, tables) and
// fills pages with them. pagelayout.cpp builds the units, pagination.cpp places them.

#include "files/sidethread.h"
#include "render/devicefonts.h"
#include "render/pagegeometry.h"
#include "render/pagelayout.h"

#include <QFont>
#include <QHash>
#include <QTextLayout>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace nianbao {

struct FlowBlock;

// One thing the pages are filled with, in reading order: a text line on the grid, an empty grid line, or a table.
struct PageLayout::Unit {
    enum class Kind { Line, Blank, Table };
    Kind kind = Kind::Line;
    std::shared_ptr<QTextLayout> layout;
    int line = 0;
    double x = 0;              // moves the line right (centred and right-set lines)
    double baseline = 0;       // from the top of the grid line to the baseline
    bool keepWithNext = false; // on the same page as the unit after it
    std::shared_ptr<TableLayout> table;
    bool joinPrevious = false; // a table that continues the one above it (the blocks of section 二)
};

// The thread the tables of a layout are laid out on. Qt's font engines belong to the thread that made them, and a
// thread's FreeType faces are closed when it ends, so it stays as long as the layout; idle once the tables are done,
// it takes other work of the same export (PageLayout::runBeside), in the order given.
class PageLayout::TablesThread
{
public:
    explicit TablesThread(std::function<void()> tables);
    ~TablesThread(); // does the work given, then ends
    bool post(std::function<void()> job); // false when no thread could be had (the tables were laid out here)

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_ending = false;
    bool m_here = false; // no thread could be had
    std::unique_ptr<SideThread> m_thread;
};

class PageLayout::Builder
{
public:
    Builder(PageLayout &out, const ReportData &report, const FontSet &fonts, QPaintDevice *device);

    void run();

private:
    double pt(double points) const { return points * m_device->logicalDpiY() / 72.0; }
    QFont gridFont(FontRole role) const;
    std::shared_ptr<QTextLayout> layoutText(const QString &text, const QFont &font, double firstIndent, double indent,
                                            double width, Qt::Alignment alignment,
                                            const QList<QTextLayout::FormatRange> &formats = {});
    // The first `count` lines of `layout` (all when negative).
    void addLines(const std::shared_ptr<QTextLayout> &layout, double baseline, bool keepWithNext, double x = 0, int count = -1);
    void addParagraphLines(const QString &text, double firstIndent, const QList<QTextLayout::FormatRange> &formats,
                           bool keepWithNext);
    void addBlank(bool keepWithNext = false);
    void addParagraph(const FlowBlock &block);
    void addCentred(const QString &text, const QFont &font, double baseline);
    // The tables of one section that stack into one ruled block, laid out; touches nothing of the builder's, so
    // that it may run on another thread.
    static QList<std::shared_ptr<TableLayout>> layOutTables(const ReportData &report, const FontSet &fonts,
                                                            const QList<const TableDef *> &tables, double width,
                                                            QPaintDevice *device);
    void addSignature(const QString &signature, const QString &date);
    void paginate();
    int slotsNeeded(int unit) const;
    void placeTable(const Unit &unit);
    void placeLine(const Unit &unit, int slot);
    void placeVersionNotes(const QString &copyTo, const QString &issuedBy);
    void addPageNumbers();
    Page &page() { return m_out.m_pages.last(); }
    void newPage()
    {
        m_out.m_pages.append(Page());
        m_y = 0;
    }
    int slotAt(double y) const { return int(std::ceil(y / m_pitch - 1e-6)); }

    PageLayout &m_out;
    const ReportData &m_report;
    const FontSet &m_fonts;
    QPaintDevice *m_device;
    double m_width = 0, m_height = 0, m_pitch = 0, m_indent = 0, m_bodyAscent = 0;
    QFont m_body;
    mutable QHash<int, QFont> m_gridFonts; // by role: each heading would otherwise measure its font again
    DeviceFonts m_deviceFonts;
    QList<Unit> m_units;
    double m_y = 0; // pagination cursor: from the top of the text block
    bool m_lastWasTable = false;
    bool m_lineKeptWithNext = false; // the line just placed belongs with what follows (a heading over a table)
};

} // namespace nianbao
