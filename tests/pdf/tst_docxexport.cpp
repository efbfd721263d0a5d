// SPDX-License-Identifier: GPL-3.0-or-later
// The Word document (.docx) that offices hand in, exported by `nianbao export` as a whole process and read back:
// with unzip (page, footers, header rows, merged cells, fonts), with nianbao's own importer (every cell comes
// back) and with LibreOffice, converting it to PDF like a receiving office would open it.

#include "import/reportimporter.h"
#include "model/reportdata.h"
#include "poppler.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace testing;

namespace {

QString shown(const nianbao::CellValue &c)
{
    if (c.isBlank()) return QStringLiteral("(blank)");
    return QStringLiteral("%1/%2/%3").arg(c.value.number).arg(int(c.value.unit)).arg(c.value.decimals);
}

} // namespace

class TestDocxExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString exported(const QString &sample)
    {
        const QString out = m_dir.filePath(sample + QStringLiteral(".docx"));
        if (QFile::exists(out)) return out;
        const Run r = run(nianbaoBinary(), {QStringLiteral("export"), testData(QStringLiteral("samples/%1.txt").arg(sample)),
                                            QStringLiteral("-o"), out});
        return r.exitCode == 0 ? out : QString();
    }

private slots:
    void everyCellComesBack_data()
    {
        QTest::addColumn<QString>("sample");
        for (const char *s : {"gangcha-2019", "jidong-2020", "pingtan-finance-2020", "pingtan-transport-2019",
                              "pingtan-transport-2020", "shuyang-2025"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void everyCellComesBack()
    {
        QFETCH(QString, sample);
        const QString docx = exported(sample);
        QVERIFY(!docx.isEmpty());
        const auto text = nianbao::import::ReportImporter::importFile(testData(QStringLiteral("samples/%1.txt").arg(sample)));
        const auto back = nianbao::import::ReportImporter::importFile(docx);
        QVERIFY2(back.report, qPrintable(back.error));
        QCOMPARE(back.report->meta.organ, text.report->meta.organ);
        for (int i = 0; i < text.report->cells.size(); ++i)
            QVERIFY2(shown(back.report->cells[i]) == shown(text.report->cells[i]), qPrintable(text.report->format->cellIds()[i]));
    }

    void pageAndFooters()
    {
        const QString docx = exported(QStringLiteral("shuyang-2025"));
        const QString document = QString::fromUtf8(unzipped(docx, QStringLiteral("word/document.xml")));
        // A4 with the GB/T 9704 margins: 37 mm top, 28 mm left, 26 mm right, 35 mm bottom (in twips).
        QVERIFY(document.contains(QStringLiteral("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")));
        QVERIFY2(document.contains(QStringLiteral("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\"")), qPrintable(document.right(600)));
        QVERIFY(document.contains(QStringLiteral("<w:footerReference w:type=\"even\"")));
        QVERIFY(QString::fromUtf8(unzipped(docx, QStringLiteral("word/settings.xml"))).contains(QStringLiteral("<w:evenAndOddHeaders/>")));
        const QString odd = QString::fromUtf8(unzipped(docx, QStringLiteral("word/footer1.xml")));
        const QString even = QString::fromUtf8(unzipped(docx, QStringLiteral("word/footer2.xml")));
        for (const QString &f : {odd, even}) {
            QVERIFY(f.contains(QStringLiteral("w:instr=\" PAGE \"")));
            QVERIFY(f.contains(QStringLiteral(">— <")) && f.contains(QStringLiteral("> —<")));
        }
        QVERIFY(odd.contains(QStringLiteral("<w:jc w:val=\"right\"/>")));
        QVERIFY(even.contains(QStringLiteral("<w:jc w:val=\"left\"/>")));
    }

    void tablesAndFonts()
    {
        const QString docx = exported(QStringLiteral("shuyang-2025"));
        const QString document = QString::fromUtf8(unzipped(docx, QStringLiteral("word/document.xml")));
        QVERIFY(document.contains(QStringLiteral("<w:tblHeader/>")));             // header rows repeat on each page
        QVERIFY(document.contains(QStringLiteral("<w:vMerge w:val=\"restart\"/>"))); // merged down
        QVERIFY(document.contains(QStringLiteral("<w:vMerge/>")));
        QVERIFY(document.contains(QStringLiteral("<w:gridSpan w:val=\"")));         // merged across
        QVERIFY(document.contains(QStringLiteral("<w:cantSplit/>")));
        // The fonts the ODT names (here the offices' names: only free stand-ins are installed), for Chinese text too.
        const QString styles = QString::fromUtf8(unzipped(docx, QStringLiteral("word/styles.xml")));
        for (const QString &family : {QStringLiteral("仿宋_GB2312"), QStringLiteral("方正小标宋简体"), QStringLiteral("黑体"), QStringLiteral("楷体_GB2312")})
            QVERIFY2(styles.contains(QStringLiteral("w:eastAsia=\"%1\"").arg(family)), qPrintable(family));
        const QString fontTable = QString::fromUtf8(unzipped(docx, QStringLiteral("word/fontTable.xml")));
        QVERIFY(fontTable.contains(QStringLiteral("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"")));
    }

    // A receiving office opens it: LibreOffice (installed by install-deps.sh; missing fails) converts it to PDF,
    // which has the pages and the text of nianbao's own PDF.
    void libreOfficeOpensIt()
    {
        const QString docx = exported(QStringLiteral("gangcha-2019"));
        const QString ownPdf = m_dir.filePath(QStringLiteral("own.pdf"));
        // nianbao's PDF as the reference, made in C.UTF-8: the PDF export on a Chinese desktop is another
        // issue's (tst_pdfexport.zh_CN), and the document does not depend on the interface language.
        QProcessEnvironment c = QProcessEnvironment::systemEnvironment();
        c.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        c.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QCOMPARE(run(nianbaoBinary(), {QStringLiteral("export"), testData(QStringLiteral("samples/gangcha-2019.txt")),
                                       QStringLiteral("-o"), ownPdf}, c).exitCode, 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        // A profile of its own, so that the two locale variants of this test can run at once.
        const QString profile = QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString();
        const Run lo = run(QStringLiteral("soffice"), {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                                      QStringLiteral("--outdir"), m_dir.filePath(QStringLiteral("lo")), docx}, env);
        QVERIFY2(lo.started, "soffice is missing: run packaging/install-deps.sh");
        const QString loPdf = m_dir.filePath(QStringLiteral("lo/gangcha-2019.pdf"));
        QVERIFY2(QFile::exists(loPdf), lo.out + lo.err);
        QCOMPARE(pageCount(loPdf), pageCount(ownPdf));
        const QString own = withoutSpaces(rawText(ownPdf));
        const QString theirs = withoutSpaces(rawText(loPdf));
        for (const QString &piece : {QStringLiteral("刚察县人民政府办公室"), QStringLiteral("二、主动公开政府信息情况"),
                                     QStringLiteral("—3—"), QStringLiteral("10822万元"), QStringLiteral("刚察县人民政府办公室2020年2月4日印发")}) {
            QVERIFY2(own.contains(piece), qPrintable(piece));
            QVERIFY2(theirs.contains(piece), qPrintable(piece));
        }
    }
};

QTEST_MAIN(TestDocxExport)
#include "tst_docxexport.moc"
