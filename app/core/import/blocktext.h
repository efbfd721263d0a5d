// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text the importer reads, made from the blocks of a published file: a paragraph is a line, a table row is
// a line of tab-separated fields with an empty field for every grid position a merged cell covers (the way Word
// and WPS copy a table), so the importer's tab layout reads each value in its column. Every line remembers
// where it came from (page, table and row), so that the import notes name the place in the file.

#include "import/publisheddocument.h"

#include <QStringList>

namespace nianbao::import {

struct BlockText {
    QString text;
    QStringList places; // places[line - 1]: "page 2", "table 3, row 5 (page 2)"; empty when nothing to add

    QString placeOfLine(int line) const { return line >= 1 && line <= places.size() ? places[line - 1] : QString(); }
    static BlockText of(const PublishedDocument &document);
};

} // namespace nianbao::import
