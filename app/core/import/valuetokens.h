// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits the text that stands between the labels of a table row into value tokens: runs of digits (with sign,
// decimals and unit word, e.g. "-79", "增加 806" → "+806", "10822 万元"), blank marks ("/", "—") and other text.

#include <QList>
#include <QString>

namespace nianbao::import {

struct ValueToken {
    enum class Kind { Empty, Blank, Run, Unreadable, Text };
    Kind kind = Kind::Empty;
    QString text;   // Run: normalised ("+806", "20009.5483万元"); others: as written
    QString raw;    // as written
    int start = 0;  // offset of the token in the text given to the tokenizer
    int line = 0;   // filled by the caller
    int end = -1;   // filled by the caller: offset in the source text just after the token (or its field)
    bool single = false; // a run that is one value (a field of a table whose cells are separated)

    bool isValue() const { return kind == Kind::Run || kind == Kind::Blank || kind == Kind::Unreadable; }
};

class ValueTokenizer
{
public:
    static QList<ValueToken> tokenize(const QString &text);
    // A field of a table whose cells are separated (tab, pipe, one per line): empty, a blank mark, one or more
    // values, text without digits (a label, dropped), or digits mixed with text (an unreadable value).
    static QList<ValueToken> field(const QString &text);
    static bool isCountUnit(QChar c);
};

} // namespace nianbao::import
