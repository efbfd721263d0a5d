// SPDX-License-Identifier: GPL-3.0-or-later
// The export's own PDF writer (issue 18): its syntax pieces, and whole documents read back with poppler-utils —
// the text extracts, every font is an embedded subset with a text map, the cross-reference table points at the
// objects, and a face whose licence forbids embedding is drawn as outlines.

#include "poppler.h"
#include "render/pdfdocument.h"
#include "render/pdfsyntax.h"

#include <QFile>
#include <QImage>
#include <QFontDatabase>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QtEndian>
#include <QtTest>

using namespace nianbao;
using namespace testing;

namespace {

constexpr double kA4Width = 595.2756, kA4Height = 841.8898;

// The glyph runs of one line of `text` set in `font` at 720 dpi units (as the page layout makes them).
QList<QGlyphRun> runsOf(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(100000);
    layout.endLayout();
    return line.glyphRuns();
}

QFont chineseFont()
{
    // Installed by packaging/install-deps.sh (fonts-arphic-gkai00mp).
    QFont font(QStringLiteral("AR PL KaitiM GB"));
    font.setPixelSize(160);
    return font;
}

// Every object the cross-reference table lists starts where the table says ("n 0 obj").
QString xrefProblems(const QByteArray &pdf)
{
    const qsizetype start = pdf.lastIndexOf("startxref\n");
    if (start < 0) return QStringLiteral("no startxref");
    const qsizetype xref = pdf.mid(start + 10, 20).split('\n').value(0).toLongLong();
    if (pdf.mid(xref, 5) != "xref\n") return QStringLiteral("startxref does not point at the table");
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.value(1).split(' ').value(1).toInt();
    for (int i = 1; i < count; ++i) {
        const qsizetype offset = lines.value(2 + i).left(10).toLongLong();
        const QByteArray head = QByteArray::number(i) + " 0 obj\n";
        if (pdf.mid(offset, head.size()) != head) return QStringLiteral("object %1 is not at %2").arg(i).arg(offset);
    }
    return {};
}

} // namespace

class TestPdfWriter : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data();
    void numbers();
    void strings();
    void streamsInflateToTheirData();
    void documentReadsBack();
    void restrictedFaceDrawnAsOutlines();

private:
    QTemporaryDir m_dir;
};

void TestPdfWriter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("whole") << 841.0 << QByteArray("841");
    QTest::newRow("two decimals") << 841.8898 << QByteArray("841.89");
    QTest::newRow("one decimal") << 12.5 << QByteArray("12.5");
    QTest::newRow("small") << 0.07 << QByteArray("0.07");
    QTest::newRow("negative") << -3.0 << QByteArray("-3");
    QTest::newRow("rounds up") << 2.999 << QByteArray("3");
    QTest::newRow("tiny negative is zero") << -0.004 << QByteArray("0");
    QTest::newRow("no exponent") << 1e-7 << QByteArray("0");
    QTest::newRow("large") << 7200000.25 << QByteArray("7200000.25");
}

void TestPdfWriter::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, written);
    QCOMPARE(PdfSyntax::number(value), written);
}

void TestPdfWriter::strings()
{
    QCOMPARE(PdfSyntax::textString(QStringLiteral("刚察县")), QByteArray("<FEFF521A5BDF53BF>"));
    QCOMPARE(PdfSyntax::textString(QStringLiteral("𬌗")), QByteArray("<FEFFD870DF17>")); // a surrogate pair
    QCOMPARE(PdfSyntax::nameToken("AR PL KaitiM GB"), QByteArray("AR#20PL#20KaitiM#20GB"));
    QCOMPARE(PdfSyntax::nameToken("GBZenKai-Medium"), QByteArray("GBZenKai-Medium"));
    QCOMPARE(PdfSyntax::nameToken("a/b(c)"), QByteArray("a#2Fb#28c#29"));
    QCOMPARE(PdfSyntax::hex16(0x2C), QByteArray("002C"));
    QCOMPARE(PdfSyntax::hex16(0xFFFF), QByteArray("FFFF"));
}

void TestPdfWriter::streamsInflateToTheirData()
{
    QByteArray data;
    for (int i = 0; i < 2000; ++i) data += "BT /F0 160 Tf 1 0 0 -1 " + QByteArray::number(i) + " 0 Tm [<0001>] TJ ET\n";
    const QByteArray s = PdfSyntax::stream(data, "/Length1 7");
    static const QRegularExpression head(QStringLiteral("^<< /Length (\\d+) /Filter /FlateDecode /Length1 7 >>\nstream\n"));
    const QRegularExpressionMatch m = head.match(QString::fromLatin1(s));
    QVERIFY2(m.hasMatch(), s.left(80).constData());
    const int length = m.captured(1).toInt();
    QVERIFY(length < data.size());
    QCOMPARE(s.size(), m.capturedLength() + length + 10); // "\nendstream"
    QVERIFY(s.endsWith("\nendstream"));
    // qUncompress reads a zlib stream behind a four-byte length.
    QByteArray zlib(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), zlib.data());
    zlib += s.mid(m.capturedLength(), length);
    QCOMPARE(qUncompress(zlib), data);
    QCOMPARE(PdfSyntax::stream("abc", {}, PdfSyntax::Plain), QByteArray("<< /Length 3 >>\nstream\nabc\nendstream"));
}

void TestPdfWriter::documentReadsBack()
{
    PdfDocument document(QSizeF(kA4Width, kA4Height), 720);
    document.beginPage();
    for (const QGlyphRun &run : runsOf(QStringLiteral("政府信息公开工作年度报告"), chineseFont()))
        document.drawGlyphs(QPointF(720, 1000), run);
    document.drawLine(QLineF(720, 1100, 4000, 1100), 5);
    document.drawRect(QRectF(720, 1200, 2000, 400), 5);
    document.beginPage();
    for (const QGlyphRun &run : runsOf(QStringLiteral("第二页"), chineseFont())) document.drawGlyphs(QPointF(720, 1000), run);
    QByteArray pdf;
    QString error;
    QList<char32_t> characters;
    for (uint c : QStringLiteral("政府信息公开工作年度报告第二页").toUcs4()) characters << char32_t(c);
    QVERIFY2(document.write({QStringLiteral("标题"), QStringLiteral("刚察县人民政府"), QStringLiteral("nianbao 0.1")},
                            characters, &pdf, &error),
             qPrintable(error));
    QCOMPARE(xrefProblems(pdf), QString());
    const QString file = m_dir.filePath(QStringLiteral("document.pdf"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();

    const Run info = run(QStringLiteral("pdfinfo"), {file});
    QVERIFY2(info.exitCode == 0, info.err.constData());
    QCOMPARE(info.err, QByteArray()); // poppler complains of any syntax error on stderr
    QCOMPARE(pageCount(file), 2);
    QCOMPARE(pdfInfoField(file, QStringLiteral("Title")), QStringLiteral("标题"));
    QCOMPARE(pdfInfoField(file, QStringLiteral("Author")), QStringLiteral("刚察县人民政府"));
    QCOMPARE(pdfInfoField(file, QStringLiteral("Page size")), QStringLiteral("595.28 x 841.89 pts (A4)"));
    const QList<TextLine> page1 = textLines(file, 1);
    QCOMPARE(page1.size(), 1);
    QCOMPARE(page1[0].text, QStringLiteral("政府信息公开工作年度报告"));
    // 720 units from the left: 1 inch = 25.4 mm; the line's top (a run's positions start from the text layout's
    // top-left corner) 1000 units (35.28 mm) down, and 16 pt type (5.6 mm) below it.
    QVERIFY2(qAbs(page1[0].xMin - 25.4) < 0.3, qPrintable(QString::number(page1[0].xMin)));
    QVERIFY2(qAbs(page1[0].yMin - 35.28) < 0.5, qPrintable(QString::number(page1[0].yMin)));
    QVERIFY2(page1[0].yMax > 35.28 + 5 && page1[0].yMax < 35.28 + 8, qPrintable(QString::number(page1[0].yMax)));
    QCOMPARE(textLines(file, 2).value(0).text, QStringLiteral("第二页"));

    const Run fonts = run(QStringLiteral("pdffonts"), {file});
    const QStringList lines = QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QCOMPARE(lines.size(), 1); // one face for both pages
    static const QRegularExpression embedded(QStringLiteral("^[A-Z]{6}\\+\\S+\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s"));
    QVERIFY2(embedded.match(lines[0]).hasMatch(), qPrintable(lines[0]));
}

void TestPdfWriter::restrictedFaceDrawnAsOutlines()
{
    // DejaVu Sans (fonts-dejavu-core) with its OS/2 fsType set to 2: "restricted licence, no embedding".
    QFile source(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    QVERIFY2(source.open(QIODevice::ReadOnly), "fonts-dejavu-core missing: run packaging/install-deps.sh");
    QByteArray face = source.readAll();
    const int tables = qFromBigEndian<quint16>(face.constData() + 4);
    bool patched = false;
    for (int i = 0; i < tables; ++i) {
        const char *entry = face.constData() + 12 + 16 * i;
        if (QByteArray(entry, 4) != "OS/2") continue;
        const quint32 offset = qFromBigEndian<quint32>(entry + 8);
        qToBigEndian<quint16>(0x0002, face.data() + offset + 8);
        patched = true;
    }
    QVERIFY(patched);
    const QRawFont restricted(face, 160);
    QVERIFY(restricted.isValid());
    QGlyphRun glyphRun;
    glyphRun.setRawFont(restricted);
    const QList<quint32> glyphs = restricted.glyphIndexesForString(QStringLiteral("HELLO"));
    QCOMPARE(glyphs.size(), 5);
    glyphRun.setGlyphIndexes(glyphs);
    QList<QPointF> positions;
    for (int i = 0; i < 5; ++i) positions << QPointF(120 * i, 0);
    glyphRun.setPositions(positions);

    PdfDocument document(QSizeF(kA4Width, kA4Height), 720);
    document.beginPage();
    document.drawGlyphs(QPointF(720, 1000), glyphRun);
    QByteArray pdf;
    QString error;
    QVERIFY2(document.write({QStringLiteral("t"), {}, QStringLiteral("nianbao")}, {}, &pdf, &error), qPrintable(error));
    const QString file = m_dir.filePath(QStringLiteral("outlines.pdf"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    // No font in the file, no text to extract, but ink where the word is.
    const Run fonts = testing::run(QStringLiteral("pdffonts"), {file});
    QCOMPARE(QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // the header only
    QCOMPARE(withoutSpaces(rawText(file)), QString());
    const QString prefix = m_dir.filePath(QStringLiteral("outlines"));
    QCOMPARE(testing::run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("72"),
                                                       QStringLiteral("-singlefile"), file, prefix})
                 .exitCode,
             0);
    const QImage image(prefix + QStringLiteral(".png"));
    int ink = 0;
    for (int y = 70; y < 110; ++y)       // 1000 units = 100 pt down; capitals 16 pt high
        for (int x = 72; x < 140; ++x) // from 72 pt, five letters 12 pt apart
            if (qGray(image.pixel(x, y)) < 128) ++ink;
    QVERIFY2(ink > 100, qPrintable(QString::number(ink)));
}

QTEST_MAIN(TestPdfWriter)
#include "tst_pdfwriter.moc"
