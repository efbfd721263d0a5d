// SPDX-License-Identifier: GPL-3.0-or-later
// The editor window as a clerk uses it: only key and mouse events and the clipboard, reading what the window
// shows. The report is tests/data/gui-county-2023.nianbao (no findings); its section 三 figures are
//   new 80 10 2 1 3 4 | 100, carried_in 5 1 0 0 0 0 | 6, r7 79 9 2 1 2 3 | 96, carried_out 6 2 0 0 1 1 | 10
// and section 四 行政复议 3 1 0 1 | 5, 直接起诉 2 0 1 0 | 3, 复议后起诉 1 0 0 0 | 1.

#include "editortestbase.h"

#include "files/filecontroller.h"
#include "files/reportfile.h"
#include "model/reportdocument.h"
#include "prose/proseeditor.h"
#include "tables/celldelegate.h"

#include <QClipboard>
#include <QProcess>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTranslator>

using namespace nianbao;
using namespace nianbao::gui;

namespace {
const QString kSection3 = QStringLiteral("三、收到和处理政府信息公开申请情况");
const QString kSection4 = QStringLiteral("四、政府信息公开行政复议、行政诉讼情况");
}

class TestEditorWindow : public EditorTestBase
{
    Q_OBJECT

private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void startsOnTheStartPageWithNothingToSave()
    {
        grab(QStringLiteral("start"));
        QVERIFY(!m_window->editor());
        QCOMPARE(title(), QStringLiteral("nianbao"));
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionSave"))->isEnabled());
    }

    void opensTheReportWithNoFindings()
    {
        openReport(m_file);
        grab(QStringLiteral("info"));
        QCOMPARE(title(), QStringLiteral("report.nianbao[*] — nianbao"));
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(counts(), QStringLiteral("0 error(s) · 0 warning(s)"));
        QCOMPARE(findingMessages(), QStringList{QStringLiteral("No findings: every check passes.")});
        goTo(kSection3);
        QCOMPARE(currentCellId(), QStringLiteral("s3.new.natural"));
        QCOMPARE(shown(QStringLiteral("s3.new.natural")), QStringLiteral("80"));
        QCOMPARE(shown(QStringLiteral("s2.i8.fees.amount")), QStringLiteral("123.45万元"));
    }

    void typingUpdatesTheFindingsAtEachKeystroke()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.new.natural"));
        type(QStringLiteral("9"));
        // Typing replaced 80; the document and the checks follow the keystroke before Enter.
        QCOMPARE(m_window->document()->data().cell(QStringLiteral("s3.new.natural")), CellValue::of(9));
        QCOMPARE(counts(), QStringLiteral("2 error(s) · 0 warning(s)"));
        QVERIFY(m_window->isWindowModified());
        type(QStringLiteral("0"));
        key(Qt::Key_Return);
        QCOMPARE(shown(QStringLiteral("s3.new.natural")), QStringLiteral("90"));
        QCOMPARE(currentCellId(), QStringLiteral("s3.carried_in.natural")); // Enter moves down
        grab(QStringLiteral("section3-errors"));
        QCOMPARE(findingMessages(),
                 (QStringList{QStringLiteral("Errors (2)"),
                              QStringLiteral("三、本年新收·总计：六类申请人合计为 110，填写为 100（少 10）"),
                              QStringLiteral("三、自然人：本年新收加上年结转为 95，办理结果总计加结转下年度为 85（少 10）")}));
        // The cells of a finding are tinted, with its message as tooltip.
        const QModelIndex total = cellIndex(QStringLiteral("s3.new.total"));
        QCOMPARE(total.data(ReportTableModel::SeverityRole).toInt(), int(Severity::Error));
        QVERIFY(total.data(Qt::ToolTipRole).toString().contains(QStringLiteral("六类申请人合计为 110")));
        QCOMPARE(cellIndex(QStringLiteral("s3.r7.natural")).data(ReportTableModel::SeverityRole).toInt(), int(Severity::Error));
        QCOMPARE(cellIndex(QStringLiteral("s3.r1.natural")).data(ReportTableModel::SeverityRole).toInt(), -1);
        QCOMPARE(cellIndex(QStringLiteral("s4.review.total")).data(ReportTableModel::SeverityRole).toInt(), -1);
        // The three keystrokes in one cell are one undo step.
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
    }

    void fixingTheTotalsThenUndoRedoBackToTheSavedState()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.new.natural"));
        type(QStringLiteral("90\t"));
        QCOMPARE(currentCellId(), QStringLiteral("s3.new.commercial")); // Tab moves right
        // Fix the row total by typing, the rest with Fill Totals (it asks first: it replaces entered totals).
        clickCell(QStringLiteral("s3.new.total"));
        type(QStringLiteral("110\n"));
        // Still wrong: 自然人 and 总计 do not balance; the text of 一 says 100 received.
        QCOMPARE(findingMessages(),
                 (QStringList{QStringLiteral("Errors (2)"),
                              QStringLiteral("三、自然人：本年新收加上年结转为 95，办理结果总计加结转下年度为 85（少 10）"),
                              QStringLiteral("三、总计：本年新收加上年结转为 116，办理结果总计加结转下年度为 106（少 10）"),
                              QStringLiteral("Warnings (1)"),
                              QStringLiteral("一、总体情况：正文写“本年新收政府信息公开申请100件”，本年新收申请表中为 110（少 10）")}));
        m_dialogs.confirmations << true;
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(m_dialogs.asked.last(),
                 QStringLiteral("confirm: Fill Totals will write 2 value(s):\n\n"
                                "三、结转下年度·自然人: 16 (replaces 6)\n三、结转下年度·总计: 20 (replaces 10)\n\nFill the totals?"));
        QCOMPARE(shown(QStringLiteral("s3.carried_out.natural")), QStringLiteral("16"));
        QCOMPARE(shown(QStringLiteral("s3.carried_out.total")), QStringLiteral("20"));
        QCOMPARE(counts(), QStringLiteral("0 error(s) · 2 warning(s)")); // the text of 一 still says 100 and 10
        QCOMPARE(m_window->document()->undoStack()->count(), 3);

        key(Qt::Key_Z, Qt::ControlModifier); // the fill, in one step
        QCOMPARE(shown(QStringLiteral("s3.carried_out.natural")), QStringLiteral("6"));
        QCOMPARE(shown(QStringLiteral("s3.carried_out.total")), QStringLiteral("10"));
        key(Qt::Key_Z, Qt::ControlModifier);
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(shown(QStringLiteral("s3.new.natural")), QStringLiteral("80"));
        QCOMPARE(shown(QStringLiteral("s3.new.total")), QStringLiteral("100"));
        QVERIFY(!m_window->isWindowModified()); // clean again
        QCOMPARE(counts(), QStringLiteral("0 error(s) · 0 warning(s)"));
        key(Qt::Key_Y, Qt::ControlModifier);
        key(Qt::Key_Y, Qt::ControlModifier);
        key(Qt::Key_Y, Qt::ControlModifier);
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(shown(QStringLiteral("s3.carried_out.total")), QStringLiteral("20"));
        QCOMPARE(shown(QStringLiteral("s3.new.natural")), QStringLiteral("90"));
    }

    void pastingABlockFillsTheRangeInOneStep()
    {
        openReport(m_file);
        goTo(kSection4);
        clickCell(QStringLiteral("s4.review.upheld"));
        // As Excel puts it on the clipboard: tabs between cells, a line end after the last row.
        QApplication::clipboard()->setText(QStringLiteral("4\t2\t0\t1\t7\r\n"));
        key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(shown(QStringLiteral("s4.review.upheld")), QStringLiteral("4"));
        QCOMPARE(shown(QStringLiteral("s4.review.corrected")), QStringLiteral("2"));
        QCOMPARE(shown(QStringLiteral("s4.review.total")), QStringLiteral("7"));
        QCOMPARE(shown(QStringLiteral("s4.direct.upheld")), QStringLiteral("2"));
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
        QCOMPARE(counts(), QStringLiteral("0 error(s) · 0 warning(s)"));
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(shown(QStringLiteral("s4.review.upheld")), QStringLiteral("3"));
        QCOMPARE(shown(QStringLiteral("s4.review.total")), QStringLiteral("5"));
        QVERIFY(!m_window->isWindowModified());
    }

    void pastingAColumnDownSection3()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.r3_1.commercial"));
        QApplication::clipboard()->setText(QStringLiteral("１\n2件\n\n"));
        key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(shown(QStringLiteral("s3.r3_1.commercial")), QStringLiteral("1"));
        QCOMPARE(shown(QStringLiteral("s3.r3_2.commercial")), QStringLiteral("2"));
        QCOMPARE(shown(QStringLiteral("s3.r3_3.commercial")), QString()); // the empty line: blank
        QCOMPARE(cellIndex(QStringLiteral("s3.r3_3.commercial")).data(ReportTableModel::BlankRole).toBool(), true);
    }

    void aBadValueInAPastedBlockChangesNothing()
    {
        openReport(m_file);
        goTo(kSection4);
        clickCell(QStringLiteral("s4.review.upheld"));
        QApplication::clipboard()->setText(QStringLiteral("4\tabc\t-1\n"));
        key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_dialogs.asked.size(), 2);
        const QString message = m_dialogs.asked.last();
        QVERIFY2(message.contains(QStringLiteral("四、行政复议·结果纠正: “abc”")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("四、行政复议·其他结果: “-1”")), qPrintable(message));
        QCOMPARE(shown(QStringLiteral("s4.review.upheld")), QStringLiteral("3"));
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Nothing was pasted")));
    }

    void aBlockTooLargeForTheTableChangesNothing()
    {
        openReport(m_file);
        goTo(kSection4);
        clickCell(QStringLiteral("s4.after.total"));
        QApplication::clipboard()->setText(QStringLiteral("1\t2\n"));
        key(Qt::Key_V, Qt::ControlModifier);
        QVERIFY(m_dialogs.asked.last().contains(QStringLiteral("outside the table")));
        QCOMPARE(shown(QStringLiteral("s4.after.total")), QStringLiteral("1"));
    }

    void copyGivesTabSeparatedValues()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.new.natural"));
        key(Qt::Key_Right, Qt::ShiftModifier);
        key(Qt::Key_Down, Qt::ShiftModifier);
        key(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("80\t10\n5\t1\n"));
    }

    void aValueThatIsNotANumberIsRefusedAtOnce()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.new.natural"));
        type(QStringLiteral("1x"));
        auto *editor = qobject_cast<CellEditor *>(focus());
        QVERIFY(editor);
        QCOMPARE(editor->refusal(), QStringLiteral("Not a number"));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Not accepted: “1x” (Not a number)"));
        QCOMPARE(m_window->document()->data().cell(QStringLiteral("s3.new.natural")), CellValue::of(1)); // never "1x"
        key(Qt::Key_Return); // refused: the editor stays
        QCOMPARE(focus(), editor);
        key(Qt::Key_Escape); // back to what the cell held
        QCOMPARE(shown(QStringLiteral("s3.new.natural")), QStringLiteral("80"));
        QVERIFY(!m_window->isWindowModified());
        // A count cannot be negative, a signed cell can.
        clickCell(QStringLiteral("s3.new.natural"));
        type(QStringLiteral("-5"));
        QCOMPARE(qobject_cast<CellEditor *>(focus())->refusal(), QStringLiteral("This cell cannot be negative"));
        key(Qt::Key_Escape);
        QCOMPARE(shown(QStringLiteral("s3.new.natural")), QStringLiteral("80"));
    }

    void whatClerksReallyTypeIsNormalised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full-width digits") << "s3.new.natural" << "１２" << "12";
        QTest::newRow("thousands separator") << "s3.new.natural" << "1,234" << "1234";
        QTest::newRow("spaces") << "s3.new.natural" << " 7 " << "7";
        QTest::newRow("unit word") << "s3.new.natural" << "15件" << "15";
        QTest::newRow("full-width and unit") << "s4.review.upheld" << "２ 项" << "2";
        QTest::newRow("money in 万元") << "s2.i8.fees.amount" << "20009.5483万元" << "20009.5483万元";
        QTest::newRow("money, unit implied") << "s2.i8.fees.amount" << "１,２00.5" << "1200.5万元";
    }

    void whatClerksReallyTypeIsNormalised()
    {
        QFETCH(QString, cell);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        openReport(m_file);
        m_window->editor()->showCells({m_window->document()->format().cellIndex(cell)}, true);
        clickCell(cell);
        type(typed);
        key(Qt::Key_Return);
        QCOMPARE(shown(cell), expected);
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
    }

    void moneyInAnotherUnitIsRefusedWhereTheFormFixesIt()
    {
        openReport(m_file);
        goTo(QStringLiteral("二、主动公开政府信息情况"));
        clickCell(QStringLiteral("s2.i8.fees.amount"));
        type(QStringLiteral("12元"));
        QCOMPARE(qobject_cast<CellEditor *>(focus())->refusal(), QStringLiteral("The unit must be 万元"));
        key(Qt::Key_Escape);
        QCOMPARE(shown(QStringLiteral("s2.i8.fees.amount")), QStringLiteral("123.45万元"));
    }

    void deleteMakesACellBlankNotZero()
    {
        openReport(m_file);
        goTo(kSection4);
        clickCell(QStringLiteral("s4.direct.other"));
        key(Qt::Key_Delete);
        grab(QStringLiteral("section4-blank"));
        QCOMPARE(shown(QStringLiteral("s4.direct.other")), QString());
        QVERIFY(cellIndex(QStringLiteral("s4.direct.other")).data(ReportTableModel::BlankRole).toBool());
        QCOMPARE(counts(), QStringLiteral("1 error(s) · 1 warning(s)"));
        QVERIFY(findingMessages().contains(QStringLiteral("四、未经复议直接起诉·其他结果：未填写（没有发生的请填 0）")));
        type(QStringLiteral("0\n"));
        QCOMPARE(shown(QStringLiteral("s4.direct.other")), QStringLiteral("0"));
        QVERIFY(!cellIndex(QStringLiteral("s4.direct.other")).data(ReportTableModel::BlankRole).toBool());
    }

    void arrowsAndTabSkipLabelsAndHeaders()
    {
        openReport(m_file);
        goTo(kSection3);
        QCOMPARE(currentCellId(), QStringLiteral("s3.new.natural"));
        key(Qt::Key_Left); // the label column is not a stop
        QCOMPARE(currentCellId(), QStringLiteral("s3.new.natural"));
        key(Qt::Key_Up);   // nor are the header rows
        QCOMPARE(currentCellId(), QStringLiteral("s3.new.natural"));
        key(Qt::Key_End);
        QCOMPARE(currentCellId(), QStringLiteral("s3.new.total"));
        key(Qt::Key_Tab);  // wraps to the next row
        QCOMPARE(currentCellId(), QStringLiteral("s3.carried_in.natural"));
        key(Qt::Key_Backtab);
        QCOMPARE(currentCellId(), QStringLiteral("s3.new.total"));
        key(Qt::Key_PageDown);
        QCOMPARE(currentCellId(), QStringLiteral("s3.carried_out.total"));
        // F2 edits in place: the text is kept and the cursor goes to its end.
        key(Qt::Key_F2);
        type(QStringLiteral("1\n"));
        QCOMPARE(shown(QStringLiteral("s3.carried_out.total")), QStringLiteral("101"));
    }

    void theBlocksOfSection2AreOneAfterTheOther()
    {
        openReport(m_file);
        goTo(QStringLiteral("第二十条第（五）项"));
        QCOMPARE(currentCellId(), QStringLiteral("s2.i5.licensing.decisions"));
        grab(QStringLiteral("section2"));
        key(Qt::Key_Down); // the block has one row: on to the next block
        QCOMPARE(currentCellId(), QStringLiteral("s2.i6.penalty.decisions"));
        key(Qt::Key_Down);
        QCOMPARE(currentCellId(), QStringLiteral("s2.i6.enforcement.decisions"));
        key(Qt::Key_Up);
        key(Qt::Key_Up);
        QCOMPARE(currentCellId(), QStringLiteral("s2.i5.licensing.decisions"));
    }

    void selectingAFindingSelectsItsCells()
    {
        openReport(m_file);
        goTo(kSection4);
        clickCell(QStringLiteral("s4.review.upheld"));
        type(QStringLiteral("9\n"));
        QTreeWidget *tree = m_window->findingsPanel()->tree();
        QTreeWidgetItem *finding = tree->topLevelItem(0)->child(0);
        QCOMPARE(finding->text(0), QStringLiteral("四、行政复议·总计：结果维持、结果纠正、其他结果、尚未审结合计为 11，填写为 5（少 6）"));
        tree->scrollToItem(finding);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, tree->visualItemRect(finding).center());
        ReportTableView *view = table(QStringLiteral("s4"));
        QSet<QString> selected;
        for (const QModelIndex &i : view->selectionModel()->selectedIndexes())
            selected << m_window->document()->format().cellIds().at(view->reportModel()->cellIndexAt(i));
        QCOMPARE(selected, (QSet<QString>{QStringLiteral("s4.review.upheld"), QStringLiteral("s4.review.corrected"),
                                          QStringLiteral("s4.review.other"), QStringLiteral("s4.review.pending"),
                                          QStringLiteral("s4.review.total")}));
        QCOMPARE(focus(), tree); // moving through the list keeps the keyboard there
        key(Qt::Key_Return);     // Enter goes to the cells
        QCOMPARE(focus(), view);
    }

    void saveReopenCompare()
    {
        openReport(m_file);
        goTo(kSection4);
        clickCell(QStringLiteral("s4.after.corrected"));
        type(QStringLiteral("２\n"));
        clickCell(QStringLiteral("s4.after.total"));
        type(QStringLiteral("3\n"));
        const ReportData edited = m_window->document()->data();
        key(Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_dialogs.asked.isEmpty() || m_dialogs.asked == QStringList{QStringLiteral("open")});
        key(Qt::Key_W, Qt::ControlModifier); // saved: closes without asking
        QVERIFY(!m_window->editor());
        openReport(m_file);
        QCOMPARE(shown(QStringLiteral("s4.after.corrected")), QStringLiteral("2"));
        QCOMPARE(shown(QStringLiteral("s4.after.total")), QStringLiteral("3"));
        QVERIFY(m_window->document()->data() == edited);
        QString error;
        const auto onDisk = ReportFile::load(m_file, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(onDisk->cell(QStringLiteral("s4.after.total")), CellValue::of(3));
    }

    void closingAModifiedReportAsks()
    {
        openReport(m_file);
        goTo(kSection4);
        clickCell(QStringLiteral("s4.after.total"));
        type(QStringLiteral("8\n"));
        m_dialogs.saveChoices << Dialogs::SaveChoice::Cancel;
        key(Qt::Key_W, Qt::ControlModifier);
        QVERIFY(m_window->editor()); // cancelled
        QCOMPARE(m_dialogs.asked.last(), QStringLiteral("save: report.nianbao"));
        m_dialogs.saveChoices << Dialogs::SaveChoice::Discard;
        key(Qt::Key_W, Qt::ControlModifier);
        QVERIFY(!m_window->editor());
        openReport(m_file);
        QCOMPARE(shown(QStringLiteral("s4.after.total")), QStringLiteral("1")); // discarded
        // Quitting asks too; Save writes the file.
        clickCell(QStringLiteral("s4.after.total"));
        type(QStringLiteral("4\n"));
        m_dialogs.saveChoices << Dialogs::SaveChoice::Save;
        QVERIFY(m_window->close());
        QString error;
        QCOMPARE(ReportFile::load(m_file, &error)->cell(QStringLiteral("s4.after.total")), CellValue::of(4));
    }

    void saveAsAndRecentFiles()
    {
        openReport(m_file);
        const QString other = m_dir.filePath(QStringLiteral("copy"));
        m_dialogs.saveNames << other;
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QFile::exists(other + QStringLiteral(".nianbao")));
        QCOMPARE(title(), QStringLiteral("copy.nianbao[*] — nianbao"));
        key(Qt::Key_W, Qt::ControlModifier);
        // The start page lists both, newest first; Enter opens the selected one.
        auto *recent = m_window->findChild<QListWidget *>(QStringLiteral("recentList"));
        QVERIFY(recent->isVisible());
        QCOMPARE(recent->count(), 2);
        QVERIFY(recent->item(0)->text().startsWith(QStringLiteral("copy.nianbao")));
        QVERIFY(recent->item(1)->text().startsWith(QStringLiteral("report.nianbao")));
        recent->setFocus();
        key(Qt::Key_Down);
        key(Qt::Key_Return);
        QCOMPARE(title(), QStringLiteral("report.nianbao[*] — nianbao"));
    }

    void exportStandardText()
    {
        openReport(m_file);
        const QString out = m_dir.filePath(QStringLiteral("out.txt"));
        m_dialogs.saveNames << out;
        m_window->exportMenu()->actions().first()->trigger();
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("青禾县人民政府2023年政府信息公开工作年度报告"));
        QVERIFY(lines.contains(QStringLiteral("\t\t\t\t\t行政事业性收费\t123.45万元\t\t").mid(5)));
        QVERIFY(lines.contains(QStringLiteral("3\t1\t0\t1\t5\t2\t0\t1\t0\t3\t1\t0\t0\t0\t1")));
    }

    void geometryPersists()
    {
        m_window->resize(1000, 700);
        QVERIFY(m_window->close());
        restartWindow();
        QCOMPARE(m_window->size(), QSize(1000, 700));
    }

    // `nianbao FILE` as a whole process: the window shows, then the report (the app says so when
    // NIANBAO_STARTUP_PROBE is set, and quits when it is "quit").
    void theCommandLineOpensAFile()
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NIANBAO_STARTUP_PROBE"), QStringLiteral("quit"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.start(QString::fromLocal8Bit(qgetenv("NIANBAO_BIN")), {m_file});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 0);
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("nianbao-probe: window ")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("nianbao-probe: document ")), qPrintable(err));
    }

    // What the program says in the system's language (the child's, from LANG), as nianbao's translation has it.
    static QString programText(const char *source)
    {
        QTranslator translator;
        if (translator.load(QLocale::system(), QStringLiteral("nianbao"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            const QString translated = translator.translate("nianbao::EditorModule", source);
            if (!translated.isEmpty()) return translated;
        }
        return QString::fromUtf8(source);
    }

    // On Linux the editor is a module of the program (app/editormodule.h): a missing or foreign one is said, with
    // the file, and nothing else happens.
    void missingEditorModuleIsSaid_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("said");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/libnianbao-editor.so") << programText("%1: no such file").arg(QStringLiteral("/nonexistent/libnianbao-editor.so"));
        const QString pdfModule = QFileInfo(QString::fromLocal8Bit(qgetenv("NIANBAO_BIN"))).absolutePath() + QStringLiteral("/libnianbao-pdf.so");
        QTest::newRow("not the editor") << pdfModule << programText("%1: not the editor of this version of nianbao").arg(pdfModule);
    }
    void missingEditorModuleIsSaid()
    {
        QFETCH(QString, module);
        QFETCH(QString, said);
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NIANBAO_EDITOR_MODULE"), module);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.start(QString::fromLocal8Bit(qgetenv("NIANBAO_BIN")), {m_file});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 2);
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(err.contains(said), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("nianbao")) && !err.contains(QStringLiteral("nianbao-probe")), qPrintable(err));
    }
};

QTEST_MAIN(TestEditorWindow)
#include "tst_editorwindow.moc"
