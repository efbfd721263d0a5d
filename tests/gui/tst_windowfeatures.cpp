// SPDX-License-Identifier: GPL-3.0-or-later
// The features plugged into the editor window: export and print, text import with the choice of readings, and
// the figures sentence. Driven through keys, menus and the dialog seam only.

#include "editortestbase.h"

#include "files/importaction.h"
#include "files/reportfile.h"
#include "model/reportdocument.h"
#include "prose/proseeditor.h"
#include "window/notesdock.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QStatusBar>

class TestWindowFeatures : public EditorTestBase
{
    Q_OBJECT

    QAction *exportAction(const QString &text)
    {
        for (QAction *a : m_window->exportMenu()->actions())
            if (a->text() == text) return a;
        return nullptr;
    }

    // File › Import Text… of a sample, as the clerk picks it in the file dialog.
    void importSample(const QString &name)
    {
        m_dialogs.openNames << testData(QStringLiteral("samples/") + name);
        QAction *import = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Import Text…")) import = a;
        QVERIFY(import);
        import->trigger();
        QVERIFY(m_window->editor());
    }

private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void exportPdfAsksAboutTheErrorsThenWrites()
    {
        const QString mistakes = m_dir.filePath(QStringLiteral("mistakes.nianbao"));
        QFile::remove(mistakes);
        QVERIFY(QFile::copy(testData(QStringLiteral("gui-county-2023-mistakes.nianbao")), mistakes));
        openReport(mistakes);
        QAction *pdf = exportAction(QStringLiteral("Export &PDF…"));
        QVERIFY(pdf && pdf->isEnabled());

        // Said no: nothing asked further, nothing written.
        m_dialogs.confirmations << false;
        pdf->trigger();
        QCOMPARE(m_dialogs.asked.last(), QStringLiteral("confirm: 6 error(s) still not corrected. Export anyway?"));

        const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
        m_dialogs.confirmations << true;
        m_dialogs.saveNames << out;
        pdf->trigger();
        QCOMPARE(m_dialogs.asked.mid(m_dialogs.asked.size() - 2),
                 QStringList({QStringLiteral("confirm: 6 error(s) still not corrected. Export anyway?"), QStringLiteral("save-as")}));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
    }

    void ctrlPPrintsThroughThePrintDialogSeam()
    {
        openReport(m_file); // no errors: no question before the print dialog
        m_dialogs.printSetups << false; // the clerk cancels the print dialog
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(m_dialogs.asked, QStringList({QStringLiteral("open"), QStringLiteral("print")}));
    }

    void importTextThenChooseTheSecondReading()
    {
        QCOMPARE(exportAction(QStringLiteral("Export &PDF…"))->isEnabled(), false); // no report yet
        importSample(QStringLiteral("pingtan-transport-2019.txt"));
        if (QTest::currentTestFailed()) return;
        QVERIFY(m_window->document()->isModified());
        QVERIFY(m_window->document()->filePath().isEmpty());

        // The import report lists the decision with its source line.
        auto *dock = m_window->findChild<nianbao::gui::NotesDock *>(QStringLiteral("importDock"));
        QVERIFY(dock && dock->isVisible());
        bool found = false;
        for (int i = 0; i < dock->tree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = dock->tree()->topLevelItem(i);
            if (item->text(0) == QStringLiteral("10") && item->text(1).contains(QStringLiteral("“8801”"))) found = true;
        }
        QVERIFY(found);

        QCOMPARE(shown(QStringLiteral("s2.i5.licensing.prior")), QStringLiteral("88 ?"));
        clickCell(QStringLiteral("s2.i5.licensing.prior"));
        key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
        QCOMPARE(shown(QStringLiteral("s2.i5.licensing.prior")), QStringLiteral("8"));
        QCOMPARE(shown(QStringLiteral("s2.i5.licensing.change")), QStringLiteral("+80"));
        QCOMPARE(shown(QStringLiteral("s2.i5.licensing.decisions")), QStringLiteral("1"));

        // One undo step brings the unconfirmed first reading back.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(shown(QStringLiteral("s2.i5.licensing.prior")), QStringLiteral("88 ?"));
        QCOMPARE(shown(QStringLiteral("s2.i5.licensing.change")), QStringLiteral("0 ?"));

        m_dialogs.saveChoices << nianbao::gui::Dialogs::SaveChoice::Discard; // the window closes after the test
        m_window->close();
    }

    // The readings also from the table's context menu (a right click on the cell). The table pages are built
    // when first needed (issue 18): the menu must come with them.
    void contextMenuOfACellOffersItsReadings()
    {
        importSample(QStringLiteral("pingtan-transport-2019.txt"));
        if (QTest::currentTestFailed()) return;
        const QString cellId = QStringLiteral("s2.i5.licensing.prior");
        clickCell(cellId);
        QCOMPARE(shown(cellId), QStringLiteral("88 ?"));
        nianbao::gui::ReportTableView *view = table(m_window->document()->format().cellAt(m_window->document()->format().cellIndex(cellId)).tableId);
        const QPoint at = view->visualRect(cellIndex(cellId)).center();
        QContextMenuEvent rightClick(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &rightClick);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
        QCOMPARE(shown(cellId), QStringLiteral("8"));
        QCOMPARE(shown(QStringLiteral("s2.i5.licensing.change")), QStringLiteral("+80"));
        m_dialogs.saveChoices << nianbao::gui::Dialogs::SaveChoice::Discard; // the window closes after the test
        m_window->close();
    }

    // A read-only file: the message names it and the problem; the edits stay in the window, unsaved.
    void savingAReadOnlyFileSaysSoAndKeepsTheEdits()
    {
        openReport(m_file);
        goTo(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"));
        clickCell(QStringLiteral("s4.after.total"));
        type(QStringLiteral("8\n"));
        QVERIFY(QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        QFile original(m_file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        key(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(m_dialogs.asked.last(),
                 QStringLiteral("warn: ") + QDir::toNativeSeparators(m_file)
                     + QStringLiteral(": cannot save: the file is read-only. Save the report under another name with Save "
                                      "As, or clear the file's read-only mark."));
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(shown(QStringLiteral("s4.after.total")), QStringLiteral("8"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        original.close();
        QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_dialogs.saveChoices << nianbao::gui::Dialogs::SaveChoice::Discard;
        m_window->close();
    }

    // File › Keep a Backup of the Previous Version: remembered; each save keeps the version it replaces.
    void keepBackupKeepsThePreviousVersion()
    {
        QAction *backup = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == QStringLiteral("Keep a &Backup of the Previous Version")) backup = a;
        QVERIFY(backup && backup->isCheckable() && !backup->isChecked());
        backup->trigger();
        restartWindow(); // the setting outlives the window
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == QStringLiteral("Keep a &Backup of the Previous Version")) backup = a;
        QVERIFY(backup->isChecked());

        openReport(m_file);
        goTo(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"));
        clickCell(QStringLiteral("s4.after.total"));
        type(QStringLiteral("8\n"));
        key(Qt::Key_S, Qt::ControlModifier);
        QString error;
        QCOMPARE(nianbao::ReportFile::load(m_file, &error)->cell(QStringLiteral("s4.after.total")), nianbao::CellValue::of(8));
        QCOMPARE(nianbao::ReportFile::load(m_file + QStringLiteral(".bak"), &error)->cell(QStringLiteral("s4.after.total")),
                 nianbao::CellValue::of(1));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Saved ") + QDir::toNativeSeparators(m_file)
                     + QStringLiteral("; the previous version is kept as report.nianbao.bak"));
    }

    void insertFiguresSentenceIsOneUndoStep()
    {
        openReport(m_file);
        goTo(QStringLiteral("一、总体情况"));
        const QString before = m_window->document()->data().text(QStringLiteral("s1"));
        key(Qt::Key_End, Qt::ControlModifier);
        key(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->document()->data().text(QStringLiteral("s1")),
                 before + QStringLiteral("本年新收政府信息公开申请100件，上年结转6件，办结96件，结转下年度10件。"
                                         "全年因政府信息公开工作被申请行政复议5件，被提起行政诉讼4件。"));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->document()->data().text(QStringLiteral("s1")), before);
    }
};

QTEST_MAIN(TestWindowFeatures)
#include "tst_windowfeatures.moc"
