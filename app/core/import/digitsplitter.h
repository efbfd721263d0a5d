// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the value tokens of one table row into its cells. Runs of digits written together ("8801" for three
// cells) are split every way the rules allow: a value never has a leading zero (except 0 itself), only money
// has decimals, a sign only starts a value, a unit only ends one, and no blank cell hides inside a run. Every
// complete reading is returned; one reading means the row is certain.

#include "import/valuetokens.h"
#include "model/quantity.h"

#include <optional>

namespace nianbao::import {

struct CellSpec {
    CellType type = CellType::Count;
    MoneyUnit unit = MoneyUnit::None; // money: unit of a value written without one
    bool fixedUnit = false;
};

using Reading = QList<std::optional<Quantity>>; // one entry per cell; nullopt is a blank cell

class DigitSplitter
{
public:
    struct Result {
        QList<Reading> readings;
        bool overflow = false;     // more readings than the cap: too many to offer
        bool splitRuns = false;    // some run was read as several values
        qint64 valuesTried = 0;    // the search's work, bounded whatever the run (overflow past the bound)
    };
    static constexpr int kDefaultCap = 50000; // more readings than this are not worth offering

    // Tokens are Run and Blank tokens (an Unreadable token makes any reading impossible).
    static Result read(const QList<ValueToken> &tokens, const QList<CellSpec> &cells, int cap = kDefaultCap);
    // One written value ("+806", "20009.5483万元", "2笔") for a cell, with the rules above; nullopt if invalid.
    static std::optional<Quantity> parseValue(const QString &normalised, const CellSpec &spec);
    // A run that cannot be one value because of a leading zero ("00", "0000000").
    static bool mustSplit(const QString &normalised);
};

} // namespace nianbao::import
