// SPDX-License-Identifier: GPL-3.0-or-later
// The standard text layout (spec §10) against checked-in golden files, byte for byte.

#include "export/textexport.h"
#include "testreports.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace nianbao;

class TestTextExport : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("wrapped");
        QTest::addColumn<QString>("golden");
        QTest::newRow("gov-2019 plain") << QStringLiteral("gov-2019") << false << QStringLiteral("complete-gov-2019.txt");
        QTest::newRow("gov-2021 wrapped in a 报告") << QStringLiteral("gov-2021") << true << QStringLiteral("wrapped-gov-2021.txt");
    }
    void golden()
    {
        QFETCH(QString, format);
        QFETCH(bool, wrapped);
        QFETCH(QString, golden);
        ReportData r = testreports::complete(format);
        if (wrapped) {
            r.meta.documentNumber = QStringLiteral("某政办〔2022〕6号");
            r.meta.addressee = QStringLiteral("某某州人民政府电子政务中心");
            r.meta.signature = QStringLiteral("某某县人民政府办公室");
            r.meta.copyTo = QStringLiteral("档。");
            r.meta.issuedBy = QStringLiteral("某某县人民政府办公室 2022年1月20日印发");
            r.prose.insert(QStringLiteral("s2"), QStringLiteral("全年主动公开政府信息118条。"));
            r.prose.insert(QStringLiteral("s1"), r.text(QStringLiteral("s1")) + QStringLiteral("\n\n  （三）政府信息管理  \n规范发布流程。"));
            testreports::apply(r, {QStringLiteral("s3.r2.legal="), QStringLiteral("s2.i8.fees.amount=0.5")});
        }
        const QByteArray actual = TextExport::toUtf8(r);
        QFile expected(qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/golden/") + golden);
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expected.fileName()));
        const QByteArray expectedBytes = expected.readAll();
        if (actual != expectedBytes) {
            // Left in the build folder for a reviewer to diff; never copied over the golden file by the build.
            QFile out(QDir::current().filePath(golden + QStringLiteral(".actual")));
            if (out.open(QIODevice::WriteOnly)) out.write(actual);
        }
        QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expectedBytes));
        // Same report, same bytes.
        QCOMPARE(TextExport::toUtf8(r), actual);
    }

    // Issue 13, point 10: a money cell under a header that states its unit (（单位：万元）) is printed as the bare
    // figure, 0 included; where the header states none, the figure keeps its unit.
    void printedMoneyLeavesTheUnitToTheHeader_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero under 万元") << "gov-2021" << "s2.i8.fees.amount=0" << "0" << "0万元";
        QTest::newRow("figure under 万元") << "gov-2021" << "s2.i8.fees.amount=4068.208" << "4068.208" << "4068.208万元";
        QTest::newRow("blank") << "gov-2021" << "s2.i8.fees.amount=" << "" << "";
        QTest::newRow("no unit in the header") << "gov-2019" << "s2.i9.procurement.amount=10822万元" << "10822万元" << "10822万元";
        QTest::newRow("zero, no unit in the header") << "gov-2019" << "s2.i9.procurement.amount=0" << "0元" << "0元";
    }
    void printedMoneyLeavesTheUnitToTheHeader()
    {
        QFETCH(QString, format);
        QFETCH(QString, assignment);
        QFETCH(QString, printed);
        QFETCH(QString, text);
        ReportData r = testreports::complete(format);
        testreports::apply(r, {assignment});
        const int cell = r.format->cellIndex(assignment.section(QLatin1Char('='), 0, 0));
        QCOMPARE(TextExport::printedCellText(r, cell), printed);
        QCOMPARE(TextExport::cellText(r, cell), text); // the text layout keeps the unit: it is read back
    }

    void gridHasFullWidthOnEveryLine()
    {
        const ReportData r = testreports::complete(QStringLiteral("gov-2021"));
        for (const TableDef &t : r.format->tables)
            for (const QStringList &row : TextExport::tableGrid(r, t)) QCOMPARE(row.size(), t.columnCount);
    }
};

QTEST_GUILESS_MAIN(TestTextExport)
#include "tst_textexport.moc"
