// SPDX-License-Identifier: GPL-3.0-or-later
// ReportDocument: the editor's model. Every edit is an undo step, typing in one cell merges, "modified" is the
// undo stack's clean state, and derived totals are filled only when asked (or live, when turned on).

#include "files/reportfile.h"
#include "model/newreport.h"
#include "model/reportdocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace nianbao;

class TestReportDocument : public QObject
{
    Q_OBJECT

    ReportData example() const
    {
        QString error;
        auto data = ReportFile::load(QString::fromLocal8Bit(qgetenv("NIANBAO_TEST_DATA")) + QStringLiteral("/gui-county-2023.nianbao"), &error);
        if (!data) qFatal("%s", qPrintable(error));
        return *data;
    }
    static int idx(const ReportDocument &d, const char *id) { return d.format().cellIndex(QString::fromLatin1(id)); }
    static qint64 num(const ReportDocument &d, const char *id) { return d.data().cell(QString::fromLatin1(id)).value.number; }

private slots:
    void loadIsClean()
    {
        ReportDocument doc;
        QSignalSpy resets(&doc, &ReportDocument::reset);
        doc.load(example(), QStringLiteral("/tmp/x.nianbao"));
        QCOMPARE(resets.count(), 1);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(doc.filePath(), QStringLiteral("/tmp/x.nianbao"));
        QCOMPARE(num(doc, "s3.new.natural"), 80);
    }

    void typingInOneCellIsOneUndoStep()
    {
        ReportDocument doc;
        doc.load(example());
        QSignalSpy changed(&doc, &ReportDocument::cellChanged);
        QSignalSpy modified(&doc, &ReportDocument::modifiedChanged);
        const int cell = idx(doc, "s3.new.natural");
        const int session = doc.newEditSession();
        // The clerk types "1", "12", "123" over 80.
        for (qint64 n : {1, 12, 123}) doc.setCell(cell, CellValue::of(n), session);
        QCOMPARE(num(doc, "s3.new.natural"), 123);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.first().first().toInt(), cell);
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(num(doc, "s3.new.natural"), 80);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(num(doc, "s3.new.natural"), 123);
    }

    void anotherSessionIsAnotherStep()
    {
        ReportDocument doc;
        doc.load(example());
        const int cell = idx(doc, "s3.new.natural");
        doc.setCell(cell, CellValue::of(1), doc.newEditSession());
        doc.setCell(cell, CellValue::of(2), doc.newEditSession());
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.setCell(idx(doc, "s3.new.research"), CellValue::of(7), 0);
        QCOMPARE(doc.undoStack()->count(), 3);
    }

    void typingBackTheOldValueLeavesNothingToUndo()
    {
        ReportDocument doc;
        doc.load(example());
        const int cell = idx(doc, "s3.new.natural");
        const int session = doc.newEditSession();
        doc.setCell(cell, CellValue::of(8), session);
        QVERIFY(doc.isModified());
        doc.setCell(cell, CellValue::of(80), session);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void editsAfterSavingDoNotMergeIntoTheSavedStep()
    {
        ReportDocument doc;
        doc.load(example());
        const int cell = idx(doc, "s3.new.natural");
        const int session = doc.newEditSession();
        doc.setCell(cell, CellValue::of(8), session);
        doc.markSaved();
        doc.setCell(cell, CellValue::of(81), session);
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QCOMPARE(num(doc, "s3.new.natural"), 8);
    }

    void blankIsNotZero()
    {
        ReportDocument doc;
        doc.load(example());
        const int cell = idx(doc, "s3.r3_1.natural");
        doc.setCell(cell, CellValue::blank());
        QVERIFY(doc.data().cells[cell].isBlank());
        QCOMPARE(doc.blankCells(), QList<int>{cell});
        doc.fillBlanks(QStringLiteral("Fill blanks"));
        QCOMPARE(doc.data().cells[cell], CellValue::of(0));
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void proseAndMetadataMerge()
    {
        ReportDocument doc;
        doc.load(example());
        QSignalSpy prose(&doc, &ReportDocument::proseChanged);
        const int session = doc.newEditSession();
        doc.setProse(QStringLiteral("s6"), QStringLiteral("无"), session);
        doc.setProse(QStringLiteral("s6"), QStringLiteral("无。"), session);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(prose.count(), 2);
        QCOMPARE(prose.last().first().toString(), QStringLiteral("s6"));
        QCOMPARE(doc.data().text(QStringLiteral("s6")), QStringLiteral("无。"));

        QSignalSpy meta(&doc, &ReportDocument::metadataChanged);
        ReportMetadata m = doc.data().meta;
        const int metaSession = doc.newEditSession();
        m.documentNumber = QStringLiteral("青政办");
        doc.setMetadata(m, QStringLiteral("number"), metaSession);
        m.documentNumber = QStringLiteral("青政办〔2024〕1号");
        doc.setMetadata(m, QStringLiteral("number"), metaSession);
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(meta.count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.data().meta.documentNumber, QString());
        doc.undoStack()->undo();
        QCOMPARE(doc.data().text(QStringLiteral("s6")), QStringLiteral("本年度未收取信息处理费。"));
        QVERIFY(!doc.isModified());
    }

    // Last year's text kept as a draft: the edit that rewrites it clears the mark in the same undo step.
    void editingADraftClearsTheMarkInTheSameStep()
    {
        ReportData draft = example();
        draft.draftSections = QStringList{QStringLiteral("s5"), QStringLiteral("s6")};
        ReportDocument doc;
        doc.load(draft);
        const int session = doc.newEditSession();
        doc.setProse(QStringLiteral("s6"), QStringLiteral("本年度未收取信息处理费"), session);
        doc.setProse(QStringLiteral("s6"), QStringLiteral("本年度未收取信息处理费，"), session);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.data().draftSections, QStringList{QStringLiteral("s5")});
        QVERIFY(!doc.isDraft(QStringLiteral("s6")));
        doc.undoStack()->undo();
        QCOMPARE(doc.data().draftSections, (QStringList{QStringLiteral("s5"), QStringLiteral("s6")}));
        QCOMPARE(doc.data().text(QStringLiteral("s6")), QStringLiteral("本年度未收取信息处理费。"));
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.data().draftSections, QStringList{QStringLiteral("s5")});
    }

    void pasteIsOneStep()
    {
        ReportDocument doc;
        doc.load(example());
        QSignalSpy content(&doc, &ReportDocument::contentChanged);
        doc.setCells({{idx(doc, "s4.review.upheld"), CellValue::of(4)}, {idx(doc, "s4.review.corrected"), CellValue::of(2)}},
                     QStringLiteral("Paste"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(content.count(), 1);
        QCOMPARE(num(doc, "s4.review.upheld"), 4);
        doc.undoStack()->undo();
        QCOMPARE(num(doc, "s4.review.upheld"), 3);
        QCOMPARE(num(doc, "s4.review.corrected"), 1);
    }

    void derivedCellsFollowTheTemplate()
    {
        ReportDocument doc;
        doc.load(example());
        QVERIFY(doc.isDerived(idx(doc, "s3.r7.natural")));
        QVERIFY(doc.isDerived(idx(doc, "s3.new.total")));
        QVERIFY(doc.isDerived(idx(doc, "s3.carried_out.legal")));
        QVERIFY(doc.isDerived(idx(doc, "s4.after.total")));
        QVERIFY(!doc.isDerived(idx(doc, "s3.new.natural")));
        QVERIFY(!doc.isDerived(idx(doc, "s2.i5.licensing.decisions")));
        QVERIFY(doc.disagreeingTotals().isEmpty());
        QVERIFY(doc.derivedChanges(doc.data().cells).isEmpty());
    }

    void fillTotalsComputesEveryDerivedCell()
    {
        ReportDocument doc;
        doc.load(example());
        // 四、行政复议: 3 + 1 + 0 + 1 = 5; make the parts 3 + 4 + 0 + 1 and the entered total stays 5.
        doc.setCell(idx(doc, "s4.review.corrected"), CellValue::of(4));
        QCOMPARE(doc.disagreeingTotals(), QList<int>{idx(doc, "s4.review.total")});
        // 三: new.natural 80 → 90: new.total 110, carried_out.natural 16, carried_out.total 20.
        doc.setCell(idx(doc, "s3.new.natural"), CellValue::of(90));
        QCOMPARE(doc.disagreeingTotals().size(), 4);
        doc.fillDerived(QStringLiteral("Fill totals"));
        QCOMPARE(num(doc, "s4.review.total"), 8);
        QCOMPARE(num(doc, "s3.new.total"), 110);
        QCOMPARE(num(doc, "s3.carried_out.natural"), 16);
        QCOMPARE(num(doc, "s3.carried_out.total"), 20);
        QCOMPARE(num(doc, "s3.r7.total"), 96);
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        QCOMPARE(num(doc, "s3.carried_out.total"), 10);
        QCOMPARE(num(doc, "s4.review.total"), 5);
    }

    void totalsOfBlankCellsStayBlank()
    {
        ReportDocument doc;
        doc.load(newReport(TemplateRegistry::get(QStringLiteral("gov-2021")), QStringLiteral("青禾县人民政府"), 2023));
        QVERIFY(doc.derivedChanges(doc.data().cells).isEmpty());
        doc.setCell(idx(doc, "s4.direct.upheld"), CellValue::of(2));
        doc.fillDerived(QStringLiteral("Fill totals"));
        QCOMPARE(doc.data().cell(QStringLiteral("s4.direct.total")), CellValue::of(2));
        QVERIFY(doc.data().cell(QStringLiteral("s4.review.total")).isBlank());
        QVERIFY(doc.data().cell(QStringLiteral("s3.r7.natural")).isBlank());
    }

    void automaticTotalsUpdateInTheSameStep()
    {
        ReportDocument doc;
        doc.load(example());
        doc.setAutoDerive(true);
        const int session = doc.newEditSession();
        doc.setCell(idx(doc, "s3.r1.natural"), CellValue::of(4), session);
        doc.setCell(idx(doc, "s3.r1.natural"), CellValue::of(41), session);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(num(doc, "s3.r1.total"), 50);
        QCOMPARE(num(doc, "s3.r7.natural"), 80);
        QCOMPARE(num(doc, "s3.r7.total"), 97);
        QCOMPARE(num(doc, "s3.carried_out.natural"), 5);
        QCOMPARE(num(doc, "s3.carried_out.total"), 9);
        doc.undoStack()->undo();
        QCOMPARE(num(doc, "s3.r1.total"), 49);
        QCOMPARE(num(doc, "s3.r7.total"), 96);
        QCOMPARE(num(doc, "s3.carried_out.total"), 10);
        QVERIFY(!doc.isModified());
    }
};

QTEST_GUILESS_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
