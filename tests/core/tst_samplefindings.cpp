// SPDX-License-Identifier: GPL-3.0-or-later
// The findings of the check engine on real published reports (entered by hand from /work/shared/samples, see
// EXPECTED.md there) and on the shipped examples. Every expected value is written out literally: taken from
// EXPECTED.md or computed by hand from the tables.

#include "checks/rules.h"
#include "files/reportfile.h"

#include <QProcess>
#include <QtTest>

using namespace nianbao;

namespace {

// One finding the check must produce. `cells` identify it among the findings of the same rule: with
// `exactCells` they are all its cells (in any order), otherwise cells it must name among others.
struct Expect {
    QString rule;
    Severity severity = Severity::Warning;
    QStringList cells;
    bool exactCells = false;
    std::optional<qint64> expected;
    std::optional<qint64> found;
    std::optional<qint64> delta;
    QString section;     // when set: the finding's section
    QString messageHas;  // when set: a text its message contains
};

Expect identity(const QString &rule, const QStringList &cells, qint64 expected, qint64 found, qint64 delta)
{
    return Expect{rule, Severity::Error, cells, false, expected, found, delta, {}, {}};
}

Expect cellFinding(const QString &rule, Severity severity, const QString &cell)
{
    return Expect{rule, severity, {cell}, true, std::nullopt, std::nullopt, std::nullopt, {}, {}};
}

Expect sectionFinding(const QString &rule, const QString &section, const QString &messageHas = QString())
{
    return Expect{rule, Severity::Warning, {}, false, std::nullopt, std::nullopt, std::nullopt, section, messageHas};
}

QString testData(const QString &relative)
{
    return qEnvironmentVariable("NIANBAO_TEST_DATA") + QLatin1Char('/') + relative;
}

QString sourceFile(const QString &relative)
{
    return qEnvironmentVariable("NIANBAO_SOURCE_DIR") + QLatin1Char('/') + relative;
}

const QString kGangcha = QStringLiteral("reports/gangcha-2019.nianbao");
const QString kJidong = QStringLiteral("reports/jidong-2020.nianbao");
const QString kExample2023 = QStringLiteral("resources/examples/example-county-2023.nianbao");
const QString kMistakes2023 = QStringLiteral("resources/examples/example-county-2023-mistakes.nianbao");
const QString kExample2020 = QStringLiteral("resources/examples/example-county-2020.nianbao");

QString show(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QStringLiteral("(none)");
}

QString describe(const Finding &f)
{
    return QStringLiteral("%1 [%2] %3").arg(f.rule, f.cells.join(QLatin1Char(',')), f.message);
}

bool matches(const Finding &f, const Expect &e)
{
    if (f.rule != e.rule) return false;
    if (!e.section.isEmpty() && f.section != e.section) return false;
    if (!e.messageHas.isEmpty() && !f.message.contains(e.messageHas)) return false;
    if (e.exactCells) {
        QStringList a = f.cells, b = e.cells;
        a.sort();
        b.sort();
        return a == b;
    }
    for (const QString &c : e.cells)
        if (!f.cells.contains(c)) return false;
    return true;
}

ReportData loadReport(const QString &path)
{
    QString error;
    std::optional<ReportData> report = ReportFile::load(path, &error);
    if (!report) qFatal("%s", qPrintable(error));
    return *report;
}

} // namespace

Q_DECLARE_METATYPE(QList<Expect>)

class TestSampleFindings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("NIANBAO_TEST_DATA"), "NIANBAO_TEST_DATA is not set");
        QVERIFY2(!qEnvironmentVariableIsEmpty("NIANBAO_SOURCE_DIR"), "NIANBAO_SOURCE_DIR is not set");
    }

    void findings_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QList<Expect>>("expects");

        // gangcha-2019: results 4 + 2 + 2 = 8 under 其他 and 总计, （七）总计 written 0; 新收 4 against 0 + 0;
        // line 78 left 自然人 and 商业企业 of 结转下年度 blank; 规章 2/1/1 for a county government; no section 六.
        const QStringList resultsOther = {
            QStringLiteral("s3.r1.other"),   QStringLiteral("s3.r2.other"),   QStringLiteral("s3.r3_1.other"),
            QStringLiteral("s3.r3_2.other"), QStringLiteral("s3.r3_3.other"), QStringLiteral("s3.r3_4.other"),
            QStringLiteral("s3.r3_5.other"), QStringLiteral("s3.r3_6.other"), QStringLiteral("s3.r3_7.other"),
            QStringLiteral("s3.r3_8.other"), QStringLiteral("s3.r4_1.other"), QStringLiteral("s3.r4_2.other"),
            QStringLiteral("s3.r4_3.other"), QStringLiteral("s3.r5_1.other"), QStringLiteral("s3.r5_2.other"),
            QStringLiteral("s3.r5_3.other"), QStringLiteral("s3.r5_4.other"), QStringLiteral("s3.r5_5.other"),
            QStringLiteral("s3.r6.other"),   QStringLiteral("s3.r7.other")};
        Expect sumOther = identity(QStringLiteral("T3-SUM"), resultsOther, 8, 0, -8);
        sumOther.exactCells = true;
        Expect balOther = identity(QStringLiteral("T3-BAL"),
                                   {QStringLiteral("s3.new.other"), QStringLiteral("s3.carried_in.other"),
                                    QStringLiteral("s3.r7.other"), QStringLiteral("s3.carried_out.other")},
                                   4, 0, -4);
        balOther.exactCells = true;
        Expect ruleOrg{QStringLiteral("T2-RULE-ORG"), Severity::Info,
                       {QStringLiteral("s2.i1.rules.made"), QStringLiteral("s2.i1.rules.published"),
                        QStringLiteral("s2.i1.rules.total_public")},
                       true, std::nullopt, std::nullopt, std::nullopt, {}, {}};
        QTest::newRow("gangcha-2019") << testData(kGangcha) << QStringLiteral("gov-2019") << QList<Expect>{
            sumOther,
            identity(QStringLiteral("T3-SUM"), {QStringLiteral("s3.r1.total"), QStringLiteral("s3.r3_3.total"),
                                                QStringLiteral("s3.r3_5.total"), QStringLiteral("s3.r7.total")}, 8, 0, -8),
            balOther,
            identity(QStringLiteral("T3-BAL"), {QStringLiteral("s3.new.total"), QStringLiteral("s3.r7.total"),
                                                QStringLiteral("s3.carried_out.total")}, 4, 0, -4),
            cellFinding(QStringLiteral("CELL-BLANK"), Severity::Warning, QStringLiteral("s3.carried_out.natural")),
            cellFinding(QStringLiteral("CELL-BLANK"), Severity::Warning, QStringLiteral("s3.carried_out.commercial")),
            ruleOrg,
            sectionFinding(QStringLiteral("SEC-MISSING"), QStringLiteral("s6")),
        };

        // jidong-2020: section 三 all zeros and section 四 all zeros, every identity holds; no section 六, no
        // signature and no 成文日期.
        QTest::newRow("jidong-2020") << testData(kJidong) << QStringLiteral("gov-2019") << QList<Expect>{
            sectionFinding(QStringLiteral("SEC-MISSING"), QStringLiteral("s6")),
            sectionFinding(QStringLiteral("META-MISSING"), QStringLiteral("meta"), QStringLiteral("发文机关署名")),
            sectionFinding(QStringLiteral("META-MISSING"), QStringLiteral("meta"), QStringLiteral("成文日期")),
        };

        QTest::newRow("example-county-2023") << sourceFile(kExample2023) << QStringLiteral("gov-2021") << QList<Expect>{};
        QTest::newRow("example-county-2020") << sourceFile(kExample2020) << QStringLiteral("gov-2019") << QList<Expect>{};

        // The mistakes copy of the 2023 example:
        // - 本年新收·自然人 86 → 89, row total left at 109: 89+9+2+3+5+4 = 112; 自然人 89+5 = 94 against
        //   （七）总计 88 + 结转下年度 3 = 91.
        // - 本机关不掌握·商业企业 2 → 4, row total left at 19: 14+4+1+0+1+1 = 21; 商业企业 results 8+2 = 10
        //   against （七）总计 8.
        // - 行政复议 3+1+1+1 = 6, 总计 written 5; the prose's 12 cases against 5+4+2 = 11.
        // - 本年废止件数 written -3; 要求提供公开出版物·法律服务机构 left blank; section 六 left out although
        //   1 application ended for an unpaid fee.
        Expect textNum{QStringLiteral("TEXT-NUM"), Severity::Warning,
                       {QStringLiteral("s4.review.total"), QStringLiteral("s4.direct.total"), QStringLiteral("s4.after.total")},
                       true, 11, 12, 1, QStringLiteral("s1"), {}};
        Expect cellType{QStringLiteral("CELL-TYPE"), Severity::Error, {QStringLiteral("s2.i1.normative.repealed")},
                        true, std::nullopt, -3, std::nullopt, {}, {}};
        Expect feeSix{QStringLiteral("FEE-SIX"), Severity::Warning, {QStringLiteral("s3.r6_2.total")}, true,
                      std::nullopt, std::nullopt, std::nullopt, QStringLiteral("s6"), QStringLiteral("1 件")};
        QTest::newRow("example-county-2023-mistakes") << sourceFile(kMistakes2023) << QStringLiteral("gov-2021") << QList<Expect>{
            identity(QStringLiteral("T3-ROW"), {QStringLiteral("s3.new.natural"), QStringLiteral("s3.new.total")}, 112, 109, -3),
            identity(QStringLiteral("T3-ROW"), {QStringLiteral("s3.r4_1.commercial"), QStringLiteral("s3.r4_1.total")}, 21, 19, -2),
            identity(QStringLiteral("T3-SUM"), {QStringLiteral("s3.r4_1.commercial"), QStringLiteral("s3.r7.commercial")}, 10, 8, -2),
            identity(QStringLiteral("T3-BAL"), {QStringLiteral("s3.new.natural"), QStringLiteral("s3.carried_out.natural")}, 94, 91, -3),
            identity(QStringLiteral("T4-SUM"), {QStringLiteral("s4.review.pending"), QStringLiteral("s4.review.total")}, 6, 5, -1),
            cellType,
            cellFinding(QStringLiteral("CELL-BLANK"), Severity::Warning, QStringLiteral("s3.r5_3.legal")),
            textNum,
            sectionFinding(QStringLiteral("SEC-MISSING"), QStringLiteral("s6")),
            feeSix,
        };
    }

    void findings()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(QList<Expect>, expects);

        const ReportData report = loadReport(path);
        QCOMPARE(report.format->id, format);
        const QList<Finding> actual = CheckEngine::run(report);

        QStringList all;
        for (const Finding &f : actual) all << describe(f);
        QList<bool> used(actual.size(), false);
        for (const Expect &e : expects) {
            int match = -1;
            for (int i = 0; i < actual.size(); ++i) {
                if (used[i] || !matches(actual[i], e)) continue;
                QVERIFY2(match < 0, qPrintable(QStringLiteral("%1 [%2]: more than one finding matches")
                                                   .arg(e.rule, e.cells.join(QLatin1Char(',')))));
                match = i;
            }
            QVERIFY2(match >= 0, qPrintable(QStringLiteral("no %1 finding for [%2] (section %3); findings:\n%4")
                                                .arg(e.rule, e.cells.join(QLatin1Char(',')), e.section, all.join(QLatin1Char('\n')))));
            used[match] = true;
            const Finding &f = actual[match];
            QCOMPARE(severityId(f.severity), severityId(e.severity));
            QCOMPARE(show(f.expected), show(e.expected));
            QCOMPARE(show(f.found), show(e.found));
            QCOMPARE(show(f.delta), show(e.delta));
            QVERIFY(!f.money);
            QVERIFY2(!f.message.isEmpty(), qPrintable(e.rule));
        }
        QStringList extra;
        for (int i = 0; i < actual.size(); ++i)
            if (!used[i]) extra << describe(actual[i]);
        QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("unexpected findings:\n") + extra.join(QLatin1Char('\n'))));
    }

    // Values as the texts print them: "增加 806" → +806, "增 78" → +78, "-79", money in its unit unchanged.
    void cellValues_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("blank");
        QTest::addColumn<qint64>("number"); // counts as they are; money in 分 (1 万元 = 1 000 000 分)
        QTest::addColumn<QString>("text");  // as printed

        const QString g = testData(kGangcha), j = testData(kJidong);
        QTest::newRow("gangcha 行政处罚 增加 806") << g << "s2.i6.penalty.change" << false << qint64(806) << "+806";
        QTest::newRow("gangcha 行政强制 增加 37") << g << "s2.i6.enforcement.change" << false << qint64(37) << "+37";
        QTest::newRow("gangcha 行政许可 42") << g << "s2.i5.licensing.change" << false << qint64(42) << "+42";
        QTest::newRow("gangcha 行政事业性收费 增加 12") << g << "s2.i8.fees.change" << false << qint64(12) << "+12";
        QTest::newRow("gangcha 规章 新制作 2") << g << "s2.i1.rules.made" << false << qint64(2) << "2";
        QTest::newRow("gangcha 采购 10822 万元") << g << "s2.i9.procurement.amount" << false << qint64(10822000000) << "10822万元";
        QTest::newRow("gangcha 新收·其他") << g << "s3.new.other" << false << qint64(4) << "4";
        QTest::newRow("gangcha 总计·其他 written 0") << g << "s3.r7.other" << false << qint64(0) << "0";
        QTest::newRow("gangcha 结转·自然人 blank") << g << "s3.carried_out.natural" << true << qint64(0) << "";
        QTest::newRow("gangcha 结转·商业企业 blank") << g << "s3.carried_out.commercial" << true << qint64(0) << "";
        QTest::newRow("gangcha 结转·科研机构 0") << g << "s3.carried_out.research" << false << qint64(0) << "0";
        QTest::newRow("gangcha 结转·总计 0") << g << "s3.carried_out.total" << false << qint64(0) << "0";
        QTest::newRow("jidong 行政许可 增 78") << j << "s2.i5.licensing.change" << false << qint64(78) << "+78";
        QTest::newRow("jidong 其他服务 增 156") << j << "s2.i5.other_services.change" << false << qint64(156) << "+156";
        QTest::newRow("jidong 行政处罚 -79") << j << "s2.i6.penalty.change" << false << qint64(-79) << "-79";
        QTest::newRow("jidong 行政强制 -20") << j << "s2.i6.enforcement.change" << false << qint64(-20) << "-20";
        QTest::newRow("jidong 收费 -1") << j << "s2.i8.fees.change" << false << qint64(-1) << "-1";
        QTest::newRow("jidong 规范性文件 146") << j << "s2.i1.normative.total_public" << false << qint64(146) << "146";
        QTest::newRow("jidong 采购 20009.5483 万元") << j << "s2.i9.procurement.amount" << false << qint64(20009548300) << "20009.5483万元";
        QTest::newRow("jidong 复议后起诉·总计 0") << j << "s4.after.total" << false << qint64(0) << "0";
        QTest::newRow("2023 收费 2386.47万元") << sourceFile(kExample2023) << "s2.i8.fees.amount" << false << qint64(2386470000) << "2386.47万元";
        QTest::newRow("2023 总计·总计 108") << sourceFile(kExample2023) << "s3.r7.total" << false << qint64(108) << "108";
        QTest::newRow("2020 采购 8632.15万元") << sourceFile(kExample2020) << "s2.i9.procurement.amount" << false << qint64(8632150000) << "8632.15万元";
        QTest::newRow("mistakes 废止 -3") << sourceFile(kMistakes2023) << "s2.i1.normative.repealed" << false << qint64(-3) << "-3";
        QTest::newRow("mistakes 出版物·法律服务机构 blank") << sourceFile(kMistakes2023) << "s3.r5_3.legal" << true << qint64(0) << "";
    }

    void cellValues()
    {
        QFETCH(QString, path);
        QFETCH(QString, cell);
        QFETCH(bool, blank);
        QFETCH(qint64, number);
        QFETCH(QString, text);

        const ReportData report = loadReport(path);
        const CellDef *def = report.format->cell(cell);
        QVERIFY2(def, qPrintable(cell));
        const CellValue &value = report.cell(cell);
        QCOMPARE(value.isBlank(), blank);
        if (blank) return;
        QCOMPARE(value.state, CellValue::State::Value);
        QCOMPARE(value.value.number, number);
        QCOMPARE(formatQuantity(value.value, def->type), text);
    }

    void metadata_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");

        const QString g = testData(kGangcha), j = testData(kJidong), e = sourceFile(kExample2023);
        QTest::newRow("gangcha organ") << g << "organ" << "刚察县人民政府";
        QTest::newRow("gangcha year") << g << "year" << "2019";
        QTest::newRow("gangcha level") << g << "level" << "government";
        QTest::newRow("gangcha tier") << g << "tier" << "county";
        QTest::newRow("gangcha 成文日期") << g << "dateWritten" << "2020-02-04";
        QTest::newRow("gangcha published") << g << "published" << "";
        QTest::newRow("gangcha 文号") << g << "documentNumber" << "刚政办〔2020〕6号";
        QTest::newRow("gangcha 主送机关") << g << "addressee" << "海北州人民政府电子政务中心";
        QTest::newRow("gangcha 署名") << g << "signature" << "刚察县人民政府办公室";
        QTest::newRow("gangcha 抄送") << g << "copyTo" << "档。";
        QTest::newRow("gangcha 印发") << g << "issuedBy" << "刚察县人民政府办公室 2020年2月4日印发";
        QTest::newRow("jidong organ") << j << "organ" << "鸡东县";
        QTest::newRow("jidong year") << j << "year" << "2020";
        QTest::newRow("jidong level") << j << "level" << "government";
        QTest::newRow("jidong tier") << j << "tier" << "county";
        QTest::newRow("jidong 成文日期") << j << "dateWritten" << "";
        QTest::newRow("jidong 署名") << j << "signature" << "";
        QTest::newRow("jidong published") << j << "published" << "";
        QTest::newRow("example organ") << e << "organ" << "青禾县人民政府";
        QTest::newRow("example 成文日期") << e << "dateWritten" << "2024-01-22";
        QTest::newRow("example published") << e << "published" << "2024-01-29";
        QTest::newRow("example tier") << e << "tier" << "county";
    }

    void metadata()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        QFETCH(QString, value);

        const ReportMetadata m = loadReport(path).meta;
        const QHash<QString, QString> fields = {
            {QStringLiteral("organ"), m.organ},
            {QStringLiteral("year"), QString::number(m.year)},
            {QStringLiteral("level"), organLevelId(m.level)},
            {QStringLiteral("tier"), organTierId(m.tier)},
            {QStringLiteral("dateWritten"), m.dateWritten.toString(Qt::ISODate)},
            {QStringLiteral("published"), m.published.date().toString(Qt::ISODate)},
            {QStringLiteral("documentNumber"), m.documentNumber},
            {QStringLiteral("addressee"), m.addressee},
            {QStringLiteral("signature"), m.signature},
            {QStringLiteral("copyTo"), m.copyTo},
            {QStringLiteral("issuedBy"), m.issuedBy},
        };
        QVERIFY2(fields.contains(field), qPrintable(field));
        QCOMPARE(fields.value(field), value);
    }

    // The prose as printed: paragraphs split by a page break are one paragraph, section 六 is missing.
    void prose_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");

        const QString g = testData(kGangcha), j = testData(kJidong);
        QTest::newRow("gangcha preamble") << g << "preamble" << 1 << "为切实做好" << "报告如下：";
        QTest::newRow("gangcha 一") << g << "s1" << 6 << "我县不断加强" << "公共资金使用和监督信息 290 条，";
        QTest::newRow("gangcha 五") << g << "s5" << 2 << "（一）存在的主要问题：" << "表达权和监督权。";
        QTest::newRow("gangcha 六") << g << "s6" << 0 << "" << "";
        QTest::newRow("jidong preamble") << j << "preamble" << 1 << "按照《中华人民共和国政府信息公开条例》" << "年度报告》。";
        QTest::newRow("jidong 一") << j << "s1" << 16 << "2020 年，我县" << "扎实有序开展。";
        QTest::newRow("jidong 五") << j << "s5" << 6 << "存在问题：" << "共同推动政府信息公开工作。";
        QTest::newRow("jidong 六") << j << "s6" << 0 << "" << "";
    }

    void prose()
    {
        QFETCH(QString, path);
        QFETCH(QString, key);
        QFETCH(int, paragraphs);
        QFETCH(QString, first);
        QFETCH(QString, last);

        const QString text = loadReport(path).text(key);
        const QStringList lines = text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), paragraphs);
        if (paragraphs == 0) return;
        QVERIFY2(lines.first().startsWith(first), qPrintable(lines.first()));
        QVERIFY2(lines.last().endsWith(last), qPrintable(lines.last()));
        QVERIFY2(!text.contains(QStringLiteral("**")), "markdown bold marks are not part of the report");
        for (const QString &line : lines) QVERIFY2(!line.trimmed().isEmpty(), "empty paragraph");
    }

    // What other parts of the project rely on in the gov-2021 example: every part of section 一, all seven
    // applicant columns and the three groups of section 四 in use, enough prose for two printed pages.
    void exampleCoverage()
    {
        const ReportData r = loadReport(sourceFile(kExample2023));
        const QStringList s1 = r.text(QStringLiteral("s1")).split(QLatin1Char('\n'));
        for (const char *heading : {"（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"})
            QVERIFY2(s1.contains(QString::fromUtf8(heading)), heading);
        const QStringList s5 = r.text(QStringLiteral("s5")).split(QLatin1Char('\n'));
        QCOMPARE(s5.first(), QStringLiteral("（一）存在的主要问题"));
        QVERIFY(s5.contains(QStringLiteral("（二）改进情况")));
        QVERIFY(r.text(QStringLiteral("s6")).contains(QStringLiteral("信息处理费")));
        for (const char *column : {"natural", "commercial", "research", "nonprofit", "legal", "other", "total"})
            QVERIFY2(r.numberOf(QStringLiteral("s3.new.") + QLatin1String(column)) > 0, column);
        for (const char *group : {"review", "direct", "after"})
            QVERIFY2(r.numberOf(QStringLiteral("s4.") + QLatin1String(group) + QStringLiteral(".total")) > 0, group);
        QCOMPARE(r.numberOf(QStringLiteral("s2.i1.rules.issued")), qint64(0));
        qsizetype characters = 0;
        for (const QString &key : {QStringLiteral("preamble"), QStringLiteral("s1"), QStringLiteral("s5"), QStringLiteral("s6")})
            characters += r.text(key).size();
        QVERIFY2(characters >= 2500, qPrintable(QString::number(characters)));
    }

    // The command line says the same: exit 1 when a report has an error, else 0.
    void cliExitStatus_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("gangcha-2019") << testData(kGangcha) << 1;
        QTest::newRow("jidong-2020") << testData(kJidong) << 0;
        QTest::newRow("example-county-2023") << sourceFile(kExample2023) << 0;
        QTest::newRow("example-county-2023-mistakes") << sourceFile(kMistakes2023) << 1;
        QTest::newRow("example-county-2020") << sourceFile(kExample2020) << 0;
    }

    void cliExitStatus()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        const QString bin = qEnvironmentVariable("NIANBAO_BIN");
        QVERIFY2(!bin.isEmpty(), "NIANBAO_BIN is not set");
        QProcess p;
        p.start(bin, {QStringLiteral("check"), path});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), status);
    }
};

QTEST_GUILESS_MAIN(TestSampleFindings)
#include "tst_samplefindings.moc"
