// SPDX-License-Identifier: GPL-3.0-or-later
// The editable ODT and the web page, exported by `nianbao export` as a whole process and read back: the ODT
// with unzip and an XML reader (page layout, Chinese fonts, borders, merged cells, header rows), the HTML as text.

#include "expectations.h"
#include "export/htmlexport.h"
#include "export/odtexport.h"
#include "model/newreport.h"
#include "model/reporttemplate.h"
#include "poppler.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace testing;

namespace {

const QString kTableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

// Every table cell of content.xml with its text and spans, and all text in document order.
struct OdtCell {
    QString text;
    int columns = 1;
    int rows = 1;
};
struct OdtContent {
    QList<OdtCell> cells;
    QString text;
    QList<int> headerRowsPerTable;
};

OdtContent readContent(const QByteArray &xml)
{
    OdtContent c;
    QXmlStreamReader r(xml);
    OdtCell *cell = nullptr;
    int headerRows = 0;
    bool inHeader = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.namespaceUri() == kTableNs && r.name() == QLatin1String("table-cell")) {
                OdtCell x;
                x.columns = r.attributes().value(kTableNs, QStringLiteral("number-columns-spanned")).toInt();
                x.rows = r.attributes().value(kTableNs, QStringLiteral("number-rows-spanned")).toInt();
                x.columns = std::max(1, x.columns);
                x.rows = std::max(1, x.rows);
                c.cells << x;
                cell = &c.cells.last();
            } else if (r.namespaceUri() == kTableNs && r.name() == QLatin1String("table")) {
                headerRows = 0;
            } else if (r.namespaceUri() == kTableNs && r.name() == QLatin1String("table-header-rows")) {
                inHeader = true;
            } else if (r.namespaceUri() == kTableNs && r.name() == QLatin1String("table-row") && inHeader) {
                ++headerRows;
            }
        } else if (r.isEndElement()) {
            if (r.namespaceUri() == kTableNs && r.name() == QLatin1String("table-cell")) cell = nullptr;
            if (r.namespaceUri() == kTableNs && r.name() == QLatin1String("table-header-rows")) inHeader = false;
            if (r.namespaceUri() == kTableNs && r.name() == QLatin1String("table")) c.headerRowsPerTable << headerRows;
        } else if (r.isCharacters()) {
            c.text += r.text();
            if (cell) cell->text += r.text();
        }
    }
    return c;
}

const OdtCell *cellWithText(const OdtContent &c, const QString &text)
{
    for (const OdtCell &cell : c.cells)
        if (cell.text == text) return &cell;
    return nullptr;
}

} // namespace

class TestOdtHtml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void odtPackage_data() { reports(); }
    void odtPackage();
    void odtEveryLabelAndNumber_data() { reports(); }
    void odtEveryLabelAndNumber();
    void odtMergedCellsAndHeaderRows();
    void odtPageAndFonts();
    void odtNamesInstalledOfficeFonts();
    void htmlEveryLabelAndNumber_data() { reports(); }
    void htmlEveryLabelAndNumber();
    void htmlStructure();
    void htmlBlankCellsAndEscaping();

private:
    void reports();
    QString out(const QString &name, const QString &suffix) const { return m_dir.filePath(name + QLatin1Char('.') + suffix); }
    QTemporaryDir m_dir;
    QHash<QString, Run> m_odtRuns;
};

void TestOdtHtml::reports()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < expectations().size(); ++i) QTest::newRow(qPrintable(expectations()[i].file)) << i;
}

void TestOdtHtml::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(run(QStringLiteral("unzip"), {QStringLiteral("-v")}).started, "unzip missing: run packaging/install-deps.sh");
    for (const Expected &e : expectations()) {
        const QString input = testData(QStringLiteral("pdf/%1.nianbao").arg(e.file));
        const Run odt = run(nianbaoBinary(), {QStringLiteral("export"), input, QStringLiteral("-o"), out(e.file, QStringLiteral("odt"))});
        QVERIFY2(odt.exitCode == 0, odt.err.constData());
        m_odtRuns.insert(e.file, odt);
        const Run html = run(nianbaoBinary(), {QStringLiteral("export"), input, QStringLiteral("-o"), out(e.file, QStringLiteral("html"))});
        QVERIFY2(html.exitCode == 0, html.err.constData());
    }
}

void TestOdtHtml::odtPackage()
{
    QFETCH(int, index);
    const QString odt = out(expectations()[index].file, QStringLiteral("odt"));
    QFile f(odt);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // ODF 1.2 §3.3: "mimetype" first, stored uncompressed, so the type shows at a fixed offset.
    QCOMPARE(bytes.left(4), QByteArray("PK\x03\x04"));
    QCOMPARE(bytes.mid(8, 2), QByteArray("\0\0", 2));
    QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    const Run test = run(QStringLiteral("unzip"), {QStringLiteral("-t"), odt});
    QVERIFY2(test.exitCode == 0 && test.out.contains("No errors detected"), test.out.constData());
    const QByteArray manifest = unzipped(odt, QStringLiteral("META-INF/manifest.xml"));
    for (const char *part : {"content.xml", "styles.xml", "meta.xml"}) QVERIFY(manifest.contains(part));
    const QString meta = QString::fromUtf8(unzipped(odt, QStringLiteral("meta.xml")));
    QVERIFY(meta.contains(QStringLiteral("<dc:title>%1</dc:title>").arg(expectations()[index].title)));
    QVERIFY(meta.contains(QStringLiteral("<meta:initial-creator>%1</meta:initial-creator>").arg(expectations()[index].author)));
}

void TestOdtHtml::odtEveryLabelAndNumber()
{
    QFETCH(int, index);
    const Expected &e = expectations()[index];
    const OdtContent c = readContent(unzipped(out(e.file, QStringLiteral("odt")), QStringLiteral("content.xml")));
    const QString text = withoutSpaces(c.text);
    const nianbao::TemplatePtr format = nianbao::TemplateRegistry::get(e.format);
    for (const nianbao::TableDef &t : format->tables)
        for (const nianbao::GridEntry &g : t.entries)
            if (!g.text.isEmpty()) QVERIFY2(cellWithText(c, g.text), qPrintable(g.text));
    for (const QString &row : e.rows)
        QVERIFY2(text.contains(QRegularExpression(QRegularExpression::escape(row) + kNothingMore)), qPrintable(row));
    for (const QString &t : e.texts) QVERIFY2(text.contains(t), qPrintable(t));
}

void TestOdtHtml::odtMergedCellsAndHeaderRows()
{
    const OdtContent c = readContent(unzipped(out(QStringLiteral("shuyang-2025"), QStringLiteral("odt")), QStringLiteral("content.xml")));
    const OdtCell *note = cellWithText(c, QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"));
    QVERIFY(note);
    QCOMPARE(note->columns, 3);
    QCOMPARE(note->rows, 3);
    QCOMPARE(cellWithText(c, QStringLiteral("申请人情况"))->columns, 7);
    QCOMPARE(cellWithText(c, QStringLiteral("三、本年度办理结果"))->rows, 22);
    QCOMPARE(cellWithText(c, QStringLiteral("（三）不予公开"))->rows, 8);
    QCOMPARE(cellWithText(c, QStringLiteral("本年收费金额（单位：万元）"))->columns, 3);
    QCOMPARE(cellWithText(c, QStringLiteral("4068.208"))->columns, 3);
    // 二's four blocks (caption and header rows each), 三 with three header rows, 四 with three.
    QCOMPARE(c.headerRowsPerTable, (QList<int>{2, 2, 2, 2, 3, 3}));
    const OdtContent gov2019 = readContent(unzipped(out(QStringLiteral("gangcha-2019"), QStringLiteral("odt")), QStringLiteral("content.xml")));
    QCOMPARE(cellWithText(gov2019, QStringLiteral("三、本年度办理结果"))->rows, 20);
}

void TestOdtHtml::odtPageAndFonts()
{
    const QString odt = out(QStringLiteral("shuyang-2025"), QStringLiteral("odt"));
    const QString styles = QString::fromUtf8(unzipped(odt, QStringLiteral("styles.xml")));
    const QString content = QString::fromUtf8(unzipped(odt, QStringLiteral("content.xml")));
    // The GB/T 9704 page: A4, text block 37 mm from the top and 28 mm from the left, 156 mm wide.
    for (const char *attribute : {"fo:page-width=\"210.00mm\"", "fo:page-height=\"297.00mm\"", "fo:margin-top=\"37.00mm\"",
                                  "fo:margin-left=\"28.00mm\"", "fo:margin-right=\"26.00mm\"", "fo:line-height=\"28.95pt\""})
        QVERIFY2(styles.contains(QLatin1String(attribute)), attribute);
    // Page numbers "— n —": right on odd pages, left on even ones.
    QVERIFY(styles.contains(QRegularExpression(QStringLiteral("<style:footer>\\s*<text:p text:style-name=\"nb_FooterOdd\">\u2014 <text:page-number"))));
    QVERIFY(styles.contains(QRegularExpression(QStringLiteral("<style:footer-left>\\s*<text:p text:style-name=\"nb_FooterEven\">\u2014 <text:page-number"))));
    // Chinese text takes the Asian font properties: without them LibreOffice and WPS use their default at 12 pt.
    QVERIFY(styles.contains(QStringLiteral("style:font-name-asian=\"仿宋_GB2312\" style:font-name-complex=\"仿宋_GB2312\" "
                                           "fo:font-size=\"16.00pt\" style:font-size-asian=\"16.00pt\"")));
    QVERIFY(styles.contains(QStringLiteral("style:font-name-asian=\"方正小标宋简体\" style:font-name-complex=\"方正小标宋简体\" "
                                           "fo:font-size=\"22.00pt\" style:font-size-asian=\"22.00pt\"")));
    QVERIFY(styles.contains(QStringLiteral("style:font-name-asian=\"黑体\"")));
    QVERIFY(styles.contains(QStringLiteral("style:font-name-asian=\"楷体_GB2312\"")));
    // Each named face carries the faces of its style to try when it is missing, never a sans face but for 黑体.
    QVERIFY2(styles.contains(QStringLiteral("<style:font-face style:name=\"仿宋_GB2312\" svg:font-family=\"'仿宋_GB2312', "
                                            "'FangSong_GB2312', '仿宋', 'FangSong', ")),
             qPrintable(styles.left(3000)));
    const QRegularExpression fangSongFace(QStringLiteral("<style:font-face style:name=\"仿宋_GB2312\" svg:font-family=\"([^\"]*)\""));
    const QString fangSongList = fangSongFace.match(styles).captured(1);
    QVERIFY2(fangSongList.contains(QStringLiteral("'AR PL KaitiM GB'")) && !fangSongList.contains(QStringLiteral("WenQuanYi"))
                 && !fangSongList.contains(QStringLiteral("黑体")),
             qPrintable(fangSongList));
    QVERIFY(!styles.contains(QLatin1String("\"Sans\"")) && !content.contains(QLatin1String("\"Sans\"")));
    // Every cell ruled; rows kept together.
    QVERIFY(content.contains(QStringLiteral("fo:border=\"0.50pt solid #000000\"")));
    QVERIFY(content.contains(QStringLiteral("fo:keep-together=\"always\"")));
    // Headings are paragraphs of their style, not outline headings: LibreOffice's outline numbering would replace
    // their two-character indent. Tables are not split between rows when they fit a page (no empty half of a
    // merged label cell on the next page); the last table of a group has 8 pt under it.
    QVERIFY(!content.contains(QLatin1String("<text:h")));
    QVERIFY(content.contains(QStringLiteral("<text:p text:style-name=\"nb_Heading1\">一、")));
    QVERIFY(content.contains(QStringLiteral("style:may-break-between-rows=\"false\"")));
    QVERIFY(content.contains(QStringLiteral("style:may-break-between-rows=\"false\" fo:margin-bottom=\"8.00pt\"")));
    QVERIFY(content.contains(QRegularExpression(QStringLiteral("<table:table table:name=\"[^\"]*\" table:style-name=\"Tbl\\d+\\.End\">"))));
    // The export names the fonts: here the offices' names, since only free stand-ins are installed.
    const QString stdout_ = QString::fromUtf8(m_odtRuns[QStringLiteral("shuyang-2025")].out);
    QVERIFY2(stdout_.contains(QStringLiteral("仿宋: 仿宋_GB2312")) && stdout_.contains(QStringLiteral("小标宋: 方正小标宋简体")), qPrintable(stdout_));
}

void TestOdtHtml::odtNamesInstalledOfficeFonts()
{
    // With the office fonts installed the document names them as installed.
    const nianbao::ReportData report = nianbao::newReport(nianbao::TemplateRegistry::get(QStringLiteral("gov-2021")),
                                                          QStringLiteral("某县人民政府"), 2023);
    const QHash<nianbao::FontRole, QString> fonts{{nianbao::FontRole::FangSong, QStringLiteral("FangSong")},
                                                  {nianbao::FontRole::HeiTi, QStringLiteral("SimHei")},
                                                  {nianbao::FontRole::KaiTi, QStringLiteral("KaiTi")},
                                                  {nianbao::FontRole::XiaoBiaoSong, QStringLiteral("方正小标宋简体")},
                                                  {nianbao::FontRole::SongTi, QStringLiteral("SimSun")}};
    const QString path = m_dir.filePath(QStringLiteral("office.odt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(nianbao::OdtExport::toBytes(report, fonts));
    f.close();
    const QString styles = QString::fromUtf8(unzipped(path, QStringLiteral("styles.xml")));
    for (const QString &family : {QStringLiteral("FangSong"), QStringLiteral("SimHei"), QStringLiteral("KaiTi"), QStringLiteral("SimSun")})
        QVERIFY2(styles.contains(QStringLiteral("style:font-name-asian=\"%1\"").arg(family)), qPrintable(family));
    QVERIFY(!styles.contains(QStringLiteral("style:font-name-asian=\"仿宋_GB2312\"")));
}

void TestOdtHtml::htmlEveryLabelAndNumber()
{
    QFETCH(int, index);
    const Expected &e = expectations()[index];
    QFile f(out(e.file, QStringLiteral("html")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QString text = html.mid(html.indexOf(QLatin1String("<body>")));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text = withoutSpaces(text);
    const nianbao::TemplatePtr format = nianbao::TemplateRegistry::get(e.format);
    for (const nianbao::SectionDef &s : format->sections) QVERIFY(html.contains(QStringLiteral("<h2>%1</h2>").arg(s.heading)));
    for (const nianbao::TableDef &t : format->tables)
        for (const nianbao::GridEntry &g : t.entries)
            if (!g.text.isEmpty()) QVERIFY2(html.contains(QLatin1Char('>') + g.text.toHtmlEscaped() + QStringLiteral("</th>")), qPrintable(g.text));
    for (const QString &row : e.rows)
        QVERIFY2(text.contains(QRegularExpression(QRegularExpression::escape(row) + kNothingMore)), qPrintable(row));
    for (const QString &t : e.texts) QVERIFY2(text.contains(t), qPrintable(t));
    QVERIFY(html.contains(QStringLiteral("<h1>%1</h1>").arg(e.title)));
}

void TestOdtHtml::htmlStructure()
{
    QFile f(out(QStringLiteral("shuyang-2025"), QStringLiteral("html")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString html = QString::fromUtf8(bytes);
    QCOMPARE(html.toUtf8(), bytes); // valid UTF-8
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"zh-CN\">")));
    QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QLatin1String("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")));
    QVERIFY(html.contains(QStringLiteral("<meta name=\"author\" content=\"沐阳县人民政府\">")));
    // Self-contained: nothing to fetch.
    for (const char *external : {"<script", "<link", "src=", "url(", "@import"}) QVERIFY2(!html.contains(QLatin1String(external)), external);
    QCOMPARE(html.count(QLatin1String("<h2>")), 6);
    QCOMPARE(html.count(QLatin1String("<table>")), 6);
    QCOMPARE(html.count(QLatin1String("<thead>")), 6);
    QVERIFY(html.contains(QStringLiteral("<th scope=\"col\" colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>")));
    QVERIFY(html.contains(QStringLiteral("<th scope=\"col\" colspan=\"7\">申请人情况</th>")));
    QVERIFY(html.contains(QStringLiteral("<th scope=\"row\" rowspan=\"22\">三、本年度办理结果</th>")));
    QVERIFY(html.contains(QStringLiteral("<td colspan=\"3\">4068.208</td>")));
    QVERIFY(html.contains(QStringLiteral("<h3>（一）系统化推进主动公开。</h3>")));
    // A wide table scrolls sideways on a phone instead of squeezing the page.
    QVERIFY(html.contains(QLatin1String(".table-wrap{overflow-x:auto")));
    QVERIFY(html.contains(QLatin1String("<div class=\"table-wrap\"><table>")));
}

void TestOdtHtml::htmlBlankCellsAndEscaping()
{
    QFile f(out(QStringLiteral("gangcha-2019"), QStringLiteral("html")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    // 四、结转下年度继续办理: natural and commercial blank, the rest 0.
    QVERIFY(html.contains(QStringLiteral("<th scope=\"row\" colspan=\"3\">四、结转下年度继续办理</th><td></td><td></td><td>0</td>")));
    QVERIFY(html.contains(QStringLiteral("<footer class=\"version-notes\">\n<p>抄送：档。</p>")));
    QVERIFY(html.contains(QStringLiteral("<p class=\"document-number\">刚政办〔2020〕6号</p>")));

    nianbao::ReportData report = nianbao::newReport(nianbao::TemplateRegistry::get(QStringLiteral("gov-2021")),
                                                    QStringLiteral("某县<人民政府>"), 2023);
    report.prose.insert(QStringLiteral("s6"), QStringLiteral("无<script>alert(1)</script> & \"引号\""));
    const QString escaped = nianbao::HtmlExport::toHtml(report);
    QVERIFY(!escaped.contains(QLatin1String("<script>")));
    QVERIFY(escaped.contains(QStringLiteral("<p>无&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;</p>")));
    QVERIFY(escaped.contains(QStringLiteral("<title>某县&lt;人民政府&gt;2023年政府信息公开工作年度报告</title>")));
}

QTEST_MAIN(TestOdtHtml)
#include "tst_odthtml.moc"
