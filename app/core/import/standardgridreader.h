// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a table section written exactly as its printed grid: the standard text layout (spec §10: one line per
// grid row, every position tab-separated, merged areas empty), the same with "|", or one grid entry per line.
// When the text is such a grid, every value and every blank is where the grid says: nothing is guessed.

#include "import/tablelayout.h"
#include "import/tablemodel.h"
#include "model/reportdata.h"

#include <QHash>

namespace nianbao::import {

class StandardGridReader
{
public:
    struct Cell {
        CellValue value;
        int line = 0;
    };
    // False when the text in [from, to) is not exactly the grids of `tables` in this layout.
    static bool read(const SourceText &source, int from, int to, TableLayout layout, const ReportTemplate &t,
                     const QList<TableModel> &tables, QHash<QString, Cell> *cells);
};

} // namespace nianbao::import
