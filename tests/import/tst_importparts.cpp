// SPDX-License-Identifier: GPL-3.0-or-later
// The importer's parts and edge cases: splitting digit runs, encodings, texts that are not reports, artifacts
// and heading variants, resolving ambiguity with the table's sums and with last year's report.

#include "export/textexport.h"
#include "import/ambiguityresolver.h"
#include "import/digitsplitter.h"
#include "import/rowreader.h"
#include "importtesthelpers.h"
#include "model/newreport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::import;
using namespace testing;

Q_DECLARE_METATYPE(QList<nianbao::import::CellSpec>)

namespace {

const CellSpec kCount{CellType::Count, MoneyUnit::None, false};
const CellSpec kSigned{CellType::Signed, MoneyUnit::None, false};
const CellSpec kYuan{CellType::Money, MoneyUnit::Yuan, false};

// A small complete gov-2019 report (standard text layout via TextExport), every cell 0 unless set.
ReportData smallReport()
{
    ReportData r = newReport(TemplateRegistry::get(QStringLiteral("gov-2019")), QStringLiteral("示例市交通运输局"), 2020);
    for (int i = 0; i < r.cells.size(); ++i)
        if (r.format->cellAt(i).type != CellType::Money) r.cells[i] = CellValue::of(0);
        else r.cells[i] = CellValue::of(Quantity{0, MoneyUnit::Yuan, 0});
    r.prose.insert(QStringLiteral("preamble"), QStringLiteral("根据条例规定，编制本报告。"));
    r.prose.insert(QStringLiteral("s1"), QStringLiteral("（一）主动公开。全年主动公开信息一百条。\n（二）依申请公开。全年办理申请十件。"));
    r.prose.insert(QStringLiteral("s5"), QStringLiteral("存在的问题是公开不够及时，将加以改进。"));
    r.prose.insert(QStringLiteral("s6"), QStringLiteral("无。"));
    r.meta.dateWritten = QDate(2021, 1, 20);
    return r;
}

QString replaceLine(const QString &text, const QString &startsWith, const QString &replacement)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines)
        if (l.startsWith(startsWith)) l = replacement;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestImportParts : public QObject
{
    Q_OBJECT

private slots:
    // Found by fuzz_import: long runs of digits over rows of seven cells kept the splitter busy for minutes
    // (long-digit-runs), then a run of 128 digits after a 0 for 20 s (long-zero-run: each step of the search tried
    // every length of value). The search now has a budget of values tried; past it the row counts as splitting
    // "too many ways" and its cells stay blank with a message.
    void fuzzRegressionLongDigitRuns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("long-digit-runs") << QStringLiteral("fuzz/long-digit-runs.txt");
        QTest::newRow("long-zero-run") << QStringLiteral("fuzz/long-zero-run.txt");
    }
    void fuzzRegressionLongDigitRuns()
    {
        QFETCH(QString, file);
        const ImportResult r = ReportImporter::importFile(importDataPath(file));
        QVERIFY(r.report);
        bool tooMany = false;
        for (const ImportDecision &d : r.decisions) tooMany = tooMany || d.message.contains(QStringLiteral("too many ways"));
        QVERIFY(tooMany);
    }

    void splitter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<CellSpec>>("cells");
        QTest::addColumn<QStringList>("readings");
        const QList<CellSpec> prior{kCount, kSigned, kCount};
        const QList<CellSpec> seven(7, kCount);
        QTest::newRow("8801") << "8801" << prior << QStringList{"88 / 0 / 1", "8 / +80 / 1"};
        QTest::newRow("2600") << "2600" << prior << QStringList{"26 / 0 / 0", "2 / +60 / 0"};
        QTest::newRow("114") << "114" << QList<CellSpec>{kCount, kSigned} << QStringList{"11 / +4", "1 / +14"};
        QTest::newRow("money") << "547.9659万元" << QList<CellSpec>{kCount, kYuan} << QStringList{"54 / 7.9659万元", "5 / 47.9659万元"};
        QTest::newRow("sign") << "88-720" << prior << QStringList{"88 / -72 / 0", "88 / -7 / 20"};
        QTest::newRow("sign unique") << "15-15" << QList<CellSpec>{kCount, kSigned} << QStringList{"15 / -15"};
        QTest::newRow("spaced") << "1 0 00 0 0 1" << seven << QStringList{"1 / 0 / 0 / 0 / 0 / 0 / 1"};
        QTest::newRow("irregular") << "0 0 00 00 0" << seven << QStringList{"0 / 0 / 0 / 0 / 0 / 0 / 0"};
        QTest::newRow("units") << "2笔 984361元" << QList<CellSpec>{kCount, kYuan} << QStringList{"2 / 984361元"};
        QTest::newRow("blank mark") << "12—3" << QList<CellSpec>(4, kCount) << QStringList{"1 / 2 / (blank) / 3"};
        QTest::newRow("increase word") << "增加 806" << QList<CellSpec>{kSigned} << QStringList{"+806"};
        QTest::newRow("decrease word") << "减少 3" << QList<CellSpec>{kSigned} << QStringList{"-3"};
        QTest::newRow("亿元") << "0.27亿元" << QList<CellSpec>{kYuan} << QStringList{"0.27亿元"};
        QTest::newRow("slash blank") << "5 / 7" << QList<CellSpec>(3, kCount) << QStringList{"5 / (blank) / 7"};
        QTest::newRow("decimals only in money") << "1.5" << QList<CellSpec>{kCount} << QStringList{};
        QTest::newRow("no leading zero") << "05" << QList<CellSpec>{kCount} << QStringList{};
        QTest::newRow("no negative count") << "-3" << QList<CellSpec>{kCount} << QStringList{};
        QTest::newRow("too few digits") << "12" << prior << QStringList{};
    }
    void splitter()
    {
        QFETCH(QString, text);
        QFETCH(QList<CellSpec>, cells);
        QFETCH(QStringList, readings);
        QList<ValueToken> tokens;
        for (ValueToken t : ValueTokenizer::tokenize(text))
            if (t.kind != ValueToken::Kind::Text) tokens << t;
        QStringList got;
        for (const Reading &r : DigitSplitter::read(tokens, cells).readings) got << RowReader::joinValues(r, cells);
        QCOMPARE(got, readings);
    }

    // The splitter's work is bounded: 100,000 values tried at most (the budget), then "too many ways".
    void splitterWorkBounded()
    {
        QList<ValueToken> tokens;
        for (ValueToken t : ValueTokenizer::tokenize(QStringLiteral("0") + QString(127, QLatin1Char('8'))))
            if (t.kind != ValueToken::Kind::Text) tokens << t;
        const DigitSplitter::Result r = DigitSplitter::read(tokens, QList<CellSpec>(7, kCount));
        QVERIFY(r.overflow);
        QVERIFY2(r.valuesTried <= 100001, qPrintable(QString::number(r.valuesTried)));
    }

    // GBK/GB18030 files read the same as UTF-8 ones.
    void gb18030()
    {
        const ImportResult utf8 = importSample(QStringLiteral("gangcha-2019.txt"));
        const ImportResult gb = ReportImporter::importFile(importDataPath(QStringLiteral("gangcha-2019-gb18030.txt")));
        QCOMPARE(gb.encoding, QStringLiteral("GB18030"));
        QVERIFY(gb.report);
        QVERIFY(*gb.report == *utf8.report);
        QCOMPARE(decisionsOf(gb, ImportDecision::Kind::Encoding).size(), 1);
    }
    void utf8Bom()
    {
        const ImportResult plain = importSample(QStringLiteral("shuyang-2025.txt"));
        QFile f(samplePath(QStringLiteral("shuyang-2025.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ImportResult bom = ReportImporter::importBytes(QByteArray("\xEF\xBB\xBF") + f.readAll());
        QVERIFY(*bom.report == *plain.report);
    }
    void binaryRefused()
    {
        const ImportResult r = ReportImporter::importBytes(QByteArray("PK\x03\x04\0\0binary", 12), {nullptr, QStringLiteral("x.docx")});
        QCOMPARE(r.exitCode(), 2);
        QVERIFY(!r.report);
        QVERIFY(r.error.startsWith(QStringLiteral("x.docx: ")));
    }

    // A report in the layout before 2019 (收费和减免 section, no fixed tables) is refused, saying so.
    void oldFormatRefused()
    {
        const ImportResult r = ReportImporter::importFile(importDataPath(QStringLiteral("old-format-2017.txt")));
        QCOMPARE(r.status, ImportResult::Status::NotAReport);
        QCOMPARE(r.exitCode(), 2);
        QVERIFY(r.error.contains(QStringLiteral("国办公开办函〔2019〕60号")));
        QVERIFY(r.error.contains(QStringLiteral("国办公开办函〔2021〕30号")));
        QVERIFY(r.error.contains(QStringLiteral("before 2019")));
    }
    void notAReport()
    {
        const ImportResult r = ReportImporter::importFile(importDataPath(QStringLiteral("not-a-report.txt")));
        QCOMPARE(r.exitCode(), 2);
        QVERIFY(r.error.contains(QStringLiteral("does not look like")));
        QCOMPARE(ReportImporter::importText(QString()).exitCode(), 2);
    }

    // Text as PDF readers give it: the title over two lines, rows spaced out, a label broken around its values,
    // a page number between rows, "万" for 万元, the date in Chinese numerals.
    void pdfLikeText()
    {
        const ImportResult r = ReportImporter::importFile(importDataPath(QStringLiteral("pdf-like-2021.txt")));
        QVERIFY2(r.report, qPrintable(r.error));
        const ReportData &d = *r.report;
        QCOMPARE(d.format->id, QStringLiteral("gov-2021"));
        QCOMPARE(d.meta.organ, QStringLiteral("示例县交通运输局"));
        QCOMPARE(d.meta.year, 2021);
        QCOMPARE(d.meta.level, OrganLevel::Department);
        QCOMPARE(d.meta.dateWritten, QDate(2022, 1, 20));
        QCOMPARE(d.cell(QStringLiteral("s2.i8.fees.amount")).value, (Quantity{12500000, MoneyUnit::TenThousandYuan, 1}));
        QCOMPARE(number(d, QStringLiteral("s2.i1.normative.in_force")), 12);
        QCOMPARE(number(d, QStringLiteral("s3.r4_2.natural")), 0);
        QCOMPARE(number(d, QStringLiteral("s3.r3_5.total")), 1);
        QCOMPARE(number(d, QStringLiteral("s3.r7.total")), 6);
        QCOMPARE(number(d, QStringLiteral("s4.review.upheld")), 1);
        QCOMPARE(number(d, QStringLiteral("s4.after.total")), 0);
        QVERIFY(findingsOf(d, QStringLiteral("T3-SUM")).isEmpty());
        QVERIFY(findingsOf(d, QStringLiteral("T3-BAL")).isEmpty());
        QCOMPARE(r.exitCode(), 0);
        const auto skipped = decisionsOf(r, ImportDecision::Kind::SkippedText);
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped[0].line, 42);
    }
    // A website's information index above the report ("标题：…") does not become part of the organ's name.
    void websiteIndex()
    {
        const ReportData original = smallReport();
        const QString text = QStringLiteral("索引号：000014349/2021-00012\n标题：%1\n发布日期：2021-01-15\n").arg(original.displayTitle())
                           + TextExport::toText(original);
        const ImportResult r = ReportImporter::importText(text);
        QCOMPARE(r.report->meta.organ, QStringLiteral("示例市交通运输局"));
        QCOMPARE(r.report->meta.year, 2020);
        QVERIFY(r.report->meta.title.isEmpty()); // the title as the pattern writes it
        QCOMPARE(r.report->cells, original.cells);
    }

    // Heading variants are recognised and named in the import report; the note under a table is kept.
    void variantsAndNotes()
    {
        const ImportResult g = importSample(QStringLiteral("gangcha-2019.txt"));
        const auto variants = decisionsOf(g, ImportDecision::Kind::HeadingVariant);
        QCOMPARE(variants.size(), 1);
        QCOMPARE(variants[0].line, 87);
        QVERIFY(g.report->text(QStringLiteral("s5")).startsWith(QStringLiteral("（一）存在的主要问题：一是信息公开范围有限。")));
        const ImportResult t = importSample(QStringLiteral("pingtan-transport-2019.txt"));
        QVERIFY(t.report->text(QStringLiteral("s2")).endsWith(QStringLiteral("2019年主动公开政府信息118条。")));
        QVERIFY(t.report->text(QStringLiteral("s3")).isEmpty());
    }

    // Word bookmarks, HTML comments and bold marks are not part of the text; "6、" is the heading 六、.
    void artifactsAndVariants()
    {
        const ReportData original = smallReport();
        QString text = TextExport::toText(original);
        text.replace(QStringLiteral("六、其他需要报告的事项"), QStringLiteral("6、其他需要报告的事项"));
        text.replace(QStringLiteral("（一）主动公开。"), QStringLiteral("（一）**主动公开**。[bookmark: _GoBack]"));
        text.replace(QStringLiteral("存在的问题是"), QStringLiteral("存在的<!-- 修改\n稿 -->问题是"));
        const ImportResult r = ReportImporter::importText(text);
        QVERIFY(r.report);
        QCOMPARE(r.report->text(QStringLiteral("s1")), original.text(QStringLiteral("s1")));
        QCOMPARE(r.report->text(QStringLiteral("s5")), QStringLiteral("存在的问题是公开不够及时，将加以改进。"));
        QCOMPARE(r.report->text(QStringLiteral("s6")), QStringLiteral("无。"));
        QCOMPARE(decisionsOf(r, ImportDecision::Kind::HeadingVariant).size(), 1);
        QCOMPARE(r.report->cells, original.cells);
    }

    // Prose standing after a table is not dropped: it joins the section's note, and the import report says so.
    void textAfterTable()
    {
        const ReportData original = smallReport();
        QString text = TextExport::toText(original);
        text.replace(QStringLiteral("\n四、政府信息公开行政复议、行政诉讼情况"),
                     QStringLiteral("\n注：本表数据统计至当年十二月三十一日。\n四、政府信息公开行政复议、行政诉讼情况"));
        const ImportResult r = ReportImporter::importText(text);
        QCOMPARE(r.report->text(QStringLiteral("s3")), QStringLiteral("注：本表数据统计至当年十二月三十一日。"));
        QCOMPARE(r.report->cells, original.cells);
        const auto kept = decisionsOf(r, ImportDecision::Kind::TextAfterTable);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0].line, 52); // title, preamble, 一 + 2 paragraphs, 二 + 18 grid rows, 三 + 26 grid rows, then the note
    }

    // A note that names some of the table's headers is still the note: the table begins at its own header.
    void noteNamingHeaders()
    {
        ReportData original = smallReport();
        original.prose.insert(QStringLiteral("s3"), QStringLiteral("申请人情况：自然人申请0件，法人或其他组织申请0件。"));
        const ImportResult r = ReportImporter::importText(TextExport::toText(original));
        QCOMPARE(r.report->text(QStringLiteral("s3")), original.text(QStringLiteral("s3")));
        QVERIFY(*r.report == original);
    }

    // A row written without separators that splits several ways, of which only one makes 总计 = Σ six columns.
    void resolvedByRowIdentity()
    {
        ReportData original = smallReport();
        original.setCell(QStringLiteral("s3.new.natural"), CellValue::of(10));
        original.setCell(QStringLiteral("s3.new.total"), CellValue::of(10));
        original.setCell(QStringLiteral("s3.r1.natural"), CellValue::of(10));
        original.setCell(QStringLiteral("s3.r1.total"), CellValue::of(10));
        original.setCell(QStringLiteral("s3.r7.natural"), CellValue::of(10));
        original.setCell(QStringLiteral("s3.r7.total"), CellValue::of(10));
        const QString text = replaceLine(TextExport::toText(original), QStringLiteral("一、本年新收"),
                                         QStringLiteral("一、本年新收政府信息公开申请数量100000010"));
        const ImportResult r = ReportImporter::importText(text);
        QVERIFY(r.report);
        QCOMPARE(r.report->cells, original.cells);
        const auto resolved = decisionsOf(r, ImportDecision::Kind::ResolvedByIdentity);
        QCOMPARE(resolved.size(), 1);
        QVERIFY(resolved[0].message.contains(QStringLiteral("splits 2 ways")));
        QVERIFY(!resolved[0].needsReview);
    }

    // Last year's report decides 上一年项目数量 (= last year's 上一年项目数量 + 本年增/减).
    void resolvedByLastYear()
    {
        ReportData last = ReportData::create(TemplateRegistry::get(QStringLiteral("gov-2019")));
        last.setCell(QStringLiteral("s2.i5.licensing.prior"), CellValue::of(80));
        last.setCell(QStringLiteral("s2.i5.licensing.change"), CellValue::of(8));
        last.setCell(QStringLiteral("s2.i6.penalty.prior"), CellValue::of(30));
        last.setCell(QStringLiteral("s2.i6.penalty.change"), CellValue::of(-4));
        last.setCell(QStringLiteral("s2.i8.fees.prior"), CellValue::of(1));
        // fees: last year's change unknown → cannot decide
        const ImportResult r = importSample(QStringLiteral("pingtan-transport-2019.txt"), &last);
        const ReportData &d = *r.report;
        QCOMPARE(number(d, QStringLiteral("s2.i5.licensing.prior")), 88);
        QCOMPARE(number(d, QStringLiteral("s2.i5.licensing.change")), 0);
        QCOMPARE(number(d, QStringLiteral("s2.i6.penalty.prior")), 26);
        QCOMPARE(number(d, QStringLiteral("s2.i6.penalty.change")), 0);
        QCOMPARE(d.cell(QStringLiteral("s2.i8.fees.prior")).state, CellValue::State::Unconfirmed);
        QCOMPARE(d.cell(QStringLiteral("s2.i9.procurement.projects")).state, CellValue::State::Unconfirmed);
        QCOMPARE(decisionsOf(r, ImportDecision::Kind::ResolvedByLastYear).size(), 2);
        QCOMPARE(r.unconfirmedCellCount(), 4);
    }
    // The editor confirms an ambiguous row by choosing one of its readings.
    void applyReading()
    {
        ImportResult r = importSample(QStringLiteral("pingtan-transport-2019.txt"));
        QCOMPARE(r.ambiguities[0].cells, (QStringList{"s2.i5.licensing.prior", "s2.i5.licensing.change", "s2.i5.licensing.decisions"}));
        int pick = -1;
        for (int i = 0; i < r.ambiguities[0].readings.size(); ++i)
            if (r.ambiguities[0].readings[i][0]->number == 8) pick = i;
        import::applyReading(*r.report, r.ambiguities[0], pick);
        QCOMPARE(r.report->cell(QStringLiteral("s2.i5.licensing.prior")), CellValue::of(8));
        QCOMPARE(r.report->cell(QStringLiteral("s2.i5.licensing.change")), CellValue::of(80));
        QCOMPARE(r.report->cell(QStringLiteral("s2.i5.licensing.decisions")), CellValue::of(1));
        QCOMPARE(findingsOf(*r.report, QStringLiteral("CELL-UNCONFIRMED")).size(), 6);
    }
    void priorYearLinks()
    {
        QStringList gov2019;
        for (const auto &l : AmbiguityResolver::priorYearLinks(*TemplateRegistry::get(QStringLiteral("gov-2019"))))
            gov2019 << l.prior + QLatin1Char('+') + l.change;
        QCOMPARE(gov2019, (QStringList{"s2.i5.licensing.prior+s2.i5.licensing.change",
                                       "s2.i5.other_services.prior+s2.i5.other_services.change",
                                       "s2.i6.penalty.prior+s2.i6.penalty.change",
                                       "s2.i6.enforcement.prior+s2.i6.enforcement.change",
                                       "s2.i8.fees.prior+s2.i8.fees.change"}));
        QVERIFY(AmbiguityResolver::priorYearLinks(*TemplateRegistry::get(QStringLiteral("gov-2021"))).isEmpty());
    }

    // Any text is imported or refused, never crashes: every sample cut short at many places, and with bytes
    // replaced at random (the fuzz target does the same at scale).
    void damagedTexts()
    {
        QRandomGenerator rng(4711);
        for (const char *name : {"gangcha-2019.txt", "pingtan-transport-2020.txt", "shuyang-2025.txt"}) {
            QFile f(samplePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (int cut = 0; cut < bytes.size(); cut += 97) {
                const ImportResult r = ReportImporter::importBytes(bytes.left(cut));
                QVERIFY(r.report.has_value() != (r.exitCode() == 2));
            }
            for (int round = 0; round < 30; ++round) {
                QByteArray damaged = bytes;
                for (int k = 0; k < 20; ++k) damaged[rng.bounded(int(damaged.size()))] = char(rng.bounded(256));
                const ImportResult r = ReportImporter::importBytes(damaged);
                QVERIFY(r.report.has_value() != (r.exitCode() == 2));
            }
        }
    }

    // A run with far too many readings is not offered as candidates: the cells stay blank and are named.
    void tooManyReadings()
    {
        const QString text = replaceLine(TextExport::toText(smallReport()), QStringLiteral("一、本年新收"),
                                         QStringLiteral("一、本年新收政府信息公开申请数量123456789123456789123456789"));
        const ImportResult r = ReportImporter::importText(text);
        QVERIFY(r.report);
        QVERIFY(r.report->cell(QStringLiteral("s3.new.natural")).isBlank());
        const auto unreadable = decisionsOf(r, ImportDecision::Kind::UnreadableValue);
        QCOMPARE(unreadable.size(), 1);
        QVERIFY(unreadable[0].needsReview);
        QCOMPARE(r.exitCode(), 1);
    }

    // A text far above the limit (a sparse file: no disk used) is refused from its size, before being read.
    void hugeTextRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(300LL * 1024 * 1024)); // as `truncate -s 300M`
        file.close();
        QElapsedTimer clock;
        clock.start();
        const nianbao::import::ImportResult result = nianbao::import::ReportImporter::importFile(path);
        QVERIFY(clock.elapsed() < 1000); // reading 300 MB would take longer
        QVERIFY(!result.report);
        QCOMPARE(result.exitCode(), 2);
        QCOMPARE(result.error, path + QStringLiteral(": too large for a report text (300 MB; the limit is 16 MB)"));
    }
};

QTEST_GUILESS_MAIN(TestImportParts)
#include "tst_importparts.moc"
