// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Repetition across units: a unit whose prose shares more than half of its character n-grams with another
// unit's, by XY-DUP's measure (the template's proseRepeat check: its sections, n-gram length and threshold).
// Evaluators deduct for copying another unit's report as they do for copying last year's.

#include "consolidation/children.h"

#include <QList>

namespace nianbao {

struct RepeatedProse {
    int unit = 0;    // index of the child whose prose repeats …
    int other = 0;   // … the prose of this child
    int percent = 0; // share of the unit's n-grams that also occur in the other's (repeatedPercent)
};

// Every (unit, other) pair over the threshold, by unit then by percent (highest first). Linear in the amount of
// prose for a province's thousands of reports: candidates are found through their rarest n-grams only (a pair
// over half shares at least one of them), and only candidates are measured exactly.
QList<RepeatedProse> repetitionAcrossUnits(const QList<ChildReport> &children);

} // namespace nianbao
