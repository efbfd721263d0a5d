// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who must report: the units list of a consolidation (UNITS.csv: name, level, optional code), and how the
// children met it: the missing, the unexpected and the duplicated (two files of one organ).

#include "consolidation/children.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace nianbao {

struct Unit {
    QString name;
    QString level;
    QString code;
    int line = 0;
};

class UnitList
{
public:
    // CSV as Excel and WPS write it (UTF-8 with or without BOM, or GB18030; commas; quoted fields), one unit a
    // line; a first line naming the columns and lines starting with # are skipped. A line without a name or a
    // unit listed twice is an error naming the line.
    static std::optional<UnitList> parse(const QByteArray &bytes, const QString &name, QString *error);
    static std::optional<UnitList> load(const QString &path, QString *error);
    QList<Unit> units;
};

struct DuplicatedUnit {
    QString organ;
    QStringList paths;
};

struct UnitMatch {
    QList<Unit> missing;           // listed, no child names it
    QList<int> unexpected;         // indexes of children whose organ the list does not name
    QList<DuplicatedUnit> duplicated;
    QStringList missingNames() const;
    QStringList duplicatedNames() const;
};

// Organ names compare without spaces (full- or half-width), as clerks type them. Without a list (`units` null)
// only duplicates are found.
UnitMatch matchUnits(const QList<ChildReport> &children, const UnitList *units);
QString organKey(const QString &organ);

} // namespace nianbao
