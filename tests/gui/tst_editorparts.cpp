// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's other parts as a clerk uses them: prose sections, the report information page, new reports,
// automatic totals and filling blanks. Same report as tst_editorwindow (tests/data/gui-county-2023.nianbao).

#include "editortestbase.h"

#include "files/reportfile.h"
#include "metadata/metadataform.h"
#include "metadata/newreportdialog.h"
#include "model/reportdocument.h"
#include "prose/proseeditor.h"

#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QSpinBox>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextLayout>

using namespace nianbao;
using namespace nianbao::gui;

namespace {
const QString kSection3 = QStringLiteral("三、收到和处理政府信息公开申请情况");
const QString kSection6 = QStringLiteral("六、其他需要报告的事项");
}

class TestEditorParts : public EditorTestBase
{
    Q_OBJECT

    ProseEditor *proseEditor() const { return qobject_cast<ProseEditor *>(focus()); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }
    template<typename T>
    T *field(const char *name) const { return m_window->editor()->metadataForm()->findChild<T *>(QString::fromLatin1(name)); }
    static int weightOfLine(const QPlainTextEdit *editor, int line)
    {
        const QTextBlock block = editor->document()->findBlockByNumber(line);
        int weight = QFont::Normal;
        for (const QTextLayout::FormatRange &r : block.layout()->formats())
            if (r.start == 0) weight = r.format.fontWeight();
        return weight;
    }

private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void aNewReportStartsSection1WithItsFiveParts()
    {
        m_dialogs.newReports << NewReportRequest{QStringLiteral("青禾县教育局"), 2023, QStringLiteral("gov-2021"), OrganLevel::Unknown, OrganTier::Unknown};
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(title(), QStringLiteral("青禾县教育局2023年政府信息公开工作年度报告[*] — nianbao"));
        QVERIFY(!m_window->isWindowModified());
        goTo(QStringLiteral("一、总体情况"));
        ProseEditor *editor = proseEditor();
        QVERIFY(editor);
        QCOMPARE(editor->toPlainText(),
                 QStringLiteral("（一）主动公开\n\n（二）依申请公开\n\n（三）政府信息管理\n\n（四）政府信息公开平台建设\n\n（五）监督保障\n"));
        // The 公文 heading levels are visible: （一） lines are headings, the empty lines between them are not.
        QVERIFY(weightOfLine(editor, 0) >= QFont::DemiBold);
        QCOMPARE(weightOfLine(editor, 1), int(QFont::Normal));
        // Fill in the first part under its heading.
        key(Qt::Key_Down);
        type(QStringLiteral("全年主动公开信息120条。"));
        QVERIFY(editor->toPlainText().startsWith(QStringLiteral("（一）主动公开\n全年主动公开信息120条。\n（二）")));
        QCOMPARE(m_window->document()->data().text(QStringLiteral("s1")), editor->toPlainText());
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_window->document()->undoStack()->count(), 1); // one paragraph typed: one step
        key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(editor->toPlainText().startsWith(QStringLiteral("（一）主动公开\n\n（二）")));
        QVERIFY(!m_window->isWindowModified());
    }

    void proseTypedAndFixedWithTheChecks()
    {
        openReport(m_file);
        goTo(kSection6);
        key(Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_Delete);
        QVERIFY(findingMessages().contains(QStringLiteral("六、其他需要报告的事项：缺少本部分内容（没有需要报告的事项请写“无”）")));
        type(QStringLiteral("本年度未收取信息处理费。"));
        QCOMPARE(counts(), QStringLiteral("0 error(s) · 0 warning(s)"));
        QCOMPARE(m_window->document()->data().text(QStringLiteral("s6")), QStringLiteral("本年度未收取信息处理费。"));
        QVERIFY(!m_window->isWindowModified() || m_window->document()->undoStack()->count() == 2);
    }

    void pastingFromWordKeepsOnlyTheText()
    {
        openReport(m_file);
        goTo(QStringLiteral("五、存在的主要问题及改进情况"));
        key(Qt::Key_End, Qt::ControlModifier);
        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral("<p><b>一是</b>培训不足。</p>"));
        mime->setText(QStringLiteral("\r\n一是培训不足。\u00a0"));
        QApplication::clipboard()->setMimeData(mime);
        key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_window->document()->data().text(QStringLiteral("s5")),
                 QStringLiteral("一是公开内容不够全面；二是解读形式单一。下一步将加强培训，丰富解读形式。\n一是培训不足。 "));
        QCOMPARE(weightOfLine(proseEditor(), 1), int(QFont::Normal));
    }

    // Issue 17.3: a text may hold at most ReportData::kMaxProseLength (200000) characters; a paste beyond is refused.
    void pastingTooMuchTextIsRefused()
    {
        openReport(m_file);
        goTo(QStringLiteral("五、存在的主要问题及改进情况"));
        const QString before = m_window->document()->data().text(QStringLiteral("s5"));
        key(Qt::Key_End, Qt::ControlModifier);
        const qsizetype asked = m_dialogs.asked.size();
        auto *mime = new QMimeData;
        mime->setText(QString(200001, QChar(0x5b57))); // 字
        QApplication::clipboard()->setMimeData(mime);
        key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_window->document()->data().text(QStringLiteral("s5")), before);
        QCOMPARE(proseEditor()->toPlainText(), before);
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_dialogs.asked.size(), asked + 1);
        QVERIFY2(m_dialogs.asked.last().startsWith(QStringLiteral("warn: ")) && m_dialogs.asked.last().contains(QStringLiteral("200000")),
                 qPrintable(m_dialogs.asked.last().left(200)));
        // Up to the limit is fine.
        auto *fits = new QMimeData;
        fits->setText(QString(200000 - before.size(), QChar(0x5b57)));
        QApplication::clipboard()->setMimeData(fits);
        key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_window->document()->data().text(QStringLiteral("s5")).size(), 200000);
        QCOMPARE(m_dialogs.asked.size(), asked + 1);
    }

    void reportInformationIsEditedFieldByField()
    {
        openReport(m_file);
        goTo(QStringLiteral("Report information"));
        QCOMPARE(focus(), field<QLineEdit>("organEdit"));
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("青禾县教育局"));
        const ReportMetadata &meta = m_window->document()->data().meta;
        QCOMPARE(meta.organ, QStringLiteral("青禾县教育局"));
        // Level, tier and signature follow the name they came from.
        QCOMPARE(meta.level, OrganLevel::Department);
        QCOMPARE(meta.tier, OrganTier::County);
        QCOMPARE(meta.signature, QStringLiteral("青禾县教育局"));
        QCOMPARE(field<QComboBox>("levelCombo")->currentText(), QStringLiteral("Department of a government"));
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
        QCOMPARE(title(), QStringLiteral("report.nianbao[*] — nianbao"));

        QLineEdit *date = field<QLineEdit>("dateWrittenEdit");
        date->setFocus();
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("2024-13-40"));
        QCOMPARE(meta.dateWritten, QDate(2024, 1, 22)); // not a date: nothing stored
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Not a date yet: “2024-13-40”")));
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("２０２４年２月５日"));
        QCOMPARE(meta.dateWritten, QDate(2024, 2, 5));
        QCOMPARE(m_window->document()->undoStack()->count(), 2);
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(meta.dateWritten, QDate(2024, 1, 22));
        QCOMPARE(date->text(), QStringLiteral("2024年1月22日"));
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(field<QLineEdit>("organEdit")->text(), QStringLiteral("青禾县人民政府"));
        QVERIFY(!m_window->isWindowModified());
    }

    void aMissingDateIsAFinding()
    {
        openReport(m_file);
        goTo(QStringLiteral("Report information"));
        QLineEdit *date = field<QLineEdit>("dateWrittenEdit");
        date->setFocus();
        key(Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_Delete);
        QCOMPARE(findingMessages(), (QStringList{QStringLiteral("Warnings (1)"), QStringLiteral("报告信息：缺少成文日期")}));
    }

    void newReportDialogProposesFormatLevelAndTier()
    {
        NewReportDialog dialog(m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *organ = dialog.findChild<QLineEdit *>(QStringLiteral("organEdit"));
        auto *year = dialog.findChild<QSpinBox *>(QStringLiteral("yearSpin"));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
        organ->setFocus();
        type(QStringLiteral("海北州人民政府"));
        year->setFocus();
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("2020"));
        NewReportRequest r = dialog.request();
        QCOMPARE(r.organ, QStringLiteral("海北州人民政府"));
        QCOMPARE(r.year, 2020);
        QCOMPARE(r.formatId, QStringLiteral("gov-2019"));
        QCOMPARE(r.level, OrganLevel::Government);
        QCOMPARE(r.tier, OrganTier::City);
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("2021"));
        QCOMPARE(dialog.request().formatId, QStringLiteral("gov-2021"));
        QVERIFY(format->currentText().contains(QStringLiteral("国办公开办函〔2021〕30号")));
    }

    void aGov2019ReportHasMoneyInYuan()
    {
        m_dialogs.newReports << NewReportRequest{QStringLiteral("海北州人民政府"), 2020, QStringLiteral("gov-2019"), OrganLevel::Unknown, OrganTier::Unknown};
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        goTo(QStringLiteral("第二十条第（九）项"));
        QCOMPARE(currentCellId(), QStringLiteral("s2.i9.procurement.projects"));
        type(QStringLiteral("3\t1,234.5\n"));
        QCOMPARE(shown(QStringLiteral("s2.i9.procurement.projects")), QStringLiteral("3"));
        QCOMPARE(shown(QStringLiteral("s2.i9.procurement.amount")), QStringLiteral("1234.5元"));
        clickCell(QStringLiteral("s2.i5.licensing.change"));
        type(QStringLiteral("-79\n"));
        QCOMPARE(shown(QStringLiteral("s2.i5.licensing.change")), QStringLiteral("-79"));
        // Saving an unsaved report asks where.
        const QString path = m_dir.filePath(QStringLiteral("haibei-2020"));
        m_dialogs.saveNames << path;
        key(Qt::Key_S, Qt::ControlModifier);
        QString error;
        const auto saved = ReportFile::load(path + QStringLiteral(".nianbao"), &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->cell(QStringLiteral("s2.i9.procurement.amount")).value, (Quantity{123450, MoneyUnit::Yuan, 1}));
        QCOMPARE(saved->cell(QStringLiteral("s2.i5.licensing.change")), CellValue::of(-79));
    }

    void automaticTotalsFollowEveryKeystroke()
    {
        openReport(m_file);
        key(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier); // the totals agree: nothing to ask
        QVERIFY(action("actionAutoTotals")->isChecked());
        QVERIFY(m_dialogs.asked == QStringList{QStringLiteral("open")});
        goTo(kSection3);
        QVERIFY(cellIndex(QStringLiteral("s3.r7.natural")).data(ReportTableModel::ComputedRole).toBool());
        QVERIFY(!cellIndex(QStringLiteral("s3.r1.natural")).data(ReportTableModel::ComputedRole).toBool());
        clickCell(QStringLiteral("s3.r1.natural"));
        type(QStringLiteral("41"));
        QCOMPARE(shown(QStringLiteral("s3.r1.total")), QStringLiteral("50"));
        QCOMPARE(shown(QStringLiteral("s3.r7.natural")), QStringLiteral("80"));
        QCOMPARE(shown(QStringLiteral("s3.r7.total")), QStringLiteral("97"));
        QCOMPARE(shown(QStringLiteral("s3.carried_out.natural")), QStringLiteral("5"));
        QCOMPARE(shown(QStringLiteral("s3.carried_out.total")), QStringLiteral("9"));
        key(Qt::Key_Return);
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
        // A computed total takes no typing.
        clickCell(QStringLiteral("s3.r7.total"));
        type(QStringLiteral("5"));
        QCOMPARE(shown(QStringLiteral("s3.r7.total")), QStringLiteral("97"));
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("This total is computed")));
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(shown(QStringLiteral("s3.carried_out.total")), QStringLiteral("10"));
        QVERIFY(!m_window->isWindowModified());
    }

    void automaticTotalsNeverOverwriteEnteredTotalsUnasked()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.r7.total"));
        type(QStringLiteral("99\n"));
        m_dialogs.confirmations << false;
        key(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_dialogs.asked.last(),
                 QStringLiteral("confirm: 1 entered total(s) differ from the sum of their parts. Replace them with the computed totals?"));
        QVERIFY(!action("actionAutoTotals")->isChecked());
        QCOMPARE(shown(QStringLiteral("s3.r7.total")), QStringLiteral("99"));
        // With the preference on, a report whose totals disagree opens with automatic totals off.
        key(Qt::Key_Z, Qt::ControlModifier);
        key(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(action("actionAutoTotals")->isChecked());
        const QString other = m_dir.filePath(QStringLiteral("wrong.nianbao"));
        ReportData wrong = m_window->document()->data();
        wrong.setCell(QStringLiteral("s4.review.total"), CellValue::of(6));
        QString error;
        QVERIFY(ReportFile::save(wrong, other, &error));
        openReport(other);
        QVERIFY(!action("actionAutoTotals")->isChecked());
        QVERIFY(!m_window->document()->autoDerive());
        QCOMPARE(shown(QStringLiteral("s4.review.total")), QStringLiteral("6"));
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Automatic totals are off")));
    }

    void fillBlankCellsAfterAsking()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.r3_1.natural"));
        key(Qt::Key_Right, Qt::ShiftModifier);
        key(Qt::Key_Delete);
        QCOMPARE(counts(), QStringLiteral("0 error(s) · 2 warning(s)"));
        m_dialogs.confirmations << true;
        action("actionFillBlanks")->trigger();
        QCOMPARE(m_dialogs.asked.last(),
                 QStringLiteral("confirm: Write 0 into the 2 blank cell(s)? Only do this when nothing happened in them."));
        QCOMPARE(shown(QStringLiteral("s3.r3_1.commercial")), QStringLiteral("0"));
        QCOMPARE(counts(), QStringLiteral("0 error(s) · 0 warning(s)"));
        QCOMPARE(m_window->document()->undoStack()->count(), 2);
    }

    void importedValuesAreConfirmedWithCtrlEnter()
    {
        QString error;
        ReportData imported = *ReportFile::load(m_file, &error);
        CellValue unsure;
        unsure.state = CellValue::State::Unconfirmed;
        unsure.value = Quantity{3, MoneyUnit::None, 0};
        unsure.candidates = {Quantity{3, MoneyUnit::None, 0}, Quantity{8, MoneyUnit::None, 0}};
        unsure.sourceLine = 42;
        imported.setCell(QStringLiteral("s4.review.upheld"), unsure);
        const QString path = m_dir.filePath(QStringLiteral("imported.nianbao"));
        QVERIFY2(ReportFile::save(imported, path, &error), qPrintable(error));
        openReport(path);
        QCOMPARE(counts(), QStringLiteral("0 error(s) · 1 warning(s)"));
        goTo(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"));
        QCOMPARE(shown(QStringLiteral("s4.review.upheld")), QStringLiteral("3 ?"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(shown(QStringLiteral("s4.review.upheld")), QStringLiteral("3"));
        QCOMPARE(counts(), QStringLiteral("0 error(s) · 0 warning(s)"));
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
    }

    void nextFindingGoesToItsCells()
    {
        openReport(m_file);
        goTo(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"));
        clickCell(QStringLiteral("s4.after.upheld"));
        type(QStringLiteral("7\n"));
        key(Qt::Key_F8);
        QCOMPARE(currentCellId(), QStringLiteral("s4.after.upheld"));
        QCOMPARE(table(QStringLiteral("s4"))->selectionModel()->selectedIndexes().size(), 5);
    }
};

QTEST_MAIN(TestEditorParts)
#include "tst_editorparts.moc"
