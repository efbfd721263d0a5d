// SPDX-License-Identifier: GPL-3.0-or-later
// What clerks type and paste into a cell, and how values are shown: parseCellText and formatQuantity.

#include "model/quantity.h"

#include <QtTest>

using namespace nianbao;

Q_DECLARE_METATYPE(nianbao::CellType)
Q_DECLARE_METATYPE(nianbao::MoneyUnit)

class TestQuantity : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<CellType>("type");
        QTest::addColumn<MoneyUnit>("defaultUnit");
        QTest::addColumn<QString>("result"); // "blank", "invalid", or the stored number then the shown text
        const MoneyUnit yuan = MoneyUnit::Yuan, wan = MoneyUnit::TenThousandYuan;
        QTest::newRow("digits") << "12" << CellType::Count << yuan << "12 12";
        QTest::newRow("full-width digits") << "１２" << CellType::Count << yuan << "12 12";
        QTest::newRow("spaces") << "  7 " << CellType::Count << yuan << "7 7";
        QTest::newRow("ideographic space") << "\u30007" << CellType::Count << yuan << "7 7";
        QTest::newRow("thousands") << "1,234" << CellType::Count << yuan << "1234 1234";
        QTest::newRow("thousands full-width comma") << "1，234" << CellType::Count << yuan << "1234 1234";
        QTest::newRow("misplaced separator") << "12,34" << CellType::Count << yuan << "invalid";
        QTest::newRow("unit 件") << "5件" << CellType::Count << yuan << "5 5";
        QTest::newRow("unit 笔") << "2笔" << CellType::Count << yuan << "2 2";
        QTest::newRow("unit 项") << "3 项" << CellType::Count << yuan << "3 3";
        QTest::newRow("zero") << "0" << CellType::Count << yuan << "0 0";
        QTest::newRow("empty is blank") << "" << CellType::Count << yuan << "blank";
        QTest::newRow("slash is blank") << "/" << CellType::Count << yuan << "blank";
        QTest::newRow("dash is blank") << "—" << CellType::Count << yuan << "blank";
        QTest::newRow("text") << "abc" << CellType::Count << yuan << "invalid";
        QTest::newRow("Chinese numeral") << "十二" << CellType::Count << yuan << "invalid";
        QTest::newRow("negative count") << "-3" << CellType::Count << yuan << "invalid";
        QTest::newRow("decimal count") << "1.5" << CellType::Count << yuan << "invalid";
        QTest::newRow("huge count") << "1000000000" << CellType::Count << yuan << "invalid";
        QTest::newRow("largest count") << "999999999" << CellType::Count << yuan << "999999999 999999999";
        QTest::newRow("money unit in a count") << "5元" << CellType::Count << yuan << "invalid";
        QTest::newRow("signed minus") << "-79" << CellType::Signed << yuan << "-79 -79";
        QTest::newRow("signed plus") << "+12" << CellType::Signed << yuan << "12 +12";
        QTest::newRow("signed unsigned input") << "806" << CellType::Signed << yuan << "806 +806";
        QTest::newRow("signed full-width minus") << "－7" << CellType::Signed << yuan << "-7 -7";
        QTest::newRow("signed plain") << "0" << CellType::Signed << yuan << "0 0";
        QTest::newRow("money yuan") << "984361元" << CellType::Money << yuan << "98436100 984361元";
        QTest::newRow("money default unit") << "10822" << CellType::Money << wan << "10822000000 10822万元";
        QTest::newRow("money wan with space") << "10822 万元" << CellType::Money << yuan << "10822000000 10822万元";
        QTest::newRow("money keeps decimals") << "20009.5483 万元" << CellType::Money << yuan << "20009548300 20009.5483万元";
        QTest::newRow("money trailing zero kept") << "43027665.50元" << CellType::Money << yuan << "4302766550 43027665.50元";
        QTest::newRow("money yi") << "0.27亿元" << CellType::Money << yuan << "2700000000 0.27亿元";
        QTest::newRow("money finer than a fen") << "1.234元" << CellType::Money << yuan << "invalid";
        QTest::newRow("money wan to the fen") << "1.000001万元" << CellType::Money << yuan << "1000001 1.000001万元";
        QTest::newRow("money negative") << "-5元" << CellType::Money << yuan << "invalid";
        QTest::newRow("money dot only") << "5.元" << CellType::Money << yuan << "invalid";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(CellType, type);
        QFETCH(MoneyUnit, defaultUnit);
        QFETCH(QString, result);
        const ParsedValue p = parseCellText(text, type, defaultUnit);
        if (result == QLatin1String("blank")) {
            QCOMPARE(int(p.kind), int(ParsedValue::Kind::Blank));
        } else if (result == QLatin1String("invalid")) {
            QCOMPARE(int(p.kind), int(ParsedValue::Kind::Invalid));
            QVERIFY(!p.error.isEmpty());
        } else {
            QCOMPARE(int(p.kind), int(ParsedValue::Kind::Value));
            QCOMPARE(QString::number(p.value.number) + QLatin1Char(' ') + formatQuantity(p.value, type), result);
        }
    }

    void fixedUnit()
    {
        // gov-2021 （八） is always 万元: another unit is refused, the bare number is 万元.
        QCOMPARE(int(parseCellText(QStringLiteral("5元"), CellType::Money, MoneyUnit::TenThousandYuan, true).kind),
                 int(ParsedValue::Kind::Invalid));
        const ParsedValue p = parseCellText(QStringLiteral("4068.208"), CellType::Money, MoneyUnit::TenThousandYuan, true);
        QCOMPARE(formatQuantity(p.value, CellType::Money), QStringLiteral("4068.208万元"));
    }

    void moneyInUnit_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<MoneyUnit>("unit");
        QTest::addColumn<QString>("shown");
        QTest::newRow("whole wan") << qint64(1000000) << MoneyUnit::TenThousandYuan << "1万元";
        QTest::newRow("fen in wan") << qint64(1) << MoneyUnit::TenThousandYuan << "0.000001万元";
        QTest::newRow("yuan and jiao") << qint64(150) << MoneyUnit::Yuan << "1.5元";
        QTest::newRow("negative") << qint64(-250) << MoneyUnit::Yuan << "-2.5元";
    }
    void moneyInUnit()
    {
        QFETCH(qint64, fen);
        QFETCH(MoneyUnit, unit);
        QFETCH(QString, shown);
        QCOMPARE(formatQuantity(nianbao::moneyInUnit(fen, unit), CellType::Money), shown);
    }
};

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
