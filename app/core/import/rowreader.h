// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns the value tokens found after a row's label into the row's cells: by position when the tokens line up
// with the cells, by splitting runs of digits when they do not, and otherwise by naming the missing or extra
// values. Every uncertain step becomes a decision for the import report.

#include "import/importresult.h"
#include "import/rowread.h"
#include "import/tablelayout.h"

#include <QHash>

namespace nianbao::import {

class RowReader
{
public:
    explicit RowReader(TableLayout layout) : m_layout(layout) {}

    // Rows whose values stand in one block learn where the values sit among the fields of a line; a row with
    // blank fields then takes the positions of the complete rows of the same shape (same fields, same cells).
    void learn(const QList<ValueToken> &tokens, int cellCount);
    RowRead read(const QList<ValueToken> &tokens, RowRead row, QList<ImportDecision> &decisions) const;

    static QString joinValues(const Reading &reading, const QList<CellSpec> &specs);
    static QString sourceTextOf(const QList<ValueToken> &tokens);

private:
    Reading positional(const QList<ValueToken> &tokens, const RowRead &row, QList<ImportDecision> &decisions,
                       QStringList *blanked) const;
    TableLayout m_layout;
    QHash<QPair<int, int>, int> m_offsets; // (tokens, cells) → index of the first value; -1 when rows disagree
};

} // namespace nianbao::import
