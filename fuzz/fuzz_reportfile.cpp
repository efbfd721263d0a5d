// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the .nianbao reader must never crash, hang or half-load, whatever the bytes.
// A report it accepts must survive save → load unchanged and go through the check engine and the text export.

#include "checks/rules.h"
#include "export/textexport.h"
#include "files/reportfile.h"

#include <QCoreApplication>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_reportfile";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // resources and translations need an application object
    QString error;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<nianbao::ReportData> report = nianbao::ReportFile::parse(bytes, QStringLiteral("fuzz"), &error);
    if (!report) {
        if (error.isEmpty()) std::abort(); // a refusal must always say why
        return 0;
    }
    nianbao::CheckEngine::run(*report);
    nianbao::TextExport::toUtf8(*report);
    const std::optional<nianbao::ReportData> again = nianbao::ReportFile::parse(nianbao::ReportFile::serialize(*report), QStringLiteral("again"), &error);
    if (!again || !(*again == *report)) std::abort(); // what was accepted must round-trip
    return 0;
}
