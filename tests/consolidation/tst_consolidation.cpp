// SPDX-License-Identifier: GPL-3.0-or-later
// 汇总 in the core: three small children built from the shared samples (tests/data/consolidation: jidong,
// finance, transport, all gov-2019 2020), sums computed by hand, the units list, a duplicate, mixed formats,
// a parent with one wrong cell, and repetition across units.

#include "consolidation/consolidation.h"
#include "consolidation/consolidationreport.h"
#include "export/csvtable.h"
#include "files/reportfile.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;

namespace {

QString data(const QString &name)
{
    return qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/consolidation/") + name;
}

QStringList threeChildren()
{
    return {data(QStringLiteral("jidong.nianbao")), data(QStringLiteral("finance.nianbao")), data(QStringLiteral("transport.nianbao"))};
}

ReportData withProse(const QString &organ, const QString &s1)
{
    ReportData r = ReportData::create(TemplateRegistry::get(QStringLiteral("gov-2021")));
    r.meta.organ = organ;
    r.meta.year = 2022;
    r.prose.insert(QStringLiteral("s1"), s1);
    return r;
}

} // namespace

class TestConsolidation : public QObject
{
    Q_OBJECT

private slots:
    void handComputedSums_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("sum");
        // jidong + finance + transport
        QTest::newRow("三 new natural") << "s3.new.natural" << "5";          // 3 + 0 + 2
        QTest::newRow("三 new commercial") << "s3.new.commercial" << "1";    // 0 + 1 + 0
        QTest::newRow("三 new total") << "s3.new.total" << "6";              // 3 + 1 + 2
        QTest::newRow("三 不掌握") << "s3.r4_1.natural" << "3";              // 1 + 0 + 2
        QTest::newRow("三 总计") << "s3.r7.total" << "6";                    // 3 + 1 + 2
        QTest::newRow("四 维持") << "s4.review.upheld" << "1";               // 1 + 0 + 0
        QTest::newRow("二 规范性文件") << "s2.i1.normative.made" << "20";    // 11 + 6 + 3
        QTest::newRow("二 许可 decisions") << "s2.i5.licensing.decisions" << "1182"; // 1162 + 0 + 20
        QTest::newRow("二 本年增减 signed") << "s2.i5.licensing.change" << "+72"; // 78 + 1 − 7
        QTest::newRow("二 上一年项目数量") << "s2.i6.penalty.prior" << "999"; // 973 + 0 + 26
        QTest::newRow("二 采购项目") << "s2.i9.procurement.projects" << "310"; // 282 + 2 + 26
        // 20009.5483万元 + 984361元 + 3042532元, in the cell's unit (元)
        QTest::newRow("money, units made common") << "s2.i9.procurement.amount" << "204122376元";
    }
    void handComputedSums()
    {
        QFETCH(QString, cell);
        QFETCH(QString, sum);
        const Consolidation c = Consolidation::run(threeChildren(), nullptr);
        QVERIFY(c.canSum());
        QCOMPARE(c.set.children.size(), 3);
        QVERIFY(c.set.unreadable.isEmpty());
        QVERIFY(!c.anyChildHasErrors());
        const ReportData parent = c.rollUp(QStringLiteral("平潭综合实验区管委会"));
        QCOMPARE(parent.format->id, QStringLiteral("gov-2019"));
        QCOMPARE(parent.meta.year, 2020);
        QCOMPARE(parent.meta.organ, QStringLiteral("平潭综合实验区管委会"));
        const CellDef *def = parent.format->cell(cell);
        QCOMPARE(formatQuantity(parent.cell(cell).value, def->type), sum);
        QCOMPARE(parent.cell(cell).state, CellValue::State::Value);
        QCOMPARE(parent.text(QStringLiteral("s6")), QStringLiteral("本报告由3个单位的年度报告汇总生成。"));
    }

    void publishedTextThroughTheImporter()
    {
        // A child given as the text of a published report is imported, as `nianbao check` does.
        const Consolidation c = Consolidation::run({data(QStringLiteral("jidong.nianbao")), data(QStringLiteral("pingtan-finance-2020.txt"))}, nullptr);
        QVERIFY(c.canSum());
        QCOMPARE(c.set.children.size(), 2);
        QCOMPARE(c.set.children[1].report.meta.organ, QStringLiteral("平潭综合实验区财政金融局"));
        const ReportData parent = c.rollUp(QStringLiteral("x"));
        QCOMPARE(parent.numberOf(QStringLiteral("s2.i1.normative.made")), 17); // 11 + 6
        // 20009.5483万元 + 984361元
        QCOMPARE(formatQuantity(parent.cell(QStringLiteral("s2.i9.procurement.amount")).value, CellType::Money), QStringLiteral("201079844元"));
    }

    void unconfirmedReadingsStayUnconfirmed()
    {
        QTemporaryDir dir;
        ReportData child = ReportData::create(TemplateRegistry::get(QStringLiteral("gov-2019")));
        child.meta.organ = QStringLiteral("平潭综合实验区交通与建设局");
        child.meta.year = 2020;
        CellValue reading = CellValue::of(26);
        reading.state = CellValue::State::Unconfirmed;
        reading.candidates = {Quantity{26, MoneyUnit::None, 0}, Quantity{2, MoneyUnit::None, 0}};
        child.setCell(QStringLiteral("s2.i9.procurement.projects"), reading);
        QString error;
        QVERIFY(ReportFile::save(child, dir.filePath(QStringLiteral("t.nianbao")), &error));
        const Consolidation c = Consolidation::run({data(QStringLiteral("jidong.nianbao")), dir.filePath(QStringLiteral("t.nianbao"))}, nullptr);
        QCOMPARE(c.set.children[1].unconfirmed, 1);
        const ReportData parent = c.rollUp(QStringLiteral("x"));
        const CellValue sum = parent.cell(QStringLiteral("s2.i9.procurement.projects"));
        QCOMPARE(sum.state, CellValue::State::Unconfirmed);
        QCOMPARE(sum.value.number, 308); // 282 + 26 (the proposed reading)
        QCOMPARE(parent.cell(QStringLiteral("s2.i1.normative.made")).state, CellValue::State::Value);
    }

    void rollUpSavesAndReloads()
    {
        QTemporaryDir dir;
        const ReportData parent = Consolidation::run(threeChildren(), nullptr).rollUp(QStringLiteral("平潭"));
        QString error;
        QVERIFY2(ReportFile::save(parent, dir.filePath(QStringLiteral("p.nianbao")), &error), qPrintable(error));
        const std::optional<ReportData> back = ReportFile::load(dir.filePath(QStringLiteral("p.nianbao")), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->numberOf(QStringLiteral("s3.r7.total")), 6);
        // Linked to its children (issue 16, Editor): absolute while not saved, relative once saved beside them.
        QCOMPARE(back->meta.consolidatedFrom, threeChildren());
        QCOMPARE(Consolidation::childNames(threeChildren(), data(QStringLiteral("parent.nianbao"))),
                 QStringList({QStringLiteral("jidong.nianbao"), QStringLiteral("finance.nianbao"), QStringLiteral("transport.nianbao")}));
        ReportData saved = *back;
        saved.meta.consolidatedFrom = {QStringLiteral("jidong.nianbao"), QStringLiteral("../consolidation/finance.nianbao")};
        QCOMPARE(Consolidation::linkedChildren(saved, data(QStringLiteral("parent.nianbao"))),
                 QStringList({data(QStringLiteral("jidong.nianbao")), data(QStringLiteral("finance.nianbao"))}));
    }

    void missingUnitIsNamedInTheNotes()
    {
        QString error;
        const std::optional<UnitList> units = UnitList::load(data(QStringLiteral("units.csv")), &error);
        QVERIFY2(units, qPrintable(error));
        QCOMPARE(units->units.size(), 4);
        QCOMPARE(units->units[0].code, QStringLiteral("230306"));
        const Consolidation c = Consolidation::run(threeChildren(), &*units);
        QCOMPARE(c.units.missingNames(), QStringList{QStringLiteral("平潭综合实验区教育局")});
        QVERIFY(c.units.unexpected.isEmpty());
        QVERIFY(c.units.duplicated.isEmpty());
        QCOMPARE(c.rollUp(QStringLiteral("平潭")).text(QStringLiteral("s6")),
                 QStringLiteral("本报告由3个单位的年度报告汇总生成。\n未报送年度报告、未计入本报告的单位（1个）：平潭综合实验区教育局。"));
        const QList<ConsolidationRow> rows = ConsolidationReport::childRows(c);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first().fields.first(), QStringLiteral("平潭综合实验区教育局")); // what needs action first
        QCOMPARE(rows.first().cls, QStringLiteral("missing"));
    }

    void duplicateAndUnexpected()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("finance-again.nianbao"));
        QVERIFY(QFile::copy(data(QStringLiteral("finance.nianbao")), copy));
        UnitList units;
        units.units << Unit{QStringLiteral("鸡东县"), QStringLiteral("government"), {}, 1}
                    << Unit{QStringLiteral("平潭综合实验区 财政金融局"), QStringLiteral("department"), {}, 2}; // a space typed in
        const Consolidation c = Consolidation::run(threeChildren() << copy, &units);
        QCOMPARE(c.units.duplicated.size(), 1);
        QCOMPARE(c.units.duplicated.first().organ, QStringLiteral("平潭综合实验区财政金融局"));
        QCOMPARE(c.units.duplicated.first().paths, QStringList({data(QStringLiteral("finance.nianbao")), copy}));
        QCOMPARE(c.units.unexpected, QList<int>{2}); // transport
        QVERIFY(c.units.missing.isEmpty());
        QVERIFY(c.repetition.isEmpty()); // two files of one organ are a duplicate, not copying
        // Both copies are counted (and the notes say so): 0 + 1 + 0 + 1
        const ReportData parent = c.rollUp(QStringLiteral("平潭"));
        QCOMPARE(parent.numberOf(QStringLiteral("s3.new.commercial")), 2);
        QVERIFY(parent.text(QStringLiteral("s6")).endsWith(QStringLiteral("同一单位报送了多份报告，均已计入（请核实）：平潭综合实验区财政金融局。")));
    }

    void mixedFormatsAreRefused()
    {
        const Consolidation c = Consolidation::run(threeChildren() << data(QStringLiteral("shuyang-2025.nianbao")), nullptr);
        QVERIFY(!c.canSum());
        QCOMPARE(c.formatDifferences.size(), 1);
        QVERIFY2(c.formatDifferences.first().startsWith(data(QStringLiteral("shuyang-2025.nianbao")) + QStringLiteral(": gov-2021 2025")),
                 qPrintable(c.formatDifferences.first()));
        QVERIFY(c.formatDifferences.first().contains(QStringLiteral("gov-2019 2020")));
        // The report puts the one that differs first (before 鸡东县, whose warnings come first otherwise).
        QCOMPARE(ConsolidationReport::childRows(c).first().fields.first(), QStringLiteral("沐阳县人民政府"));
    }

    void unreadableChild()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("broken.nianbao"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not a report");
        f.close();
        const Consolidation c = Consolidation::run(threeChildren() << bad, nullptr);
        QCOMPARE(c.set.children.size(), 3);
        QCOMPARE(c.set.unreadable.size(), 1);
        QCOMPARE(c.set.unreadable.first().path, bad);
        QVERIFY(c.set.unreadable.first().error.contains(QStringLiteral("broken.nianbao")));
    }

    void compareWithOneWrongCell()
    {
        const Consolidation c = Consolidation::run(threeChildren(), nullptr);
        ReportData parent = c.rollUp(QStringLiteral("平潭"));
        parent.setCell(QStringLiteral("s3.new.natural"), CellValue::of(7));            // Σ is 5
        parent.setCell(QStringLiteral("s2.i1.normative.made"), CellValue::of(19));     // Σ is 20 (loose)
        parent.setCell(QStringLiteral("s2.i9.procurement.amount"), CellValue::blank()); // Σ 204122376元
        const QList<CellComparison> cells = compareWithSums(parent, c.sums);
        QCOMPARE(cells[0].cellId, QStringLiteral("s3.new.natural"));
        QCOMPARE(cells[0].parent, std::optional<qint64>(7));
        QCOMPARE(cells[0].sum, 5);
        QCOMPARE(cells[0].delta, 2);
        QCOMPARE(cells[0].deltaText, QStringLiteral("+2"));
        QVERIFY(differenceIsError(cells[0]));
        QCOMPARE(cells[1].cellId, QStringLiteral("s2.i1.normative.made"));
        QCOMPARE(cells[1].deltaText, QStringLiteral("-1"));
        QVERIFY(!differenceIsError(cells[1]));
        QCOMPARE(cells[2].cellId, QStringLiteral("s2.i9.procurement.amount"));
        QVERIFY(!cells[2].parent);
        QCOMPARE(cells[2].deltaText, QStringLiteral("-204122376元"));
        QVERIFY(!cells[3].differs);
        int errors = 0;
        for (const CellComparison &cell : cells) errors += differenceIsError(cell) ? 1 : 0;
        QCOMPARE(errors, 1);
    }

    void repetitionAcrossUnits()
    {
        // 一…十: 6 five-grams; the other unit has 一…八: 4 of them (67 %), and all its own 4 are in the first.
        ChildReport a, b, c;
        a.report = withProse(QStringLiteral("甲局"), QStringLiteral("一二三四五六七八九十"));
        b.report = withProse(QStringLiteral("乙局"), QStringLiteral("一二三四五，六七八。"));
        c.report = withProse(QStringLiteral("丙局"), QStringLiteral("天地玄黄宇宙洪荒日月"));
        QList<ChildReport> three{a, b, c};
        const QList<RepeatedProse> found = nianbao::repetitionAcrossUnits(three);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].unit, 0);
        QCOMPARE(found[0].other, 1);
        QCOMPARE(found[0].percent, 67);
        QCOMPARE(found[1].unit, 1);
        QCOMPARE(found[1].other, 0);
        QCOMPARE(found[1].percent, 100);
        // Exactly half is not "more than half": 一…十 against 一二三四五六七 shares 3 of 6.
        b.report = withProse(QStringLiteral("乙局"), QStringLiteral("一二三四五六七"));
        QList<ChildReport> two{a, b};
        const QList<RepeatedProse> half = nianbao::repetitionAcrossUnits(two);
        QCOMPARE(half.size(), 1);
        QCOMPARE(half[0].unit, 1);
    }

    void unitsListErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::newRow("no level") << QByteArray("name,level\n甲局,department\n乙局\n") << "u.csv: line 3: expected name, level and an optional code";
        QTest::newRow("twice") << QByteArray("甲局,department\n乙局,department\n 甲局 ,department\n") << "u.csv: line 3: 甲局 is already listed on line 1";
        QTest::newRow("empty") << QByteArray("name,level\n# nobody\n") << "u.csv: lists no unit";
    }
    void unitsListErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!UnitList::parse(csv, QStringLiteral("u.csv"), &message));
        QCOMPARE(message, error);
    }

    void unitsListInGb18030()
    {
        // Excel on a Chinese desktop saves CSV in GBK.
        QStringEncoder gbk("GB18030");
        const QByteArray bytes = gbk.encode(QStringLiteral("单位名称,级别,代码\r\n\"鸡东县\",政府,230306\r\n"));
        QString error;
        const std::optional<UnitList> list = UnitList::parse(bytes, QStringLiteral("u.csv"), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->units.size(), 1);
        QCOMPARE(list->units[0].name, QStringLiteral("鸡东县"));
        QCOMPARE(list->units[0].level, QStringLiteral("政府"));
        QCOMPARE(list->units[0].line, 2);
    }

    void csvIsFormulaSafe_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << "鸡东县" << "\"鸡东县\"";
        QTest::newRow("formula") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("plus") << "+72" << "\"'+72\"";
        QTest::newRow("minus") << "-1" << "\"'-1\"";
        QTest::newRow("at") << "@SUM(A1)" << "\"'@SUM(A1)\"";
        QTest::newRow("tab") << "\tx" << "\"'\tx\"";
        QTest::newRow("carriage return") << "\rx" << "\"'\rx\"";
        QTest::newRow("empty") << "" << "\"\"";
    }
    void csvIsFormulaSafe()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(csv::field(value), field);
    }
};

QTEST_GUILESS_MAIN(TestConsolidation)
#include "tst_consolidation.moc"
