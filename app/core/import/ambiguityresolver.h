// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Narrows the readings of ambiguous rows with what else is known: the table's own identities (the template's
// derivations: a row's total = Σ six columns, the section 三 and 四 sums) and, for a gov-2019 report, last year's
// report (this year's prior-year count = last year's prior-year count + last year's change). A reading is dropped only when it contradicts them;
// when no reading is consistent, nothing is dropped.

#include "import/importresult.h"
#include "import/rowread.h"
#include "model/reportdata.h"

namespace nianbao::import {

class AmbiguityResolver
{
public:
    static void resolve(const ReportTemplate &t, QList<RowRead> &rows, const ReportData *lastYear,
                        QList<ImportDecision> &decisions);

    // Pairs (prior-year count, change) whose sum last year is this year's prior-year count. In the national
    // format the signed cells are the change columns and each stands right after its prior-year count column,
    // so the pair is read from the grid: a signed cell and the count cell to its left.
    struct PriorYearLink {
        QString prior;
        QString change;
    };
    static QList<PriorYearLink> priorYearLinks(const ReportTemplate &t);
};

} // namespace nianbao::import
