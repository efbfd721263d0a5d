// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Repetition across units: a unit whose prose shares more than half of its character n-grams with another
// unit's, by XY-DUP's measure (the template's proseRepeat check: its sections, n-gram length and threshold).
// Evaluators deduct for copying another unit's report as they do for copying last year's.

#include "consolidation/children.h"

#include <QList>
#include <vector>

namespace nianbao {

struct RepeatedProse {
    int unit = 0;    // index of the child whose prose repeats …
    int other = 0;   // … the prose of this child
    int percent = 0; // share of the unit's n-grams that also occur in the other's (as repeatedPercent counts)
};

// The distinct n-grams of the prose XY-DUP looks at, as 32-bit fingerprints, sorted. Letters and digits only,
// as in repeatedPercent (yearly/crossyear), so re-punctuating a copied paragraph does not hide it; n-grams do not
// cross from one section into the next. (A province's 20 million n-grams have a few thousand fingerprint
// collisions in all: for one pair of units that is a thousandth of an n-gram.)
std::vector<quint32> proseFingerprints(const ReportData &report);

// Every (unit, other) pair over the threshold, by unit then by percent (highest first); two files of one organ
// are a duplicate, not a copy. Near-linear for a province's thousands of reports: candidates are found through
// each unit's rarest n-grams only (a pair over half must share one of them), and only candidates are measured.
// Takes the children's proseFingerprints (computed while reading), leaving them empty: a province's are large.
QList<RepeatedProse> repetitionAcrossUnits(QList<ChildReport> &children);

} // namespace nianbao
