// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/reportassembler.h"

#include <set>
#include <tuple>

namespace nianbao::import {

void ReportAssembler::putCells(const QList<RowRead> &rows, ReportData &report, QList<AmbiguousGroup> &ambiguities)
{
    for (const RowRead &row : rows) {
        if (row.readings.isEmpty()) continue;
        if (row.readings.size() > 1) ambiguities << AmbiguousGroup{row.cellIds, row.readings, row.sourceText, row.line};
        for (int k = 0; k < row.cellIds.size(); ++k) {
            const std::optional<Quantity> &first = row.readings.first()[k];
            bool same = true;
            QList<Quantity> candidates;
            std::set<std::tuple<qint64, int, int>> seen;
            for (const Reading &r : row.readings) {
                same = same && r[k] == first;
                if (r[k] && seen.insert({r[k]->number, int(r[k]->unit), r[k]->decimals}).second) candidates << *r[k];
            }
            CellValue value = report.cell(row.cellIds[k]); // a blank of the right unit
            if (same) {
                if (first) value = CellValue::of(*first);
            } else {
                value.state = CellValue::State::Unconfirmed;
                value.candidates = candidates;
                value.value = candidates.first();
                value.sourceLine = row.line;
            }
            report.setCell(row.cellIds[k], value);
        }
    }
}

} // namespace nianbao::import
