// SPDX-License-Identifier: GPL-3.0-or-later
// The first start on a 1366×768 laptop: the window fits the screen's free area, status bar and findings panel
// included; the size the clerk gives it is remembered for the next start.

#include "editortestbase.h"

#include <QDockWidget>
#include <QScreen>
#include <QStatusBar>

class TestWindowSize : public EditorTestBase
{
    Q_OBJECT

    QRect onScreen(QWidget *w) const { return QRect(w->mapToGlobal(QPoint(0, 0)), w->size()); }

private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void firstStartFitsTheScreen()
    {
        const QRect free = m_window->screen()->availableGeometry();
        QCOMPARE(free.size(), QSize(1366, 768)); // the test's screen (tests/data/screen-1366x768.json)
        openReport(m_file);
        QVERIFY2(free.contains(m_window->frameGeometry()), qPrintable(QStringLiteral("%1,%2 %3×%4")
                                                                       .arg(m_window->frameGeometry().x()).arg(m_window->frameGeometry().y())
                                                                       .arg(m_window->frameGeometry().width()).arg(m_window->frameGeometry().height())));
        QVERIFY(free.contains(onScreen(m_window->statusBar())));
        QVERIFY(m_window->countsLabel()->isVisible());
        QTRY_VERIFY(free.contains(onScreen(m_window->countsLabel()))); // after the status bar's layout
        QWidget *findings = m_window->findingsPanel();
        QVERIFY(findings->isVisible());
        QVERIFY(free.contains(onScreen(findings)));
        QVERIFY(m_window->width() >= 1000); // and uses the room there is
    }

    void sizesAreRemembered()
    {
        openReport(m_file);
        m_window->resize(1100, 640); // as the clerk drags the corner
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("findingsDock"));
        QVERIFY(dock);
        m_window->resizeDocks({dock}, {200}, Qt::Vertical);
        QTRY_COMPARE(dock->height(), 200);
        QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier); // quits, unmodified: nothing to ask
        QTRY_VERIFY(!m_window->isVisible());
        restartWindow();
        QCOMPARE(m_window->size(), QSize(1100, 640));
        openReport(m_file);
        dock = m_window->findChild<QDockWidget *>(QStringLiteral("findingsDock"));
        QTRY_COMPARE(dock->height(), 200);
    }
};

QTEST_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
