// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: importing a typical report's text (target < 10 ms). Runs on its own:
//   build/release/tests/bench/bench_import [ROUNDS]
// Prints, for every sample report and for the standard text layout, the median and the worst time of an import.

#include "export/textexport.h"
#include "import/reportimporter.h"
#include "model/newreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>

using namespace nianbao;

namespace {

void measure(const QString &name, const QByteArray &bytes, int rounds)
{
    QList<qint64> times;
    import::ImportResult last;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        last = import::ReportImporter::importBytes(bytes, {nullptr, name});
        times << timer.nsecsElapsed();
    }
    std::sort(times.begin(), times.end());
    std::printf("%-28s %7lld bytes  median %6.2f ms  worst %6.2f ms  exit %d\n", qPrintable(name),
                static_cast<long long>(bytes.size()), times[times.size() / 2] / 1e6, times.last() / 1e6,
                last.exitCode());
}

QByteArray standardText()
{
    ReportData r = newReport(TemplateRegistry::get(QStringLiteral("gov-2021")), QStringLiteral("示例市交通运输局"), 2023);
    for (int i = 0; i < r.cells.size(); ++i)
        r.cells[i] = r.format->cellAt(i).type == CellType::Money ? CellValue::of(Quantity{123456700, MoneyUnit::TenThousandYuan, 4})
                                                                 : CellValue::of(i % 7);
    QString prose;
    for (int i = 0; i < 30; ++i) prose += QStringLiteral("全年主动公开政府信息一千余条，内容涵盖政策文件、财政预决算和重点领域信息。\n");
    r.prose.insert(QStringLiteral("s1"), prose);
    r.prose.insert(QStringLiteral("s5"), prose.left(400));
    r.prose.insert(QStringLiteral("s6"), QStringLiteral("本年度未收取信息处理费。"));
    r.meta.dateWritten = QDate(2024, 1, 20);
    return TextExport::toUtf8(r);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 200;
    import::ReportImporter::importBytes(standardText()); // loads the templates once, outside the measurement
    const QDir samples(QStringLiteral(NIANBAO_SAMPLES));
    for (const QString &file : samples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(samples.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) return 1;
        measure(file, f.readAll(), rounds);
    }
    measure(QStringLiteral("standard layout (gov-2021)"), standardText(), rounds);
    return 0;
}
