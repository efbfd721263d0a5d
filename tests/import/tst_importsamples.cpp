// SPDX-License-Identifier: GPL-3.0-or-later
// Every statement of tests/data/samples/EXPECTED.md about importing and checking the sample reports, with the
// literal values written there.

#include "importtesthelpers.h"
#include "model/reportdata.h"

#include <QtTest>

using namespace nianbao;
using namespace nianbao::import;
using namespace testing;

Q_DECLARE_METATYPE(nianbao::OrganLevel)
Q_DECLARE_METATYPE(nianbao::OrganTier)

class TestImportSamples : public QObject
{
    Q_OBJECT

private:
    static QList<qint64> row(const ReportData &r, const QString &prefix, const QStringList &cols)
    {
        QList<qint64> out;
        for (const QString &c : cols) out << number(r, prefix + c);
        return out;
    }
    const QStringList s3cols = {QStringLiteral("natural"), QStringLiteral("commercial"), QStringLiteral("research"),
                                QStringLiteral("nonprofit"), QStringLiteral("legal"), QStringLiteral("other"),
                                QStringLiteral("total")};
    const QStringList s4cols = {QStringLiteral("upheld"), QStringLiteral("corrected"), QStringLiteral("other"),
                                QStringLiteral("pending"), QStringLiteral("total")};

    static void noIdentityFinding(const ReportData &r)
    {
        for (const QString &rule : {QStringLiteral("T3-ROW"), QStringLiteral("T3-SUM"), QStringLiteral("T3-BAL"), QStringLiteral("T4-SUM")})
            QVERIFY2(findingsOf(r, rule).isEmpty(), qPrintable(rule));
    }
    static QSet<qint64> candidates(const ReportData &r, const QString &cell)
    {
        QSet<qint64> out;
        const CellValue &c = r.cell(cell);
        if (c.state != CellValue::State::Unconfirmed) return out;
        for (const Quantity &q : c.candidates) out.insert(q.number);
        return out;
    }

private slots:
    // Expected (metadata: organ · year · level · 成文日期 · publication date)
    void metadata_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("organ");
        QTest::addColumn<int>("year");
        QTest::addColumn<OrganLevel>("level");
        QTest::addColumn<OrganTier>("tier");
        QTest::addColumn<QDate>("written");
        QTest::addColumn<QDateTime>("published");
        QTest::newRow("gangcha") << "gangcha-2019.txt" << "gov-2019" << "刚察县人民政府" << 2019 << OrganLevel::Government
                                 << OrganTier::County << QDate(2020, 2, 4) << QDateTime();
        QTest::newRow("jidong") << "jidong-2020.txt" << "gov-2019" << "鸡东县" << 2020 << OrganLevel::Government
                                << OrganTier::County << QDate() << QDateTime();
        QTest::newRow("pingtan-finance") << "pingtan-finance-2020.txt" << "gov-2019" << "平潭综合实验区财政金融局" << 2020
                                         << OrganLevel::Department << OrganTier::County << QDate(2021, 1, 27)
                                         << QDateTime(QDate(2021, 1, 28), QTime(9, 43));
        QTest::newRow("pingtan-transport-2019") << "pingtan-transport-2019.txt" << "gov-2019" << "平潭综合实验区交通与建设局"
                                                << 2019 << OrganLevel::Department << OrganTier::County << QDate(2020, 1, 2)
                                                << QDateTime(QDate(2020, 1, 8), QTime(16, 29));
        QTest::newRow("pingtan-transport-2020") << "pingtan-transport-2020.txt" << "gov-2019" << "平潭综合实验区交通与建设局"
                                                << 2020 << OrganLevel::Department << OrganTier::County << QDate(2021, 1, 26)
                                                << QDateTime(QDate(2021, 1, 27), QTime(11, 26));
        QTest::newRow("shuyang") << "shuyang-2025.txt" << "gov-2021" << "沐阳县人民政府" << 2025 << OrganLevel::Government
                                 << OrganTier::County << QDate(2026, 1, 23) << QDateTime();
    }
    void metadata()
    {
        QFETCH(QString, file);
        const ImportResult r = importSample(file);
        QVERIFY2(r.report, qPrintable(r.error));
        const ReportMetadata &m = r.report->meta;
        QTEST(r.report->format->id, "format");
        QTEST(m.organ, "organ");
        QTEST(m.year, "year");
        QTEST(m.level, "level");
        QTEST(m.tier, "tier");
        QTEST(m.dateWritten, "written");
        QTEST(m.published, "published");
    }

    // gangcha-2019: wrapped in a 报告 with 文号, 主送机关, 版记.
    void gangchaWrapper()
    {
        const ImportResult r = importSample(QStringLiteral("gangcha-2019.txt"));
        const ReportMetadata &m = r.report->meta;
        QCOMPARE(m.documentNumber, QStringLiteral("刚政办〔2020〕6号"));
        QCOMPARE(m.addressee, QStringLiteral("海北州人民政府电子政务中心"));
        QCOMPARE(m.signature, QStringLiteral("刚察县人民政府办公室"));
        QCOMPARE(m.copyTo, QStringLiteral("档。"));
        QCOMPARE(m.issuedBy, QStringLiteral("刚察县人民政府办公室 2020年2月4日印发"));
    }
    // T3-SUM fails in other and total (results 4 + 2 + 2 = 8, （七）总计 written 0, delta −8).
    void gangchaSumFails()
    {
        const ImportResult r = importSample(QStringLiteral("gangcha-2019.txt"));
        const QList<Finding> sum = findingsOf(*r.report, QStringLiteral("T3-SUM"));
        QCOMPARE(sum.size(), 2);
        QCOMPARE(sum[0].cells.last(), QStringLiteral("s3.r7.other"));
        QCOMPARE(sum[1].cells.last(), QStringLiteral("s3.r7.total"));
        for (const Finding &f : sum) {
            QCOMPARE(*f.expected, 8);
            QCOMPARE(*f.found, 0);
            QCOMPARE(*f.delta, -8);
        }
    }
    // T3-BAL fails in other and total (4 + 0 against 0 + 0).
    void gangchaBalanceFails()
    {
        const ImportResult r = importSample(QStringLiteral("gangcha-2019.txt"));
        const QList<Finding> bal = findingsOf(*r.report, QStringLiteral("T3-BAL"));
        QCOMPARE(bal.size(), 2);
        QVERIFY(bal[0].cells.contains(QStringLiteral("s3.new.other")));
        QVERIFY(bal[1].cells.contains(QStringLiteral("s3.new.total")));
        for (const Finding &f : bal) {
            QCOMPARE(*f.expected, 4);
            QCOMPARE(*f.found, 0);
        }
    }
    // Line 78 has 5 values where its grid has 7: research … total; natural and commercial stay blank
    // (CELL-BLANK) and the import names line 78 and exits 1.
    void gangchaLine78()
    {
        const ImportResult r = importSample(QStringLiteral("gangcha-2019.txt"));
        QVERIFY(r.report->cell(QStringLiteral("s3.carried_out.natural")).isBlank());
        QVERIFY(r.report->cell(QStringLiteral("s3.carried_out.commercial")).isBlank());
        QCOMPARE(row(*r.report, QStringLiteral("s3.carried_out."), s3cols.mid(2)), (QList<qint64>{0, 0, 0, 0, 0}));
        const QList<Finding> blank = findingsOf(*r.report, QStringLiteral("CELL-BLANK"));
        QCOMPARE(blank.size(), 2);
        QCOMPARE(blank[0].cells, QStringList{QStringLiteral("s3.carried_out.natural")});
        QCOMPARE(blank[1].cells, QStringList{QStringLiteral("s3.carried_out.commercial")});
        const auto missing = decisionsOf(r, ImportDecision::Kind::MissingValues);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing[0].line, 78);
        QVERIFY(missing[0].needsReview);
        QVERIFY(missing[0].message.contains(QStringLiteral("line 78")));
        QCOMPARE(r.exitCode(), 1);
    }
    // `增加 806` imports as +806.
    void gangchaIncrease()
    {
        const ImportResult r = importSample(QStringLiteral("gangcha-2019.txt"));
        QCOMPARE(number(*r.report, QStringLiteral("s2.i6.penalty.change")), 806);
        QCOMPARE(number(*r.report, QStringLiteral("s2.i6.enforcement.change")), 37);
        QCOMPARE(r.report->cell(QStringLiteral("s2.i9.procurement.amount")).value,
                 (Quantity{10822000000, MoneyUnit::TenThousandYuan, 0}));
    }
    // Section 六 is missing (SEC-MISSING).
    void gangchaSixMissing()
    {
        const ImportResult r = importSample(QStringLiteral("gangcha-2019.txt"));
        const QList<Finding> f = findingsOf(*r.report, QStringLiteral("SEC-MISSING"));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].section, QStringLiteral("s6"));
    }
    // 规章 2/1/1 for a county government (T2-RULE-ORG, info).
    void gangchaRules()
    {
        const ImportResult r = importSample(QStringLiteral("gangcha-2019.txt"));
        QCOMPARE(row(*r.report, QStringLiteral("s2.i1.rules."), {QStringLiteral("made"), QStringLiteral("published"), QStringLiteral("total_public")}),
                 (QList<qint64>{2, 1, 1}));
        const QList<Finding> f = findingsOf(*r.report, QStringLiteral("T2-RULE-ORG"));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Severity::Info);
    }

    // jidong-2020: section 三 all zeros, every identity holds.
    void jidongZeros()
    {
        const ImportResult r = importSample(QStringLiteral("jidong-2020.txt"));
        for (const QString &id : r.report->format->table(QStringLiteral("s3"))->cellIds) QCOMPARE(number(*r.report, id), 0);
        noIdentityFinding(*r.report);
    }
    // Line 107 carries 16 values for the 15 cells of section 四 (all 0): the cells are 0, the import names line 107
    // and the extra value, and exits 1.
    void jidongLine107()
    {
        const ImportResult r = importSample(QStringLiteral("jidong-2020.txt"));
        for (const QString &id : r.report->format->table(QStringLiteral("s4"))->cellIds) QCOMPARE(number(*r.report, id), 0);
        const auto extra = decisionsOf(r, ImportDecision::Kind::ExtraValues);
        QCOMPARE(extra.size(), 1);
        QCOMPARE(extra[0].line, 107);
        QVERIFY(extra[0].message.contains(QStringLiteral("16 values for 15 cells")));
        QVERIFY(extra[0].message.endsWith(QStringLiteral("not used: 0")));
        QCOMPARE(r.exitCode(), 1);
    }
    // `增 78` imports as +78, `-79` as −79, `20009.5483 万元` as money in 万元 unchanged.
    void jidongValues()
    {
        const ImportResult r = importSample(QStringLiteral("jidong-2020.txt"));
        QCOMPARE(number(*r.report, QStringLiteral("s2.i5.licensing.change")), 78);
        QCOMPARE(number(*r.report, QStringLiteral("s2.i6.penalty.change")), -79);
        QCOMPARE(r.report->cell(QStringLiteral("s2.i9.procurement.amount")).value,
                 (Quantity{20009548300, MoneyUnit::TenThousandYuan, 4}));
        QCOMPARE(formatQuantity(r.report->cell(QStringLiteral("s2.i9.procurement.amount")).value, CellType::Money),
                 QStringLiteral("20009.5483万元"));
    }
    // Section 六 is missing (SEC-MISSING); signature and date are missing (META-MISSING).
    void jidongMissing()
    {
        const ImportResult r = importSample(QStringLiteral("jidong-2020.txt"));
        const QList<Finding> sec = findingsOf(*r.report, QStringLiteral("SEC-MISSING"));
        QCOMPARE(sec.size(), 1);
        QCOMPARE(sec[0].section, QStringLiteral("s6"));
        const QList<Finding> meta = findingsOf(*r.report, QStringLiteral("META-MISSING"));
        QCOMPARE(meta.size(), 2);
        QVERIFY(r.report->meta.signature.isEmpty());
        QVERIFY(!r.report->meta.dateWritten.isValid());
    }

    // pingtan-finance-2020: every identity holds (section 三 all zeros).
    void financeIdentities()
    {
        const ImportResult r = importSample(QStringLiteral("pingtan-finance-2020.txt"));
        for (const QString &id : r.report->format->table(QStringLiteral("s3"))->cellIds) QCOMPARE(number(*r.report, id), 0);
        noIdentityFinding(*r.report);
        QCOMPARE(r.exitCode(), 0);
    }
    // `行政许可 0 1 0` = 0 / +1 / 0; `政府集中采购 2笔 984361元` = 2 projects, 984361 元.
    void financeValues()
    {
        const ImportResult r = importSample(QStringLiteral("pingtan-finance-2020.txt"));
        QCOMPARE(row(*r.report, QStringLiteral("s2.i5.licensing."), {QStringLiteral("prior"), QStringLiteral("change"), QStringLiteral("decisions")}),
                 (QList<qint64>{0, 1, 0}));
        QCOMPARE(number(*r.report, QStringLiteral("s2.i9.procurement.projects")), 2);
        QCOMPARE(r.report->cell(QStringLiteral("s2.i9.procurement.amount")).value, (Quantity{98436100, MoneyUnit::Yuan, 0}));
    }
    // Title and preamble are part of the report; the site navigation and the contact line after the signature
    // are not.
    void financeNavigationLeftOut()
    {
        const ImportResult r = importSample(QStringLiteral("pingtan-finance-2020.txt"));
        const ReportData &d = *r.report;
        QCOMPARE(d.displayTitle(), QStringLiteral("平潭综合实验区财政金融局2020年度政府信息公开工作年度报告"));
        QVERIFY(d.text(QStringLiteral("preamble")).startsWith(QStringLiteral("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）")));
        QVERIFY(d.text(QStringLiteral("preamble")).endsWith(QStringLiteral("传真：0591-23100206）。")));
        QCOMPARE(d.text(QStringLiteral("s6")), QStringLiteral("无其他需要报告事项。"));
        QCOMPARE(d.meta.signature, QStringLiteral("平潭综合实验区财政金融局"));
        for (const QString &key : {QStringLiteral("preamble"), QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s5"), QStringLiteral("s6")})
            for (const QString &nav : {QStringLiteral("当前位置"), QStringLiteral("来源："), QStringLiteral("微信 微博"),
                                       QStringLiteral("相关链接"), QStringLiteral("附件下载")})
                QVERIFY2(!d.text(key).contains(nav), qPrintable(key + QLatin1Char(' ') + nav));
    }

    // pingtan-transport: section 三 imports exactly (2019: one application, 本机关不掌握 1; 2020: two); every
    // identity holds.
    void transportSection3_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("n");
        QTest::newRow("2019") << "pingtan-transport-2019.txt" << qint64(1);
        QTest::newRow("2020") << "pingtan-transport-2020.txt" << qint64(2);
    }
    void transportSection3()
    {
        QFETCH(QString, file);
        QFETCH(qint64, n);
        const ImportResult r = importSample(file);
        for (const QString &id : r.report->format->table(QStringLiteral("s3"))->cellIds) {
            const bool counted = (id.startsWith(QStringLiteral("s3.new.")) || id.startsWith(QStringLiteral("s3.r4_1."))
                                  || id.startsWith(QStringLiteral("s3.r7.")))
                && (id.endsWith(QStringLiteral(".natural")) || id.endsWith(QStringLiteral(".total")));
            QCOMPARE(number(*r.report, id), counted ? n : 0);
        }
        noIdentityFinding(*r.report);
        QCOMPARE(r.report->text(QStringLiteral("s6")), QStringLiteral("暂无。"));
    }
    // 2019: `规章000` → 0/0/0 and `规范性文件222` → 2/2/2 (unique); `行政许可8801` → {88/0/1, 8/80/1};
    // `行政处罚2600` → {26/0/0, 2/60/0}; `行政事业性收费114` → {11/4, 1/14}; `政府集中采购547.9659万元` →
    // {5 / 47.9659万元, 54 / 7.9659万元}. Each is marked unconfirmed with its candidates (exit 1).
    void transport2019Splits()
    {
        const ImportResult r = importSample(QStringLiteral("pingtan-transport-2019.txt"));
        const ReportData &d = *r.report;
        QCOMPARE(row(d, QStringLiteral("s2.i1.rules."), {QStringLiteral("made"), QStringLiteral("published"), QStringLiteral("total_public")}), (QList<qint64>{0, 0, 0}));
        QCOMPARE(row(d, QStringLiteral("s2.i1.normative."), {QStringLiteral("made"), QStringLiteral("published"), QStringLiteral("total_public")}), (QList<qint64>{2, 2, 2}));
        QCOMPARE(candidates(d, QStringLiteral("s2.i5.licensing.prior")), (QSet<qint64>{88, 8}));
        QCOMPARE(candidates(d, QStringLiteral("s2.i5.licensing.change")), (QSet<qint64>{0, 80}));
        QCOMPARE(number(d, QStringLiteral("s2.i5.licensing.decisions")), 1);
        QCOMPARE(candidates(d, QStringLiteral("s2.i6.penalty.prior")), (QSet<qint64>{26, 2}));
        QCOMPARE(candidates(d, QStringLiteral("s2.i6.penalty.change")), (QSet<qint64>{0, 60}));
        QCOMPARE(number(d, QStringLiteral("s2.i6.penalty.decisions")), 0);
        QCOMPARE(candidates(d, QStringLiteral("s2.i8.fees.prior")), (QSet<qint64>{11, 1}));
        QCOMPARE(candidates(d, QStringLiteral("s2.i8.fees.change")), (QSet<qint64>{4, 14}));
        QCOMPARE(candidates(d, QStringLiteral("s2.i9.procurement.projects")), (QSet<qint64>{5, 54}));
        const CellValue amount = d.cell(QStringLiteral("s2.i9.procurement.amount"));
        QCOMPARE(amount.state, CellValue::State::Unconfirmed);
        QCOMPARE(amount.candidates.size(), 2);
        QVERIFY(amount.candidates.contains(Quantity{47965900, MoneyUnit::TenThousandYuan, 4}));
        QVERIFY(amount.candidates.contains(Quantity{7965900, MoneyUnit::TenThousandYuan, 4}));
        QCOMPARE(amount.sourceLine, 10);
        // The rows' readings go together: 88 with 0, 8 with 80.
        QCOMPARE(r.ambiguities.size(), 4);
        QCOMPARE(r.ambiguities[0].cells.first(), QStringLiteral("s2.i5.licensing.prior"));
        QCOMPARE(r.ambiguities[0].readings.size(), 2);
        QCOMPARE(findingsOf(d, QStringLiteral("CELL-UNCONFIRMED")).size(), 8);
        QCOMPARE(r.exitCode(), 1);
    }
    // 2020: the minus sign fixes 上一年项目数量: `行政许可88-720` → {88/−7/20, 88/−72/0}; `行政处罚26-260` →
    // {26/−2/60, 26/−26/0}; `行政事业性收费15-15` → 15/−15 (unique); `规范性文件335` → 3/3/5 (unique);
    // `政府集中采购263042532` (header `采购总金额（元）`) has 7 candidates.
    void transport2020Splits()
    {
        const ImportResult r = importSample(QStringLiteral("pingtan-transport-2020.txt"));
        const ReportData &d = *r.report;
        QCOMPARE(number(d, QStringLiteral("s2.i5.licensing.prior")), 88);
        QCOMPARE(candidates(d, QStringLiteral("s2.i5.licensing.change")), (QSet<qint64>{-7, -72}));
        QCOMPARE(candidates(d, QStringLiteral("s2.i5.licensing.decisions")), (QSet<qint64>{20, 0}));
        QCOMPARE(number(d, QStringLiteral("s2.i6.penalty.prior")), 26);
        QCOMPARE(candidates(d, QStringLiteral("s2.i6.penalty.change")), (QSet<qint64>{-2, -26}));
        QCOMPARE(candidates(d, QStringLiteral("s2.i6.penalty.decisions")), (QSet<qint64>{60, 0}));
        QCOMPARE(number(d, QStringLiteral("s2.i8.fees.prior")), 15);
        QCOMPARE(number(d, QStringLiteral("s2.i8.fees.change")), -15);
        QCOMPARE(row(d, QStringLiteral("s2.i1.normative."), {QStringLiteral("made"), QStringLiteral("published"), QStringLiteral("total_public")}), (QList<qint64>{3, 3, 5}));
        QCOMPARE(candidates(d, QStringLiteral("s2.i9.procurement.projects")),
                 (QSet<qint64>{2, 26, 2630, 26304, 263042, 2630425, 26304253}));
        QCOMPARE(candidates(d, QStringLiteral("s2.i9.procurement.amount")),
                 (QSet<qint64>{6304253200, 304253200, 4253200, 253200, 53200, 3200, 200}));
        QCOMPARE(r.exitCode(), 1);
    }
    // Importing 2020 with --last-year of 2019 leaves the ambiguous 2020 cells marked.
    void transport2020WithLastYear()
    {
        const ImportResult last = importSample(QStringLiteral("pingtan-transport-2019.txt"));
        const ImportResult r = importSample(QStringLiteral("pingtan-transport-2020.txt"), &*last.report);
        const ImportResult alone = importSample(QStringLiteral("pingtan-transport-2020.txt"));
        QCOMPARE(r.unconfirmedCellCount(), 6);
        QCOMPARE(r.report->cells, alone.report->cells);
        QVERIFY(decisionsOf(r, ImportDecision::Kind::ResolvedByLastYear).isEmpty());
    }

    // shuyang-2025: gov-2021; 新收 705/3/0/0/5/0/713, 上年结转 36/0/0/0/0/0/36, （七）总计 710/3/0/0/5/0/718,
    // 结转下年度 31/0/0/0/0/0/31; every identity holds; section 四 27/10/9/15/61, 3/0/0/0/3, 8/0/1/1/10.
    void shuyangTables()
    {
        const ImportResult r = importSample(QStringLiteral("shuyang-2025.txt"));
        const ReportData &d = *r.report;
        QCOMPARE(row(d, QStringLiteral("s3.new."), s3cols), (QList<qint64>{705, 3, 0, 0, 5, 0, 713}));
        QCOMPARE(row(d, QStringLiteral("s3.carried_in."), s3cols), (QList<qint64>{36, 0, 0, 0, 0, 0, 36}));
        QCOMPARE(row(d, QStringLiteral("s3.r7."), s3cols), (QList<qint64>{710, 3, 0, 0, 5, 0, 718}));
        QCOMPARE(row(d, QStringLiteral("s3.carried_out."), s3cols), (QList<qint64>{31, 0, 0, 0, 0, 0, 31}));
        QCOMPARE(row(d, QStringLiteral("s4.review."), s4cols), (QList<qint64>{27, 10, 9, 15, 61}));
        QCOMPARE(row(d, QStringLiteral("s4.direct."), s4cols), (QList<qint64>{3, 0, 0, 0, 3}));
        QCOMPARE(row(d, QStringLiteral("s4.after."), s4cols), (QList<qint64>{8, 0, 1, 1, 10}));
        noIdentityFinding(d);
        QCOMPARE(r.exitCode(), 0);
    }
    // Its prose states 受理 749, 办理 718, 结转下一年 31 and 74 cases of 复议 and 诉讼 together: no TEXT-NUM finding.
    // Section 六 reports 信息处理费 (380 元): no FEE-SIX finding.
    void shuyangProse()
    {
        const ImportResult r = importSample(QStringLiteral("shuyang-2025.txt"));
        QVERIFY(findingsOf(*r.report, QStringLiteral("TEXT-NUM")).isEmpty());
        QVERIFY(findingsOf(*r.report, QStringLiteral("FEE-SIX")).isEmpty());
        QVERIFY(r.report->text(QStringLiteral("s1")).contains(QStringLiteral("全县全年共受理政府信息公开申请 749 件")));
        QVERIFY(r.report->text(QStringLiteral("s6")).contains(QStringLiteral("信息处理费共计380元")));
    }
};

QTEST_GUILESS_MAIN(TestImportSamples)
#include "tst_importsamples.moc"
