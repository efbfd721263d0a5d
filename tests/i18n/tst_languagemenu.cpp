// SPDX-License-Identifier: GPL-3.0-or-later
// View › Language: the clerk picks 中文 with the mouse; the choice is kept for the next start, which the menu
// and the status bar say is when it takes effect.

#include "editortestbase.h"

#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QtTest>

class TestLanguageMenu : public EditorTestBase
{
    Q_OBJECT

    // Clicks the action named `text` in the open popup menu (or the menu bar when none is open).
    bool click(const QString &text)
    {
        QWidget *popup = QApplication::activePopupWidget();
        QWidget *where = popup ? popup : static_cast<QWidget *>(m_window->menuBar());
        for (QAction *a : where->actions()) {
            if (a->text() != text) continue;
            const QRect r = popup ? static_cast<QMenu *>(popup)->actionGeometry(a) : m_window->menuBar()->actionGeometry(a);
            QTest::mouseClick(where, Qt::LeftButton, Qt::NoModifier, r.center());
            return true;
        }
        return false;
    }

    QStringList popupTexts() const
    {
        QStringList texts;
        if (QWidget *popup = QApplication::activePopupWidget())
            for (QAction *a : popup->actions()) texts << a->text() + (a->isChecked() ? QStringLiteral(" [x]") : QString());
        return texts;
    }

private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void chooseChineseForTheNextStart()
    {
        QVERIFY(click(QStringLiteral("&View")));
        QTRY_VERIFY(QApplication::activePopupWidget());
        QVERIFY2(click(QStringLiteral("&Language")), qPrintable(popupTexts().join(QLatin1Char('|'))));
        QTRY_VERIFY(popupTexts().contains(QStringLiteral("English")));
        QCOMPARE(popupTexts(), (QStringList{QStringLiteral("&System language [x]"), QStringLiteral("中文（简体）"),
                                            QStringLiteral("English"), QString(), QStringLiteral("Takes effect after restarting")}));
        QVERIFY(click(QStringLiteral("中文（简体）")));
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("The new language takes effect the next time you start the editor."));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));

        // The next start shows the choice ticked (the window itself is translated by the program's start-up).
        restartWindow();
        QVERIFY(click(QStringLiteral("&View")));
        QTRY_VERIFY(QApplication::activePopupWidget());
        QVERIFY(click(QStringLiteral("&Language")));
        QTRY_VERIFY(popupTexts().contains(QStringLiteral("中文（简体） [x]")));
        QVERIFY(click(QStringLiteral("&System language")));
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }
};

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
