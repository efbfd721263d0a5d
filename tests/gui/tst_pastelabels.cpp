// SPDX-License-Identifier: GPL-3.0-or-later
// Pasting rows copied from a Word or Excel table with their label column: the labels that match the rows are
// left out (the values land in their cells) and the status bar says so; a label of another row is refused.

#include "editortestbase.h"

#include <QClipboard>
#include <QStatusBar>

namespace {
const QString kSection3 = QStringLiteral("三、收到和处理政府信息公开申请情况");
}

class TestPasteLabels : public EditorTestBase
{
    Q_OBJECT

private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void rowsWithTheirLabels_data()
    {
        QTest::addColumn<QString>("clipboard");
        QTest::newRow("Word: the label cell") << QStringLiteral("（一）予以公开\t3\t1\t0\t0\t0\t0\t4\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t2\t0\t0\t0\t0\t0\t2\n");
        QTest::newRow("Excel: half-width brackets, spaces") << QStringLiteral("(一) 予以公开\t3\t1\t0\t0\t0\t0\t4\r\n(二)部分公开（区分处理的，只计这一情形，不计其他情形）\t2\t0\t0\t0\t0\t0\t2\r\n");
        QTest::newRow("Excel: the merged group label, empty for the row below")
            << QStringLiteral("三、本年度办理结果\t（一）予以公开\t\t3\t1\t0\t0\t0\t0\t4\n\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t2\t0\t0\t0\t0\t0\t2\n");
    }

    void rowsWithTheirLabels()
    {
        QFETCH(QString, clipboard);
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.r1.natural"));
        QApplication::clipboard()->setText(clipboard);
        key(Qt::Key_V, Qt::ControlModifier);
        QVERIFY2(m_dialogs.asked == QStringList{QStringLiteral("open")}, qPrintable(m_dialogs.asked.join(QLatin1Char('|'))));
        QCOMPARE(shown(QStringLiteral("s3.r1.natural")), QStringLiteral("3"));
        QCOMPARE(shown(QStringLiteral("s3.r1.commercial")), QStringLiteral("1"));
        QCOMPARE(shown(QStringLiteral("s3.r1.total")), QStringLiteral("4"));
        QCOMPARE(shown(QStringLiteral("s3.r2.natural")), QStringLiteral("2"));
        QCOMPARE(shown(QStringLiteral("s3.r2.total")), QStringLiteral("2"));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Pasted 14 value(s) (the row labels pasted with 2 row(s) were left out)"));
        key(Qt::Key_Z, Qt::ControlModifier); // one step
        QVERIFY(!m_window->isWindowModified());
    }

    void aLabelOfAnotherRowIsRefused()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.r1.natural"));
        const QString before = shown(QStringLiteral("s3.r1.natural"));
        QApplication::clipboard()->setText(QStringLiteral("（二）部分公开\t3\t1\t0\t0\t0\t0\t4\n"));
        m_dialogs.asked.clear();
        key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_dialogs.asked.size(), 1);
        QVERIFY2(m_dialogs.asked.first().startsWith(QStringLiteral("warn: These values do not fit their cells")), qPrintable(m_dialogs.asked.first()));
        QCOMPARE(shown(QStringLiteral("s3.r1.natural")), before);
    }
};

QTEST_MAIN(TestPasteLabels)
#include "tst_pastelabels.moc"
