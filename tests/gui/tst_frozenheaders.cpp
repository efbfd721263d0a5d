// SPDX-License-Identifier: GPL-3.0-or-later
// Section 三 on a 1366×768 laptop: it is taller than the window, so its column headers stay at the top while the
// body scrolls; moving to a finding selects exactly its cells and scrolls them into view below those headers;
// a finding about a sentence of the text selects the sentence.

#include "editortestbase.h"

#include "prose/proseeditor.h"
#include "tables/frozenpanes.h"

#include <QScrollArea>

namespace {
const QString kSection3 = QStringLiteral("三、收到和处理政府信息公开申请情况");
}

class TestFrozenHeaders : public EditorTestBase
{
    Q_OBJECT

    QScrollArea *pageOf(QWidget *w) const
    {
        for (QWidget *p = w; p; p = p->parentWidget())
            if (auto *area = qobject_cast<QScrollArea *>(p)) return area;
        return nullptr;
    }

    // What the page shows at this point of its viewport: the text of the table cell drawn there.
    QString textAt(QScrollArea *area, QPoint point) const
    {
        QWidget *w = area->viewport()->childAt(point);
        for (QWidget *p = w; p; p = p->parentWidget()) {
            if (auto *view = qobject_cast<QTableView *>(p)) {
                const QPoint inView = view->viewport()->mapFrom(area->viewport(), point);
                return view->indexAt(inView).data(Qt::DisplayRole).toString();
            }
        }
        return QString();
    }

    // The cell's rectangle as the page's viewport shows it, and whether nothing floats over it.
    QRect shownRect(QScrollArea *area, const QString &cellId) const
    {
        nianbao::gui::ReportTableView *view = table(m_window->document()->format().cellAt(m_window->document()->format().cellIndex(cellId)).tableId);
        const QRect r = view->visualRect(cellIndex(cellId));
        return QRect(view->viewport()->mapTo(area->viewport(), r.topLeft()), r.size());
    }

    void verifyInSight(QScrollArea *area, const QString &cellId)
    {
        const QRect r = shownRect(area, cellId);
        QVERIFY2(area->viewport()->rect().contains(r), qPrintable(cellId));
        // Nothing (no frozen header) covers it: what shows at its centre is its own value.
        QCOMPARE(textAt(area, r.center()), shown(cellId));
        QWidget *at = area->viewport()->childAt(r.center());
        QVERIFY2(at && at->parentWidget() == table(QStringLiteral("s3")), qPrintable(cellId));
    }

private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void columnHeadersStayInSightAtTheLastRows()
    {
        openReport(m_file);
        goTo(kSection3);
        nianbao::gui::ReportTableView *view = table(QStringLiteral("s3"));
        QScrollArea *area = pageOf(view);
        QVERIFY(area);
        QVERIFY2(view->height() > area->viewport()->height(), "section 三 should be taller than the window here");
        const QRect first = shownRect(area, QStringLiteral("s3.new.natural"));
        QCOMPARE(textAt(area, QPoint(first.center().x(), first.top() - view->rowHeight(2) - 2)), QStringLiteral("自然人"));
        // Down to 四、结转下年度继续办理 with the keyboard: the cursor's cell is in sight …
        key(Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(currentCellId(), QStringLiteral("s3.carried_out.total"));
        verifyInSight(area, QStringLiteral("s3.carried_out.total"));
        verifyInSight(area, QStringLiteral("s3.carried_out.natural"));
        QVERIFY(view->mapTo(area->viewport(), QPoint(0, 0)).y() < 0); // the table's own header is scrolled out
        // … and so are the column labels, at the top of the page, above the natural persons' column.
        const int x = shownRect(area, QStringLiteral("s3.carried_out.natural")).center().x();
        QStringList top;
        for (int y = 1; y < view->rowHeight(0) + view->rowHeight(1) + view->rowHeight(2); y += 4) top << textAt(area, QPoint(x, y));
        QVERIFY2(top.contains(QStringLiteral("自然人")), qPrintable(top.join(QLatin1Char('|'))));
        const int xCommercial = shownRect(area, QStringLiteral("s3.carried_out.commercial")).center().x();
        top.clear();
        for (int y = 1; y < view->rowHeight(0) + view->rowHeight(1) + view->rowHeight(2); y += 4) top << textAt(area, QPoint(xCommercial, y));
        QVERIFY2(top.contains(QStringLiteral("商业企业")), qPrintable(top.join(QLatin1Char('|'))));
        // Back up to the first row: the frozen header goes, the table's own shows.
        key(Qt::Key_Home, Qt::ControlModifier);
        verifyInSight(area, QStringLiteral("s3.new.natural"));
    }

    void rowLabelsStayInSightWhenThePageScrollsRight()
    {
        openReport(m_file);
        m_window->resize(760, 600); // a narrow window: section 三 is wider than its page
        goTo(kSection3);
        nianbao::gui::ReportTableView *view = table(QStringLiteral("s3"));
        QScrollArea *area = pageOf(view);
        QVERIFY(area);
        QTRY_VERIFY2(view->width() > area->viewport()->width(), "section 三 should be wider than the window here");
        clickCell(QStringLiteral("s3.new.natural"));
        key(Qt::Key_End); // to the row's last cell, 总计
        QCOMPARE(currentCellId(), QStringLiteral("s3.new.total"));
        QTRY_VERIFY(view->mapTo(area->viewport(), QPoint(0, 0)).x() < 0); // the table's own labels are scrolled out
        verifyInSight(area, QStringLiteral("s3.new.total"));
        // … and the row's label shows at the left of the page, level with the cell.
        const int y = shownRect(area, QStringLiteral("s3.new.total")).center().y();
        QStringList left;
        for (int x = 1; x < area->viewport()->width() / 2; x += 4) left << textAt(area, QPoint(x, y));
        QVERIFY2(left.contains(QStringLiteral("一、本年新收政府信息公开申请数量")), qPrintable(left.join(QLatin1Char('|'))));
        // Back to the first column: the frozen labels go, the table's own show.
        key(Qt::Key_Home);
        QCOMPARE(currentCellId(), QStringLiteral("s3.new.natural"));
        verifyInSight(area, QStringLiteral("s3.new.natural"));
    }

    void f8SelectsExactlyTheFindingsCellsInSight()
    {
        openReport(m_file);
        goTo(kSection3);
        // A wrong figure in the last row: T3-BAL names the cells of the natural persons' column.
        clickCell(QStringLiteral("s3.carried_out.natural"));
        type(QStringLiteral("7\n"));
        key(Qt::Key_Home, Qt::ControlModifier); // back to the top of the page
        nianbao::gui::ReportTableView *view = table(QStringLiteral("s3"));
        QScrollArea *area = pageOf(view);
        auto selected = [&] {
            QSet<QString> out;
            for (const QModelIndex &i : view->selectionModel()->selectedIndexes())
                out << m_window->document()->format().cellIds().at(view->reportModel()->cellIndexAt(i));
            return out;
        };
        // The first error: the row 结转下年度 no longer adds up; all of its cells, and only those, are selected.
        QTest::keyClick(m_window.get(), Qt::Key_F8);
        QTreeWidgetItem *current = m_window->findingsPanel()->tree()->currentItem();
        QVERIFY(current);
        QCOMPARE(current->text(0), QStringLiteral("三、结转下年度·总计：六类申请人合计为 11，填写为 10（少 1）"));
        QSet<QString> row;
        for (const char *column : {"natural", "commercial", "research", "nonprofit", "legal", "other", "total"})
            row << QStringLiteral("s3.carried_out.") + QLatin1String(column);
        QCOMPARE(selected(), row);
        verifyInSight(area, QStringLiteral("s3.carried_out.natural"));
        verifyInSight(area, QStringLiteral("s3.carried_out.total"));
        // The next: the column of natural persons no longer balances; exactly its four cells.
        QTest::keyClick(m_window.get(), Qt::Key_F8);
        current = m_window->findingsPanel()->tree()->currentItem();
        QCOMPARE(current->text(0), QStringLiteral("三、自然人：本年新收加上年结转为 85，办理结果总计加结转下年度为 86（多 1）"));
        QCOMPARE(selected(), (QSet<QString>{QStringLiteral("s3.new.natural"), QStringLiteral("s3.carried_in.natural"),
                                            QStringLiteral("s3.r7.natural"), QStringLiteral("s3.carried_out.natural")}));
        verifyInSight(area, QStringLiteral("s3.new.natural")); // the first of them wins when they do not all fit
    }

    void doubleClickOnAFindingGoesToItsCellsInSight()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.carried_out.commercial"));
        type(QStringLiteral("5\n"));
        key(Qt::Key_Home, Qt::ControlModifier); // back to the top of the page: the last row is out of sight
        nianbao::gui::ReportTableView *view = table(QStringLiteral("s3"));
        QScrollArea *area = pageOf(view);
        QVERIFY(!area->viewport()->rect().contains(shownRect(area, QStringLiteral("s3.carried_out.commercial"))));
        QTreeWidget *tree = m_window->findingsPanel()->tree();
        QTreeWidgetItem *finding = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it && !finding; ++it)
            if ((*it)->text(0).startsWith(QStringLiteral("三、结转下年度·总计："))) finding = *it; // the row no longer adds up
        QVERIFY(finding);
        tree->scrollToItem(finding);
        const QPoint at = tree->visualItemRect(finding).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(focus(), view); // the keyboard is in the table, on the finding's cells
        QSet<QString> selected;
        for (const QModelIndex &i : view->selectionModel()->selectedIndexes())
            selected << m_window->document()->format().cellIds().at(view->reportModel()->cellIndexAt(i));
        QSet<QString> row;
        for (const char *column : {"natural", "commercial", "research", "nonprofit", "legal", "other", "total"})
            row << QStringLiteral("s3.carried_out.") + QLatin1String(column);
        QCOMPARE(selected, row);
        verifyInSight(area, QStringLiteral("s3.carried_out.commercial")); // the page scrolled down to them
        verifyInSight(area, QStringLiteral("s3.carried_out.total"));
    }

    void aFindingAboutTheTextSelectsTheSentence()
    {
        openReport(m_file);
        goTo(kSection3);
        clickCell(QStringLiteral("s3.new.natural"));
        type(QStringLiteral("90\n"));
        clickCell(QStringLiteral("s3.new.total"));
        type(QStringLiteral("110\n"));
        QTreeWidget *tree = m_window->findingsPanel()->tree();
        QTreeWidgetItem *textFinding = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->text(0).startsWith(QStringLiteral("一、总体情况：正文写"))) textFinding = *it;
        QVERIFY(textFinding);
        tree->scrollToItem(textFinding);
        const QPoint at = tree->visualItemRect(textFinding).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        auto *prose = qobject_cast<nianbao::gui::ProseEditor *>(focus());
        QVERIFY2(prose, focus() ? focus()->metaObject()->className() : "no focus");
        QCOMPARE(prose->key(), QStringLiteral("s1"));
        const QString sentence = prose->textCursor().selectedText();
        QVERIFY2(sentence.contains(QStringLiteral("本年新收政府信息公开申请100件")), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QStringLiteral("。")), qPrintable(sentence)); // the sentence, not the paragraph
        QVERIFY(prose->viewport()->rect().contains(prose->cursorRect()));
    }
};

QTEST_MAIN(TestFrozenHeaders)
#include "tst_frozenheaders.moc"
