// SPDX-License-Identifier: GPL-3.0-or-later
// Edit › Fill Totals on an imported report whose figures disagree (gangcha-2019: results 4 + 2 + 2 in 其他,
// （七）总计 written 0): it never writes a negative total, and its question lists every value it writes and
// every total it cannot fill, with the reason.

#include "editortestbase.h"

#include "model/reportdocument.h"

#include <QStatusBar>

class TestFillTotals : public EditorTestBase
{
    Q_OBJECT

    void importText(const QString &path)
    {
        QAction *import = actionWithText(QStringLiteral("&Import Text…"));
        QVERIFY(import);
        m_dialogs.openNames << path;
        import->trigger();
        QVERIFY(m_window->editor());
    }

private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void neverWritesANegativeTotalAndSaysWhy()
    {
        importText(testData(QStringLiteral("samples/gangcha-2019.txt")));
        QCOMPARE(shown(QStringLiteral("s3.r7.other")), QStringLiteral("0"));
        m_dialogs.confirmations << true;
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
        const QString question = m_dialogs.asked.last();
        QVERIFY2(question.startsWith(QStringLiteral("confirm: Fill Totals will write ")), qPrintable(question));
        // Each value it writes, with the entered one it replaces …
        QVERIFY2(question.contains(QStringLiteral("\n三、（七）总计·其他: 8 (replaces 0)\n")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("\n三、（七）总计·总计: 8 (replaces 0)\n")), qPrintable(question));
        // The blank carried-over cells of natural persons and companies: 0 + 0 − 0.
        QVERIFY2(question.contains(QStringLiteral("\n三、结转下年度·自然人: 0\n")), qPrintable(question));
        // … and the totals it leaves: 4 received + 0 carried in − 8 results would be −4.
        QVERIFY2(question.contains(QStringLiteral("It cannot fill 2 total(s):\n\n"
                                                  "三、结转下年度·其他: would be -4, and it cannot be negative: the figures it is computed from disagree\n"
                                                  "三、结转下年度·总计: would be -4, and it cannot be negative: the figures it is computed from disagree\n\n"
                                                  "Fill the totals?")),
                 qPrintable(question));
        QCOMPARE(shown(QStringLiteral("s3.r7.other")), QStringLiteral("8"));
        QCOMPARE(shown(QStringLiteral("s3.r7.total")), QStringLiteral("8"));
        QVERIFY(!shown(QStringLiteral("s3.carried_out.other")).startsWith(QLatin1Char('-')));
        QVERIFY(!shown(QStringLiteral("s3.carried_out.total")).startsWith(QLatin1Char('-')));
        for (const QString &m : findingMessages()) QVERIFY2(!m.contains(QStringLiteral("不能为负数")), qPrintable(m));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("4 total(s) filled; 2 left as they are (they would be negative)."));
    }

    void saidNoChangesNothing()
    {
        importText(testData(QStringLiteral("samples/gangcha-2019.txt")));
        const int steps = m_window->document()->undoStack()->count();
        m_dialogs.confirmations << false;
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(shown(QStringLiteral("s3.r7.other")), QStringLiteral("0"));
        QCOMPARE(m_window->document()->undoStack()->count(), steps);
    }
};

QTEST_MAIN(TestFillTotals)
#include "tst_filltotals.moc"
