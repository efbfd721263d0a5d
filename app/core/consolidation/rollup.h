// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sum of the children's cells, the roll-up report written from it, and a parent report compared with it.
// Which cells add up, and how much a difference matters, is the template's "additivity" (data).

#include "consolidation/children.h"

#include <QList>
#include <optional>

namespace nianbao {

// Σ children per cell of the common format (indexed like format->cellIds()). Money is added in 分, which makes
// "0.5万元" and "5000元" the same amount; blank counts as 0, an unconfirmed cell as its proposed reading.
struct ChildSums {
    TemplatePtr format;
    QList<qint64> sum;
    QList<int> filled;        // children with a value (or a proposed reading) in the cell
    QList<int> unconfirmed;   // of which not yet confirmed

    static ChildSums of(const TemplatePtr &format, const QList<ChildReport> &children);
    bool adds(int index) const { return format->cellAt(index).additivity != Additivity::None; }
};

struct RollUpNotes {
    int children = 0;
    QStringList missingUnits;
    QStringList duplicatedUnits;
};

// The parent report: every additive cell the sum (blank where no child filled it; unconfirmed where a child's
// reading is), the organ and year given,
// and in section 六 a note of how many reports it sums and which units are missing or duplicated (wording from
// the template's phrases).
ReportData rollUp(const ChildSums &sums, const QString &organ, int year, const RollUpNotes &notes);

struct CellComparison {
    QString cellId;
    Additivity additivity = Additivity::None;
    std::optional<qint64> parent;  // empty: the parent leaves the cell blank
    qint64 sum = 0;
    qint64 delta = 0;              // parent − Σ (blank parent counts as 0)
    bool differs = false;
    // Text as the report prints it (money in the cell's unit).
    QString parentText;
    QString sumText;
    QString deltaText;
};

// Every additive cell, what needs action first: differing strict cells, then loose, then information, each in
// the template's order; then the cells that agree.
QList<CellComparison> compareWithSums(const ReportData &parent, const ChildSums &sums);
// Whether a difference in a cell of this class makes the comparison fail (exit 1).
inline bool differenceIsError(const CellComparison &c) { return c.differs && c.additivity == Additivity::Strict; }

} // namespace nianbao
