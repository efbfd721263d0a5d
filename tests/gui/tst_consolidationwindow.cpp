// SPDX-License-Identifier: GPL-3.0-or-later
// 汇总 in the editor (issue 16, Editor): File › Consolidate… over a folder holding copies of the three children of
// tests/data/consolidation (鸡东县, 平潭综合实验区财政金融局, 平潭综合实验区交通与建设局: gov-2019, 2020), the units
// list naming a fourth unit that sent nothing, the roll-up created as a new unsaved report, a child changed and
// the roll-up updated as one undo step. Sums by hand, as in tests/consolidation/tst_consolidation.cpp:
// 三 new natural 3 + 0 + 2 = 5, new total 3 + 1 + 2 = 6, 二 规范性文件 11 + 6 + 3 = 20.

#include "editortestbase.h"

#include "files/reportfile.h"
#include "model/reportdocument.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

using namespace nianbao;

namespace {
const QColor kErrorColour(0xfd, 0xe8, 0xe8);
const QColor kAbsentColour(0xe8, 0xe8, 0xe8);
const QString kOrgan = QStringLiteral("平潭综合实验区管委会");
constexpr int kOrganColumn = 0, kPathColumn = 1;                          // children
constexpr int kCellColumn = 0, kParentColumn = 3, kSumColumn = 4, kDeltaColumn = 5; // parent against Σ
} // namespace

class TestConsolidationWindow : public EditorTestBase
{
    Q_OBJECT

    QString m_children; // copies of the three children: one of them is changed by a test

    template<typename T>
    T *child(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w) qWarning("no %s", qPrintable(name));
        return w;
    }
    QTreeWidget *childrenTree() const { return child<QTreeWidget>(QStringLiteral("consolidationChildren")); }
    QTreeWidget *cellsTree() const { return child<QTreeWidget>(QStringLiteral("consolidationCells")); }

    void click(const QString &buttonName)
    {
        auto *button = child<QPushButton>(buttonName);
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static QStringList column(QTreeWidget *tree, int c)
    {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) out << tree->topLevelItem(i)->text(c);
        return out;
    }

    QTreeWidgetItem *cellRow(const QString &cellId) const
    {
        const auto found = cellsTree()->findItems(cellId, Qt::MatchExactly, kCellColumn);
        return found.isEmpty() ? nullptr : found.first();
    }

    static bool highlighted(const QTreeWidgetItem *item, const QColor &colour)
    {
        return item->background(kDeltaColumn).color() == colour && item->background(kCellColumn).color() == colour;
    }

    int highlightedRows() const
    {
        int n = 0;
        for (int i = 0; i < cellsTree()->topLevelItemCount(); ++i)
            n += cellsTree()->topLevelItem(i)->background(kDeltaColumn).style() != Qt::NoBrush ? 1 : 0;
        return n;
    }

    void consolidateTheFolder()
    {
        m_dialogs.choices << (m_window->document()->hasReport() && !m_window->document()->data().meta.consolidatedFrom.isEmpty() ? 1 : 0);
        m_dialogs.folderNames << m_children;
        auto *action = child<QAction>(QStringLiteral("actionConsolidate"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(child<QDockWidget>(QStringLiteral("consolidationDock"))->isVisible());
        QTRY_COMPARE(childrenTree()->topLevelItemCount(), 3);
    }

    void createRollUp()
    {
        auto *organ = child<QLineEdit>(QStringLiteral("consolidationOrgan"));
        QTest::mouseClick(organ, Qt::LeftButton);
        QTRY_COMPARE(focus(), organ);
        type(kOrgan);
        click(QStringLiteral("consolidationCreate"));
        QVERIFY(m_window->editor());
    }

    QString childCopy(const QString &name) const { return m_children + QLatin1Char('/') + name; }

private slots:
    void init()
    {
        startWindow();
        m_children = m_dir.filePath(QStringLiteral("units"));
        QDir(m_children).removeRecursively();
        QVERIFY(QDir().mkpath(m_children));
        for (const QString name : {QStringLiteral("jidong.nianbao"), QStringLiteral("finance.nianbao"), QStringLiteral("transport.nianbao")}) {
            QVERIFY(QFile::copy(testData(QStringLiteral("consolidation/") + name), childCopy(name)));
            QFile::setPermissions(childCopy(name), QFile::ReadOwner | QFile::WriteOwner);
        }
    }
    void cleanup() { stopWindow(); }

    void listsTheChildrenAndTheMissingUnit()
    {
        // File › Consolidate…, right below Import Text….
        const QList<QAction *> file = child<QMenu>(QStringLiteral("menuFile"))->actions();
        const qsizetype at = file.indexOf(child<QAction>(QStringLiteral("actionConsolidate")));
        QVERIFY(at > 0);
        QCOMPARE(file[at - 1]->text(), QStringLiteral("&Import Text…"));
        QCOMPARE(file[at]->text(), QStringLiteral("Co&nsolidate…"));
        consolidateTheFolder();
        QStringList organs = column(childrenTree(), kOrganColumn);
        organs.sort();
        QCOMPARE(organs, QStringList({QStringLiteral("平潭综合实验区交通与建设局"), QStringLiteral("平潭综合实验区财政金融局"), QStringLiteral("鸡东县")}));
        // Nothing open to compare with: the sum alone, nothing highlighted.
        QTreeWidgetItem *total = cellRow(QStringLiteral("s3.new.total"));
        QVERIFY(total);
        QCOMPARE(total->text(kSumColumn), QStringLiteral("6"));
        QCOMPARE(total->text(kParentColumn), QString());
        QCOMPARE(highlightedRows(), 0);

        m_dialogs.openNames << testData(QStringLiteral("consolidation/units.csv"));
        click(QStringLiteral("consolidationUnits"));
        QTRY_COMPARE(childrenTree()->topLevelItemCount(), 4);
        QTreeWidgetItem *first = childrenTree()->topLevelItem(0); // what needs action first
        QCOMPARE(first->text(kOrganColumn), QStringLiteral("平潭综合实验区教育局"));
        QCOMPARE(first->text(kPathColumn), QString());
        QCOMPARE(first->background(kOrganColumn).color(), kAbsentColour);
        grab(QStringLiteral("consolidation-units"));
        QCOMPARE(m_dialogs.asked, QStringList({QStringLiteral("choose: Which reports are to be added up? A folder stands for the reports "
                                                              "in it (.nianbao files and published texts). [A &Folder…|&Files…]"),
                                               QStringLiteral("folder"), QStringLiteral("open")}));
    }

    void createsTheRollUpAsANewUnsavedReport()
    {
        consolidateTheFolder();
        createRollUp();
        QVERIFY(m_window->document()->filePath().isEmpty());
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(shown(QStringLiteral("s3.new.natural")), QStringLiteral("5"));
        QCOMPARE(shown(QStringLiteral("s3.new.total")), QStringLiteral("6"));
        QCOMPARE(shown(QStringLiteral("s2.i1.normative.made")), QStringLiteral("20"));
        QCOMPARE(shown(QStringLiteral("s2.i9.procurement.amount")), QStringLiteral("204122376元")); // 20009.5483万元 + 984361元 + 3042532元
        // The roll-up is the parent now: it agrees with the sum everywhere.
        QTreeWidgetItem *total = cellRow(QStringLiteral("s3.new.total"));
        QCOMPARE(total->text(kParentColumn), QStringLiteral("6"));
        QCOMPARE(total->text(kDeltaColumn), QString());
        QCOMPARE(highlightedRows(), 0);

        // Saved beside the children's folder, it names them relative to itself.
        const QString saved = m_dir.filePath(QStringLiteral("rollup.nianbao"));
        m_dialogs.saveNames << saved;
        key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->isWindowModified());
        QString error;
        const std::optional<ReportData> back = ReportFile::load(saved, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->meta.consolidatedFrom, QStringList({QStringLiteral("units/finance.nianbao"), QStringLiteral("units/jidong.nianbao"),
                                                           QStringLiteral("units/transport.nianbao")}));
        QCOMPARE(back->meta.organ, kOrgan);
    }

    void aChangedChildUpdatesTheRollUpAsOneUndoStep()
    {
        consolidateTheFolder();
        createRollUp();
        // 交通与建设局 corrects its report: 三 new natural 2 → 5 (and its total 2 → 5).
        QString error;
        std::optional<ReportData> transport = ReportFile::load(childCopy(QStringLiteral("transport.nianbao")), &error);
        QVERIFY2(transport, qPrintable(error));
        transport->setCell(QStringLiteral("s3.new.natural"), CellValue::of(5));
        transport->setCell(QStringLiteral("s3.new.total"), CellValue::of(5));
        QVERIFY(ReportFile::save(*transport, childCopy(QStringLiteral("transport.nianbao")), &error));

        click(QStringLiteral("consolidationReread"));
        QTreeWidgetItem *natural = cellRow(QStringLiteral("s3.new.natural"));
        QVERIFY(natural);
        QCOMPARE(natural->text(kParentColumn), QStringLiteral("5"));
        QCOMPARE(natural->text(kSumColumn), QStringLiteral("8"));    // 3 + 0 + 5
        QCOMPARE(natural->text(kDeltaColumn), QStringLiteral("-3"));
        QVERIFY(highlighted(natural, kErrorColour)); // 三 must add up
        QCOMPARE(cellsTree()->topLevelItem(0)->text(kCellColumn), QStringLiteral("s3.new.natural")); // what needs action first
        QCOMPARE(cellRow(QStringLiteral("s3.new.total"))->text(kSumColumn), QStringLiteral("9")); // 3 + 1 + 5
        QVERIFY(highlightedRows() >= 2);
        grab(QStringLiteral("consolidation-difference"));

        click(QStringLiteral("consolidationUpdate"));
        QCOMPARE(shown(QStringLiteral("s3.new.natural")), QStringLiteral("8"));
        QCOMPARE(shown(QStringLiteral("s3.new.total")), QStringLiteral("9"));
        QCOMPARE(shown(QStringLiteral("s2.i1.normative.made")), QStringLiteral("20"));
        QCOMPARE(highlightedRows(), 0);

        // One undo step takes the whole update back …
        clickCell(QStringLiteral("s2.i1.normative.made"));
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(shown(QStringLiteral("s3.new.natural")), QStringLiteral("5"));
        QCOMPARE(shown(QStringLiteral("s3.new.total")), QStringLiteral("6"));
        QVERIFY(highlighted(cellRow(QStringLiteral("s3.new.natural")), kErrorColour));
        auto *undo = child<QAction>(QStringLiteral("actionUndo"));
        QVERIFY(undo && !undo->isEnabled()); // … and it was the only one since the roll-up was created
        // … and redo puts it back.
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(shown(QStringLiteral("s3.new.natural")), QStringLiteral("8"));
        QCOMPARE(highlightedRows(), 0);
    }

    // The link is what a later session consolidates: File › Consolidate… on the saved roll-up offers its children.
    void aReopenedRollUpReadsItsChildren()
    {
        consolidateTheFolder();
        createRollUp();
        const QString saved = m_dir.filePath(QStringLiteral("rollup.nianbao"));
        QFile::remove(saved);
        m_dialogs.saveNames << saved;
        key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->isWindowModified());
        restartWindow();
        openReport(saved);
        QVERIFY(!child<QDockWidget>(QStringLiteral("consolidationDock"))->isVisible());
        m_dialogs.choices << 0;
        child<QAction>(QStringLiteral("actionConsolidate"))->trigger();
        QTRY_COMPARE(childrenTree()->topLevelItemCount(), 3);
        QVERIFY(m_dialogs.asked.last().endsWith(QStringLiteral("[The Roll-up's &Children|A &Folder…|&Files…]")));
        QCOMPARE(cellRow(QStringLiteral("s3.new.total"))->text(kParentColumn), QStringLiteral("6"));
        QCOMPARE(cellRow(QStringLiteral("s3.new.total"))->text(kSumColumn), QStringLiteral("6"));
        QCOMPARE(highlightedRows(), 0);
    }

    // A report of another format and year in the folder: nothing is summed, and the window says who differs.
    void mixedFormatsCreateNothing()
    {
        QVERIFY(QFile::copy(testData(QStringLiteral("consolidation/shuyang-2025.nianbao")), childCopy(QStringLiteral("shuyang-2025.nianbao"))));
        m_dialogs.choices << 0;
        m_dialogs.folderNames << m_children;
        child<QAction>(QStringLiteral("actionConsolidate"))->trigger();
        QTRY_COMPARE(childrenTree()->topLevelItemCount(), 4);
        QCOMPARE(childrenTree()->topLevelItem(0)->text(kOrganColumn), QStringLiteral("沐阳县人民政府")); // the one that differs first
        QVERIFY2(child<QLabel>(QStringLiteral("consolidationSummary"))->text().contains(QStringLiteral("shuyang-2025.nianbao: gov-2021 2025")),
                 qPrintable(child<QLabel>(QStringLiteral("consolidationSummary"))->text()));
        QCOMPARE(cellsTree()->topLevelItemCount(), 0);
        QVERIFY(!child<QPushButton>(QStringLiteral("consolidationCreate"))->isEnabled());
    }

    void doubleClickOpensAChild()
    {
        consolidateTheFolder();
        const auto rows = childrenTree()->findItems(QStringLiteral("鸡东县"), Qt::MatchExactly, kOrganColumn);
        QCOMPARE(rows.size(), 1);
        QTreeWidget *tree = childrenTree();
        tree->scrollToItem(rows.first());
        const QRect row = tree->visualItemRect(rows.first());
        const QPoint at(row.left() + 20, row.center().y()); // on the organ's name
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(tree->currentItem(), rows.first());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTRY_VERIFY(m_window->editor());
        QCOMPARE(m_window->document()->filePath(), QFileInfo(childCopy(QStringLiteral("jidong.nianbao"))).absoluteFilePath());
        QCOMPARE(m_window->document()->data().meta.organ, QStringLiteral("鸡东县"));
        // A child is no parent of its siblings: the table shows the sum only.
        QCOMPARE(cellRow(QStringLiteral("s3.new.total"))->text(kParentColumn), QString());
    }
};

QTEST_MAIN(TestConsolidationWindow)
#include "tst_consolidationwindow.moc"
