// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/pdfreader.h"

#include "import/pdflayout.h"
#include "import/pdfmodule.h"

#include <QCoreApplication>

namespace nianbao::import {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

constexpr int kMaxPages = 500;

} // namespace

PublishedDocument PdfReader::read(const QByteArray &pdf)
{
    PublishedDocument doc;
    const ReadPdfText readText = PdfModule::reader(&doc.error);
    if (!readText) return doc;
    PdfText text;
    readText(pdf, kMaxPages, &text);
    switch (text.outcome) {
    case PdfText::Outcome::Unreadable:
        doc.error = ImportText::tr("not a readable PDF file");
        return doc;
    case PdfText::Outcome::Locked:
        doc.error = ImportText::tr("the PDF is protected by a password");
        return doc;
    case PdfText::Outcome::TooManyPages:
        doc.error = ImportText::tr("the PDF has %1 pages; a report has at most %2").arg(text.pageCount).arg(kMaxPages);
        return doc;
    case PdfText::Outcome::Read:
        break;
    }
    qsizetype words = 0;
    for (const PdfPage &page : std::as_const(text.pages)) words += page.words.size();
    if (words == 0) {
        doc.error = ImportText::tr("the PDF has no text layer: it is a scan (pictures of pages). nianbao does not "
                                   "recognise text in pictures; ask for the report as a PDF with text, a Word file or "
                                   "a web page, or type it in");
        return doc;
    }
    doc.blocks = PdfLayout::blocks(text.pages);
    return doc;
}

} // namespace nianbao::import
