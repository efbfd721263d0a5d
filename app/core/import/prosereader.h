// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Prose as the report stores it: one paragraph per line, trimmed, without empty lines or rule lines; a line
// that goes on with the sentence of the line before (a hard break of the source) joins it.

#include "import/sourcetext.h"

namespace nianbao::import {

class ProseReader
{
public:
    static QString read(const SourceText &source, int from, int to);
    // The note before a table: the same, without lines of table cells ("| 类别 | 数据1 |" headers of Markdown).
    static QString readNote(const SourceText &source, int from, int to);
    static QString paragraphs(const QString &text);
};

} // namespace nianbao::import
