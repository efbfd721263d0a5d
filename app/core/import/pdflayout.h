// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words of a PDF's pages, with their positions, made into paragraphs and tables: words on one baseline
// form a line; a wide gap separates the fields of a line; runs of lines with several fields are a table whose
// value columns come from the x positions of the values (so a blank cell keeps its column); a table that goes
// on over a page break stays one table; page numbers and repeated running heads are dropped.

#include "import/publisheddocument.h"

#include <QRectF>
#include <QSizeF>

namespace nianbao::import {

struct PdfWord {
    QString text;
    QRectF box; // in points, y downwards
};

struct PdfPage {
    QSizeF size;
    QList<PdfWord> words;
};

class PdfLayout
{
public:
    static std::vector<DocumentBlock> blocks(const QList<PdfPage> &pages);
    static bool isValueText(const QString &field);
};

} // namespace nianbao::import
