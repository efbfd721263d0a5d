// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A template table seen the way the importer reads it: its caption, its header texts and its data rows, each
// with the labels standing in that row (outer group labels first, the row's own label last) and its cells.

#include "import/digitsplitter.h"
#include "model/reporttemplate.h"

namespace nianbao::import {

struct RowModel {
    int gridRow = 0;
    QStringList labels;   // label texts starting in this grid row, left to right; empty for a row of values only
    QStringList cellIds;  // value cells, left to right
    QList<CellSpec> specs;
    QString ownLabel() const { return labels.isEmpty() ? QString() : labels.last(); }
};

struct TableModel {
    const TableDef *table = nullptr;
    QString caption;          // a header text spanning the whole first row (section 二's 第二十条 items), if any
    QStringList headerTexts;  // every header text, in reading order
    QList<RowModel> rows;

    static TableModel of(const ReportTemplate &t, const TableDef &table);
    int cellCount() const;
};

} // namespace nianbao::import
