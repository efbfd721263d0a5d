// SPDX-License-Identifier: GPL-3.0-or-later
// Small things a new user saw (issue 13, point 10), in the English interface: no stale status message after
// an undo, a blank total said to be blank, date examples of the report's season, a print preview that shows a
// page, Chinese labels in a UI face rather than a thin 宋.

#include "editortestbase.h"

#include "metadata/metadataform.h"
#include "model/reportdocument.h"
#include "window/notesdock.h"
#include "window/uifont.h"

#include <QAction>
#include <QClipboard>
#include <QLineEdit>
#include <QScreen>
#include <QStatusBar>
#include <QTextLayout>

namespace {
const QString kSection3 = QStringLiteral("三、收到和处理政府信息公开申请情况");
}

class TestCosmetics : public EditorTestBase
{
    Q_OBJECT

private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void undoLeavesNoStaleMessage()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.r1.natural"));
        QApplication::clipboard()->setText(QStringLiteral("3\t1\n"));
        key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Pasted 2 value(s)"));
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    }

    void aBlankTotalIsSaidToBeBlank()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.r7.other"));
        key(Qt::Key_Delete);
        const QStringList messages = findingMessages();
        bool said = false;
        for (const QString &m : messages) {
            QVERIFY2(!(m.startsWith(QStringLiteral("三、（七）总计·其他")) && m.contains(QStringLiteral("填写为 0"))), qPrintable(m));
            said = said || (m.startsWith(QStringLiteral("三、（七）总计·其他：各项办理结果合计为 ")) && m.endsWith(QStringLiteral("，未填写")));
        }
        QVERIFY2(said, qPrintable(messages.join(QLatin1Char('\n'))));
    }

    void dateExamplesFollowTheReportYear()
    {
        m_dialogs.newReports << nianbao::gui::NewReportRequest{QStringLiteral("青禾县教育局"), 2025, QStringLiteral("gov-2021"),
                                                              nianbao::OrganLevel::Unknown, nianbao::OrganTier::Unknown};
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(m_window->editor());
        auto *written = m_window->editor()->metadataForm()->findChild<QLineEdit *>(QStringLiteral("dateWrittenEdit"));
        auto *published = m_window->editor()->metadataForm()->findChild<QLineEdit *>(QStringLiteral("publishedEdit"));
        QVERIFY(written && published);
        QCOMPARE(written->placeholderText(), QStringLiteral("2026年1月22日"));
        QCOMPARE(published->placeholderText(), QStringLiteral("2026年1月29日 10:00"));
    }

    void printPreviewShowsAPage()
    {
        openReport(m_file);
        QAction *preview = actionWithText(QStringLiteral("Print Pre&view…"));
        QVERIFY(preview);
        preview->trigger();
        QCOMPARE(m_dialogs.asked.last(), QStringLiteral("preview"));
        const QRect free = m_window->screen()->availableGeometry();
        QCOMPARE(free.size(), QSize(1366, 768)); // the test's screen (tests/data/screen-1366x768.json)
        QVERIFY2(m_dialogs.previewSize.height() >= free.height() * 8 / 10,
                 qPrintable(QStringLiteral("%1×%2").arg(m_dialogs.previewSize.width()).arg(m_dialogs.previewSize.height())));
        QVERIFY(m_dialogs.previewSize.height() <= free.height());
        QVERIFY(m_dialogs.previewSize.width() <= free.width());
    }

    void importSummaryFollowsTheConfirmations()
    {
        m_dialogs.openNames << testData(QStringLiteral("samples/pingtan-transport-2019.txt"));
        QAction *import = actionWithText(QStringLiteral("&Import Text…"));
        QVERIFY(import);
        import->trigger();
        auto *dock = m_window->findChild<nianbao::gui::NotesDock *>(QStringLiteral("importDock"));
        QVERIFY(dock);
        QVERIFY2(dock->summaryLabel()->text().contains(QStringLiteral("marked “?”")), qPrintable(dock->summaryLabel()->text()));
        // The clerk confirms every marked cell, table by table (Ctrl+A, Ctrl+Enter).
        const nianbao::ReportTemplate &format = m_window->document()->format();
        for (int pass = 0; pass < 20; ++pass) {
            QString marked;
            for (int i = 0; i < m_window->document()->data().cells.size() && marked.isEmpty(); ++i)
                if (m_window->document()->data().cells[i].state == nianbao::CellValue::State::Unconfirmed) marked = format.cellIds().at(i);
            if (marked.isEmpty()) break;
            clickCell(marked);
            key(Qt::Key_A, Qt::ControlModifier);
            key(Qt::Key_Return, Qt::ControlModifier);
        }
        QVERIFY2(!dock->summaryLabel()->text().contains(QStringLiteral("marked “?”")), qPrintable(dock->summaryLabel()->text()));
        QVERIFY2(dock->summaryLabel()->text().contains(QStringLiteral("imported as gov-2019")), qPrintable(dock->summaryLabel()->text()));
    }

    void chineseLabelsInAUiFace()
    {
        nianbao::gui::preferCjkUiFont(); // as the editor does at start
        restartWindow();
        openReport(m_file);
        QTreeWidget *nav = m_window->editor()->navigation();
        // The face the navigation list draws its Chinese headings with.
        QTextLayout layout(nav->topLevelItem(2)->text(0), nav->font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        QStringList faces;
        for (const QGlyphRun &run : layout.glyphRuns()) faces << run.rawFont().familyName();
        QVERIFY2(!faces.isEmpty(), "no glyphs");
        for (const QString &face : faces)
            QVERIFY2(face.contains(QStringLiteral("WenQuanYi")) || face.contains(QStringLiteral("文泉")) || face.contains(QStringLiteral("Noto Sans CJK"))
                         || face.contains(QStringLiteral("DejaVu")),
                     qPrintable(faces.join(QLatin1Char('|'))));
        QVERIFY2(faces.join(QString()).contains(QStringLiteral("WenQuanYi")) || faces.join(QString()).contains(QStringLiteral("文泉"))
                     || faces.join(QString()).contains(QStringLiteral("Noto Sans CJK")),
                 qPrintable(faces.join(QLatin1Char('|'))));
    }
};

QTEST_MAIN(TestCosmetics)
#include "tst_cosmetics.moc"
