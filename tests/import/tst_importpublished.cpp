// SPDX-License-Identifier: GPL-3.0-or-later
// Reports as published: Word (.docx, .doc through LibreOffice), saved web pages and PDFs go through the one
// importer. The files in tests/data/published were made from the shared samples the way a clerk's world makes
// them (tests/data/published/README.md): nianbao's web page of each sample, written to .docx (and .doc) by
// LibreOffice, printed to PDF by LibreOffice. Each must give the same cells as the sample's text.

#include "import/blocktext.h"
#include "import/docxreader.h"
#include "import/htmlreader.h"
#include "import/officeconverter.h"
#include "import/pdfreader.h"
#include "import/publishedimporter.h"
#include "importtesthelpers.h"

#include <QtTest>

using namespace nianbao;
using namespace nianbao::import;
using namespace testing;

namespace {

QString publishedPath(const QString &name)
{
    return qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/published/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a cell shows: blank, or its number and unit (an unconfirmed cell shows its proposed reading, as the
// web page the files were made from does).
QString shown(const CellValue &c)
{
    if (c.isBlank()) return QStringLiteral("(blank)");
    return QStringLiteral("%1/%2/%3").arg(c.value.number).arg(int(c.value.unit)).arg(c.value.decimals);
}

// The tab-separated grid lines of a document's tables.
QStringList tableLines(const PublishedDocument &doc)
{
    QStringList out;
    for (const QString &line : BlockText::of(doc).text.split(QLatin1Char('\n')))
        if (line.contains(QLatin1Char('\t'))) out << line;
    return out;
}

} // namespace

class TestImportPublished : public QObject
{
    Q_OBJECT

private slots:
    void sameCellsAsText_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("form");
        for (const char *sample : {"gangcha-2019", "jidong-2020", "pingtan-finance-2020", "pingtan-transport-2019",
                                   "pingtan-transport-2020", "shuyang-2025"})
            for (const char *form : {"html", "docx", "pdf"})
                QTest::addRow("%s.%s", sample, form) << QString::fromLatin1(sample) << QString::fromLatin1(form);
    }
    void sameCellsAsText()
    {
        QFETCH(QString, sample);
        QFETCH(QString, form);
        const ImportResult text = importSample(sample + QStringLiteral(".txt"));
        const ImportResult published = ReportImporter::importFile(publishedPath(sample + QLatin1Char('.') + form));
        QVERIFY2(text.report, qPrintable(text.error));
        QVERIFY2(published.report, qPrintable(published.error));
        QCOMPARE(published.report->format->id, text.report->format->id);
        QCOMPARE(published.report->meta.year, text.report->meta.year);
        QStringList differences;
        const QStringList ids = text.report->format->cellIds();
        for (int i = 0; i < ids.size(); ++i)
            if (shown(published.report->cells[i]) != shown(text.report->cells[i]))
                differences << QStringLiteral("%1: %2 from the %3, %4 from the text")
                                   .arg(ids[i], shown(published.report->cells[i]), form, shown(text.report->cells[i]));
        // Known limit: in shuyang's PDF the label of 第（六）项 1. is cut by the page break (its last words
        // stand on the next page, under the repeated header rows), so that row is not found.
        QEXPECT_FAIL("shuyang-2025.pdf", "a row label split over a page break is not joined yet", Abort);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    }

    void fileKinds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("kind");
        QTest::newRow("pdf by bytes") << "x.txt" << QByteArray("%PDF-1.7") << int(PublishedKind::Pdf);
        QTest::newRow("docx by bytes") << "report" << QByteArray("PK\x03\x04 ") << int(PublishedKind::Docx);
        QTest::newRow("doc by bytes") << "report.bin" << QByteArray("\xD0\xCF\x11\xE0") << int(PublishedKind::OldOffice);
        QTest::newRow("wps by name") << "report.wps" << QByteArray("x") << int(PublishedKind::OldOffice);
        QTest::newRow("htm by name") << "report.HTM" << QByteArray("x") << int(PublishedKind::Html);
        QTest::newRow("html by bytes") << "report.txt" << QByteArray("  <!DOCTYPE html><html>") << int(PublishedKind::Html);
        QTest::newRow("text") << "report.txt" << QByteArray("刚察县2019年") << int(PublishedKind::Text);
    }
    void fileKinds()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QTEST(int(PublishedImporter::kindOf(name, head)), "kind");
    }

    // w:gridSpan merges across, w:vMerge down: every grid position a merged cell covers is an empty field.
    void docxMergedCells()
    {
        const QByteArray xml = readAll(importDataPath(QStringLiteral("docx-merged.xml")));
        const PublishedDocument doc = DocxReader::readDocumentXml(xml);
        QVERIFY(doc.ok());
        QCOMPARE(doc.blocks.size(), size_t(2));
        QCOMPARE(doc.blocks[0].text, QStringLiteral("标题"));
        QCOMPARE(doc.blocks[1].rows.first().cells.first().rowSpan, 2);
        QCOMPARE(tableLines(doc), (QStringList{QStringLiteral("A\tB\t"), QStringLiteral("\t1\t20"), QStringLiteral("\t3\t")}));
    }

    // A table holding a table only lays out the page: the inner table is the table.
    void nestedTables_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("html") << "html";
        QTest::newRow("docx") << "docx";
    }
    void nestedTables()
    {
        QFETCH(QString, form);
        PublishedDocument doc;
        if (form == QLatin1String("html")) {
            doc = HtmlReader::read(readAll(importDataPath(QStringLiteral("nested.html"))));
        } else {
            doc = DocxReader::readDocumentXml(readAll(importDataPath(QStringLiteral("docx-nested.xml"))));
        }
        QVERIFY(doc.ok());
        QCOMPARE(doc.blocks.size(), size_t(3));
        QCOMPARE(doc.blocks[0].text, QStringLiteral("正文"));
        QCOMPARE(doc.blocks[2].text, QStringLiteral("后记"));
        // "&nbsp;" (and a blank run) is a blank cell, not a value
        QCOMPARE(tableLines(doc), (QStringList{QStringLiteral("x\th\t"), QStringLiteral("\t1\t")}));
    }

    // The page's declared charset decides: GB2312 pages are read as GB18030 (their superset).
    void htmlDeclaredCharset()
    {
        const QString page = QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                                            "</head><body><p>政府信息公开</p></body></html>");
        QStringEncoder gbk("GB18030");
        const QByteArray bytes = gbk.encode(page);
        QCOMPARE(HtmlReader::declaredCharset(bytes), QStringLiteral("gb2312"));
        QString encoding;
        const PublishedDocument doc = HtmlReader::read(bytes, &encoding);
        QCOMPARE(encoding, QStringLiteral("GB18030"));
        QCOMPARE(doc.blocks.front().text, QStringLiteral("政府信息公开"));
    }

    // A doubt in a table names the table and the row of the file, not a line of an intermediate text.
    void notesNameTableAndRow()
    {
        QString page = QString::fromUtf8(readAll(publishedPath(QStringLiteral("gangcha-2019.html"))));
        // 规章 2/1/1 loses its last cell; it is row 3 of table 1, under the caption and the header row
        const QString row = QStringLiteral("规章</th><td>2</td><td>1</td><td>1</td>");
        QVERIFY(page.contains(row));
        page.replace(row, QStringLiteral("规章</th><td>2</td><td>1</td>"));
        ImportOptions o;
        o.sourceName = QStringLiteral("page.html");
        const PublishedDocument doc = HtmlReader::read(page.toUtf8());
        const ImportResult r = PublishedImporter::importDocument(doc, o, QStringLiteral("web page"));
        const auto missing = decisionsOf(r, ImportDecision::Kind::MissingValues);
        QCOMPARE(missing.size(), 1);
        QVERIFY2(missing[0].message.startsWith(QStringLiteral("table 1, row 3: ")), qPrintable(missing[0].message));
    }

    // A PDF's table that goes on over a page break stays one table; page numbers are not text.
    void pdfTableOverPageBreak()
    {
        const PublishedDocument doc = PdfReader::read(readAll(publishedPath(QStringLiteral("gangcha-2019.pdf"))));
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        bool split = false;
        for (const DocumentBlock &b : doc.blocks)
            if (b.kind == DocumentBlock::Kind::Table && b.rows.first().page != b.rows.last().page) split = true;
        QVERIFY(split);
        for (const DocumentBlock &b : doc.blocks)
            QVERIFY2(!(b.kind == DocumentBlock::Kind::Paragraph && b.text.contains(QStringLiteral("— 2 —"))), qPrintable(b.text));
    }

    // A scan has no text layer: refused, saying so.
    void scannedPdfRefused()
    {
        const ImportResult r = ReportImporter::importFile(publishedPath(QStringLiteral("scan.pdf")));
        QVERIFY(!r.report);
        QCOMPARE(r.exitCode(), 2);
        QVERIFY2(r.error.contains(QStringLiteral("scan.pdf")) && r.error.contains(QStringLiteral("no text layer")), qPrintable(r.error));
    }

    void brokenFilesNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("docx not zip") << "x.docx" << QByteArray("not a zip") << "ZIP";
        QTest::newRow("docx truncated") << "y.docx" << readAll(publishedPath(QStringLiteral("gangcha-2019.docx"))).left(3000) << "docx";
        QTest::newRow("pdf truncated") << "z.pdf" << QByteArray("%PDF-1.4\n1 0 obj") << "PDF";
    }
    void brokenFilesNamed()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const ImportResult r = ReportImporter::importFile(f.fileName());
        QCOMPARE(r.exitCode(), 2);
        QVERIFY2(r.error.startsWith(f.fileName()) && r.error.contains(says), qPrintable(r.error));
    }

    // .doc (and .wps) are converted by LibreOffice (installed by packaging/install-deps.sh: a missing one fails).
    void oldWordThroughLibreOffice()
    {
        QVERIFY2(!OfficeConverter::program().isEmpty(), "soffice is missing: run packaging/install-deps.sh");
        const ImportResult doc = ReportImporter::importFile(publishedPath(QStringLiteral("gangcha-2019.doc")));
        QVERIFY2(doc.report, qPrintable(doc.error));
        const ImportResult text = importSample(QStringLiteral("gangcha-2019.txt"));
        for (int i = 0; i < text.report->cells.size(); ++i) QCOMPARE(shown(doc.report->cells[i]), shown(text.report->cells[i]));
    }
    void oldWordWithoutLibreOffice()
    {
        qputenv("NIANBAO_SOFFICE", "");
        const ImportResult r = ReportImporter::importFile(publishedPath(QStringLiteral("gangcha-2019.doc")));
        qunsetenv("NIANBAO_SOFFICE");
        QCOMPARE(r.exitCode(), 2);
        QVERIFY2(r.error.contains(QStringLiteral("LibreOffice")) && r.error.contains(QStringLiteral(".docx")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestImportPublished)
#include "tst_importpublished.moc"
