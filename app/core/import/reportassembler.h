// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Puts the rows read from the tables into the report's cells: certain values as values, cells on which the
// readings of an ambiguous row differ as unconfirmed with every candidate.

#include "import/importresult.h"
#include "import/rowread.h"

namespace nianbao::import {

class ReportAssembler
{
public:
    static void putCells(const QList<RowRead> &rows, ReportData &report, QList<AmbiguousGroup> &ambiguities);
};

} // namespace nianbao::import
