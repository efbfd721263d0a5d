// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds and loads the PDF module (libnianbao-pdf, poppler inside) the first time a PDF is read, where
// ProgramModule looks. NIANBAO_PDF_MODULE names the file instead (tests, benchmarks).

#include "import/pdftext.h"

#include <QString>

namespace nianbao::import {

class PdfModule
{
public:
    // The module's reader, loaded once; null with *error saying which files were looked for and why they failed.
    static ReadPdfText reader(QString *error);
    // A reader compiled into the program: no module is looked for.
    static void useLinked(ReadPdfText reader);
    // The files looked for, first to last.
    static QStringList candidates();
};

} // namespace nianbao::import
