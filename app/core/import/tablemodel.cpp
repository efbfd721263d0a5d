// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tablemodel.h"

namespace nianbao::import {

TableModel TableModel::of(const ReportTemplate &t, const TableDef &table)
{
    TableModel m;
    m.table = &table;
    for (const GridEntry &e : table.entries) {
        if (e.header && !e.text.isEmpty()) {
            m.headerTexts << e.text;
            if (e.row == 0 && e.column == 0 && e.columnSpan == table.columnCount) m.caption = e.text;
        }
    }
    for (int r = 0; r < table.rowCount; ++r) {
        RowModel row;
        row.gridRow = r;
        for (const GridEntry &e : table.entries) {
            if (e.row != r || e.header) continue;
            if (!e.cellId.isEmpty()) {
                const CellDef *def = t.cell(e.cellId);
                row.cellIds << e.cellId;
                row.specs << CellSpec{def->type, def->unit, def->fixedUnit};
            } else if (!e.text.isEmpty()) {
                row.labels << e.text;
            }
        }
        if (!row.cellIds.isEmpty()) m.rows << row;
    }
    return m;
}

int TableModel::cellCount() const
{
    int n = 0;
    for (const RowModel &r : rows) n += int(r.cellIds.size());
    return n;
}

} // namespace nianbao::import
