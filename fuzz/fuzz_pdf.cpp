// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the PDF reader: any bytes must read or be refused without a crash, a hang or a sanitizer
// report, and what is read must go through the importer. poppler is a system library (not instrumented), so
// coverage guides the fuzzer only through our code; inputs that do not start as a PDF are therefore made into
// pages of positioned words and given to PdfLayout directly, which is the part of the reader that is ours.
//   fuzz/run-fuzzers.sh [seconds] fuzz_pdf   (the checked-in published PDFs are the seed corpus)

#include "import/blocktext.h"
#include "import/pdflayout.h"
#include "import/pdfmodule.h"
#include "import/pdfreader.h"
#include "import/publishedimporter.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>

namespace {

using namespace nianbao::import;

// A coordinate as poppler gives it: mostly on an A4 page, sometimes anywhere a damaged page matrix puts it.
double coordinate(FuzzedDataProvider &in)
{
    return in.ConsumeBool() ? in.ConsumeFloatingPointInRange(-50.0, 900.0) : in.ConsumeFloatingPoint<double>();
}

QList<PdfPage> pagesOf(FuzzedDataProvider &in)
{
    QList<PdfPage> pages(in.ConsumeIntegralInRange(1, 4));
    for (PdfPage &page : pages) page.size = QSizeF(595.0, 842.0);
    while (in.remaining_bytes() > 0) {
        PdfPage &page = pages[in.ConsumeIntegralInRange<qsizetype>(0, pages.size() - 1)];
        const double left = coordinate(in), top = coordinate(in);
        const double width = in.ConsumeFloatingPointInRange(0.0, 200.0), height = in.ConsumeFloatingPointInRange(0.0, 30.0);
        const std::string text = in.ConsumeRandomLengthString(24);
        page.words.append({QString::fromUtf8(text.data(), qsizetype(text.size())), QRectF(left, top, width, height)});
    }
    return pages;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    PdfModule::useLinked(linkedPdfTextReader()); // poppler's part compiled in, not loaded (fuzz/CMakeLists.txt)
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    PublishedDocument doc;
    if (bytes.startsWith("%PDF")) {
        doc = PdfReader::read(bytes);
    } else {
        FuzzedDataProvider in(data, size);
        doc.blocks = PdfLayout::blocks(pagesOf(in));
    }
    if (!doc.ok()) return 0;
    (void)BlockText::of(doc);
    (void)PublishedImporter::importDocument(doc, {nullptr, QStringLiteral("fuzz")}, QStringLiteral("fuzz")).reportText();
    return 0;
}
