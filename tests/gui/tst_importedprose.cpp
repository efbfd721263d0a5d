// SPDX-License-Identifier: GPL-3.0-or-later
// Imported prose in the editor (issue 13, point 8): a hard line break inside a sentence of the published text
// is one paragraph in the editor, and a run-in sub-heading ("（一）存在的主要问题：…") is drawn as a heading only
// up to its end; the rest of the line is body text, as the printed page lays it out.

#include "editortestbase.h"

#include "model/reportdocument.h"
#include "prose/proseeditor.h"

#include <QTextBlock>
#include <QTextLayout>

class TestImportedProse : public EditorTestBase
{
    Q_OBJECT

    // The editor of section `key`, after going to it in the navigation list.
    nianbao::gui::ProseEditor *proseOf(const QString &key)
    {
        goTo(m_window->document()->format().section(key)->heading);
        for (auto *prose : m_window->editor()->findChildren<nianbao::gui::ProseEditor *>())
            if (prose->key() == key && prose->isVisible()) return prose;
        return nullptr;
    }

    static QTextBlock blockStartingWith(const nianbao::gui::ProseEditor *prose, const QString &start)
    {
        for (QTextBlock b = prose->document()->begin(); b.isValid(); b = b.next())
            if (b.text().startsWith(start)) return b;
        return QTextBlock();
    }

    // The characters of the block drawn in a heading's weight.
    static int headingCharacters(const QTextBlock &block)
    {
        int bold = 0;
        for (const QTextLayout::FormatRange &r : block.layout()->formats())
            if (r.format.fontWeight() > QFont::Normal) bold += r.length;
        return bold;
    }

private slots:
    void init()
    {
        startWindow();
        QAction *import = actionWithText(QCoreApplication::translate("nianbao::gui::ImportAction", "&Import Text…"));
        QVERIFY(import);
        m_dialogs.openNames << testData(QStringLiteral("samples/gangcha-2019.txt"));
        import->trigger();
        QVERIFY(m_window->editor());
    }
    void cleanup()
    {
        if (m_window) m_window->document()->undoStack()->setClean(); // nothing to ask when the window closes
        stopWindow();
    }

    void aRunInHeadingIsAHeadingOnlyUpToItsEnd_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("heading");
        QTest::newRow("problems") << "s5" << QStringLiteral("（一）存在的主要问题：一是信息公开范围有限。") << 11; // （一）存在的主要问题：
        QTest::newRow("improvements") << "s5" << QStringLiteral("（二）改进情况：一是提高政治站位") << 8;          // （二）改进情况：
        QTest::newRow("ended by 。") << "s1" << QStringLiteral("（一）加强组织领导。认真贯彻落实") << 10;             // （一）加强组织领导。
    }
    void aRunInHeadingIsAHeadingOnlyUpToItsEnd()
    {
        QFETCH(QString, section);
        QFETCH(QString, start);
        QFETCH(int, heading);
        nianbao::gui::ProseEditor *prose = proseOf(section);
        QVERIFY(prose);
        const QTextBlock block = blockStartingWith(prose, start);
        QVERIFY2(block.isValid(), qPrintable(prose->toPlainText()));
        QVERIFY(block.text().size() > heading + 50); // a long paragraph follows the heading on its line
        QCOMPARE(headingCharacters(block), heading);
    }

    void aSentenceBrokenInTheSourceIsOneParagraph()
    {
        nianbao::gui::ProseEditor *prose = proseOf(QStringLiteral("s5"));
        QVERIFY(prose);
        // gangcha-2019.txt breaks this sentence after "民主、法治" with a blank line between.
        const QTextBlock block = blockStartingWith(prose, QStringLiteral("（二）改进情况："));
        QVERIFY(block.isValid());
        QVERIFY2(block.text().contains(QStringLiteral("民主、法治的有利途径")), qPrintable(block.text()));
        QVERIFY(!blockStartingWith(prose, QStringLiteral("的有利途径")).isValid());
    }
};

QTEST_MAIN(TestImportedProse)
#include "tst_importedprose.moc"
