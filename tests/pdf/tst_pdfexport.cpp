// SPDX-License-Identifier: GPL-3.0-or-later
// `nianbao export … -o x.pdf` as a whole process, read back with poppler-utils: A4 pages, every label and number
// extractable (no Kangxi radicals), fonts embedded, the GB/T 9704 grid (22 lines 28.99 pt apart, 28 characters
// ending at 184 mm, text block at 28 mm / 37 mm), page numbers alternating sides, metadata, and the refusals.

#include "expectations.h"
#include "model/reporttemplate.h"
#include "poppler.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace testing;

namespace {

// The environment of a clerk's terminal without a display: nianbao must pick the offscreen platform itself.
QProcessEnvironment noDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesAreA4_data() { reports(); }
    void pagesAreA4();
    void everyLabelAndNumberExtracts_data() { reports(); }
    void everyLabelAndNumberExtracts();
    void noKangxiRadicals_data() { reports(); }
    void noKangxiRadicals();
    void everyFontEmbedded_data() { reports(); }
    void everyFontEmbedded();
    void bodyPageOnTheGrid_data();
    void bodyPageOnTheGrid();
    void pageNumbersAlternate_data() { reports(); }
    void pageNumbersAlternate();
    void metadata_data() { reports(); }
    void metadata();
    void reportsFontsAndWarnsAboutErrors();
    void tableKeptTogetherWhenItFitsAPage_data() { reports(); }
    void tableKeptTogetherWhenItFitsAPage();
    void notesStandUnderTheirHeading();
    void refusesWithoutChineseFont();
    void refusesCharacterNoFontHas();
    void readerThatStopsEarlyLosesNothing();
    void nineDigitValuesNeverWrap();
    void rendersPngsForReview();
    void tablesLaidOutApartChangeNothing_data() { reports(); }
    void tablesLaidOutApartChangeNothing();

private:
    void reports();
    QString pdfOf(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".pdf")); }
    // shuyang-2025 changed by `change`, saved as `name`.nianbao; returns its path (empty on failure).
    QString changedSample(const QString &name, const std::function<void(QJsonObject &)> &change) const;
    QTemporaryDir m_dir;
    QHash<QString, Run> m_runs;
};

void TestPdfExport::reports()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < expectations().size(); ++i) QTest::newRow(qPrintable(expectations()[i].file)) << i;
}

QString TestPdfExport::changedSample(const QString &name, const std::function<void(QJsonObject &)> &change) const
{
    QFile in(testData(QStringLiteral("pdf/shuyang-2025.nianbao")));
    if (!in.open(QIODevice::ReadOnly)) return QString();
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    change(root);
    const QString path = m_dir.filePath(name + QStringLiteral(".nianbao"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly)) return QString();
    out.write(QJsonDocument(root).toJson());
    return path;
}

void TestPdfExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(run(QStringLiteral("pdfinfo"), {QStringLiteral("-v")}).started, "poppler-utils missing: run packaging/install-deps.sh");
    for (const Expected &e : expectations()) {
        const Run r = run(nianbaoBinary(), {QStringLiteral("export"), testData(QStringLiteral("pdf/%1.nianbao").arg(e.file)),
                                      QStringLiteral("-o"), pdfOf(e.file)}, noDisplay());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_runs.insert(e.file, r);
    }
}

// `export REPORT -o OUT.pdf` lays the tables out on a second thread (PageLayout::setTablesApart); a batch lays each
// report out on one thread. Both write the same PDF, byte for byte but for its creation time.
void TestPdfExport::tablesLaidOutApartChangeNothing()
{
    QFETCH(int, index);
    const QString file = expectations()[index].file;
    const QString outdir = m_dir.filePath(QStringLiteral("one-thread-") + file);
    const Run r = run(nianbaoBinary(), {QStringLiteral("export"), testData(QStringLiteral("pdf/%1.nianbao").arg(file)),
                                        QStringLiteral("--outdir"), outdir}, noDisplay());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray apart = pdfWithoutCreationDate(pdfOf(file));
    QVERIFY(apart.size() > 50000);
    QCOMPARE(pdfWithoutCreationDate(outdir + QLatin1Char('/') + file + QStringLiteral(".pdf")), apart);
}

void TestPdfExport::pagesAreA4()
{
    QFETCH(int, index);
    const QString pdf = pdfOf(expectations()[index].file);
    const int pages = pageCount(pdf);
    QVERIFY(pages >= 5); // several pages of prose and the tables
    // 210 × 297 mm exactly (Qt's writer rounded the media box to 595 × 842).
    for (int p = 1; p <= pages; ++p) QCOMPARE(pdfInfoField(pdf, QStringLiteral("Page size"), p), QStringLiteral("595.28 x 841.89 pts (A4)"));
}

void TestPdfExport::everyLabelAndNumberExtracts()
{
    QFETCH(int, index);
    const Expected &e = expectations()[index];
    const QString text = withoutSpaces(rawText(pdfOf(e.file)));
    // Every label of the format's tables and every section heading, as the template (the data) has them.
    const nianbao::TemplatePtr format = nianbao::TemplateRegistry::get(e.format);
    QVERIFY(format);
    for (const nianbao::SectionDef &s : format->sections) QVERIFY2(text.contains(s.heading), qPrintable(s.heading));
    for (const nianbao::TableDef &t : format->tables)
        for (const nianbao::GridEntry &g : t.entries)
            if (!g.text.isEmpty()) QVERIFY2(text.contains(withoutSpaces(g.text)), qPrintable(g.text));
    // Every value, in its row and nothing more after it.
    for (const QString &row : e.rows)
        QVERIFY2(text.contains(QRegularExpression(QRegularExpression::escape(row) + kNothingMore)), qPrintable(row));
    for (const QString &t : e.texts + QStringList{e.title}) QVERIFY2(text.contains(t), qPrintable(t));
}

void TestPdfExport::noKangxiRadicals()
{
    QFETCH(int, index);
    const QString text = rawText(pdfOf(expectations()[index].file));
    QVERIFY(text.size() > 3000);
    for (QChar c : text) QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
}

void TestPdfExport::everyFontEmbedded()
{
    QFETCH(int, index);
    const Run r = run(QStringLiteral("pdffonts"), {pdfOf(expectations()[index].file)});
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(lines.size() >= 2); // at least the body face and the heading face
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(f.size() >= 7, qPrintable(line));
        QVERIFY2(f[f.size() - 5] == QLatin1String("yes"), qPrintable(QStringLiteral("not embedded: ") + line));
        QVERIFY2(f[f.size() - 3] == QLatin1String("yes"), qPrintable(QStringLiteral("no Unicode map: ") + line));
    }
}

void TestPdfExport::bodyPageOnTheGrid_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("page");
    QTest::newRow("shuyang-2025 page 2") << QStringLiteral("shuyang-2025") << 2;
    QTest::newRow("shuyang-2025 page 3") << QStringLiteral("shuyang-2025") << 3;
    QTest::newRow("gangcha-2019 page 2") << QStringLiteral("gangcha-2019") << 2;
}

void TestPdfExport::bodyPageOnTheGrid()
{
    QFETCH(QString, file);
    QFETCH(int, page);
    QList<TextLine> body;
    for (const TextLine &l : textLines(pdfOf(file), page))
        if (l.yMin < 262) body << l; // above the text block's bottom edge: not the page number
    QCOMPARE(body.size(), 22);
    QVERIFY2(qAbs(body.first().yMin - 37) <= 1, qPrintable(QString::number(body.first().yMin)));
    int fullLines = 0;
    for (int i = 0; i < body.size(); ++i) {
        const TextLine &l = body[i];
        if (i > 0) {
            const double pitch = (l.yMax - body[i - 1].yMax) * kPtPerMm;
            QVERIFY2(qAbs(pitch - 28.99) <= 0.02, qPrintable(QStringLiteral("line %1: %2 pt").arg(i).arg(pitch)));
        }
        // Flush left, or indented two characters (2 × 15.79 pt) at a paragraph's start.
        QVERIFY2(qAbs(l.xMin - 28) <= 1 || qAbs(l.xMin - (28 + 2 * 156.0 / 28)) <= 1, qPrintable(l.text));
        QVERIFY2(l.xMax <= 184.5, qPrintable(l.text));
        const bool allChinese = std::all_of(l.text.cbegin(), l.text.cend(), [](QChar c) { return c.unicode() >= 0x2000; });
        if (allChinese && l.text.size() == 28) {
            ++fullLines;
            QVERIFY2(qAbs(l.xMin - 28) <= 0.5 && qAbs(l.xMax - 184) <= 0.5, qPrintable(QStringLiteral("%1: %2 … %3").arg(l.text).arg(l.xMin).arg(l.xMax)));
        }
    }
    QVERIFY2(fullLines >= 3, "expected full lines of 28 characters");
}

void TestPdfExport::pageNumbersAlternate()
{
    QFETCH(int, index);
    const QString pdf = pdfOf(expectations()[index].file);
    const int pages = pageCount(pdf);
    for (int p = 1; p <= pages; ++p) {
        const QList<TextLine> lines = textLines(pdf, p);
        const auto number = std::find_if(lines.cbegin(), lines.cend(), [](const TextLine &l) { return l.yMin > 262; });
        QVERIFY2(number != lines.cend(), qPrintable(QStringLiteral("page %1 has no number").arg(p)));
        QCOMPARE(withoutSpaces(number->text), QStringLiteral("\u2014%1\u2014").arg(p));
        QVERIFY2(qAbs(number->yMin - 269) <= 1, qPrintable(QString::number(number->yMin)));
        const double one = 14 / kPtPerMm; // one 4号 character
        if (p % 2 == 1) QVERIFY2(qAbs(number->xMax - (184 - one)) <= 1, qPrintable(QString::number(number->xMax)));
        else QVERIFY2(qAbs(number->xMin - (28 + one)) <= 1, qPrintable(QString::number(number->xMin)));
    }
}

void TestPdfExport::metadata()
{
    QFETCH(int, index);
    const Expected &e = expectations()[index];
    QCOMPARE(pdfInfoField(pdfOf(e.file), QStringLiteral("Title")), e.title);
    QCOMPARE(pdfInfoField(pdfOf(e.file), QStringLiteral("Author")), e.author);
    QVERIFY(pdfInfoField(pdfOf(e.file), QStringLiteral("Creator")).startsWith(QLatin1String("nianbao 0.")));
}

void TestPdfExport::reportsFontsAndWarnsAboutErrors()
{
    // gangcha-2019 has 4 error findings (EXPECTED.md: T3-SUM and T3-BAL in 其他 and 总计).
    const Run &withErrors = m_runs[QStringLiteral("gangcha-2019")];
    // The messages and the family names follow the desktop's language (LANG): C.UTF-8 or zh_CN.UTF-8.
    const bool chinese = qEnvironmentVariable("LANG").startsWith(QLatin1String("zh_CN"));
    const QByteArray warning = chinese ? QByteArrayLiteral("警告") : QByteArrayLiteral("warning");
    const QByteArray fourErrors = chinese ? QByteArrayLiteral("4个错误") : QByteArrayLiteral("4 error");
    QVERIFY2(withErrors.err.contains(warning) && withErrors.err.contains(fourErrors), withErrors.err.constData());
    QVERIFY(!m_runs[QStringLiteral("shuyang-2025")].err.contains(warning));
    // The faces install-deps.sh installs stand in for the offices' fonts, and the export says so, naming them as
    // the desktop does.
    const QString kai = chinese ? QStringLiteral("文鼎ＰＬ简中楷") : QStringLiteral("AR PL KaitiM GB");
    const QString sung = chinese ? QStringLiteral("文鼎ＰＬ简报宋") : QStringLiteral("AR PL SungtiL GB");
    const QString hei = chinese ? QStringLiteral("文泉驿微米黑") : QStringLiteral("WenQuanYi Micro Hei");
    const QString out = QString::fromUtf8(withErrors.out);
    QVERIFY2(out.contains(QStringLiteral("仿宋: ") + kai), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("黑体: ") + hei), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("小标宋: ") + sung), qPrintable(out));
    // Nothing but the 一、 headings is set in 黑体: WenQuanYi embedded means they are.
    QStringList embedded{kai, sung, hei};
    embedded.sort();
    const QString heading = chinese ? QStringLiteral("已嵌入：") : QStringLiteral("Embedded:");
    QVERIFY2(out.contains(heading + QStringLiteral("\n  ") + embedded.join(QStringLiteral(", ")) + QLatin1Char('\n')), qPrintable(out));
}

void TestPdfExport::tableKeptTogetherWhenItFitsAPage()
{
    // Section 三's table fits a page in both samples: it starts a page with its heading and ends on it, rather
    // than leaving its header and two rows above a third of a page of empty paper (issue 12).
    QFETCH(int, index);
    const QString pdf = pdfOf(expectations()[index].file);
    QList<int> withHeader, withHeading, withLastRow;
    for (int p = 1; p <= pageCount(pdf); ++p) {
        const Run t = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                                        QString::number(p), pdf, QStringLiteral("-")});
        const QString text = withoutSpaces(QString::fromUtf8(t.out));
        if (text.contains(QStringLiteral("申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"))) withHeader << p;
        if (text.contains(QStringLiteral("三、收到和处理政府信息公开申请情况"))) withHeading << p;
        if (text.contains(QStringLiteral("四、结转下年度继续办理"))) withLastRow << p;
    }
    QCOMPARE(withHeader.size(), 1);
    QCOMPARE(withHeading, withHeader);
    QCOMPARE(withLastRow, withHeader);
}

void TestPdfExport::notesStandUnderTheirHeading()
{
    // The note of a table section stands under its heading, before the table (spec §9).
    QFile in(testData(QStringLiteral("pdf/gangcha-2019.nianbao")));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject prose = root.value(QStringLiteral("prose")).toObject();
    prose.insert(QStringLiteral("s2"), QStringLiteral("2019年主动公开政府信息118条。"));
    prose.insert(QStringLiteral("s6"), QStringLiteral("无。"));
    root.insert(QStringLiteral("prose"), prose);
    const QString report = m_dir.filePath(QStringLiteral("notes.nianbao"));
    QFile outFile(report);
    QVERIFY(outFile.open(QIODevice::WriteOnly));
    outFile.write(QJsonDocument(root).toJson());
    outFile.close();
    const QString pdf = m_dir.filePath(QStringLiteral("notes.pdf"));
    const Run r = run(nianbaoBinary(), {QStringLiteral("export"), report, QStringLiteral("-o"), pdf}, noDisplay());
    QCOMPARE(r.exitCode, 0);
    const QString text = withoutSpaces(rawText(pdf));
    QVERIFY(text.contains(QStringLiteral("二、主动公开政府信息情况2019年主动公开政府信息118条。")));
    QVERIFY(text.indexOf(QStringLiteral("118条。")) < text.indexOf(QStringLiteral("第二十条第（一）项")));
    QVERIFY(text.contains(QStringLiteral("六、其他需要报告的事项无。")));
}

void TestPdfExport::refusesWithoutChineseFont()
{
    // A fontconfig that knows no font at all: the export must fail and say what to install, not print boxes.
    const QString config = m_dir.filePath(QStringLiteral("nofonts.conf"));
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("<?xml version=\"1.0\"?>\n<fontconfig><cachedir>%1</cachedir></fontconfig>\n")
                .arg(m_dir.filePath(QStringLiteral("fccache"))).toUtf8());
    f.close();
    QProcessEnvironment env = noDisplay();
    env.insert(QStringLiteral("FONTCONFIG_FILE"), config);
    const QString out = m_dir.filePath(QStringLiteral("nofont.pdf"));
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous export");
    old.close();
    const Run r = run(nianbaoBinary(), {QStringLiteral("export"), testData(QStringLiteral("pdf/shuyang-2025.nianbao")), QStringLiteral("-o"), out}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("fonts-arphic-gkai00mp") && r.err.contains("fonts-wqy-microhei"), r.err.constData());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous export")); // untouched
    // Formats that need no font still export.
    const Run html = run(nianbaoBinary(), {QStringLiteral("export"), testData(QStringLiteral("pdf/shuyang-2025.nianbao")), QStringLiteral("-o"),
                                     m_dir.filePath(QStringLiteral("nofont.html"))}, env);
    QCOMPARE(html.exitCode, 0);
}

void TestPdfExport::refusesCharacterNoFontHas()
{
    // U+20000 (CJK extension B) is in none of the installed faces.
    const QString report = changedSample(QStringLiteral("rare"), [](QJsonObject &root) {
        QJsonObject prose = root.value(QStringLiteral("prose")).toObject();
        prose.insert(QStringLiteral("s6"), QStringLiteral("本年度无\U00020000其他需要报告的事项。"));
        root.insert(QStringLiteral("prose"), prose);
    });
    QVERIFY(!report.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("rare.pdf"));
    const Run r = run(nianbaoBinary(), {QStringLiteral("export"), report, QStringLiteral("-o"), pdf}, noDisplay());
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("\U00020000")) && err.contains(QStringLiteral("本年度无")), qPrintable(err));
    QVERIFY(!QFile::exists(pdf));
}

void TestPdfExport::readerThatStopsEarlyLosesNothing()
{
    // `nianbao export … | head -1`: the reader is gone before nianbao reports the pages and fonts. Without
    // SIGPIPE ignored the process dies with 141 halfway through its report.
    const QString pdf = m_dir.filePath(QStringLiteral("piped.pdf"));
    QProcessEnvironment env = noDisplay();
    env.insert(QStringLiteral("NIANBAO"), nianbaoBinary());
    env.insert(QStringLiteral("IN"), testData(QStringLiteral("pdf/shuyang-2025.nianbao")));
    env.insert(QStringLiteral("OUT"), pdf);
    const Run r = run(QStringLiteral("bash"), {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"),
                                               QStringLiteral("\"$NIANBAO\" export \"$IN\" -o \"$OUT\" | true")}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    QCOMPARE(pageCount(pdf), pageCount(pdfOf(QStringLiteral("shuyang-2025")))); // the whole report
}

void TestPdfExport::nineDigitValuesNeverWrap()
{
    // Every value of section 三 (9 columns) at nine digits: the table's size steps down and its label columns
    // narrow until each number stands on one line of its cell, never "1234567" over "89".
    int changed = 0;
    const QString report = changedSample(QStringLiteral("nine-digits"), [&changed](QJsonObject &root) {
        QJsonObject cells = root.value(QStringLiteral("cells")).toObject();
        for (auto it = cells.begin(); it != cells.end(); ++it)
            if (it.key().startsWith(QLatin1String("s3.")) && it.value().isDouble()) {
                it.value() = 123456789;
                ++changed;
            }
        root.insert(QStringLiteral("cells"), cells);
    });
    QVERIFY(changed > 50);
    const QString pdf = m_dir.filePath(QStringLiteral("nine-digits.pdf"));
    const Run r = run(nianbaoBinary(), {QStringLiteral("export"), report, QStringLiteral("-o"), pdf}, noDisplay());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    int whole = 0;
    for (int p = 1; p <= pageCount(pdf); ++p)
        for (const TextLine &line : textLines(pdf, p)) whole += int(line.text.count(QStringLiteral("123456789")));
    QCOMPARE(whole, changed);
}

void TestPdfExport::rendersPngsForReview()
{
    // Page 1 and the first page with the section 三 table, as PNG in the build folder for anyone to look at.
    // One folder a locale: the two variants of this test run at the same time.
    const QString renders = QStringLiteral(NIANBAO_RENDER_DIR "/") + qEnvironmentVariable("LANG");
    QVERIFY(QDir().mkpath(renders));
    for (const Expected &e : expectations()) {
        const QString pdf = pdfOf(e.file);
        int tablePage = 0;
        for (int p = 1; p <= pageCount(pdf) && tablePage == 0; ++p) {
            const Run t = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"), QString::number(p), pdf, QStringLiteral("-")});
            if (QString::fromUtf8(t.out).contains(QStringLiteral("申请人情况"))) tablePage = p;
        }
        QVERIFY(tablePage > 0);
        for (const auto &[page, name] : {std::pair{1, QStringLiteral("page1")}, std::pair{tablePage, QStringLiteral("table")}}) {
            const QString prefix = QStringLiteral("%1/%2-%3").arg(renders, e.file, name);
            const Run r = run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-singlefile"),
                                                           QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, prefix});
            QCOMPARE(r.exitCode, 0);
            const QImage image(prefix + QStringLiteral(".png"));
            QCOMPARE(image.size(), QSize(827, 1170)); // A4 at 100 dpi
            // Ink inside the text block, none in the left margin.
            int inkInBlock = 0, inkInMargin = 0;
            for (int y = 146; y < 1030; y += 2)
                for (int x = 0; x < 827; x += 2)
                    if (qGray(image.pixel(x, y)) < 128) ++(x < 105 ? inkInMargin : inkInBlock);
            QVERIFY(inkInBlock > 2000);
            QCOMPARE(inkInMargin, 0);
        }
    }
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
