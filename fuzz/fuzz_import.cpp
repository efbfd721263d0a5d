// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the importer: any bytes must import or be refused without a crash, a hang or a
// sanitizer report, and whatever is imported must check, save and export.
//   fuzz/run-fuzzers.sh [seconds]   (cmake --preset fuzz; the samples are the seed corpus, fuzz/fuzz_import.dict the dictionary)

#include "checks/rules.h"
#include "export/textexport.h"
#include "files/reportfile.h"
#include "import/reportimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nianbao;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const import::ImportResult result = import::ReportImporter::importBytes(bytes, {nullptr, QStringLiteral("fuzz")});
    (void)result.reportText();
    if (!result.report) return 0;
    (void)CheckEngine::run(*result.report);
    const QByteArray saved = ReportFile::serialize(*result.report);
    if (!ReportFile::parse(saved, QStringLiteral("fuzz"), nullptr)) __builtin_trap(); // what is saved must load
    (void)import::ReportImporter::importText(TextExport::toText(*result.report));
    return 0;
}
