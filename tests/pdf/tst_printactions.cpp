// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's Print…, Print Preview… and Export … actions, driven through their seams: printing goes to a
// QPrinter in PdfFormat (there is no CUPS here), the preview's page count is read from the preview widget, and
// both must match the exported PDF page for page.

#include "files/reportfile.h"
#include "poppler.h"
#include "print/printactions.h"
#include "render/pdfexport.h"

#include <QAction>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>
#include <QtTest>

using namespace nianbao;
using nianbao::gui::PrintActions;

namespace {

ReportData load(const QString &name)
{
    QString error;
    const auto report = ReportFile::load(testing::testData(QStringLiteral("pdf/") + name), &error);
    if (!report) qFatal("%s", qPrintable(error));
    return *report;
}

} // namespace

class TestPrintActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void actionsInMenuOrder();
    void printGoesThroughTheRenderer();
    void previewShowsThePagesThatArePrinted();
    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void cancelledFileDialogWritesNothing();
    void unprintableReportSaysWhyBeforeAnyDialog();
    void errorsAskFirst_data();
    void errorsAskFirst();

private:
    void useReport(const QString &file);
    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<PrintActions> m_actions;
    ReportData m_report;
    QList<std::pair<int, bool>> m_questions; // confirmErrors calls: (errors, printing)
    bool m_answer = true;
    QString m_chosenPath;
    int m_fileDialogs = 0;
    int m_printDialogs = 0;
    QStringList m_errors;
};

void TestPrintActions::init()
{
    QVERIFY(m_dir.isValid());
    m_window = std::make_unique<QWidget>();
    m_actions = std::make_unique<PrintActions>(m_window.get(), [this] { return m_report; });
    m_questions.clear();
    m_answer = true;
    m_fileDialogs = m_printDialogs = 0;
    m_errors.clear();
    m_actions->confirmErrors = [this](int errors, bool printing) {
        m_questions << std::pair{errors, printing};
        return m_answer;
    };
    m_actions->chooseFile = [this](const QString &, const QString &suggested, const QString &) {
        ++m_fileDialogs;
        return m_chosenPath.isNull() ? suggested : m_chosenPath;
    };
    m_actions->setupPrinter = [this](QPrinter *printer) {
        ++m_printDialogs;
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(m_dir.filePath(QStringLiteral("printed.pdf")));
        return true;
    };
    m_actions->showError = [this](const QString &message) { m_errors << message; };
    useReport(QStringLiteral("shuyang-2025.nianbao"));
}

void TestPrintActions::cleanup()
{
    m_actions.reset();
    m_window.reset();
}

void TestPrintActions::useReport(const QString &file)
{
    m_report = load(file);
}

void TestPrintActions::actionsInMenuOrder()
{
    QStringList texts;
    for (QAction *a : m_actions->actions()) texts << a->text();
    QCOMPARE(texts, (QStringList{QStringLiteral("&Print…"), QStringLiteral("Print Pre&view…"), QStringLiteral("Export &PDF…"),
                                 QStringLiteral("Export &ODT…"), QStringLiteral("Export &Word…"), QStringLiteral("Export &HTML…")}));
    QCOMPARE(m_actions->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
}

void TestPrintActions::printGoesThroughTheRenderer()
{
    QSignalSpy printed(m_actions.get(), &PrintActions::printed);
    m_actions->printAction()->trigger();
    QCOMPARE(m_printDialogs, 1);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QCOMPARE(printed.count(), 1);
    const QString printedPdf = m_dir.filePath(QStringLiteral("printed.pdf"));
    const QString exportedPdf = m_dir.filePath(QStringLiteral("exported.pdf"));
    QVERIFY(PdfExport::write(m_report, exportedPdf, nullptr));
    const int pages = testing::pageCount(exportedPdf);
    QVERIFY(pages >= 5);
    QCOMPARE(testing::pageCount(printedPdf), pages);
    QCOMPARE(printed.first().first().toInt(), pages);
    // Same page, same place: the first body line at 28 mm / 37 mm, a full line ending at 184 mm.
    const QList<testing::TextLine> lines = testing::textLines(printedPdf, 2);
    QVERIFY(lines.size() > 20);
    QVERIFY2(qAbs(lines.first().yMin - 37) <= 1 && qAbs(lines.first().xMin - 28) <= 1,
             qPrintable(QStringLiteral("%1 %2").arg(lines.first().xMin).arg(lines.first().yMin)));
    // Every page holds the same lines at the same places (to 1 mm). Compared by place, not by the order in which
    // the PDF writes them: the printer's PDF engine may emit a page's text in another order.
    const auto byPlace = [](const QString &pdf, int page) {
        QList<testing::TextLine> lines = testing::textLines(pdf, page);
        std::sort(lines.begin(), lines.end(), [](const testing::TextLine &a, const testing::TextLine &b) {
            return qRound(a.yMin) != qRound(b.yMin) ? a.yMin < b.yMin : a.xMin < b.xMin;
        });
        return lines;
    };

    for (int page = 1; page <= pages; ++page) {
        const QList<testing::TextLine> printedLines = byPlace(printedPdf, page), exportedLines = byPlace(exportedPdf, page);
        QCOMPARE(printedLines.size(), exportedLines.size());
        for (int i = 0; i < printedLines.size(); ++i) {
            const testing::TextLine &p = printedLines[i], &e = exportedLines[i];
            QCOMPARE(testing::withoutSpaces(p.text), testing::withoutSpaces(e.text));
            QVERIFY2(qAbs(p.xMin - e.xMin) <= 1 && qAbs(p.yMin - e.yMin) <= 1,
                     qPrintable(QStringLiteral("page %1, %2: printed at %3/%4 mm, exported at %5/%6 mm")
                                    .arg(page).arg(e.text).arg(p.xMin).arg(p.yMin).arg(e.xMin).arg(e.yMin)));
        }
    }
}

void TestPrintActions::previewShowsThePagesThatArePrinted()
{
    int previewPages = -1;
    m_actions->showPreview = [&previewPages](QPrintPreviewDialog *dialog) {
        QPrintPreviewWidget *widget = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(widget);
        widget->updatePreview();
        previewPages = widget->pageCount();
    };
    QVERIFY(m_actions->preview());
    QVERIFY(m_errors.isEmpty());
    const QString exportedPdf = m_dir.filePath(QStringLiteral("exported.pdf"));
    QVERIFY(PdfExport::write(m_report, exportedPdf, nullptr));
    QCOMPARE(previewPages, testing::pageCount(exportedPdf));
}

void TestPrintActions::exportsEveryFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("pdf") << int(PrintActions::Format::Pdf) << QStringLiteral("pdf") << QByteArray("%PDF-1.4");
    QTest::newRow("odt") << int(PrintActions::Format::Odt) << QStringLiteral("odt") << QByteArray("PK\x03\x04");
    QTest::newRow("html") << int(PrintActions::Format::Html) << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("docx") << int(PrintActions::Format::Docx) << QStringLiteral("docx") << QByteArray("PK\x03\x04");
}

void TestPrintActions::exportsEveryFormat()
{
    QFETCH(int, format);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, start);
    // The clerk types a name without the extension: it is added.
    m_chosenPath = m_dir.filePath(QStringLiteral("年报"));
    QSignalSpy exported(m_actions.get(), &PrintActions::exported);
    m_actions->exportAction(PrintActions::Format(format))->trigger();
    QCOMPARE(m_fileDialogs, 1);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QCOMPARE(exported.count(), 1);
    const QString path = m_dir.filePath(QStringLiteral("年报.") + suffix);
    QCOMPARE(exported.first().first().toString(), path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(start.size()), start);
    // PDF and ODT say which fonts they use.
    const QStringList fonts = exported.first().at(1).toStringList();
    if (suffix != QLatin1String("html")) QVERIFY2(fonts.size() == 5 && fonts.first().startsWith(QStringLiteral("仿宋: ")), qPrintable(fonts.join(QLatin1Char('|'))));
    m_chosenPath = QString();
}

void TestPrintActions::cancelledFileDialogWritesNothing()
{
    m_chosenPath = QStringLiteral("");
    QSignalSpy exported(m_actions.get(), &PrintActions::exported);
    QVERIFY(!m_actions->exportTo(PrintActions::Format::Pdf));
    QCOMPARE(m_fileDialogs, 1);
    QCOMPARE(exported.count(), 0);
    QVERIFY(m_errors.isEmpty());
    m_chosenPath = QString();
}

void TestPrintActions::unprintableReportSaysWhyBeforeAnyDialog()
{
    // U+20000 is in no installed font: printing would leave an empty box, so nothing opens and the clerk is told.
    m_report.prose.insert(QStringLiteral("s6"), QStringLiteral("本年度无\U00020000其他需要报告的事项。"));
    bool previewShown = false;
    m_actions->showPreview = [&previewShown](QPrintPreviewDialog *) { previewShown = true; };
    QVERIFY(!m_actions->print());
    QVERIFY(!m_actions->preview());
    QCOMPARE(m_printDialogs, 0);
    QVERIFY(!previewShown);
    QCOMPARE(m_errors.size(), 2);
    QVERIFY2(m_errors.first().contains(QStringLiteral("\U00020000")), qPrintable(m_errors.first()));
    m_chosenPath = m_dir.filePath(QStringLiteral("rare.pdf"));
    QVERIFY(!m_actions->exportTo(PrintActions::Format::Pdf));
    QVERIFY(!QFile::exists(m_chosenPath));
    m_chosenPath = QString();
}

void TestPrintActions::errorsAskFirst_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("clerk goes on") << true;
    QTest::newRow("clerk goes back to fix them") << false;
}

void TestPrintActions::errorsAskFirst()
{
    QFETCH(bool, answer);
    // gangcha-2019 still has 4 error findings (T3-SUM and T3-BAL, EXPECTED.md).
    useReport(QStringLiteral("gangcha-2019.nianbao"));
    m_answer = answer;
    m_chosenPath = m_dir.filePath(QStringLiteral("gangcha-%1.pdf").arg(answer));
    QCOMPARE(m_actions->exportTo(PrintActions::Format::Pdf), answer);
    QCOMPARE(m_actions->print(), answer);
    QCOMPARE(m_questions, (QList<std::pair<int, bool>>{{4, false}, {4, true}}));
    QCOMPARE(m_fileDialogs, answer ? 1 : 0);
    QCOMPARE(m_printDialogs, answer ? 1 : 0);
    QCOMPARE(QFile::exists(m_chosenPath), answer);
    m_chosenPath = QString();
}

QTEST_MAIN(TestPrintActions)
#include "tst_printactions.moc"
