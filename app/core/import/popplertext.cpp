// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF module (libnianbao-pdf): the words of a PDF's pages through poppler-qt6. Built as a shared module of
// its own so that only reading a PDF loads poppler (import/pdfmodule.h); the layout and the messages stay in
// the program (import/pdfreader.cpp).

#include "import/pdftext.h"

#include <poppler-qt6.h>

namespace {

// poppler prints its parse errors on stderr; a damaged file is reported to the clerk by its outcome instead.
void quiet(const QString &, const QVariant &) {}

void readPdfText(const QByteArray &pdf, int maxPages, nianbao::import::PdfText *out)
{
    using Outcome = nianbao::import::PdfText::Outcome;
    Poppler::setDebugErrorFunction(quiet, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document) {
        out->outcome = Outcome::Unreadable;
        return;
    }
    if (document->isLocked()) {
        out->outcome = Outcome::Locked;
        return;
    }
    out->pageCount = document->numPages();
    if (out->pageCount > maxPages) {
        out->outcome = Outcome::TooManyPages;
        return;
    }
    for (int p = 0; p < document->numPages(); ++p) {
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        nianbao::import::PdfPage text;
        if (page) {
            text.size = page->pageSizeF();
            for (const std::unique_ptr<Poppler::TextBox> &box : page->textList())
                text.words.append({box->text(), box->boundingBox()});
        }
        out->pages << text;
    }
    out->outcome = Outcome::Read;
}

} // namespace

#ifdef NIANBAO_PDF_TEXT_LINKED_IN
// Linked into a program (the fuzzer) instead of loaded: the reader finds it through this function.
namespace nianbao::import {
ReadPdfText linkedPdfTextReader()
{
    return readPdfText;
}
} // namespace nianbao::import
#else
extern "C" Q_DECL_EXPORT void nianbao_read_pdf_text_v1(const QByteArray &pdf, int maxPages, nianbao::import::PdfText *out)
{
    readPdfText(pdf, maxPages, out);
}
#endif
