// SPDX-License-Identifier: GPL-3.0-or-later
// A paragraph far longer than one layout window (issue 17.3: lines are broken a window at a time): every
// character printed once and in order across the seams, and every line but the paragraph's last justified to the
// full width. Read back with pdftotext like any reviewer would.

#include "poppler.h"

#include "files/reportfile.h"
#include "render/pdfexport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;

class TestLongParagraph : public QObject
{
    Q_OBJECT

private slots:
    void printedWholeAndJustified()
    {
        QString error;
        auto report = ReportFile::load(testing::testData(QStringLiteral("pdf/shuyang-2025.nianbao")), &error);
        QVERIFY2(report, qPrintable(error));
        // 12,000 characters (three windows): counted sentences, so that a lost or doubled line shows.
        QString paragraph;
        for (int i = 1; paragraph.size() < 12000; ++i)
            paragraph += QStringLiteral("第%1句：本机关全年主动公开政府信息，依申请公开办理答复。").arg(i);
        report->prose.insert(QStringLiteral("s6"), paragraph);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
        RenderResult result;
        QVERIFY2(PdfExport::write(*report, pdf, &result), qPrintable(result.error));
        // Without the page numbers ("— 9 —"), which stand between the last line of a page and the next page's first.
        const QString text = testing::withoutSpaces(testing::rawText(pdf)).remove(QRegularExpression(QStringLiteral("\u2014\\d+\u2014")));
        QCOMPARE(text.count(QStringLiteral("第1句：")), 1);
        QVERIFY2(text.contains(testing::withoutSpaces(paragraph)), "the paragraph is not printed whole and in order");

        // The paragraph's lines: full lines end at the right edge of the text block (within 1 mm), the last does not.
        QList<testing::TextLine> lines;
        for (int page = 1; page <= testing::pageCount(pdf); ++page)
            for (const testing::TextLine &line : testing::textLines(pdf, page))
                if (line.text.contains(QStringLiteral("句")) || line.text.contains(QStringLiteral("依申请公开办理答复")))
                    lines << line;
        QVERIFY(lines.size() > 400);
        double right = 0;
        for (const testing::TextLine &line : lines) right = qMax(right, line.xMax);
        for (int i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(right - lines[i].xMax < 1.0, qPrintable(QStringLiteral("line %1 (%2) ends at %3 mm, the block at %4 mm")
                                                                  .arg(i).arg(lines[i].text).arg(lines[i].xMax).arg(right)));
    }
};

QTEST_MAIN(TestLongParagraph)
#include "tst_longparagraph.moc"
