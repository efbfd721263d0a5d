// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/consolidation.h"

namespace nianbao {

Consolidation Consolidation::run(const QStringList &paths, const UnitList *units)
{
    return of(ChildReader::read(paths), units);
}

Consolidation Consolidation::of(ChildSet set, const UnitList *units)
{
    Consolidation c;
    c.set = std::move(set);
    c.formatDifferences = nianbao::formatDifferences(c.set.children);
    c.units = matchUnits(c.set.children, units);
    if (c.set.children.isEmpty() || !c.formatDifferences.isEmpty()) return c;
    c.format = c.set.children.first().report.format;
    c.year = c.set.children.first().report.meta.year;
    c.sums = ChildSums::of(c.format, c.set.children);
    c.repetition = repetitionAcrossUnits(c.set.children);
    return c;
}

bool Consolidation::anyChildHasErrors() const
{
    for (const ChildReport &child : set.children)
        if (child.counts.errors > 0) return true;
    return false;
}

ReportData Consolidation::rollUp(const QString &organ) const
{
    return nianbao::rollUp(sums, organ, year, RollUpNotes{int(set.children.size()), units.missingNames(), units.duplicatedNames()});
}

} // namespace nianbao
