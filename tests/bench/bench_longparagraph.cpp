// SPDX-License-Identifier: GPL-3.0-or-later
// Printing a report whose one paragraph is huge (issue 17.3): layout + PDF of a section of 1, 3 and 10 MB of
// UTF-8 Chinese text in a single paragraph. Linear layout means the 10 MB case takes about ten times the 1 MB one.
// usage: QT_QPA_PLATFORM=offscreen bench_longparagraph [MB...]   (default: 1 3 10)

#include "files/reportfile.h"
#include "render/pdfexport.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <cstdio>

using namespace nianbao;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QString error;
    const auto base = ReportFile::load(QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/pdf/shuyang-2025.nianbao"), &error);
    if (!base) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QStringList sizes = app.arguments().mid(1);
    if (sizes.isEmpty()) sizes = {QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("10")};
    const QString sentence = QStringLiteral("本机关全年主动公开政府信息一百一十八条，依申请公开办理答复四十六件，行政复议零件。");
    for (const QString &size : sizes) {
        const qsizetype bytes = qsizetype(size.toDouble() * 1024 * 1024);
        QString text;
        while (text.toUtf8().size() < bytes) text += sentence.repeated(1000);
        text.truncate(bytes / 3); // three UTF-8 bytes a character
        ReportData report = *base;
        report.prose.insert(QStringLiteral("s1"), text);
        QElapsedTimer timer;
        timer.start();
        QByteArray pdf;
        RenderResult result;
        const bool ok = PdfExport::toBytes(report, &pdf, &result);
        std::printf("%s MB paragraph (%lld characters): %.1f s, %d pages%s\n", qPrintable(size), static_cast<long long>(text.size()),
                    timer.elapsed() / 1000.0, result.pages, ok ? "" : qPrintable(QStringLiteral(" FAILED: ") + result.error));
        std::fflush(stdout);
    }
    return 0;
}
