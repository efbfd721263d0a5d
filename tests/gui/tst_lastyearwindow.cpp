// SPDX-License-Identifier: GPL-3.0-or-later
// The yearly cycle in the editor window: a new report from last year's, the draft banner over last year's text,
// and linking last year's report for the cross-year checks. tests/data/gui-county-2023.nianbao (青禾县人民政府,
// 2023) has 上年结转 5 1 0 0 0 0 | 6 and 结转下年度 6 2 0 0 1 1 | 10 in section 三.

#include "editortestbase.h"

#include "files/reportfile.h"
#include "model/reportdocument.h"
#include "prose/proseeditor.h"
#include "window/notesdock.h"

#include <QPushButton>
#include <QStatusBar>

using namespace nianbao;
using namespace nianbao::gui;

namespace {
const QString kSection1 = QStringLiteral("一、总体情况");
const QString kDraftText = QStringLiteral("This is last year's text, kept as a draft: rewrite it for this year. Until it is "
                                          "edited, it counts as repeated in full (XY-DUP).");
}

class TestLastYearWindow : public EditorTestBase
{
    Q_OBJECT

    QAction *fileAction(const QString &text) const
    {
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == text) return a;
        return nullptr;
    }

    // The banner over the prose section on screen, or null when none is shown.
    QLabel *shownBanner() const
    {
        for (QLabel *l : m_window->findChildren<QLabel *>(QStringLiteral("draftBanner")))
            if (l->isVisible()) return l;
        return nullptr;
    }

    QString lastYearCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("last.nianbao"));
        QFile::remove(path);
        if (!QFile::copy(testData(QStringLiteral("gui-county-2023.nianbao")), path)) return QString();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void newFromLastYearCarriesOverAndKeepsTheTextAsDrafts()
    {
        // From the start page's button (File › New from Last Year's Report…, Ctrl+Shift+N, does the same).
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("fromLastYearButton"));
        QVERIFY(button && button->isVisible());
        grab(QStringLiteral("start-page"));
        m_dialogs.openNames << m_file;
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_window->editor());
        QCOMPARE(title(), QStringLiteral("青禾县人民政府2024年政府信息公开工作年度报告[*] — nianbao"));
        QVERIFY(m_window->isWindowModified()); // opened unsaved: closing asks
        // 上年结转 = last year's 结转下年度, column by column; this year's own figures blank.
        QCOMPARE(shown(QStringLiteral("s3.carried_in.natural")), QStringLiteral("6"));
        QCOMPARE(shown(QStringLiteral("s3.carried_in.commercial")), QStringLiteral("2"));
        QCOMPARE(shown(QStringLiteral("s3.carried_in.legal")), QStringLiteral("1"));
        QCOMPARE(shown(QStringLiteral("s3.carried_in.other")), QStringLiteral("1"));
        QCOMPARE(shown(QStringLiteral("s3.carried_in.total")), QStringLiteral("10"));
        QCOMPARE(shown(QStringLiteral("s3.new.natural")), QString());

        auto *dock = m_window->findChild<NotesDock *>(QStringLiteral("lastYearDock"));
        QVERIFY(dock && dock->isVisible());
        QCOMPARE(dock->summaryLabel()->text(),
                 QStringLiteral("2024 report for 青禾县人民政府, started from report.nianbao. Last year's text is kept as a "
                                "draft in 4 section(s); rewrite it for this year."));

        // Section 一 is last year's text: the banner says so, and XY-DUP counts it.
        goTo(kSection1);
        QLabel *banner = shownBanner();
        QVERIFY(banner);
        QCOMPARE(banner->text(), kDraftText);
        QVERIFY(findingMessages().contains(QStringLiteral("一、总体情况：仍是从上年报告复制的草稿，请按本年实际情况改写")));

        // Rewriting it clears the mark; the banner then measures the new text against last year's (linked).
        auto *prose = qobject_cast<ProseEditor *>(focus());
        QVERIFY(prose);
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("本年度新建村级公开栏二十处。"));
        QCOMPARE(banner->text(), QStringLiteral("0% of this text repeats last year's report (XY-DUP)."));
        QVERIFY(!findingMessages().contains(QStringLiteral("一、总体情况：仍是从上年报告复制的草稿，请按本年实际情况改写")));
        // Undo brings last year's text back, still a draft.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(banner->text(), kDraftText);
        grab(QStringLiteral("draft-banner"));

        m_dialogs.saveChoices << Dialogs::SaveChoice::Discard; // the window closes after the test
        m_window->close();
    }

    void theShortcutAsksForLastYearsFile()
    {
        m_dialogs.openNames << m_file;
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_dialogs.asked, QStringList{QStringLiteral("open")});
        QCOMPARE(shown(QStringLiteral("s3.carried_in.total")), QStringLiteral("10"));
        m_dialogs.saveChoices << Dialogs::SaveChoice::Discard;
        m_window->close();
    }

    void linkingLastYearAddsTheCrossYearChecksAndIsSaved()
    {
        const QString last = lastYearCopy();
        QVERIFY(!last.isEmpty());
        openReport(m_file);
        QCOMPARE(findingMessages(), QStringList{QStringLiteral("No findings: every check passes.")});
        QAction *link = fileAction(QStringLiteral("Lin&k Last Year's Report…"));
        QVERIFY(link && link->isEnabled());
        // The copy is a 2023 report, as this one: asked before it is used as last year's.
        m_dialogs.openNames << last;
        m_dialogs.confirmations << false;
        link->trigger();
        QCOMPARE(m_dialogs.asked.last(), QStringLiteral("confirm: last.nianbao is the report for 2023, not for 2022. Compare with it anyway?"));
        QVERIFY(!m_window->isWindowModified());
        m_dialogs.openNames << last;
        m_dialogs.confirmations << true;
        link->trigger();
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("The cross-year checks compare with last year's report ") + QDir::toNativeSeparators(last));
        // "Last year" carried 6 2 0 0 1 1 | 10 out; this report carries 5 1 0 0 0 0 | 6 in.
        const QStringList found = findingMessages();
        QVERIFY2(found.contains(QStringLiteral("三、上年结转·总计：上年报告的结转下年度为 10，本年填写为 6（少 4）")), qPrintable(found.join('\n')));
        QVERIFY2(found.contains(QStringLiteral("三、上年结转·自然人：上年报告的结转下年度为 6，本年填写为 5（少 1）")), qPrintable(found.join('\n')));
        goTo(kSection1);
        QVERIFY(shownBanner());
        QCOMPARE(shownBanner()->text(), QStringLiteral("100% of this text repeats last year's report (XY-DUP)."));

        // The link is one undo step.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(findingMessages(), QStringList{QStringLiteral("No findings: every check passes.")});
        QVERIFY(!shownBanner());
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);

        // Saved with the report (relative to its folder, with a fingerprint) and followed when it is opened again.
        key(Qt::Key_S, Qt::ControlModifier);
        QString error;
        const auto onDisk = ReportFile::load(m_file, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(onDisk->meta.lastYearPath, QStringLiteral("last.nianbao"));
        QCOMPARE(onDisk->meta.lastYearSha256.size(), 64);
        key(Qt::Key_W, Qt::ControlModifier);
        openReport(m_file);
        QVERIFY(findingMessages().contains(QStringLiteral("三、上年结转·总计：上年报告的结转下年度为 10，本年填写为 6（少 4）")));

        // Save As into another folder: the link is rewritten for it and still followed.
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("2023")));
        const QString moved = m_dir.filePath(QStringLiteral("2023/report.nianbao"));
        m_dialogs.saveNames << moved;
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(ReportFile::load(moved, &error)->meta.lastYearPath, QStringLiteral("../last.nianbao"));
        QVERIFY(findingMessages().contains(QStringLiteral("三、上年结转·总计：上年报告的结转下年度为 10，本年填写为 6（少 4）")));

        // Last year's file gone: said when the report is opened, and the cross-year checks are left out.
        key(Qt::Key_W, Qt::ControlModifier);
        QVERIFY(QFile::remove(last));
        openReport(moved);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QDir::toNativeSeparators(moved) + QStringLiteral(": last year's report ") + QDir::toNativeSeparators(last)
                     + QStringLiteral(" is not there; the cross-year checks are skipped"));
        QCOMPARE(findingMessages(), QStringList{QStringLiteral("No findings: every check passes.")});
    }
};

QTEST_MAIN(TestLastYearWindow)
#include "tst_lastyearwindow.moc"
