// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the .docx reader: any bytes, as a whole package or as word/document.xml, must read or be
// refused without a crash, a hang or a sanitizer report, and what is read must go through the importer.
//   fuzz/run-fuzzers.sh [seconds]   (the checked-in .docx files are the seed corpus)

#include "import/blocktext.h"
#include "import/docxreader.h"
#include "import/publishedimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nianbao::import;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // Half the inputs as the package, half as its XML (so the XML reader is reached without a valid ZIP).
    const PublishedDocument doc = bytes.startsWith("PK") ? DocxReader::read(bytes) : DocxReader::readDocumentXml(bytes);
    if (!doc.ok()) return 0;
    (void)BlockText::of(doc);
    (void)PublishedImporter::importDocument(doc, {nullptr, QStringLiteral("fuzz")}, QStringLiteral("fuzz")).reportText();
    return 0;
}
