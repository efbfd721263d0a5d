// SPDX-License-Identifier: GPL-3.0-or-later
// Spec §10: the standard text export of any report imports back to an identical report; the same reports
// rendered in the other layouts of published tables (one cell per line, pipes, spaced onto one line, written
// together without separators) import back identically, or — written together — with exactly the cells whose
// digits can be read more than one way marked unconfirmed.

#include "export/textexport.h"
#include "importtesthelpers.h"
#include "layoutrenderer.h"

#include <QtTest>

using namespace nianbao;
using namespace nianbao::import;
using namespace testing;

Q_DECLARE_METATYPE(testing::Layout)

namespace {
constexpr int kReportsPerLayout = 60;
}

class TestImportRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void exact_data()
    {
        QTest::addColumn<Layout>("layout");
        QTest::addColumn<bool>("consistent");
        for (const Layout l : {Layout::Tabs, Layout::OneCellPerLine, Layout::Pipes, Layout::Spaced})
            for (const bool consistent : {false, true})
                QTest::newRow(qPrintable(layoutName(l) + (consistent ? QStringLiteral(", sums hold") : QStringLiteral(", random"))))
                    << l << consistent;
    }
    void exact()
    {
        QFETCH(Layout, layout);
        QFETCH(bool, consistent);
        QRandomGenerator rng(20240 + int(layout) * 7 + (consistent ? 1 : 0));
        for (int i = 0; i < kReportsPerLayout; ++i) {
            const ReportData original = randomReport(rng, consistent);
            const QString text = render(original, layout, rng);
            const ImportResult r = ReportImporter::importText(text);
            QVERIFY2(r.report, qPrintable(r.error));
            const QString diff = differences(original, *r.report);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("report %1:\n%2\n--- text:\n%3\n--- import report:\n%4")
                                                    .arg(i).arg(diff, text, r.reportText())));
            QVERIFY(*r.report == original);
            // Values missing from their places are named; a blank shown as blank is no decision.
            if (layout != Layout::Spaced) {
                for (const ImportDecision &d : r.decisions) QVERIFY2(!d.needsReview, qPrintable(d.message));
                QCOMPARE(r.exitCode(), 0);
            }
        }
    }

    // The imported samples, exported and imported again, are the same reports (the export does not carry the
    // publication date; an unconfirmed cell is printed, and read back, as its proposed value).
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"gangcha-2019.txt", "jidong-2020.txt", "pingtan-finance-2020.txt", "pingtan-transport-2019.txt",
                              "pingtan-transport-2020.txt", "shuyang-2025.txt"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void samples()
    {
        QFETCH(QString, file);
        const ImportResult first = importSample(file);
        ReportData expected = *first.report;
        expected.meta.published = QDateTime();
        for (CellValue &c : expected.cells)
            if (c.state == CellValue::State::Unconfirmed) c = CellValue::of(c.value);
        const ImportResult again = ReportImporter::importText(TextExport::toText(*first.report));
        QVERIFY(again.report);
        const QString diff = differences(expected, *again.report);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(again.exitCode(), 0);
    }

    void concatenated_data()
    {
        QTest::addColumn<bool>("consistent");
        QTest::newRow("random") << false;
        QTest::newRow("sums hold") << true;
    }
    void concatenated()
    {
        QFETCH(bool, consistent);
        QRandomGenerator rng(777 + (consistent ? 1 : 0));
        int marked = 0;
        for (int i = 0; i < kReportsPerLayout; ++i) {
            const ReportData original = randomReport(rng, consistent);
            const QString text = render(original, Layout::Concatenated, rng);
            const ImportResult r = ReportImporter::importText(text);
            QVERIFY2(r.report, qPrintable(r.error));
            ReportData withoutCells = *r.report;
            withoutCells.cells = original.cells;
            const QString diff = differences(original, withoutCells);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("report %1:\n%2\n%3").arg(i).arg(diff, text)));
            QSet<const AmbiguousGroup *> checkedGroups;
            for (int c = 0; c < original.cells.size(); ++c) {
                const CellValue &got = r.report->cells[c];
                const QString id = original.format->cellIds()[c];
                if (got.isBlank() && !original.cells[c].isBlank()) {
                    // Digits that split too many ways to offer: left blank, and the import report names the row.
                    bool named = false;
                    for (const ImportDecision &d : decisionsOf(r, ImportDecision::Kind::UnreadableValue))
                        named = named || (d.needsReview && d.cells.contains(id));
                    QVERIFY2(named, qPrintable(QStringLiteral("report %1, %2 blank").arg(i).arg(id)));
                    ++marked;
                    continue;
                }
                if (got.state != CellValue::State::Unconfirmed) {
                    QVERIFY2(got == original.cells[c], qPrintable(QStringLiteral("report %1, %2:\n%3\n%4\n%5")
                                                                     .arg(i).arg(id, differences(original, *r.report), r.reportText(), text)));
                    continue;
                }
                ++marked;
                QVERIFY(!got.candidates.isEmpty());
                // The original row is one of the readings, and every reading writes the same characters.
                const AmbiguousGroup *group = nullptr;
                for (const AmbiguousGroup &g : r.ambiguities)
                    if (g.cells.contains(id)) group = &g;
                QVERIFY(group);
                QVERIFY(group->readings.size() >= 2);
                QList<std::optional<Quantity>> originalValues;
                for (const QString &cell : group->cells) {
                    const CellValue &v = original.cell(cell);
                    originalValues << (v.isBlank() ? std::nullopt : std::optional<Quantity>(v.value));
                }
                QVERIFY2(group->readings.contains(originalValues),
                         qPrintable(QStringLiteral("report %1, %2:\n%3\n%4").arg(i).arg(id, r.reportText(), text)));
                if (checkedGroups.contains(group)) continue;
                checkedGroups.insert(group);
                const QString written = testing::concatenated(original, group->cells, originalValues);
                for (const auto &reading : group->readings)
                    QCOMPARE(testing::concatenated(original, group->cells, reading), written);
            }
            QCOMPARE(r.exitCode(), r.unconfirmedCellCount() > 0 ? 1 : r.exitCode());
        }
        qInfo("%d cells marked unconfirmed in %d reports", marked, kReportsPerLayout);
    }
};

QTEST_GUILESS_MAIN(TestImportRoundTrip)
#include "tst_importroundtrip.moc"
