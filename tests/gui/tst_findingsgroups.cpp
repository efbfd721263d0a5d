// SPDX-License-Identifier: GPL-3.0-or-later
// The findings panel when a report is far from finished: the cells not filled in are one item per table
// (expandable to its cells) after the errors and the warnings that need a decision, and a filter shows errors
// only, errors and warnings, or everything.

#include "editortestbase.h"

#include "model/reportdocument.h"

#include <QComboBox>

namespace {
const QString kSection3 = QStringLiteral("三、收到和处理政府信息公开申请情况");
}

class TestFindingsGroups : public EditorTestBase
{
    Q_OBJECT

    QStringList topLevel() const
    {
        QStringList out;
        QTreeWidget *tree = m_window->findingsPanel()->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) out << tree->topLevelItem(i)->text(0);
        return out;
    }

private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void blanksAreOneItemPerTableAfterTheWarnings()
    {
        openReport(m_file);
        goTo(kSection3);
        // One wrong total (an error and the text of 一 disagreeing: a warning) and three blank cells.
        clickCell(QStringLiteral("s3.new.total"));
        type(QStringLiteral("110\n"));
        for (const char *cell : {"s3.r1.natural", "s3.r1.commercial", "s3.r2.natural"}) {
            clickCell(QString::fromLatin1(cell));
            key(Qt::Key_Delete);
        }
        // Errors: the row 本年新收, the column 总计 (110 against 100), the rows （一） and （二） and the （七）总计 of
        // 自然人 and 商业企业 (a blank counts as 0 in the sums).
        QCOMPARE(topLevel(), (QStringList{QStringLiteral("Errors (6)"), QStringLiteral("Warnings (1)"), QStringLiteral("Not filled in (3)")}));
        QTreeWidget *tree = m_window->findingsPanel()->tree();
        QTreeWidgetItem *blanks = tree->topLevelItem(2);
        QCOMPARE(blanks->childCount(), 1);
        QTreeWidgetItem *part = blanks->child(0);
        QCOMPARE(part->text(0), QStringLiteral("三: 3 cell(s) still blank"));
        QVERIFY(!part->isExpanded()); // the cells only on demand
        // Expanding it by the keyboard shows the cells, in the check engine's words.
        tree->setFocus();
        tree->scrollToItem(part);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, tree->visualItemRect(part).center());
        key(Qt::Key_Right);
        QVERIFY(part->isExpanded());
        QCOMPARE(part->childCount(), 3);
        QCOMPARE(part->child(0)->text(0), QStringLiteral("三、（一）予以公开·自然人：未填写（没有发生的请填 0）"));
        // Clicking the part selected its three blank cells.
        nianbao::gui::ReportTableView *view = table(QStringLiteral("s3"));
        QCOMPARE(view->selectionModel()->selectedIndexes().size(), 3);
    }

    void filterShowsErrorsOrWarningsOrAll()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.new.total"));
        type(QStringLiteral("110\n"));
        clickCell(QStringLiteral("s3.r1.natural"));
        key(Qt::Key_Delete);
        QComboBox *filter = m_window->findingsPanel()->filterBox();
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::AltModifier); // "Sho&w:"
        QCOMPARE(focus(), filter);
        key(Qt::Key_Down);
        QCOMPARE(filter->currentText(), QStringLiteral("Errors and warnings"));
        QCOMPARE(topLevel(), (QStringList{QStringLiteral("Errors (4)"), QStringLiteral("Warnings (1)")}));
        key(Qt::Key_Down);
        QCOMPARE(filter->currentText(), QStringLiteral("Errors only"));
        QCOMPARE(topLevel(), (QStringList{QStringLiteral("Errors (4)")}));
        key(Qt::Key_Home);
        QCOMPARE(topLevel(), (QStringList{QStringLiteral("Errors (4)"), QStringLiteral("Warnings (1)"), QStringLiteral("Not filled in (1)")}));
    }

    void aNewReportStartsWithItsRealWarningsInSight()
    {
        m_dialogs.newReports << nianbao::gui::NewReportRequest{QStringLiteral("青禾县教育局"), 2025, QStringLiteral("gov-2021"),
                                                              nianbao::OrganLevel::Unknown, nianbao::OrganTier::Unknown};
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(m_window->editor());
        const QStringList top = topLevel();
        QVERIFY2(top.size() >= 2 && top.last().startsWith(QStringLiteral("Not filled in (")), qPrintable(top.join(QLatin1Char('|'))));
        // Every table is one line (三: 25 rows of 7 cells): a handful of lines, not two hundred.
        QTreeWidget *tree = m_window->findingsPanel()->tree();
        QTreeWidgetItem *blanks = tree->topLevelItem(tree->topLevelItemCount() - 1);
        QStringList parts;
        for (int i = 0; i < blanks->childCount(); ++i) parts << blanks->child(i)->text(0);
        QVERIFY2(parts.size() < 15, qPrintable(parts.join(QLatin1Char('|'))));
        QVERIFY2(parts.contains(QStringLiteral("三: 175 cell(s) still blank")), qPrintable(parts.join(QLatin1Char('|'))));
        // F8 goes to the first real warning, not to a blank cell.
        QTest::keyClick(m_window.get(), Qt::Key_F8);
        QVERIFY(tree->currentItem());
        QVERIFY(tree->currentItem()->parent() != blanks && (!tree->currentItem()->parent() || tree->currentItem()->parent()->parent() != blanks));
    }
};

QTEST_MAIN(TestFindingsGroups)
#include "tst_findingsgroups.moc"
