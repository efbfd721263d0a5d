// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One table of the report laid out for printing: column widths, wrapped cell text and row heights, read from
// the template's grid (GridEntry spans), so labels and merges come out exactly as the template defines them.
// Geometry is in device units of the paint device the table is laid out for.

#include "model/reportdata.h"

#include <QFont>
#include <QList>
#include <QTextLayout>
#include <memory>
#include <vector>

class QPaintDevice;

namespace nianbao {

class PageCanvas;

class TableLayout
{
public:
    // Column widths shared by `tables` (the blocks of section 二 stack as one table), filling `width`: value
    // columns share one width, label columns get what makes the tables shortest. `numbersFit` says false when
    // even the narrowest label columns leave too little room and numbers wrap: a smaller size is then better.
    static QList<double> columnWidths(const ReportData &report, const QList<const TableDef *> &tables,
                                      const QFont &font, double width, QPaintDevice *device, bool *numbersFit = nullptr);

    TableLayout(const ReportData &report, const TableDef &table, const QFont &font, const QList<double> &columnWidths,
                QPaintDevice *device);

    int rowCount() const { return int(m_rowHeights.size()); }
    int headerRows() const { return m_headerRows; }
    double rowHeight(int row) const { return m_rowHeights[row]; }
    double headerHeight() const;
    double width() const;
    // How many merged cells a page break above `row` would cut (header rows are never cut: a huge number).
    int cutsAbove(int row) const { return m_cuts[row]; }
    // Draws the header rows and then data rows first … last, top-left corner at `origin`. Returns the height.
    double draw(PageCanvas &canvas, const QPointF &origin, int first, int last) const;
    QList<const QTextLayout *> textLayouts() const;
    // The glyph runs of every cell's text, as drawn (kept from the layout).
    QList<QGlyphRun> glyphRuns() const;

private:
    // A cell's text laid out, with the glyphs that draw it; shared with the same label in other reports.
    struct CellText {
        std::shared_ptr<const QTextLayout> layout;
        QList<QGlyphRun> runs;
        int lines = 0;
    };
    struct Cell {
        const GridEntry *entry = nullptr;
        std::shared_ptr<const CellText> text;
        double textHeight = 0;
    };
    void drawCell(PageCanvas &canvas, const Cell &cell, const QRectF &rect, bool whole, bool firstPart) const;

    const TableDef &m_table;
    QList<double> m_columnX; // left edge of every column and the table's right edge
    QList<double> m_rowHeights;
    QList<int> m_cuts;
    int m_headerRows = 0;
    double m_lineHeight = 0;
    double m_rule = 0;
    double m_padX = 0;
    double m_padY = 0;
    std::vector<Cell> m_cells;
};

} // namespace nianbao
