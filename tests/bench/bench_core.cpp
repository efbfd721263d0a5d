// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the core (run on their own: build/<preset>/tests/bench/bench_core [-iterations N]):
// a full check of the example report (target < 50 µs), loading and saving it.

#include "checks/rules.h"
#include "export/textexport.h"
#include "files/reportfile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;

class BenchCore : public QObject
{
    Q_OBJECT

    ReportData m_report;
    QByteArray m_bytes;

private slots:
    void initTestCase()
    {
        QString error;
        const QString path = QStringLiteral(NIANBAO_SOURCE_DIR "/resources/examples/example-county-2023.nianbao");
        const std::optional<ReportData> r = ReportFile::load(path, &error);
        QVERIFY2(r, qPrintable(error));
        m_report = *r;
        m_bytes = ReportFile::serialize(m_report);
    }

    void fullCheck()
    {
        QList<Finding> findings;
        QBENCHMARK { findings = CheckEngine::run(m_report); }
        QCOMPARE(findings.size(), 0);
    }

    // The editor's case: one cell changed, then a full check (the prose figures are cached per text).
    void fullCheckAfterCellEdit()
    {
        ReportData r = m_report;
        const int index = r.format->cellIndex(QStringLiteral("s3.r1.natural"));
        qint64 n = 0;
        QBENCHMARK {
            r.cells[index] = CellValue::of(++n);
            CheckEngine::run(r);
        }
    }

    void parse()
    {
        QString error;
        QBENCHMARK { ReportFile::parse(m_bytes, QStringLiteral("bench"), &error); }
    }

    void serialize()
    {
        QBENCHMARK { ReportFile::serialize(m_report); }
    }

    void saveAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.nianbao"));
        QString error;
        QBENCHMARK { ReportFile::save(m_report, path, &error); }
    }

    void textExport()
    {
        QBENCHMARK { TextExport::toUtf8(m_report); }
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
