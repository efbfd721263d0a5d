// SPDX-License-Identifier: GPL-3.0-or-later
// `nianbao consolidate` as the supervising office runs it: exit statuses, the parent file, the report, --compare
// [--json]. Messages are translated by LANG, so the tests read exit codes, files and cell values.

#include "files/reportfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run runNianbao(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("NIANBAO_BIN"), arguments);
    if (!p.waitForFinished(120000)) return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString data(const QString &name)
{
    return qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/consolidation/") + name;
}

QStringList threeChildren()
{
    return {data(QStringLiteral("jidong.nianbao")), data(QStringLiteral("finance.nianbao")), data(QStringLiteral("transport.nianbao"))};
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString readText(const QString &path)
{
    return QString::fromUtf8(readBytes(path));
}

} // namespace

class TestConsolidateCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The roll-up of the three children, then one cell changed by hand.
    QString parentWith(const QString &name, const QString &assignment)
    {
        const QString parent = path(name);
        Run r = runNianbao(QStringList{QStringLiteral("consolidate")} << threeChildren() << QStringLiteral("--organ") << QStringLiteral("平潭") << QStringLiteral("-o") << parent);
        if (r.status != 0) return QString();
        r = runNianbao({QStringLiteral("set"), parent, assignment});
        return r.status == 0 ? parent : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesTheSum()
    {
        const QString parent = path(QStringLiteral("parent.nianbao"));
        const QString csv = path(QStringLiteral("report.csv"));
        const Run r = runNianbao(QStringList{QStringLiteral("consolidate")} << threeChildren() << QStringLiteral("--organ")
                              << QStringLiteral("平潭综合实验区管委会") << QStringLiteral("-o") << parent
                              << QStringLiteral("--report") << csv);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QString error;
        const std::optional<ReportData> p = ReportFile::load(parent, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->meta.organ, QStringLiteral("平潭综合实验区管委会"));
        QCOMPARE(p->meta.year, 2020);
        QCOMPARE(p->numberOf(QStringLiteral("s3.new.total")), 6);        // 3 + 1 + 2
        QCOMPARE(p->numberOf(QStringLiteral("s2.i1.normative.made")), 20); // 11 + 6 + 3
        QCOMPARE(formatQuantity(p->cell(QStringLiteral("s2.i9.procurement.amount")).value, CellType::Money), QStringLiteral("204122376元"));
        const QString report = readText(csv);
        QVERIFY(readBytes(csv).startsWith("\xEF\xBB\xBF")); // Excel and WPS read the Chinese text as UTF-8
        QVERIFY(report.contains(QStringLiteral("\"s3.new.total\",\"三、本年新收·总计\",")));
        QVERIFY(report.contains(QStringLiteral(",\"6\",\"6\",\"\"\r\n")));
        QVERIFY(report.contains(QStringLiteral("\"'+72\""))); // 本年增/减, formula-safe
    }

    void aFolderStandsForItsReports()
    {
        QTemporaryDir folder;
        for (const QString &child : threeChildren()) QVERIFY(QFile::copy(child, folder.filePath(QFileInfo(child).fileName())));
        const QString parent = path(QStringLiteral("folder.nianbao"));
        const Run r = runNianbao({QStringLiteral("consolidate"), folder.path(), QStringLiteral("--organ"), QStringLiteral("平潭"), QStringLiteral("-o"), parent});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QString error;
        QCOMPARE(ReportFile::load(parent, &error)->numberOf(QStringLiteral("s3.r7.total")), 6);
        // The roll-up names its children relative to its own folder, in name order.
        const QString inside = folder.filePath(QStringLiteral("parent.nianbao"));
        QVERIFY(runNianbao({QStringLiteral("consolidate"), folder.path(), QStringLiteral("--organ"), QStringLiteral("平潭"), QStringLiteral("-o"), inside}).status == 0);
        QCOMPARE(ReportFile::load(inside, &error)->meta.consolidatedFrom,
                 QStringList({QStringLiteral("finance.nianbao"), QStringLiteral("jidong.nianbao"), QStringLiteral("transport.nianbao")}));
    }

    void missingUnitAndDuplicateInTheReport()
    {
        const QString copy = path(QStringLiteral("finance-again.nianbao"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(data(QStringLiteral("finance.nianbao")), copy));
        const QString html = path(QStringLiteral("report.html"));
        const QString csv = path(QStringLiteral("units.csv"));
        const QStringList common = QStringList{QStringLiteral("consolidate")} << threeChildren() << copy << QStringLiteral("--units")
                                   << data(QStringLiteral("units.csv")) << QStringLiteral("--organ") << QStringLiteral("平潭")
                                   << QStringLiteral("-o") << path(QStringLiteral("p.nianbao")) << QStringLiteral("--report");
        Run r = runNianbao(QStringList(common) << html);
        QCOMPARE(r.status, 0); // every child read, none has errors: the missing unit is reported, not an exit status
        QVERIFY(r.out.contains(QStringLiteral("平潭综合实验区教育局")));
        QVERIFY(readText(html).contains(QStringLiteral("<tr class=\"missing\"><td>平潭综合实验区教育局</td>")));
        r = runNianbao(QStringList(common) << csv);
        QCOMPARE(r.status, 0);
        const QStringList lines = readText(csv).split(QStringLiteral("\r\n"));
        QVERIFY(lines.value(1).startsWith(QStringLiteral("\"平潭综合实验区教育局\",\"\",")));           // missing first
        QVERIFY(lines.value(2).startsWith(QStringLiteral("\"平潭综合实验区财政金融局\",")));            // then the duplicate
        QVERIFY(lines.value(3).startsWith(QStringLiteral("\"平潭综合实验区财政金融局\",")));
        QString error;
        const std::optional<ReportData> p = ReportFile::load(path(QStringLiteral("p.nianbao")), &error);
        QVERIFY(p->text(QStringLiteral("s6")).contains(QStringLiteral("未报送年度报告、未计入本报告的单位（1个）：平潭综合实验区教育局。")));
    }

    void mixedFormatsRefused()
    {
        const QString parent = path(QStringLiteral("mixed.nianbao"));
        const Run r = runNianbao(QStringList{QStringLiteral("consolidate")} << threeChildren() << data(QStringLiteral("shuyang-2025.nianbao"))
                              << QStringLiteral("--organ") << QStringLiteral("平潭") << QStringLiteral("-o") << parent);
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(data(QStringLiteral("shuyang-2025.nianbao"))));
        QVERIFY(r.err.contains(QStringLiteral("gov-2021 2025")) && r.err.contains(QStringLiteral("gov-2019 2020")));
        QVERIFY(!QFile::exists(parent));
    }

    void unreadableChild()
    {
        const QString parent = path(QStringLiteral("unreadable.nianbao"));
        const Run r = runNianbao(QStringList{QStringLiteral("consolidate")} << threeChildren() << path(QStringLiteral("no-such-file.nianbao"))
                              << QStringLiteral("--organ") << QStringLiteral("平潭") << QStringLiteral("-o") << parent);
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QStringLiteral("no-such-file.nianbao")));
        QVERIFY(!QFile::exists(parent));
    }

    void childWithErrors()
    {
        const QString child = path(QStringLiteral("wrong-child.nianbao"));
        QFile::remove(child);
        QVERIFY(QFile::copy(data(QStringLiteral("transport.nianbao")), child));
        QFile(child).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(runNianbao({QStringLiteral("set"), child, QStringLiteral("s3.new.natural=9")}).status, 0); // row total 2: T3 errors
        const QString parent = path(QStringLiteral("errors.nianbao"));
        const Run r = runNianbao({QStringLiteral("consolidate"), data(QStringLiteral("jidong.nianbao")), child, QStringLiteral("--organ"),
                               QStringLiteral("平潭"), QStringLiteral("-o"), parent});
        QCOMPARE(r.status, 1);
        QString error;
        QCOMPARE(ReportFile::load(parent, &error)->numberOf(QStringLiteral("s3.new.natural")), 12); // 3 + 9: written all the same
    }

    void compareOneWrongCell()
    {
        const QString parent = parentWith(QStringLiteral("wrong-parent.nianbao"), QStringLiteral("s3.new.natural=7"));
        QVERIFY(!parent.isEmpty());
        Run r = runNianbao(QStringList{QStringLiteral("consolidate")} << threeChildren() << QStringLiteral("--compare") << parent << QStringLiteral("--json"));
        QCOMPARE(r.status, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("gov-2019"));
        const QJsonArray cells = o.value(QStringLiteral("cells")).toArray();
        int differing = 0;
        for (const QJsonValue &v : cells) differing += v.toObject().value(QStringLiteral("differs")).toBool() ? 1 : 0;
        QCOMPARE(differing, 1);
        const QJsonObject first = cells.first().toObject();
        QCOMPARE(first.value(QStringLiteral("cell")).toString(), QStringLiteral("s3.new.natural"));
        QCOMPARE(first.value(QStringLiteral("additivity")).toString(), QStringLiteral("strict"));
        QCOMPARE(first.value(QStringLiteral("parent")).toInt(), 7);
        QCOMPARE(first.value(QStringLiteral("sum")).toInt(), 5);
        QCOMPARE(first.value(QStringLiteral("delta")).toInt(), 2);
        // The text listing names the cell with parent, Σ and Δ.
        r = runNianbao(QStringList{QStringLiteral("consolidate")} << threeChildren() << QStringLiteral("--compare") << parent);
        QCOMPARE(r.status, 1);
        QVERIFY(r.out.contains(QStringLiteral("三、本年新收·自然人: ")));
        // "parent 7, sum 5, difference +2" / "汇总报告 7，合计 5，差额 +2"
        QVERIFY(r.out.contains(QStringLiteral(" 7")) && r.out.contains(QStringLiteral(" 5")) && r.out.contains(QStringLiteral(" +2\n")));
    }

    void compareLooseDifferenceOnly()
    {
        // Section 二 may differ (joint issuance): a warning, exit 0.
        const QString parent = parentWith(QStringLiteral("loose-parent.nianbao"), QStringLiteral("s2.i1.normative.made=19"));
        QVERIFY(!parent.isEmpty());
        const Run r = runNianbao(QStringList{QStringLiteral("consolidate")} << threeChildren() << QStringLiteral("--compare") << parent << QStringLiteral("--json"));
        QCOMPARE(r.status, 0);
        const QJsonArray cells = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.first().toObject().value(QStringLiteral("cell")).toString(), QStringLiteral("s2.i1.normative.made"));
        QCOMPARE(cells.first().toObject().value(QStringLiteral("delta")).toInt(), -1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no children") << QStringList{QStringLiteral("--organ"), QStringLiteral("x"), QStringLiteral("-o"), QStringLiteral("p.nianbao")};
        QTest::newRow("no organ") << QStringList{QStringLiteral("a.nianbao"), QStringLiteral("-o"), QStringLiteral("p.nianbao")};
        QTest::newRow("json without compare") << QStringList{QStringLiteral("a.nianbao"), QStringLiteral("--organ"), QStringLiteral("x"), QStringLiteral("-o"), QStringLiteral("p.nianbao"), QStringLiteral("--json")};
        QTest::newRow("report suffix") << QStringList{QStringLiteral("a.nianbao"), QStringLiteral("--organ"), QStringLiteral("x"), QStringLiteral("-o"), QStringLiteral("p.nianbao"), QStringLiteral("--report"), QStringLiteral("r.xlsx")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("a.nianbao"), QStringLiteral("--bogus")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = runNianbao(QStringList{QStringLiteral("consolidate")} << arguments);
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("nianbao: ")));
    }
};

QTEST_GUILESS_MAIN(TestConsolidateCli)
#include "tst_consolidatecli.moc"
