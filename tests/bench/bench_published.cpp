// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: importing reports as published (target < 50 ms each for a 10-page PDF and a .docx). Runs on its own:
//   build/release/tests/bench/bench_published [ROUNDS]
// Prints the best, median and worst time of a whole import (read, lay out, analyse) of every file in
// tests/data/published, and of a 10-page PDF made with pdfunite from two of them.

#include "import/reportimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace nianbao;

namespace {

void measure(const QString &path, int rounds)
{
    QList<qint64> times;
    import::ImportResult last;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        last = import::ReportImporter::importFile(path);
        times << timer.nsecsElapsed();
    }
    std::sort(times.begin(), times.end());
    // The best time too: on a machine shared with other work it is the one that shows the code's own cost.
    std::printf("%-28s %8lld bytes  best %7.2f ms  median %7.2f ms  worst %7.2f ms  exit %d\n",
                qPrintable(QFileInfo(path).fileName()), static_cast<long long>(QFileInfo(path).size()), times.first() / 1e6,
                times[times.size() / 2] / 1e6, times.last() / 1e6, last.exitCode());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The PDF module of this build (the program finds it next to itself; this benchmark lives elsewhere).
    if (qEnvironmentVariableIsEmpty("NIANBAO_PDF_MODULE")) qputenv("NIANBAO_PDF_MODULE", NIANBAO_PDF_MODULE);
    const int rounds = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 30;
    const QDir dir(QStringLiteral(NIANBAO_PUBLISHED));
    import::ReportImporter::importFile(dir.filePath(QStringLiteral("gangcha-2019.html"))); // templates loaded once
    for (const QString &file : dir.entryList({QStringLiteral("*.docx"), QStringLiteral("*.html"), QStringLiteral("*.pdf")},
                                             QDir::Files, QDir::Name))
        measure(dir.filePath(file), rounds);
    QTemporaryDir tmp;
    const QString ten = tmp.filePath(QStringLiteral("ten-pages.pdf"));
    QProcess::execute(QStringLiteral("pdfunite"), {dir.filePath(QStringLiteral("gangcha-2019.pdf")),
                                                  dir.filePath(QStringLiteral("jidong-2020.pdf")), ten});
    if (QFileInfo::exists(ten)) measure(ten, rounds);
    else std::printf("pdfunite (poppler-utils) is missing: no 10-page PDF\n");
    return 0;
}
