// SPDX-License-Identifier: GPL-3.0-or-later
// The writers in process, without start-up: lay out and write the PDF, the ODT and the HTML of a report.
// usage: bench_render [REPORT.nianbao] (default: tests/data/pdf/shuyang-2025.nianbao); QT_QPA_PLATFORM=offscreen

#include "export/htmlexport.h"
#include "export/odtexport.h"
#include "files/reportfile.h"
#include "render/pdfexport.h"

#include <QtTest>

using namespace nianbao;

class BenchRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("NIANBAO_BENCH_REPORT",
                                                  QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/pdf/shuyang-2025.nianbao"));
        QString error;
        const auto report = ReportFile::load(path, &error);
        QVERIFY2(report, qPrintable(error));
        m_report = *report;
    }
    void pdf()
    {
        QByteArray bytes;
        QBENCHMARK {
            bytes.clear();
            QVERIFY(PdfExport::toBytes(m_report, &bytes, nullptr));
        }
    }
    void odt()
    {
        const auto fonts = OdtExport::fontNames();
        QBENCHMARK { QVERIFY(!OdtExport::toBytes(m_report, fonts).isEmpty()); }
    }
    void html()
    {
        QBENCHMARK { QVERIFY(!HtmlExport::toHtml(m_report).isEmpty()); }
    }

private:
    ReportData m_report;
};

QTEST_MAIN(BenchRender)
#include "bench_render.moc"
