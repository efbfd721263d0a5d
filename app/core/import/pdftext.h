// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text layer of a PDF as poppler gives it: what the PDF module (import/popplertext.cpp, a shared module
// loaded only when a PDF is read) hands to the PDF reader. poppler and the libraries it needs were a quarter of
// the relocations of every start of nianbao (the editor, --version, export), though only PDF import uses them
// (issue 18).

#include "import/pdflayout.h"

#include <QByteArray>

namespace nianbao::import {

struct PdfText {
    enum class Outcome { Read, Unreadable, Locked, TooManyPages };
    Outcome outcome = Outcome::Unreadable;
    int pageCount = 0;
    QList<PdfPage> pages; // when read
};

// The module's one entry point, looked up by this name; the name carries the version of this interface, so a
// module of another build is refused rather than called with a different PdfText.
using ReadPdfText = void (*)(const QByteArray &pdf, int maxPages, PdfText *out);
inline constexpr char kReadPdfTextSymbol[] = "nianbao_read_pdf_text_v1";

// The same function in a program that compiles import/popplertext.cpp in (NIANBAO_PDF_TEXT_LINKED_IN: the fuzzer,
// whose instrumentation does not reach into a loaded module); given to PdfModule::useLinked().
ReadPdfText linkedPdfTextReader();

} // namespace nianbao::import
