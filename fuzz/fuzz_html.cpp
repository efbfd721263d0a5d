// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the web-page reader: any bytes must read (gumbo accepts everything) without a crash,
// a hang or a sanitizer report, and what is read must go through the importer.
//   fuzz/run-fuzzers.sh [seconds]   (the checked-in pages are the seed corpus)

#include "import/blocktext.h"
#include "import/htmlreader.h"
#include "import/publishedimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nianbao::import;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const PublishedDocument doc = HtmlReader::read(bytes);
    if (!doc.ok()) return 0;
    (void)BlockText::of(doc);
    (void)PublishedImporter::importDocument(doc, {nullptr, QStringLiteral("fuzz")}, QStringLiteral("fuzz")).reportText();
    return 0;
}
