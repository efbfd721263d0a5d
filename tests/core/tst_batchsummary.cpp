// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV summary opened in Excel or WPS (issue 17.4): every field quoted, so no CR or LF splits a row, and no
// field taken for a formula (OWASP CSV injection: = + - @ tab CR first).

#include "export/batchsummary.h"

#include <QtTest>

using namespace nianbao;

class TestBatchSummary : public QObject
{
    Q_OBJECT

private slots:
    void csvRow_data()
    {
        QTest::addColumn<QString>("organ");
        QTest::addColumn<QString>("row");
        QTest::newRow("plain") << QStringLiteral("青禾县人民政府") << QStringLiteral("\"r.nianbao\",\"青禾县人民政府\",\"2023\",\"gov-2021\",\"1\",\"2\",\"0\",\"\"");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                           << QStringLiteral("\"r.nianbao\",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"2023\",\"gov-2021\",\"1\",\"2\",\"0\",\"\"");
        QTest::newRow("+") << QStringLiteral("+1+cmd") << QStringLiteral("\"r.nianbao\",\"'+1+cmd\",\"2023\",\"gov-2021\",\"1\",\"2\",\"0\",\"\"");
        QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("\"r.nianbao\",\"'-2+3\",\"2023\",\"gov-2021\",\"1\",\"2\",\"0\",\"\"");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"r.nianbao\",\"'@SUM(A1)\",\"2023\",\"gov-2021\",\"1\",\"2\",\"0\",\"\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"r.nianbao\",\"'\t=1\",\"2023\",\"gov-2021\",\"1\",\"2\",\"0\",\"\"");
        QTest::newRow("CR first") << QStringLiteral("\r=1") << QStringLiteral("\"r.nianbao\",\"'\r=1\",\"2023\",\"gov-2021\",\"1\",\"2\",\"0\",\"\"");
        QTest::newRow("lone CR inside") << QStringLiteral("某\r局") << QStringLiteral("\"r.nianbao\",\"某\r局\",\"2023\",\"gov-2021\",\"1\",\"2\",\"0\",\"\"");
        QTest::newRow("comma, quote") << QStringLiteral("某局,\"办\"") << QStringLiteral("\"r.nianbao\",\"某局,\"\"办\"\"\",\"2023\",\"gov-2021\",\"1\",\"2\",\"0\",\"\"");
        QTest::newRow("= inside only") << QStringLiteral("某局=办") << QStringLiteral("\"r.nianbao\",\"某局=办\",\"2023\",\"gov-2021\",\"1\",\"2\",\"0\",\"\"");
    }
    void csvRow()
    {
        QFETCH(QString, organ);
        QFETCH(QString, row);
        const QByteArray csv = BatchSummary::toCsv({SummaryRow{QStringLiteral("r.nianbao"), organ, 2023, QStringLiteral("gov-2021"), 1, 2, 0, {}, {}}});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        // The header line, then exactly one row: whatever the organ holds, it cannot start another.
        const qsizetype headerEnd = text.indexOf(QStringLiteral("\r\n"));
        QCOMPARE(text.left(headerEnd), QStringLiteral("\"File\",\"Organ\",\"Year\",\"Format\",\"Errors\",\"Warnings\",\"Unconfirmed cells\",\"First findings\""));
        QCOMPARE(text.mid(headerEnd + 2), row + QStringLiteral("\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestBatchSummary)
#include "tst_batchsummary.moc"
