// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/pdfreader.h"

#include "import/pdflayout.h"

#include <QCoreApplication>
#include <poppler-qt6.h>

namespace nianbao::import {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

constexpr int kMaxPages = 500;

// poppler prints its parse errors on stderr; a damaged file is reported to the clerk by its outcome instead.
void quiet(const QString &, const QVariant &) {}

} // namespace

PublishedDocument PdfReader::read(const QByteArray &pdf)
{
    PublishedDocument doc;
    Poppler::setDebugErrorFunction(quiet, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document) {
        doc.error = ImportText::tr("not a readable PDF file");
        return doc;
    }
    if (document->isLocked()) {
        doc.error = ImportText::tr("the PDF is protected by a password");
        return doc;
    }
    if (document->numPages() > kMaxPages) {
        doc.error = ImportText::tr("the PDF has %1 pages; a report has at most %2").arg(document->numPages()).arg(kMaxPages);
        return doc;
    }
    QList<PdfPage> pages;
    int words = 0;
    for (int p = 0; p < document->numPages(); ++p) {
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        PdfPage out;
        if (page) {
            out.size = page->pageSizeF();
            for (const std::unique_ptr<Poppler::TextBox> &box : page->textList())
                out.words.append({box->text(), box->boundingBox()});
        }
        words += int(out.words.size());
        pages << out;
    }
    if (words == 0) {
        doc.error = ImportText::tr("the PDF has no text layer: it is a scan (pictures of pages). nianbao does not "
                                   "recognise text in pictures; ask for the report as a PDF with text, a Word file or "
                                   "a web page, or type it in");
        return doc;
    }
    doc.blocks = PdfLayout::blocks(pages);
    return doc;
}

} // namespace nianbao::import
