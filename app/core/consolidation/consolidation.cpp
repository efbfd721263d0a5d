// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/consolidation.h"

#include <QDir>
#include <QFileInfo>

namespace nianbao {

QStringList Consolidation::expandFolders(const QStringList &given)
{
    QStringList out;
    for (const QString &path : given) {
        if (!QFileInfo(path).isDir()) {
            out << path;
            continue;
        }
        const QDir dir(path);
        for (const QString &name : dir.entryList({QStringLiteral("*.nianbao"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            out << dir.filePath(name);
    }
    return out;
}

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
    ReportData r = nianbao::rollUp(sums, organ, year, RollUpNotes{int(set.children.size()), units.missingNames(), units.duplicatedNames()});
    for (const ChildReport &child : set.children) r.meta.consolidatedFrom << QFileInfo(child.path).absoluteFilePath();
    return r;
}

QStringList Consolidation::linkedChildren(const ReportData &rollUp, const QString &reportFile)
{
    const QDir folder = reportFile.isEmpty() ? QDir::current() : QFileInfo(reportFile).absoluteDir();
    QStringList paths;
    for (const QString &name : rollUp.meta.consolidatedFrom) paths << QDir::cleanPath(folder.absoluteFilePath(name));
    return paths;
}

QStringList Consolidation::childNames(const QStringList &paths, const QString &reportFile)
{
    if (reportFile.isEmpty()) return paths;
    const QDir folder = QFileInfo(reportFile).absoluteDir();
    QStringList names;
    for (const QString &path : paths) names << folder.relativeFilePath(QFileInfo(path).absoluteFilePath());
    return names;
}

} // namespace nianbao
