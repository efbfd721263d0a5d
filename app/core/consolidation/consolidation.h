// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 汇总: a government's report from its departments' and townships' reports. Reads the children, refuses mixed
// formats or years, adds up the additive cells, and names who is missing, unexpected, duplicated or copying.

#include "consolidation/children.h"
#include "consolidation/repetition.h"
#include "consolidation/rollup.h"
#include "consolidation/units.h"

namespace nianbao {

struct Consolidation {
    ChildSet set;
    QStringList formatDifferences; // non-empty: the children are refused (mixed formats or years)
    TemplatePtr format;            // the children's common format (null when none was read or they differ)
    int year = 0;
    ChildSums sums;
    UnitMatch units;
    QList<RepeatedProse> repetition;

    // A folder stands for the reports in it (its .nianbao files and published texts), in name order.
    static QStringList expandFolders(const QStringList &given);
    // `units` may be null (no list given).
    static Consolidation run(const QStringList &paths, const UnitList *units);
    static Consolidation of(ChildSet set, const UnitList *units);
    bool canSum() const { return format && formatDifferences.isEmpty(); }
    bool anyChildHasErrors() const;
    // The roll-up names its children (meta.consolidatedFrom) by absolute path.
    ReportData rollUp(const QString &organ) const;

    // The children a roll-up names, as absolute paths: a relative name is relative to the folder of `reportFile`
    // (the roll-up's own file; empty when it was never saved).
    static QStringList linkedChildren(const ReportData &rollUp, const QString &reportFile);
    // The names a roll-up saved as `reportFile` records: relative to its folder, so the folder can move whole.
    static QStringList childNames(const QStringList &paths, const QString &reportFile);
};

} // namespace nianbao
