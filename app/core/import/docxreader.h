// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a Word .docx (Office Open XML) into paragraphs and tables: the document's own table grid, with
// w:gridSpan (merged across) and w:vMerge (merged down) as spans, so a cell of the file is a cell.

#include "import/publisheddocument.h"

#include <QByteArray>

namespace nianbao::import {

class DocxReader
{
public:
    static PublishedDocument read(const QByteArray &docx);
    // word/document.xml alone (for tests and the fuzzer)
    static PublishedDocument readDocumentXml(const QByteArray &xml);
};

} // namespace nianbao::import
