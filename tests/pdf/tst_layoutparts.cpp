// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of the layout that decide something on their own: which installed face stands for which 公文
// face, how a long title breaks, where a run-in heading ends, the reading order, table column widths, and the
// PDF and ZIP plumbing.

#include "export/zipwriter.h"
#include "files/reportfile.h"
#include "render/fontset.h"
#include "render/pagegeometry.h"
#include "render/pdfexport.h"
#include "render/pagerenderer.h"
#include "render/reportflow.h"
#include "render/tablelayout.h"

#include <QGlyphRun>
#include <QImage>
#include <QTextLayout>
#include <numeric>
#include <QtTest>

using namespace nianbao;

namespace {

ReportData load(const QString &name)
{
    QString error;
    const auto report = ReportFile::load(qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/pdf/") + name, &error);
    if (!report) qFatal("%s", qPrintable(error));
    return *report;
}

} // namespace

class TestLayoutParts : public QObject
{
    Q_OBJECT

private slots:
    void fontSelection_data();
    void fontSelection();
    void noChineseFontSaysWhatToInstall_data();
    void noChineseFontSaysWhatToInstall();
    void titleLines_data();
    void titleLines();
    void headingLevel_data();
    void headingLevel();
    void headingLength_data();
    void headingLength();
    void readingOrder();
    void issuedByParts_data();
    void issuedByParts();
    void tableColumns_data();
    void tableColumns();
    void crc32();
    void shapingOnlyWhereNeeded_data();
    void shapingOnlyWhereNeeded();
};

void TestLayoutParts::fontSelection_data()
{
    QTest::addColumn<QStringList>("installed");
    QTest::addColumn<QStringList>("restricted"); // faces whose licence forbids embedding
    QTest::addColumn<QStringList>("expected");    // 仿宋 黑体 楷体 小标宋 宋体
    QTest::addColumn<QList<bool>>("standIn");

    const QStringList free{QStringLiteral("DejaVu Sans"), QStringLiteral("AR PL KaitiM GB"), QStringLiteral("AR PL SungtiL GB"),
                           QStringLiteral("WenQuanYi Micro Hei")};
    QTest::newRow("Debian's free faces") << free << QStringList()
                                        << QStringList{QStringLiteral("AR PL KaitiM GB"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("AR PL KaitiM GB"),
                                                       QStringLiteral("AR PL SungtiL GB"), QStringLiteral("AR PL SungtiL GB")}
                                        << QList<bool>{true, true, true, true, true};
    const QStringList windows{QStringLiteral("FangSong"), QStringLiteral("SimHei"), QStringLiteral("KaiTi"), QStringLiteral("SimSun"),
                              QStringLiteral("Microsoft YaHei")};
    QTest::newRow("Windows 10") << windows + free << QStringList()
                                << QStringList{QStringLiteral("FangSong"), QStringLiteral("SimHei"), QStringLiteral("KaiTi"), QStringLiteral("SimSun"),
                                               QStringLiteral("SimSun")}
                                << QList<bool>{false, false, false, true, false};
    const QStringList office{QStringLiteral("仿宋_GB2312"), QStringLiteral("黑体"), QStringLiteral("楷体_GB2312"), QStringLiteral("方正小标宋简体"),
                             QStringLiteral("宋体"), QStringLiteral("FangSong")};
    QTest::newRow("an office's fonts") << office + free << QStringList()
                                       << QStringList{QStringLiteral("仿宋_GB2312"), QStringLiteral("黑体"), QStringLiteral("楷体_GB2312"),
                                                      QStringLiteral("方正小标宋简体"), QStringLiteral("宋体")}
                                       << QList<bool>{false, false, false, false, false};
    QTest::newRow("names in other case") << QStringList{QStringLiteral("fangsong_gb2312"), QStringLiteral("simhei")} << QStringList()
                                         << QStringList{QStringLiteral("fangsong_gb2312"), QStringLiteral("simhei"), QStringLiteral("fangsong_gb2312"),
                                                        QStringLiteral("fangsong_gb2312"), QStringLiteral("fangsong_gb2312")}
                                         << QList<bool>{false, false, true, true, true};
    QTest::newRow("restricted title face skipped") << office + free << QStringList{QStringLiteral("方正小标宋简体")}
                                                   << QStringList{QStringLiteral("仿宋_GB2312"), QStringLiteral("黑体"), QStringLiteral("楷体_GB2312"),
                                                                  QStringLiteral("宋体"), QStringLiteral("宋体")}
                                                   << QList<bool>{false, false, false, true, false};
    QTest::newRow("only one Chinese face") << QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei")} << QStringList()
                                           << QStringList(5, QStringLiteral("WenQuanYi Micro Hei"))
                                           << QList<bool>{true, true, true, true, true};
}

void TestLayoutParts::fontSelection()
{
    QFETCH(QStringList, installed);
    QFETCH(QStringList, restricted);
    QFETCH(QStringList, expected);
    QFETCH(QList<bool>, standIn);
    QString error;
    const auto set = FontSet::select(installed, [&](const QString &f) { return !restricted.contains(f); }, &error);
    QVERIFY2(set, qPrintable(error));
    for (int i = 0; i < FontSet::roles().size(); ++i) {
        const FontRole role = FontSet::roles()[i];
        QCOMPARE(set->family(role), expected[i]);
        QCOMPARE(set->choice(role).standIn, standIn[i]);
    }
}

void TestLayoutParts::noChineseFontSaysWhatToInstall_data()
{
    QTest::addColumn<QStringList>("installed");
    QTest::newRow("no font") << QStringList();
    QTest::newRow("Latin only") << QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Serif")};
    // Noto CJK breaks search and copy in Qt 6.4 PDFs: never chosen.
    QTest::newRow("Noto CJK only") << QStringList{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC")};
}

void TestLayoutParts::noChineseFontSaysWhatToInstall()
{
    QFETCH(QStringList, installed);
    QString error;
    const auto set = FontSet::select(installed, [](const QString &f) { return !f.startsWith(QLatin1String("Noto")); }, &error);
    QVERIFY(!set);
    QVERIFY2(error.contains(QLatin1String("apt install fonts-arphic-gkai00mp fonts-arphic-gbsn00lp fonts-wqy-microhei")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("仿宋_GB2312")), qPrintable(error));
}

void TestLayoutParts::titleLines_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("organ");
    QTest::addColumn<QStringList>("lines");
    const double perLine = page::kBlockWidth / page::kSize2; // 20.1 characters of 2号
    QVERIFY(perLine > 20 && perLine < 20.2);
    QTest::newRow("organ, then year") << QStringLiteral("沐阳县人民政府2025年政府信息公开工作年度报告") << QStringLiteral("沐阳县人民政府")
                                      << QStringList{QStringLiteral("沐阳县人民政府"), QStringLiteral("2025年政府信息公开工作年度报告")};
    QTest::newRow("a 报告 title breaks before the year")
        << QStringLiteral("刚察县人民政府办公室关于上报刚察县2019年度政府信息公开工作的报告") << QStringLiteral("刚察县人民政府")
        << QStringList{QStringLiteral("刚察县人民政府办公室关于上报刚察县"), QStringLiteral("2019年度政府信息公开工作的报告")};
    QTest::newRow("short title on one line") << QStringLiteral("某局2023年政府信息公开工作年度报告") << QStringLiteral("某局")
                                             << QStringList{QStringLiteral("某局2023年政府信息公开工作年度报告")};
    // An organ name longer than a line breaks between its words (GB/T 9704 7.3.1), not inside 城乡 or 建设.
    QTest::newRow("long organ name")
        << QStringLiteral("新疆生产建设兵团第十师北屯市住房和城乡建设局2024年政府信息公开工作年度报告")
        << QStringLiteral("新疆生产建设兵团第十师北屯市住房和城乡建设局")
        << QStringList{QStringLiteral("新疆生产建设兵团第十师北屯市住房和城乡"), QStringLiteral("建设局2024年政府信息公开工作年度报告")};
    QTest::newRow("long organ name with 办公室")
        << QStringLiteral("中共某某自治县委员会办公室某某自治县人民政府办公室2024年政府信息公开工作年度报告")
        << QStringLiteral("中共某某自治县委员会办公室某某自治县人民政府办公室")
        << QStringList{QStringLiteral("中共某某自治县委员会办公室"), QStringLiteral("某某自治县人民政府办公室"),
                       QStringLiteral("2024年政府信息公开工作年度报告")};
}

void TestLayoutParts::titleLines()
{
    QFETCH(QString, title);
    QFETCH(QString, organ);
    QFETCH(QStringList, lines);
    QCOMPARE(ReportFlow::titleLines(title, organ, page::kBlockWidth / page::kSize2), lines);
}

void TestLayoutParts::headingLevel_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("level");
    QTest::newRow("一、") << QStringLiteral("一、总体情况") << 1;
    QTest::newRow("十二、") << QStringLiteral("十二、其他") << 1;
    QTest::newRow("spaces around") << QStringLiteral("  \t二、主动公开情况 ") << 1;
    QTest::newRow("一是") << QStringLiteral("一是拓宽主动公开渠道") << 0;
    QTest::newRow("numeral alone") << QStringLiteral("一") << 0;
    QTest::newRow("（一）") << QStringLiteral("（一）主动公开") << 2;
    QTest::newRow("(一)") << QStringLiteral("(一)主动公开") << 2;
    QTest::newRow("mixed brackets") << QStringLiteral("（三)依申请公开") << 2;
    QTest::newRow("unclosed") << QStringLiteral("（一主动公开") << 0;
    QTest::newRow("empty brackets") << QStringLiteral("（）主动公开") << 0;
    QTest::newRow("1.") << QStringLiteral("1.加强组织领导") << 3;
    QTest::newRow("12、") << QStringLiteral("12、其他") << 3;
    QTest::newRow("full-width １．") << QStringLiteral("１．加强组织领导") << 3;
    QTest::newRow("1.5 is a number") << QStringLiteral("1.5万元用于") << 0;
    QTest::newRow("1．then a full-width digit") << QStringLiteral("1．５项") << 3;
    QTest::newRow("digits without a mark") << QStringLiteral("2023年") << 0;
    QTest::newRow("（1）") << QStringLiteral("（1）网站") << 4;
    QTest::newRow("(１)") << QStringLiteral("(１)网站") << 4;
    QTest::newRow("（一1）") << QStringLiteral("（一1）网站") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestLayoutParts::headingLevel()
{
    QFETCH(QString, line);
    QFETCH(int, level);
    QCOMPARE(proseHeadingLevel(line), level);
}

void TestLayoutParts::headingLength_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("length");
    QTest::newRow("heading line") << QStringLiteral("（一）主动公开") << 2 << 7;
    QTest::newRow("heading line ending in 。") << QStringLiteral("（一）系统化推进主动公开。") << 2 << 13;
    QTest::newRow("run-in heading") << QStringLiteral("（一）加强组织领导。认真贯彻落实") << 2 << 10;
    QTest::newRow("run-in after a colon") << QStringLiteral("（一）存在的主要问题：一是信息公开范围有限。") << 2 << 11;
    QTest::newRow("level 1") << QStringLiteral("一、总体情况") << 1 << 6;
    // A paragraph that opens with a numbering mark but runs on without a heading's end: only the mark is heading.
    QTest::newRow("long line without a stop") << QStringLiteral("（一）加强组织领导，认真贯彻落实省州政务公开相关文件精神，重新调整了刚察县政务公开工作领导小组成员") << 2 << 3;
    QTest::newRow("stop too far for a heading") << QStringLiteral("（二）改进情况，一是提高政治站位，强化公开透明意识，县政府主管领导在历次重大会议中多次强调政府信息公开工作的重要性。让领导干部主动认识") << 2 << 3;
    QTest::newRow("plain paragraph") << QStringLiteral("一是拓宽主动公开渠道。强化县政府门户网站") << 0 << 0;
}

void TestLayoutParts::headingLength()
{
    QFETCH(QString, line);
    QFETCH(int, level);
    QFETCH(int, length);
    QCOMPARE(proseHeadingLevel(line), level);
    QCOMPARE(ReportFlow::headingLength(line, level), length);
}

void TestLayoutParts::readingOrder()
{
    using K = FlowBlock::Kind;
    const QList<FlowBlock> blocks = ReportFlow::build(load(QStringLiteral("gangcha-2019.nianbao")));
    QList<K> kinds;
    for (const FlowBlock &b : blocks)
        if (kinds.isEmpty() || kinds.last() != b.kind) kinds << b.kind;
    // 文号, title, 主送, preamble, 一 with prose, 二 with its five tables, 三, 四, 五 with prose, 六 (empty), then
    // the signature, the date and the 版记.
    const QList<K> expected{K::DocumentNumber, K::Title, K::Addressee, K::Paragraph, K::SectionHeading, K::Paragraph,
                            K::SectionHeading, K::Table, K::SectionHeading, K::Table, K::SectionHeading, K::Table,
                            K::SectionHeading, K::Paragraph, K::SectionHeading, K::Signature, K::Date, K::CopyTo, K::IssuedBy};
    QCOMPARE(kinds, expected);
    QCOMPARE(blocks[2].text, QStringLiteral("海北州人民政府电子政务中心："));
    QCOMPARE(blocks.last().text, QStringLiteral("刚察县人民政府办公室 2020年2月4日印发"));
    QCOMPARE(std::count_if(blocks.cbegin(), blocks.cend(), [](const FlowBlock &b) { return b.kind == K::Table; }), 7);
}

void TestLayoutParts::issuedByParts_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("organ");
    QTest::addColumn<QString>("date");
    QTest::newRow("space") << QStringLiteral("刚察县人民政府办公室 2020年2月4日印发") << QStringLiteral("刚察县人民政府办公室")
                           << QStringLiteral("2020年2月4日印发");
    QTest::newRow("no space") << QStringLiteral("沐阳县人民政府办公室2026年1月23日印发") << QStringLiteral("沐阳县人民政府办公室")
                              << QStringLiteral("2026年1月23日印发");
    QTest::newRow("organ only") << QStringLiteral("县政府办公室") << QStringLiteral("县政府办公室") << QString();
}

void TestLayoutParts::issuedByParts()
{
    QFETCH(QString, line);
    QFETCH(QString, organ);
    QFETCH(QString, date);
    const auto parts = ReportFlow::splitIssuedBy(line);
    QCOMPARE(parts.first, organ);
    QCOMPARE(parts.second, date);
}

void TestLayoutParts::tableColumns_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("labelColumns");
    QTest::newRow("gov-2021 三") << QStringLiteral("shuyang-2025.nianbao") << QStringLiteral("s3") << 3;
    QTest::newRow("gov-2019 三") << QStringLiteral("gangcha-2019.nianbao") << QStringLiteral("s3") << 3;
    QTest::newRow("四") << QStringLiteral("shuyang-2025.nianbao") << QStringLiteral("s4") << 0;
}

void TestLayoutParts::tableColumns()
{
    QFETCH(QString, file);
    QFETCH(QString, table);
    QFETCH(int, labelColumns);
    const ReportData report = load(file);
    const TableDef *t = report.format->table(table);
    QVERIFY(t);
    QImage page(1, 1, QImage::Format_Mono);
    page.setDotsPerMeterX(qRound(7200 / 0.0254));
    page.setDotsPerMeterY(qRound(7200 / 0.0254));
    QFont font;
    font.setFamilies({QStringLiteral("AR PL KaitiM GB")});
    font.setPointSizeF(page::kSize5);
    const double width = page::kBlockWidth * 100; // 7200 dpi: 100 device units a point
    const QList<double> widths = TableLayout::columnWidths(report, {t}, font, width, &page);
    QCOMPARE(widths.size(), t->columnCount);
    QVERIFY(qAbs(std::accumulate(widths.cbegin(), widths.cend(), 0.0) - width) < 1); // exactly the text width
    // The value columns share one width, so the figures line up; each is at least two characters wide.
    for (int c = labelColumns; c < widths.size(); ++c) {
        QVERIFY(qAbs(widths[c] - widths[labelColumns]) < 0.01);
        QVERIFY(widths[c] >= 2 * page::kSize5 * 100);
    }
    // A label column holds at least "（三）" and a character.
    for (int c = 0; c < labelColumns; ++c) QVERIFY(widths[c] >= 4 * page::kSize5 * 100);
}

void TestLayoutParts::crc32()
{
    QCOMPARE(ZipWriter::crc32("123456789"), 0xCBF43926u); // the CRC-32 check value
    QCOMPARE(ZipWriter::crc32(QByteArray()), 0u);
}

// Text of scripts set glyph by glyph skips HarfBuzz (FontSet::forText, issue 18) and gets the same glyphs at the
// same places with the installed faces; text of any other script is shaped as before: Uyghur joins its letters.
void TestLayoutParts::shapingOnlyWhereNeeded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("shaped");
    QTest::newRow("Chinese") << QStringLiteral("全年通过县政府门户网站主动公开政府信息6827条，其中“三公”经费信息238条。") << false;
    QTest::newRow("Latin, digits, full width") << QStringLiteral("GB/T 9704—2012 AV To fi office.gov.cn １２３ＡＢＣ №℃①") << false;
    QTest::newRow("beyond U+FFFF") << QStringLiteral("𬌗") << false;
    QTest::newRow("Uyghur") << QStringLiteral("ئۇيغۇرچە يېزىق 测试") << true;
    QTest::newRow("Tibetan") << QStringLiteral("བོད་ཡིག") << true;
    QTest::newRow("Mongolian") << QStringLiteral("ᠮᠣᠩᠭᠣᠯ") << true;
    QTest::newRow("Yi") << QStringLiteral("ꆈꌠꉙ") << true;
    QTest::newRow("combining mark") << QStringLiteral("e\u0301") << true;
    QTest::newRow("ideographic variation") << QStringLiteral("葛\U000E0100") << true;
}

void TestLayoutParts::shapingOnlyWhereNeeded()
{
    QFETCH(QString, text);
    QFETCH(bool, shaped);
    QString error;
    const std::optional<FontSet> fonts = FontSet::fromSystem(&error);
    QVERIFY2(fonts, qPrintable(error));
    const QFont font = fonts->font(FontRole::FangSong, 16);
    QCOMPARE(FontSet::needsShaping(text), shaped);
    QCOMPARE(bool(FontSet::forText(font, text).styleStrategy() & QFont::PreferNoShaping), !shaped);
    // The glyphs and their places, laid out with the font forText gives and with the font itself.
    const auto glyphsOf = [&text](const QFont &f) {
        QTextLayout layout(text, f, PageRenderer::measuringDevice());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        QList<quint32> glyphs;
        QList<QPointF> places;
        for (const QGlyphRun &run : layout.glyphRuns()) {
            glyphs << run.glyphIndexes();
            places << run.positions();
        }
        return std::make_pair(glyphs, places);
    };
    // Whatever forText chose, the glyphs and places are those of shaped text.
    const auto shapedGlyphs = glyphsOf(FontSet::withShaping(font, true));
    QVERIFY(!shapedGlyphs.first.isEmpty());
    QCOMPARE(glyphsOf(FontSet::forText(font, text)), shapedGlyphs);
    if (QTest::currentDataTag() == QLatin1String("Uyghur")) // unshaped, its letters would stand apart (DejaVu Sans)
        QVERIFY(glyphsOf(FontSet::withShaping(font, false)).first != shapedGlyphs.first);
}

QTEST_MAIN(TestLayoutParts)
#include "tst_layoutparts.moc"
