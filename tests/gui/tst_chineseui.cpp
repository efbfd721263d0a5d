// SPDX-License-Identifier: GPL-3.0-or-later
// Small things a new user saw in the Chinese interface (issue 13, point 10): the start page's title, the
// accelerator of 丢弃, the keys of the part shortcuts, the message after choosing a reading.

#include "editortestbase.h"

#include "i18n/translations.h"
#include "model/reportdocument.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

class TestChineseUi : public EditorTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(nianbao::Translations::install(QLocale(QLocale::Chinese, QLocale::China))); }
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void startPageTitleIsChinese()
    {
        QVERIFY(!m_window->editor());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("年报"));
        openReport(m_file);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("report.nianbao[*] — 年报"));
    }

    void discardHasAnAccelerator()
    {
        openReport(m_file);
        goTo(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"));
        clickCell(QStringLiteral("s4.after.total"));
        type(QStringLiteral("8\n"));
        nianbao::gui::Dialogs::setInstance(nullptr); // Qt's own question, as the clerk sees it
        QStringList buttons;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) return;
            poll.stop();
            for (QAbstractButton *b : box->buttons()) buttons << b->text();
            box->button(QMessageBox::Cancel)->click();
        });
        poll.start(20);
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        nianbao::gui::Dialogs::setInstance(&m_dialogs);
        QVERIFY2(buttons.contains(QStringLiteral("丢弃(&D)")), qPrintable(buttons.join(QLatin1Char('|'))));
        QVERIFY2(buttons.contains(QStringLiteral("保存(&S)")), qPrintable(buttons.join(QLatin1Char('|'))));
        m_window->document()->undoStack()->setClean(); // nothing to ask when the window closes
    }

    void partShortcutsNameTheKeys()
    {
        openReport(m_file);
        const QList<QPair<const char *, QString>> parts{{"actionNextPart", QStringLiteral("下翻页键")},
                                                        {"actionPreviousPart", QStringLiteral("上翻页键")}};
        for (const auto &[name, key] : parts) {
            auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY(action);
            // As the menu shows it: the key's Chinese name, not Qt's English one.
            const QString shown = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(!shown.contains(QStringLiteral("PgDown")) && !shown.contains(QStringLiteral("PgUp")), qPrintable(shown));
            QVERIFY2(shown.contains(key), qPrintable(shown));
        }
    }

    void chosenReadingIsNotAnOrdinal()
    {
        m_dialogs.openNames << testData(QStringLiteral("samples/pingtan-transport-2019.txt"));
        QAction *import = actionWithText(QStringLiteral("导入文本(&I)…"));
        QVERIFY(import);
        import->trigger();
        QVERIFY(m_window->editor());
        clickCell(QStringLiteral("s2.i5.licensing.prior"));
        key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("已选择读法：8 / +80 / 1。"));
        m_window->document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestChineseUi)
#include "tst_chineseui.moc"
