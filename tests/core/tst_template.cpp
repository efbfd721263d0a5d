// SPDX-License-Identifier: GPL-3.0-or-later
// The formats are data: the built-in templates load and describe the printed grids; a malformed template is
// refused with a message naming the place; a modified template changes the document, checks and export.

#include "checks/rules.h"
#include "export/textexport.h"
#include "model/reportdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <functional>
#include <type_traits>

// Its rules hold a reference to the template: a copy would check with the original's rules (issue 17.11).
static_assert(!std::is_copy_constructible_v<nianbao::ReportTemplate> && !std::is_copy_assignable_v<nianbao::ReportTemplate>
              && !std::is_move_constructible_v<nianbao::ReportTemplate>, "ReportTemplate must not be copied");

using namespace nianbao;

namespace {

QJsonObject builtIn(const QString &id)
{
    QFile f(QStringLiteral(":/templates/%1.json").arg(id));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

int indexOfId(const QJsonArray &a, const QString &id)
{
    for (int i = 0; i < a.size(); ++i)
        if (a[i].toObject().value(QStringLiteral("id")).toString() == id) return i;
    return -1;
}

// Edits the array `key` of object `o` through `edit`.
void editArray(QJsonObject &o, const QString &key, const std::function<void(QJsonArray &)> &edit)
{
    QJsonArray a = o.value(key).toArray();
    edit(a);
    o.insert(key, a);
}

void editById(QJsonArray &a, const QString &id, const std::function<void(QJsonObject &)> &edit)
{
    const int i = indexOfId(a, id);
    QJsonObject o = a[i].toObject();
    edit(o);
    a[i] = o;
}

TemplatePtr loadJson(const QJsonObject &o, QString *error)
{
    return TemplateLoader::load(QJsonDocument(o).toJson(), QStringLiteral("test.json"), error);
}

} // namespace

class TestTemplate : public QObject
{
    Q_OBJECT

private slots:
    // The formats are found in resources/templates (embedded), ordered by their first report year; an id that is
    // not a file there (or that tries to reach outside it) is no format.
    void formatsAreFound()
    {
        QCOMPARE(TemplateRegistry::ids(), (QStringList{QStringLiteral("gov-2019"), QStringLiteral("gov-2021")}));
        QCOMPARE(TemplateRegistry::idForYear(2020), QStringLiteral("gov-2019"));
        QCOMPARE(TemplateRegistry::idForYear(2025), QStringLiteral("gov-2021"));
        QVERIFY(!TemplateRegistry::get(QStringLiteral("gov-2030")));
        QVERIFY(!TemplateRegistry::get(QStringLiteral("../templates/gov-2021")));
        QVERIFY(!TemplateRegistry::get(QString()));
    }

    void builtInShapes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("cells");
        QTest::addColumn<int>("s3DataRows");
        QTest::addColumn<int>("s2Tables");
        // gov-2019: 二 = 6 + 6 + 6 + 2 + 2 = 22 cells; 三 = 23 rows × 7; 四 = 15.  gov-2021: 二 = 6 + 1 + 2 + 1; 三 = 25 × 7.
        QTest::newRow("gov-2019") << QStringLiteral("gov-2019") << 22 + 23 * 7 + 15 << 23 << 5;
        QTest::newRow("gov-2021") << QStringLiteral("gov-2021") << 10 + 25 * 7 + 15 << 25 << 4;
    }
    void builtInShapes()
    {
        QFETCH(QString, id);
        QFETCH(int, cells);
        QFETCH(int, s3DataRows);
        QFETCH(int, s2Tables);
        const TemplatePtr t = TemplateRegistry::get(id);
        QVERIFY(t);
        QCOMPARE(t->cellIds().size(), cells);
        QCOMPARE(t->table(QStringLiteral("s3"))->rowCount, 3 + s3DataRows);
        QCOMPARE(t->table(QStringLiteral("s3"))->columnCount, 10);
        QCOMPARE(t->table(QStringLiteral("s4"))->columnCount, 15);
        QCOMPARE(t->section(QStringLiteral("s2"))->tableIds.size(), s2Tables);
        QCOMPARE(t->sections.size(), 6);
    }

    void mergedCellsAsPrinted_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rowSpan");
        QTest::addColumn<int>("columnSpan");
        // spec §4: 三、本年度办理结果 spans 20 rows (gov-2019) / 22 (gov-2021); the 勾稽 note 3 × 3; 申请人情况 7 columns.
        QTest::newRow("2019 result group") << "gov-2019" << "s3" << 5 << 0 << "三、本年度办理结果" << 20 << 1;
        QTest::newRow("2021 result group") << "gov-2021" << "s3" << 5 << 0 << "三、本年度办理结果" << 22 << 1;
        QTest::newRow("corner note") << "gov-2021" << "s3" << 0 << 0 << "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" << 3 << 3;
        QTest::newRow("applicants") << "gov-2021" << "s3" << 0 << 3 << "申请人情况" << 1 << 7;
        QTest::newRow("natural person") << "gov-2021" << "s3" << 1 << 3 << "自然人" << 2 << 1;
        QTest::newRow("legal persons") << "gov-2021" << "s3" << 1 << 4 << "法人或其他组织" << 1 << 5;
        QTest::newRow("not disclosed group") << "gov-2019" << "s3" << 7 << 1 << "（三）不予公开" << 8 << 1;
        QTest::newRow("2021 other handling group") << "gov-2021" << "s3" << 23 << 1 << "（六）其他处理" << 3 << 1;
        QTest::newRow("2019 other handling row") << "gov-2019" << "s3" << 23 << 1 << "（六）其他处理" << 1 << 2;
        QTest::newRow("new row label") << "gov-2019" << "s3" << 3 << 0 << "一、本年新收政府信息公开申请数量" << 1 << 3;
        QTest::newRow("review") << "gov-2019" << "s4" << 0 << 0 << "行政复议" << 1 << 5;
        QTest::newRow("litigation") << "gov-2019" << "s4" << 0 << 5 << "行政诉讼" << 1 << 10;
        QTest::newRow("review upheld") << "gov-2019" << "s4" << 1 << 0 << "结果维持" << 2 << 1;
        QTest::newRow("direct") << "gov-2019" << "s4" << 1 << 5 << "未经复议直接起诉" << 1 << 5;
        QTest::newRow("2021 decisions span") << "gov-2021" << "s2.i5" << 1 << 1 << "本年处理决定数量" << 1 << 3;
        QTest::newRow("caption") << "gov-2019" << "s2.i1" << 0 << 0 << "第二十条第（一）项" << 1 << 4;
    }
    void mergedCellsAsPrinted()
    {
        QFETCH(QString, format);
        QFETCH(QString, table);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(int, rowSpan);
        QFETCH(int, columnSpan);
        const GridEntry *e = TemplateRegistry::get(format)->table(table)->entryAt(row, column);
        QVERIFY(e);
        QCOMPARE(e->text, text);
        QCOMPARE(e->row, row);
        QCOMPARE(e->column, column);
        QCOMPARE(e->rowSpan, rowSpan);
        QCOMPARE(e->columnSpan, columnSpan);
    }

    void cellTypesAndDerived_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("derived");
        QTest::newRow("count") << "gov-2019" << "s3.new.natural" << "count" << false;
        QTest::newRow("row total") << "gov-2019" << "s3.new.total" << "count" << true;
        QTest::newRow("results total") << "gov-2021" << "s3.r7.legal" << "count" << true;
        QTest::newRow("carried out") << "gov-2021" << "s3.carried_out.other" << "count" << true;
        QTest::newRow("s4 total") << "gov-2021" << "s4.after.total" << "count" << true;
        QTest::newRow("signed") << "gov-2019" << "s2.i5.licensing.change" << "signed" << false;
        QTest::newRow("money") << "gov-2019" << "s2.i9.procurement.amount" << "money 元" << false;
        QTest::newRow("money 万元") << "gov-2021" << "s2.i8.fees.amount" << "money 万元 fixed" << false;
    }
    void cellTypesAndDerived()
    {
        QFETCH(QString, format);
        QFETCH(QString, cell);
        QFETCH(QString, type);
        QFETCH(bool, derived);
        const CellDef *def = TemplateRegistry::get(format)->cell(cell);
        QVERIFY(def);
        QString shown = def->type == CellType::Count ? QStringLiteral("count") : def->type == CellType::Signed ? QStringLiteral("signed") : QStringLiteral("money");
        if (def->type == CellType::Money) shown += QLatin1Char(' ') + moneyUnitText(def->unit) + (def->fixedUnit ? QStringLiteral(" fixed") : QString());
        QCOMPARE(shown, type);
        QCOMPARE(def->derived, derived);
    }

    // 汇总: which cells add up, and how strictly (the template's "additivity", per table and per cell).
    void additivity_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("additivity");
        QTest::newRow("三 new") << "gov-2019" << "s3.new.natural" << "strict";
        QTest::newRow("三 total") << "gov-2021" << "s3.r7.total" << "strict";
        QTest::newRow("四") << "gov-2021" << "s4.after.total" << "strict";
        QTest::newRow("二 documents") << "gov-2019" << "s2.i1.normative.made" << "loose";
        QTest::newRow("二 in force") << "gov-2021" << "s2.i1.rules.in_force" << "loose";
        QTest::newRow("二 decisions") << "gov-2019" << "s2.i6.penalty.decisions" << "loose";
        QTest::newRow("上一年项目数量") << "gov-2019" << "s2.i5.licensing.prior" << "information";
        QTest::newRow("本年增/减") << "gov-2019" << "s2.i8.fees.change" << "information";
        QTest::newRow("money 元") << "gov-2019" << "s2.i9.procurement.amount" << "loose";
        QTest::newRow("money 万元") << "gov-2021" << "s2.i8.fees.amount" << "loose";
    }
    void additivity()
    {
        QFETCH(QString, format);
        QFETCH(QString, cell);
        QFETCH(QString, additivity);
        const CellDef *def = TemplateRegistry::get(format)->cell(cell);
        QVERIFY(def);
        QCOMPARE(additivityId(def->additivity), additivity);
    }

    void additivityDefaultsAndOverrides()
    {
        // A table without "additivity" never adds; a cell's own class overrides its table's.
        QJsonObject t = builtIn(QStringLiteral("gov-2021"));
        editArray(t, QStringLiteral("tables"), [](QJsonArray &tables) {
            editById(tables, QStringLiteral("s4"), [](QJsonObject &table) { table.remove(QStringLiteral("additivity")); });
            editById(tables, QStringLiteral("s3"), [](QJsonObject &table) {
                editArray(table, QStringLiteral("rows"), [](QJsonArray &rows) {
                    QJsonObject r = rows[3].toObject();
                    editArray(r, QStringLiteral("cells"), [](QJsonArray &cells) {
                        QJsonObject c = cells[1].toObject();
                        c.insert(QStringLiteral("additivity"), QStringLiteral("information"));
                        cells[1] = c;
                    });
                    rows[3] = r;
                });
            });
        });
        QString error;
        const TemplatePtr loaded = loadJson(t, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(additivityId(loaded->cell(QStringLiteral("s4.review.total"))->additivity), QStringLiteral("none"));
        QCOMPARE(additivityId(loaded->cell(QStringLiteral("s3.new.natural"))->additivity), QStringLiteral("information"));
        QCOMPARE(additivityId(loaded->cell(QStringLiteral("s3.new.commercial"))->additivity), QStringLiteral("strict"));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("error");
        QTest::newRow("no id") << "no id" << "test.json: (top): missing \"id\"";
        QTest::newRow("unknown cell type") << "cell type" << "test.json: tables[5].rows[3].cells[1].type: unknown cell type \"integer\" (count, signed or money)";
        QTest::newRow("span past width") << "colspan" << "test.json: tables[5].rows[3].cells[1]: extends past the table's 10 columns";
        QTest::newRow("overlap") << "rowspan" << "test.json: tables[5].rows[4].cells[0]: overlaps another cell at row 4, column 3";
        QTest::newRow("hole") << "hole" << "test.json: tables[5].rows[3]: grid position in column 9 is not covered by any cell";
        QTest::newRow("duplicate cell") << "duplicate" << "test.json: tables[6].rows[3].cells[1]: cell id s4.review.upheld twice";
        QTest::newRow("check names a missing cell") << "check cell" << "test.json: checks: T3-BAL (identity): names cell s3.carried_over.natural, which the template's tables do not have";
        QTest::newRow("unknown kind") << "kind" << "test.json: checks: T4-SUM (magic): unknown kind (known: blank, cellType, compare, crossYearIdentity, deadline, formatYear, identity, metadata, organRule, proseRepeat, sectionPresence, textFigure, textMentions, unconfirmed)";
        QTest::newRow("severity") << "severity" << "test.json: checks[0].severity: must be error, warning or info, not \"fatal\"";
        QTest::newRow("table not in a section") << "section table" << "test.json: tables[6].section: table s4 is not listed in a section \"s4\"";
        QTest::newRow("additivity") << "additivity" << "test.json: tables[5].rows[3].cells[1].additivity: unknown additivity \"sometimes\" (none, information, loose or strict)";
        QTest::newRow("not JSON") << "not json" << "test.json: not valid JSON at byte 1: illegal value";
    }
    void malformed()
    {
        QFETCH(QString, edit);
        QFETCH(QString, error);
        QJsonObject t = builtIn(QStringLiteral("gov-2019"));
        auto editS3 = [&](const std::function<void(QJsonArray &rows)> &f) {
            editArray(t, QStringLiteral("tables"), [&](QJsonArray &tables) {
                editById(tables, QStringLiteral("s3"), [&](QJsonObject &table) { editArray(table, QStringLiteral("rows"), f); });
            });
        };
        auto editCell = [&](int row, int cell, const std::function<void(QJsonObject &)> &f) {
            editS3([&](QJsonArray &rows) {
                QJsonObject r = rows[row].toObject();
                editArray(r, QStringLiteral("cells"), [&](QJsonArray &cells) {
                    QJsonObject c = cells[cell].toObject();
                    f(c);
                    cells[cell] = c;
                });
                rows[row] = r;
            });
        };
        QByteArray bytes;
        if (edit == QLatin1String("no id")) t.remove(QStringLiteral("id"));
        else if (edit == QLatin1String("cell type")) editCell(3, 1, [](QJsonObject &c) { c.insert(QStringLiteral("type"), QStringLiteral("integer")); });
        else if (edit == QLatin1String("colspan")) editCell(3, 1, [](QJsonObject &c) { c.insert(QStringLiteral("colspan"), 9); });
        else if (edit == QLatin1String("rowspan")) {
            // new·natural reaches down into carried_in, whose label is widened over it
            editCell(3, 1, [](QJsonObject &c) { c.insert(QStringLiteral("rowspan"), 2); });
            editCell(4, 0, [](QJsonObject &c) { c.insert(QStringLiteral("colspan"), 4); });
        }
        else if (edit == QLatin1String("hole")) editS3([](QJsonArray &rows) {
            QJsonObject r = rows[3].toObject();
            QJsonArray cells = r.value(QStringLiteral("cells")).toArray();
            cells.removeLast();
            r.insert(QStringLiteral("cells"), cells);
            rows[3] = r;
        });
        else if (edit == QLatin1String("duplicate")) editArray(t, QStringLiteral("tables"), [](QJsonArray &tables) {
            editById(tables, QStringLiteral("s4"), [](QJsonObject &table) {
                editArray(table, QStringLiteral("rows"), [](QJsonArray &rows) {
                    QJsonObject r = rows[3].toObject();
                    QJsonArray cells = r.value(QStringLiteral("cells")).toArray();
                    cells[1] = cells[0];
                    r.insert(QStringLiteral("cells"), cells);
                    rows[3] = r;
                });
            });
        });
        else if (edit == QLatin1String("check cell")) editArray(t, QStringLiteral("checks"), [](QJsonArray &checks) {
            editById(checks, QStringLiteral("T3-BAL"), [](QJsonObject &c) {
                c.insert(QStringLiteral("found"), QJsonArray{QStringLiteral("s3.r7.{col}"), QStringLiteral("s3.carried_over.{col}")});
            });
        });
        else if (edit == QLatin1String("kind")) editArray(t, QStringLiteral("checks"), [](QJsonArray &checks) {
            editById(checks, QStringLiteral("T4-SUM"), [](QJsonObject &c) { c.insert(QStringLiteral("kind"), QStringLiteral("magic")); });
        });
        else if (edit == QLatin1String("severity")) editArray(t, QStringLiteral("checks"), [](QJsonArray &checks) {
            QJsonObject c = checks[0].toObject();
            c.insert(QStringLiteral("severity"), QStringLiteral("fatal"));
            checks[0] = c;
        });
        else if (edit == QLatin1String("section table")) editArray(t, QStringLiteral("sections"), [](QJsonArray &sections) {
            QJsonObject s = sections[3].toObject();
            s.insert(QStringLiteral("tables"), QJsonArray{QStringLiteral("s3")});
            sections[3] = s;
        });
        else if (edit == QLatin1String("additivity")) editCell(3, 1, [](QJsonObject &c) { c.insert(QStringLiteral("additivity"), QStringLiteral("sometimes")); });
        else if (edit == QLatin1String("not json")) bytes = "nonsense";
        if (bytes.isEmpty()) bytes = QJsonDocument(t).toJson();
        QString message;
        QVERIFY(!TemplateLoader::load(bytes, QStringLiteral("test.json"), &message));
        QCOMPARE(message, error);
    }

    // gov-2019 without the row 8.属于行政查询事项 and with a relabelled row: the document, the checks and the
    // text export follow the template, with no change of code.
    void modifiedTemplate()
    {
        QJsonObject t = builtIn(QStringLiteral("gov-2019"));
        editArray(t, QStringLiteral("tables"), [](QJsonArray &tables) {
            editById(tables, QStringLiteral("s3"), [](QJsonObject &table) {
                editArray(table, QStringLiteral("rows"), [](QJsonArray &rows) {
                    rows.removeAt(indexOfId(rows, QStringLiteral("r3_8")));
                    auto firstCell = [&](const QString &rowId, const std::function<void(QJsonObject &)> &f) {
                        const int i = indexOfId(rows, rowId);
                        QJsonObject r = rows[i].toObject();
                        QJsonArray cells = r.value(QStringLiteral("cells")).toArray();
                        QJsonObject c = cells[0].toObject();
                        f(c);
                        cells[0] = c;
                        r.insert(QStringLiteral("cells"), cells);
                        rows[i] = r;
                    };
                    firstCell(QStringLiteral("r1"), [](QJsonObject &c) { c.insert(QStringLiteral("rowspan"), 19); });
                    firstCell(QStringLiteral("r3_1"), [](QJsonObject &c) { c.insert(QStringLiteral("rowspan"), 7); });
                    // r2's first cell is its label (column 1, under the 三、本年度办理结果 span)
                    firstCell(QStringLiteral("r2"), [](QJsonObject &c) { c.insert(QStringLiteral("text"), QStringLiteral("（二）部分公开（测试标签）")); });
                });
            });
        });
        editArray(t, QStringLiteral("checks"), [](QJsonArray &checks) {
            editById(checks, QStringLiteral("T3-SUM"), [](QJsonObject &c) {
                QJsonArray expected = c.value(QStringLiteral("expected")).toArray();
                expected.removeAt(expected.toVariantList().indexOf(QStringLiteral("s3.r3_8.{col}")));
                c.insert(QStringLiteral("expected"), expected);
            });
            editById(checks, QStringLiteral("T3-ROW"), [](QJsonObject &c) {
                QJsonObject forEach = c.value(QStringLiteral("forEach")).toObject();
                QJsonArray rows = forEach.value(QStringLiteral("row")).toArray();
                rows.removeAt(indexOfId(rows, QStringLiteral("r3_8")));
                forEach.insert(QStringLiteral("row"), rows);
                c.insert(QStringLiteral("forEach"), forEach);
            });
        });
        QString error;
        const TemplatePtr format = loadJson(t, &error);
        QVERIFY2(format, qPrintable(error));

        // The document: 7 cells fewer.
        ReportData r = ReportData::create(format);
        QCOMPARE(r.cells.size(), 22 + 22 * 7 + 15);
        QVERIFY(!r.setCell(QStringLiteral("s3.r3_8.natural"), CellValue::of(1)));

        // The checks: every cell 0, then r3_7·natural = 1 with r7·natural = 1 and totals to match holds.
        for (int i = 0; i < r.cells.size(); ++i) r.cells[i] = CellValue::of(qint64(0));
        r.setCell(QStringLiteral("s3.new.natural"), CellValue::of(1));
        r.setCell(QStringLiteral("s3.new.total"), CellValue::of(1));
        r.setCell(QStringLiteral("s3.r3_7.natural"), CellValue::of(1));
        r.setCell(QStringLiteral("s3.r3_7.total"), CellValue::of(1));
        r.setCell(QStringLiteral("s3.r7.natural"), CellValue::of(1));
        r.setCell(QStringLiteral("s3.r7.total"), CellValue::of(1));
        QStringList rules;
        for (const Finding &f : CheckEngine::run(r))
            if (f.severity == Severity::Error) rules << f.rule;
        QCOMPARE(rules, QStringList());
        r.setCell(QStringLiteral("s3.r3_7.natural"), CellValue::of(2));
        rules.clear();
        for (const Finding &f : CheckEngine::run(r))
            if (f.severity == Severity::Error) rules << f.rule + QLatin1Char(' ') + f.cells.last();
        QCOMPARE(rules, (QStringList{QStringLiteral("T3-ROW s3.r3_7.total"), QStringLiteral("T3-SUM s3.r7.natural")}));

        // The text export: the new label, and 8.属于行政查询事项 gone.
        const QString text = TextExport::toText(r);
        QVERIFY(text.contains(QStringLiteral("\t（二）部分公开（测试标签）\t\t0\t")));
        QVERIFY(!text.contains(QStringLiteral("8.属于行政查询事项")));
        QVERIFY(text.contains(QStringLiteral("\t\t7.属于行政执法案卷\t2\t0\t0\t0\t0\t0\t1\n")));
    }
};

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
