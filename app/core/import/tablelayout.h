// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the cells of a table are laid out in the text, and the value tokens of a piece of it.

#include "import/sourcetext.h"
#include "import/valuetokens.h"

namespace nianbao::import {

enum class TableLayout {
    Tabs,            // one grid row per line, cells separated by tabs
    Pipes,           // one grid row per line, cells separated by "|" (Markdown tables too)
    OneCellPerLine,  // every cell on its own line, blank lines for blank cells
    Flattened,       // cells separated by spaces, irregular spaces or nothing at all
};

class TableLayoutReader
{
public:
    static TableLayout detect(const SourceText &source, int from, int to);
    static QString name(TableLayout layout);
    static QChar separator(TableLayout layout); // tab or "|"; null for the others

    // The value tokens of the text between a row's label (at `from`) and the next label (at `to`). For the
    // separated layouts only lines that hold a value count, and there an empty field is an Empty token (a
    // blank cell by position); text without digits is left out (it is a label or a label's continuation).
    static QList<ValueToken> tokens(const SourceText &source, int from, int to, TableLayout layout);

    // The fields of one line of a separated layout ("| a | b |" → a, b).
    static QStringList fields(const QString &line, TableLayout layout, bool fromMidLine = false);
};

} // namespace nianbao::import
