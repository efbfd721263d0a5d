// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a PDF's text layer through poppler-qt6 (in the PDF module, import/pdfmodule.h): the words of every page
// with their positions, laid out into paragraphs and tables by PdfLayout. A PDF without text (a scan) is refused:
// nianbao does no OCR.

#include "import/publisheddocument.h"

#include <QByteArray>

namespace nianbao::import {

class PdfReader
{
public:
    static PublishedDocument read(const QByteArray &pdf);
};

} // namespace nianbao::import
