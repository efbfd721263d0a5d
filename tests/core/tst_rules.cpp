// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule of spec §6 (except the cross-year XY- rules), passing and failing, on both formats, with
// hand-computed expected values. The base report is testreports::complete() (figures in testreports.h).

#include "checks/rules.h"
#include "testreports.h"

#include <QtTest>

using namespace nianbao;

namespace {

// A finding as the tests compare it: rule, the last cell (the total of an identity), expected, found, delta.
QString summary(const Finding &f)
{
    auto n = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QStringLiteral("-"); };
    return QStringLiteral("%1 %2 %3 %4 %5").arg(f.rule, f.cells.isEmpty() ? (f.section.isEmpty() ? QStringLiteral("-") : f.section) : f.cells.last(),
                                               n(f.expected), n(f.found), n(f.delta));
}

QStringList summaries(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) out << summary(f);
    return out;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void completeReportHasNoFinding_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("gov-2019") << QStringLiteral("gov-2019");
        QTest::newRow("gov-2021") << QStringLiteral("gov-2021");
    }
    void completeReportHasNoFinding()
    {
        QFETCH(QString, format);
        const ReportData r = testreports::complete(format);
        QCOMPARE(summaries(CheckEngine::run(r)), QStringList());
    }

    void cellChanges_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QStringList>("expected");
        for (const QString format : {QStringLiteral("gov-2019"), QStringLiteral("gov-2021")}) {
            const QByteArray f = format.toLatin1();
            // r1·natural 5 → 6: row r1 sums to 7 but says 6; column natural results sum to 11 but r7 says 10.
            QTest::addRow("%s T3-ROW and T3-SUM", f.constData()) << format << QStringList{QStringLiteral("s3.r1.natural=6")}
                << QStringList{QStringLiteral("T3-ROW s3.r1.total 7 6 -1"), QStringLiteral("T3-SUM s3.r7.natural 11 10 -1")};
            // r7·legal 0 → 1: results of legal sum to 0; row r7 sums to 14; legal balance 1 + 0 vs 1 + 1.
            QTest::addRow("%s T3-SUM, T3-ROW, T3-BAL", f.constData()) << format << QStringList{QStringLiteral("s3.r7.legal=1")}
                << QStringList{QStringLiteral("T3-ROW s3.r7.total 14 13 -1"), QStringLiteral("T3-SUM s3.r7.legal 0 1 1"),
                               QStringLiteral("T3-BAL s3.carried_out.legal 1 2 1")};
            // carried_in·research 0 → 1: row sums to 3 (says 2); research balance 1 + 1 vs 1 + 0.
            QTest::addRow("%s T3-BAL", f.constData()) << format << QStringList{QStringLiteral("s3.carried_in.research=1")}
                << QStringList{QStringLiteral("T3-ROW s3.carried_in.total 3 2 -1"), QStringLiteral("T3-BAL s3.carried_out.research 2 1 -1")};
            // Every column of T3-BAL is checked, the total column too: new·total 15 → 16 breaks row, balance and the prose.
            QTest::addRow("%s T3-BAL total column and TEXT-NUM", f.constData()) << format << QStringList{QStringLiteral("s3.new.total=16")}
                << QStringList{QStringLiteral("T3-ROW s3.new.total 15 16 1"), QStringLiteral("T3-BAL s3.carried_out.total 18 17 -1"),
                               QStringLiteral("TEXT-NUM s3.new.total 16 15 -1")};
            QTest::addRow("%s T4-SUM", f.constData()) << format << QStringList{QStringLiteral("s4.direct.total=2")}
                << QStringList{QStringLiteral("T4-SUM s4.direct.total 1 2 1")};
            QTest::addRow("%s T4-SUM after", f.constData()) << format << QStringList{QStringLiteral("s4.after.pending=3")}
                << QStringList{QStringLiteral("T4-SUM s4.after.total 3 0 -3")};
            QTest::addRow("%s CELL-BLANK", f.constData()) << format << QStringList{QStringLiteral("s4.after.pending=")}
                << QStringList{QStringLiteral("CELL-BLANK s4.after.pending - - -")};
            QTest::addRow("%s CELL-BLANK marks", f.constData()) << format
                << QStringList{QStringLiteral("s3.r2.legal=/"), QStringLiteral("s3.r2.other=—")}
                << QStringList{QStringLiteral("CELL-BLANK s3.r2.legal - - -"), QStringLiteral("CELL-BLANK s3.r2.other - - -")};
            QTest::addRow("%s SEC-MISSING table", f.constData()) << format
                << QStringList{QStringLiteral("s4.review.upheld="), QStringLiteral("s4.review.corrected="), QStringLiteral("s4.review.other="),
                               QStringLiteral("s4.review.pending="), QStringLiteral("s4.review.total="), QStringLiteral("s4.direct.upheld="),
                               QStringLiteral("s4.direct.corrected="), QStringLiteral("s4.direct.other="), QStringLiteral("s4.direct.pending="),
                               QStringLiteral("s4.direct.total="), QStringLiteral("s4.after.upheld="), QStringLiteral("s4.after.corrected="),
                               QStringLiteral("s4.after.other="), QStringLiteral("s4.after.pending="), QStringLiteral("s4.after.total=")}
                << (QStringList{QStringLiteral("CELL-BLANK s4.review.upheld - - -"), QStringLiteral("CELL-BLANK s4.review.corrected - - -"),
                                QStringLiteral("CELL-BLANK s4.review.other - - -"), QStringLiteral("CELL-BLANK s4.review.pending - - -"),
                                QStringLiteral("CELL-BLANK s4.review.total - - -"), QStringLiteral("CELL-BLANK s4.direct.upheld - - -"),
                                QStringLiteral("CELL-BLANK s4.direct.corrected - - -"), QStringLiteral("CELL-BLANK s4.direct.other - - -"),
                                QStringLiteral("CELL-BLANK s4.direct.pending - - -"), QStringLiteral("CELL-BLANK s4.direct.total - - -"),
                                QStringLiteral("CELL-BLANK s4.after.upheld - - -"), QStringLiteral("CELL-BLANK s4.after.corrected - - -"),
                                QStringLiteral("CELL-BLANK s4.after.other - - -"), QStringLiteral("CELL-BLANK s4.after.pending - - -"),
                                QStringLiteral("CELL-BLANK s4.after.total - - -"), QStringLiteral("SEC-MISSING s4 - - -")});
        }
        // gov-2019 only: 对外公开总数量 ≥ 本年新公开数量.
        QTest::addRow("gov-2019 T2-PUB") << QStringLiteral("gov-2019") << QStringList{QStringLiteral("s2.i1.normative.total_public=2")}
            << QStringList{QStringLiteral("T2-PUB s2.i1.normative.published 3 2 -1")};
        QTest::addRow("gov-2019 T2-PUB equal holds") << QStringLiteral("gov-2019") << QStringList{QStringLiteral("s2.i1.normative.total_public=3")}
            << QStringList();
        // A county government makes no 规章.
        QTest::addRow("gov-2019 T2-RULE-ORG") << QStringLiteral("gov-2019") << QStringList{QStringLiteral("s2.i1.rules.made=2")}
            << QStringList{QStringLiteral("T2-RULE-ORG s2.i1.rules.made - - -")};
        QTest::addRow("gov-2021 T2-RULE-ORG") << QStringLiteral("gov-2021")
            << QStringList{QStringLiteral("s2.i1.rules.issued=1"), QStringLiteral("s2.i1.rules.in_force=4")}
            << QStringList{QStringLiteral("T2-RULE-ORG s2.i1.rules.in_force - - -")};
        // gov-2021: 六 must mention 信息处理费; r6_2 > 0 makes the message stronger and names the cell.
        QTest::addRow("gov-2021 moving applications between rows keeps the identities") << QStringLiteral("gov-2021")
            << QStringList{QStringLiteral("s3.r6_2.natural=1"), QStringLiteral("s3.r6_2.total=1"), QStringLiteral("s3.r6_3.commercial=0"),
                           QStringLiteral("s3.r6_3.total=0"), QStringLiteral("s3.r7.natural=11"), QStringLiteral("s3.r7.commercial=1"),
                           QStringLiteral("s3.carried_out.natural=1"), QStringLiteral("s3.carried_out.commercial=1")}
            << QStringList();
    }
    void cellChanges()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, changes);
        QFETCH(QStringList, expected);
        ReportData r = testreports::complete(format);
        testreports::apply(r, changes);
        QCOMPARE(summaries(CheckEngine::run(r)), expected);
    }

    void unconfirmedCell()
    {
        ReportData r = testreports::complete(QStringLiteral("gov-2019"));
        CellValue c;
        c.state = CellValue::State::Unconfirmed;
        c.value = Quantity{88, MoneyUnit::None, 0};
        c.candidates = {Quantity{88, MoneyUnit::None, 0}, Quantity{8, MoneyUnit::None, 0}};
        c.sourceLine = 12;
        r.setCell(QStringLiteral("s2.i5.licensing.prior"), c);
        const QList<Finding> findings = CheckEngine::run(r);
        QCOMPARE(summaries(findings), QStringList{QStringLiteral("CELL-UNCONFIRMED s2.i5.licensing.prior - - -")});
        QCOMPARE(findings.first().severity, Severity::Warning);
        QCOMPARE(findings.first().message,
                 QStringLiteral("二、第二十条第（五）项·行政许可·上一年项目数量：导入时无法确定数值（可能为 88 / 8），请核对后确认"));
    }

    void cellType_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QStringList>("expected");
        // A negative count cannot be typed; a file or an import can carry one, and the engine reports it.
        QTest::newRow("negative count") << QStringLiteral("s4.review.upheld") << qint64(-1)
            << QStringList{QStringLiteral("T4-SUM s4.review.total 0 2 2"), QStringLiteral("CELL-TYPE s4.review.upheld - -1 -")};
        QTest::newRow("signed may be negative") << QStringLiteral("s2.i6.penalty.change") << qint64(-5) << QStringList();
        QTest::newRow("absurd count") << QStringLiteral("s2.i5.licensing.decisions") << qint64(5000000000LL)
            << QStringList{QStringLiteral("CELL-TYPE s2.i5.licensing.decisions - 5000000000 -")};
    }
    void cellType()
    {
        QFETCH(QString, cell);
        QFETCH(qint64, value);
        QFETCH(QStringList, expected);
        ReportData r = testreports::complete(QStringLiteral("gov-2019"));
        r.setCell(cell, CellValue::of(value));
        QCOMPARE(summaries(CheckEngine::run(r)), expected);
    }

    void messages_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        // The example of spec §6, on an otherwise empty table.
        QTest::newRow("T3-SUM spec example") << QStringLiteral("gov-2021")
            << QStringList{QStringLiteral("s3.r1.natural=0"), QStringLiteral("s3.r2.natural=0"), QStringLiteral("s3.r3_4.natural=0"),
                           QStringLiteral("s3.r4_1.natural=3"), QStringLiteral("s3.r5_2.natural=0"), QStringLiteral("s3.r7.natural=6")}
            << QStringLiteral("T3-SUM") << QStringLiteral("三、（七）总计·自然人：各项办理结果合计为 3，填写为 6（多 3）");
        QTest::newRow("T3-BAL") << QStringLiteral("gov-2019") << QStringList{QStringLiteral("s3.carried_out.nonprofit=0")}
            << QStringLiteral("T3-BAL") << QStringLiteral("三、社会公益组织：本年新收加上年结转为 1，办理结果总计加结转下年度为 0（少 1）");
        QTest::newRow("T4-SUM") << QStringLiteral("gov-2021") << QStringList{QStringLiteral("s4.review.total=5")}
            << QStringLiteral("T4-SUM") << QStringLiteral("四、行政复议·总计：结果维持、结果纠正、其他结果、尚未审结合计为 2，填写为 5（多 3）");
        QTest::newRow("CELL-BLANK") << QStringLiteral("gov-2021") << QStringList{QStringLiteral("s3.carried_out.natural=")}
            << QStringLiteral("CELL-BLANK") << QStringLiteral("三、结转下年度·自然人：未填写（没有发生的请填 0）");
        QTest::newRow("CELL-BLANK money") << QStringLiteral("gov-2021") << QStringList{QStringLiteral("s2.i8.fees.amount=")}
            << QStringLiteral("CELL-BLANK") << QStringLiteral("二、第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）：未填写（没有发生的请填 0）");
        QTest::newRow("T2-PUB") << QStringLiteral("gov-2019") << QStringList{QStringLiteral("s2.i1.normative.total_public=1")}
            << QStringLiteral("T2-PUB") << QStringLiteral("二、第二十条第（一）项·规范性文件：对外公开总数量 1 小于本年新公开数量 3");
    }
    void messages()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, changes);
        QFETCH(QString, rule);
        QFETCH(QString, message);
        ReportData r = testreports::complete(format);
        testreports::apply(r, changes);
        QStringList found;
        for (const Finding &f : CheckEngine::run(r))
            if (f.rule == rule) found << f.message;
        QCOMPARE(found, QStringList{message});
    }

    void identityNamesEveryCell()
    {
        ReportData r = testreports::complete(QStringLiteral("gov-2021"));
        testreports::apply(r, {QStringLiteral("s4.after.total=1")});
        const QList<Finding> findings = CheckEngine::run(r);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().cells, (QStringList{QStringLiteral("s4.after.upheld"), QStringLiteral("s4.after.corrected"),
                                                       QStringLiteral("s4.after.other"), QStringLiteral("s4.after.pending"),
                                                       QStringLiteral("s4.after.total")}));
        QCOMPARE(findings.first().severity, Severity::Error);
    }

    void moneyInFindings()
    {
        // Money cells: the JSON of a finding carries money as a string with its unit.
        Finding f;
        f.rule = QStringLiteral("X");
        f.money = true;
        f.unit = MoneyUnit::TenThousandYuan;
        f.expected = 1250000000; // 分 = 12500000 元 = 1250 万元
        f.found = 1250050000;
        f.delta = 50000;
        const QJsonObject o = f.toJson();
        QCOMPARE(o.value(QStringLiteral("expected")).toString(), QStringLiteral("1250万元"));
        QCOMPARE(o.value(QStringLiteral("found")).toString(), QStringLiteral("1250.05万元"));
        QCOMPARE(o.value(QStringLiteral("delta")).toString(), QStringLiteral("0.05万元"));
    }

    void prose_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString f21 = QStringLiteral("gov-2021");
        // TEXT-NUM, section 三 sentences (new 15, carried_in 2, r7 13, carried_out 4).
        QTest::newRow("TEXT-NUM 办结") << f21 << QStringLiteral("s1")
            << QStringLiteral("本年新收政府信息公开申请15件，上年结转2件，办结12件，结转下年度4件。")
            << QStringList{QStringLiteral("TEXT-NUM s3.r7.total 13 12 -1")};
        QTest::newRow("TEXT-NUM 受理 = new + carried_in") << f21 << QStringLiteral("s1")
            << QStringLiteral("全年共受理政府信息公开申请 17 件。") << QStringList();
        QTest::newRow("TEXT-NUM 收到 = new alone accepted") << f21 << QStringLiteral("s1")
            << QStringLiteral("共收到政府信息公开申请15件。") << QStringList();
        QTest::newRow("TEXT-NUM 收到 wrong") << f21 << QStringLiteral("s1")
            << QStringLiteral("共收到政府信息公开申请16件。") << QStringList{QStringLiteral("TEXT-NUM s3.carried_in.total 17 16 -1")};
        QTest::newRow("TEXT-NUM 结转下一年") << f21 << QStringLiteral("s1")
            << QStringLiteral("依申请公开办理718件以外，结转下一年 5 件。")
            << QStringList{QStringLiteral("TEXT-NUM s3.r7.total 13 718 705"), QStringLiteral("TEXT-NUM s3.carried_out.total 4 5 1")};
        QTest::newRow("TEXT-NUM sentence without 申请 ignored") << f21 << QStringLiteral("s1")
            << QStringLiteral("受理群众投诉咨询877件。") << QStringList();
        QTest::newRow("TEXT-NUM number needs a unit") << f21 << QStringLiteral("s1")
            << QStringLiteral("共受理2021年度政府信息公开申请17件。") << QStringList();
        // Section 四 sentences: review 2, direct 1, after 0.
        QTest::newRow("TEXT-NUM 复议 alone") << f21 << QStringLiteral("s1")
            << QStringLiteral("全年发生行政复议案件3件。") << QStringList{QStringLiteral("TEXT-NUM s4.review.total 2 3 1")};
        QTest::newRow("TEXT-NUM 诉讼 alone") << f21 << QStringLiteral("s1")
            << QStringLiteral("全年发生行政诉讼1件。") << QStringList();
        QTest::newRow("TEXT-NUM 诉讼 alone wrong") << f21 << QStringLiteral("s1")
            << QStringLiteral("全年发生行政诉讼2件。") << QStringList{QStringLiteral("TEXT-NUM s4.after.total 1 2 1")};
        QTest::newRow("TEXT-NUM both") << f21 << QStringLiteral("s1")
            << QStringLiteral("依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 3 件，有力维护了群众合法权益。")
            << QStringList();
        QTest::newRow("TEXT-NUM both wrong") << f21 << QStringLiteral("s1")
            << QStringLiteral("因政府信息公开被申请行政复议、提起行政诉讼共4件。")
            << QStringList{QStringLiteral("TEXT-NUM s4.after.total 3 4 1")};
        // SEC-MISSING on prose.
        QTest::newRow("SEC-MISSING 五 only 无") << f21 << QStringLiteral("s5") << QStringLiteral("无")
            << QStringList{QStringLiteral("SEC-MISSING s5 - - -")};
        QTest::newRow("SEC-MISSING 六 empty") << f21 << QStringLiteral("s6") << QString()
            << QStringList{QStringLiteral("SEC-MISSING s6 - - -"), QStringLiteral("FEE-SIX s6 - - -")};
        QTest::newRow("六 无 is allowed in gov-2019") << QStringLiteral("gov-2019") << QStringLiteral("s6") << QStringLiteral("无") << QStringList();
        QTest::newRow("FEE-SIX not mentioned") << f21 << QStringLiteral("s6") << QStringLiteral("无")
            << QStringList{QStringLiteral("FEE-SIX s6 - - -")};
        QTest::newRow("SEC-MISSING 一 only the skeleton") << f21 << QStringLiteral("s1")
            << QStringLiteral("（一）主动公开\n\n（二）依申请公开\n\n（三）政府信息管理\n\n（四）政府信息公开平台建设\n\n（五）监督保障\n")
            << QStringList{QStringLiteral("SEC-MISSING s1 - - -")};
    }
    void prose()
    {
        QFETCH(QString, format);
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        ReportData r = testreports::complete(format);
        r.prose.insert(key, text);
        QCOMPARE(summaries(CheckEngine::run(r)), expected);
    }

    void feeSixStronger()
    {
        ReportData r = testreports::complete(QStringLiteral("gov-2021"));
        // Move the one 其他 application of r6_3 to r6_2 (逾期未缴纳费用): identities still hold.
        testreports::apply(r, {QStringLiteral("s3.r6_3.commercial=0"), QStringLiteral("s3.r6_3.total=0"),
                               QStringLiteral("s3.r6_2.commercial=1"), QStringLiteral("s3.r6_2.total=1")});
        r.prose.insert(QStringLiteral("s6"), QStringLiteral("无。"));
        const QList<Finding> findings = CheckEngine::run(r);
        QCOMPARE(summaries(findings), QStringList{QStringLiteral("FEE-SIX s3.r6_2.total - - -")});
        QVERIFY(findings.first().message.contains(QStringLiteral("有 1 件申请因逾期未缴纳费用不再处理")));
    }

    void metadata_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("message");
        const QString f19 = QStringLiteral("gov-2019"), f21 = QStringLiteral("gov-2021");
        QTest::newRow("no signature") << f21 << QStringLiteral("signature") << QString()
            << QStringList{QStringLiteral("META-MISSING meta - - -")} << QStringLiteral("报告信息：缺少发文机关署名");
        QTest::newRow("no date") << f21 << QStringLiteral("dateWritten") << QString()
            << QStringList{QStringLiteral("META-MISSING meta - - -")} << QStringLiteral("报告信息：缺少成文日期");
        QTest::newRow("no organ") << f19 << QStringLiteral("organ") << QString()
            << QStringList{QStringLiteral("META-MISSING meta - - -")} << QStringLiteral("报告信息：缺少机关名称");
        QTest::newRow("date before year end") << f21 << QStringLiteral("dateWritten") << QStringLiteral("2021-12-01")
            << QStringList{QStringLiteral("META-MISSING meta - - -")}
            << QStringLiteral("成文日期 2021年12月1日 早于报告年度结束（2021年12月31日），请核对");
        QTest::newRow("title year") << f21 << QStringLiteral("title") << QStringLiteral("某某县人民政府2020年政府信息公开工作年度报告")
            << QStringList{QStringLiteral("META-MISSING meta 2021 2020 -1")}
            << QStringLiteral("标题中的年度（2020年）与报告年度（2021年）不一致");
        QTest::newRow("FMT-YEAR gov-2021 for 2020") << f21 << QStringLiteral("year") << QStringLiteral("2020")
            << QStringList{QStringLiteral("FMT-YEAR meta - - -")}
            << QStringLiteral("2020年度报告应使用国办公开办函〔2019〕60号，当前使用国办公开办函〔2021〕30号");
        QTest::newRow("FMT-YEAR gov-2019 for 2021") << f19 << QStringLiteral("year") << QStringLiteral("2021")
            // its 成文日期 (January 2021) is now also before the end of the report year
            << QStringList{QStringLiteral("META-MISSING meta - - -"), QStringLiteral("FMT-YEAR meta - - -")}
            << QStringLiteral("2021年度报告应使用国办公开办函〔2021〕30号，当前使用国办公开办函〔2019〕60号");
        // Government: 3月31日 of the next year; department: 1月31日; a deadline set in the report wins.
        QTest::newRow("DEADLINE government late") << f21 << QStringLiteral("published") << QStringLiteral("2022-04-02T10:00:00")
            << QStringList{QStringLiteral("DEADLINE meta - - 2")} << QStringLiteral("公开日期 2022年4月2日 晚于规定的 2022年3月31日（晚 2 天）");
        QTest::newRow("DEADLINE government in time") << f21 << QStringLiteral("published") << QStringLiteral("2022-03-31T10:00:00")
            << QStringList() << QString();
        QTest::newRow("DEADLINE department") << f21 << QStringLiteral("published+department") << QStringLiteral("2022-02-01T09:00:00")
            << QStringList{QStringLiteral("DEADLINE meta - - 1")} << QStringLiteral("公开日期 2022年2月1日 晚于规定的 2022年1月31日（晚 1 天）");
        QTest::newRow("DEADLINE local notice") << f21 << QStringLiteral("published+deadline") << QStringLiteral("2022-01-20T09:00:00")
            << QStringList{QStringLiteral("DEADLINE meta - - 5")} << QStringLiteral("公开日期 2022年1月20日 晚于规定的 2022年1月15日（晚 5 天）");
    }
    void metadata()
    {
        QFETCH(QString, format);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        QFETCH(QString, message);
        ReportData r = testreports::complete(format);
        ReportMetadata &m = r.meta;
        if (field == QLatin1String("signature")) m.signature = value;
        else if (field == QLatin1String("organ")) m.organ = value;
        else if (field == QLatin1String("title")) m.title = value;
        else if (field == QLatin1String("dateWritten")) m.dateWritten = QDate::fromString(value, Qt::ISODate);
        else if (field == QLatin1String("year")) m.year = value.toInt();
        else if (field.startsWith(QLatin1String("published"))) {
            m.published = QDateTime::fromString(value, Qt::ISODate);
            if (field.endsWith(QLatin1String("department"))) m.level = OrganLevel::Department;
            if (field.endsWith(QLatin1String("deadline"))) m.deadline = QDate(2022, 1, 15);
        }
        const QList<Finding> findings = CheckEngine::run(r);
        QCOMPARE(summaries(findings), expected);
        if (!message.isEmpty()) QCOMPARE(findings.last().message, message);
    }

    void organRuleNeedsKnownOrgan_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("findings");
        QTest::newRow("county government") << QStringLiteral("government") << QStringLiteral("county") << 1;
        QTest::newRow("county department") << QStringLiteral("department") << QStringLiteral("county") << 1;
        QTest::newRow("province government") << QStringLiteral("government") << QStringLiteral("province") << 0;
        QTest::newRow("city government (设区的市)") << QStringLiteral("government") << QStringLiteral("city") << 0;
        QTest::newRow("national department") << QStringLiteral("department") << QStringLiteral("national") << 0;
        QTest::newRow("unknown organ") << QString() << QString() << 0;
    }
    void organRuleNeedsKnownOrgan()
    {
        QFETCH(QString, level);
        QFETCH(QString, tier);
        QFETCH(int, findings);
        ReportData r = testreports::complete(QStringLiteral("gov-2021"));
        r.meta.level = organLevelFromId(level);
        r.meta.tier = organTierFromId(tier);
        testreports::apply(r, {QStringLiteral("s2.i1.rules.issued=2")});
        QCOMPARE(CheckEngine::run(r).size(), findings);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
