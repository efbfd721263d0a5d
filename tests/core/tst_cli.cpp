// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user runs it (spec §8): new, set, check [--json], export; exit statuses and messages.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run nianbao(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the verbs must not need a display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("NIANBAO_BIN"), arguments);
    if (!p.waitForFinished(60000)) return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// The command line speaks the language of LANG: every message is expected in the language this test runs in
// (the suite runs in C.UTF-8 and in zh_CN.UTF-8).
QString inUiLanguage(const QString &english, const QString &chinese)
{
    return QLocale::system().language() == QLocale::Chinese ? chinese : english;
}

QString example(const QString &name)
{
    return qEnvironmentVariable("NIANBAO_SOURCE_DIR") + QStringLiteral("/resources/examples/") + name;
}

// A file with these bytes; false when it cannot be written.
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        const Run v = nianbao({QStringLiteral("--version")});
        QCOMPARE(v.status, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("nianbao ")));
        const Run h = nianbao({QStringLiteral("--help")});
        QCOMPARE(h.status, 0);
        for (const QString verb : {QStringLiteral("new"), QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("set")})
            QVERIFY2(h.out.contains(QStringLiteral("nianbao ") + verb), qPrintable(verb));
    }

    void newSetCheckExport()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("r.nianbao"));
        Run r = nianbao({QStringLiteral("new"), QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--organ"),
                         QStringLiteral("某某县财政局"), QStringLiteral("-o"), file});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(QFile::exists(file));

        // A new report has no error, only blanks and missing sections: exit 0.
        r = nianbao({QStringLiteral("check"), QStringLiteral("--json"), file});
        QCOMPARE(r.status, 0);
        QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].toObject().value(QStringLiteral("format")).toString(), QStringLiteral("gov-2019")); // by year
        QCOMPARE(results[0].toObject().value(QStringLiteral("findings")).toArray().size(), 198 + 6 + 1); // 198 blank cells, 6 sections, the date

        // set: full-width digits and a unit word, as typed; then an identity fails: exit 1.
        r = nianbao({QStringLiteral("set"), file, QStringLiteral("s3.r1.natural=３件"), QStringLiteral("s3.r7.natural=6"),
                     QStringLiteral("s2.i9.procurement.amount=10822 万元")});
        QCOMPARE(r.status, 0);
        r = nianbao({QStringLiteral("check"), QStringLiteral("--json"), file});
        QCOMPARE(r.status, 1);
        QJsonObject sum;
        for (const QJsonValue &f : QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject().value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("T3-SUM")) sum = f.toObject();
        QCOMPARE(sum.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(sum.value(QStringLiteral("expected")).toInt(), 3);
        QCOMPARE(sum.value(QStringLiteral("found")).toInt(), 6);
        QCOMPARE(sum.value(QStringLiteral("delta")).toInt(), 3);
        QCOMPARE(sum.value(QStringLiteral("message")).toString(), QStringLiteral("三、（七）总计·自然人：各项办理结果合计为 3，填写为 6（多 3）"));
        QCOMPARE(sum.value(QStringLiteral("cells")).toArray().last().toString(), QStringLiteral("s3.r7.natural"));

        // A bad value: nothing changes, the message names the cell and the value.
        const QByteArray before = [&] { QFile f(file); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        r = nianbao({QStringLiteral("set"), file, QStringLiteral("s3.r2.natural=5"), QStringLiteral("s3.new.legal=十二")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(inUiLanguage(QStringLiteral("s3.new.legal (三、本年新收·法律服务机构): \"十二\": Not a number"),
                                             QStringLiteral("s3.new.legal（三、本年新收·法律服务机构）：“十二”：不是数字"))),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(inUiLanguage(QStringLiteral("nothing changed"), QStringLiteral("未做任何修改"))));
        QFile after(file);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);

        // An empty value makes a cell blank again.
        r = nianbao({QStringLiteral("set"), file, QStringLiteral("s3.r7.natural=")});
        QCOMPARE(r.status, 0);
        r = nianbao({QStringLiteral("check"), file});
        QVERIFY(r.out.contains(QStringLiteral("三、（七）总计·自然人：未填写")));

        const QString txt = dir.filePath(QStringLiteral("r.txt"));
        r = nianbao({QStringLiteral("export"), file, QStringLiteral("-o"), txt});
        QCOMPARE(r.status, 0);
        QFile exported(txt);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY(text.startsWith(QStringLiteral("某某县财政局2020年政府信息公开工作年度报告\n")));
        QVERIFY(text.contains(QStringLiteral("政府集中采购\t\t10822万元\t\n")));
    }

    void newFromLastYearIsLinked()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("2021.nianbao"));
        Run r = nianbao({QStringLiteral("new"), QStringLiteral("--from"), example(QStringLiteral("example-county-2020.nianbao")),
                         QStringLiteral("-o"), file});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(inUiLanguage(QStringLiteral("gov-2021 report for 2021 (青禾县人民政府)"),
                                             QStringLiteral("2021年度青禾县人民政府报告（gov-2021格式）"))),
                 qPrintable(r.out));
        QCOMPARE(r.out.count(QStringLiteral("格式中没有此项，未结转")), 5);
        // The link to last year's report is used by check without --last-year: a wrong carry-over is found.
        r = nianbao({QStringLiteral("set"), file, QStringLiteral("s3.carried_in.total=99")});
        QCOMPARE(r.status, 0);
        r = nianbao({QStringLiteral("check"), QStringLiteral("--json"), file});
        QStringList crossYear;
        for (const QJsonValue &f : QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("rule")).toString().startsWith(QLatin1String("XY-")))
                crossYear << o.value(QStringLiteral("rule")).toString() + QLatin1Char(' ') + o.value(QStringLiteral("found")).toVariant().toString();
        }
        // 2020's carried out total was 4; 一, 五 and 六 are still last year's drafts (100 %).
        QCOMPARE(crossYear, (QStringList{QStringLiteral("XY-CARRY 99"), QStringLiteral("XY-DUP 100"), QStringLiteral("XY-DUP 100"),
                                         QStringLiteral("XY-DUP 100")}));
    }

    void summaryCsv()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("summary.csv"));
        const QString good = example(QStringLiteral("example-county-2023.nianbao"));
        const QString bad = dir.filePath(QStringLiteral("broken.nianbao"));
        QVERIFY(writeFile(bad, "not json"));
        const Run r = nianbao({QStringLiteral("check"), QStringLiteral("--summary"), csv, QStringLiteral("--deadline"),
                               QStringLiteral("2024-01-20"), good, bad});
        QCOMPARE(r.status, 2);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the byte-order mark Excel needs for UTF-8
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        // Every field quoted (issue 17.4)
        QCOMPARE(lines.value(0), inUiLanguage(QStringLiteral("\"File\",\"Organ\",\"Year\",\"Format\",\"Errors\",\"Warnings\",\"Unconfirmed cells\",\"First findings\""),
                                              QStringLiteral("\"文件\",\"机关\",\"年度\",\"格式\",\"错误\",\"警告\",\"待确认单元格\",\"主要检查结果\"")));
        // published 2024-01-29, nine days after the batch's deadline: an info, not an error or warning
        QCOMPARE(lines.value(1), QStringLiteral("\"%1\",\"青禾县人民政府\",\"2023\",\"gov-2021\",\"0\",\"0\",\"0\",\"\"").arg(good));
        QCOMPARE(lines.value(2),
                 QStringLiteral("\"%1\",\"\",\"\",\"\",\"\",\"\",\"\",\"").arg(bad)
                     + inUiLanguage(QStringLiteral("Could not be read: %1: line 1: not a nianbao report file (not valid JSON: illegal value)"),
                                    QStringLiteral("无法读取：%1: 第1行：不是年报报告文件（JSON 格式有误：非法值）"))
                           .arg(bad)
                     + QStringLiteral("\""));
        const Run json = nianbao({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--deadline"), QStringLiteral("2024-01-20"), good});
        const QJsonObject finding = QJsonDocument::fromJson(json.out.toUtf8()).array()[0].toObject().value(QStringLiteral("findings")).toArray()[0].toObject();
        QCOMPARE(finding.value(QStringLiteral("rule")).toString(), QStringLiteral("DEADLINE"));
        QCOMPARE(finding.value(QStringLiteral("delta")).toInt(), 9);
        QCOMPARE(json.status, 0);
    }

    // The supervising office's batch: the samples (imported from their text) and the examples, worst first.
    void summaryHtmlWorstFirst()
    {
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("summary.html"));
        const QString samples = qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/samples/");
        QStringList files;
        for (const QString name : {QStringLiteral("gangcha-2019.txt"), QStringLiteral("jidong-2020.txt"), QStringLiteral("pingtan-finance-2020.txt"),
                                   QStringLiteral("pingtan-transport-2019.txt"), QStringLiteral("pingtan-transport-2020.txt"), QStringLiteral("shuyang-2025.txt")})
            files << samples + name;
        files << example(QStringLiteral("example-county-2023.nianbao")) << example(QStringLiteral("example-county-2023-mistakes.nianbao"));
        const Run r = nianbao(QStringList{QStringLiteral("check"), QStringLiteral("--summary"), html} + files);
        QCOMPARE(r.status, 1);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(f.readAll());
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        static const QRegularExpression row(QStringLiteral("<tr class=\"([a-z]+)\"><td>[^<]*/([^/<]+)</td><td>([^<]*)</td><td>(\\d+)</td><td>[^<]*</td>"
                                                           "<td class=\"n\">(\\d+)</td><td class=\"n\">(\\d+)</td><td class=\"n\">(\\d+)</td>"));
        QStringList rows;
        for (auto it = row.globalMatch(page); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            rows << QStringList{m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6), m.captured(7)}.join(QLatin1Char(' '));
        }
        // errors, warnings, unconfirmed cells (EXPECTED.md: gangcha T3-SUM ×2 and T3-BAL ×2, two blanks and 六 missing;
        // jidong 六, signature and date; pingtan-transport 8 and 6 ambiguous cells)
        QCOMPARE(rows, (QStringList{
            QStringLiteral("error example-county-2023-mistakes.nianbao 青禾县人民政府 2023 6 4 0"),
            QStringLiteral("error gangcha-2019.txt 刚察县人民政府 2019 4 3 0"),
            QStringLiteral("warning pingtan-transport-2019.txt 平潭综合实验区交通与建设局 2019 0 8 8"),
            QStringLiteral("warning pingtan-transport-2020.txt 平潭综合实验区交通与建设局 2020 0 6 6"),
            QStringLiteral("warning jidong-2020.txt 鸡东县 2020 0 3 0"),
            QStringLiteral("ok example-county-2023.nianbao 青禾县人民政府 2023 0 0 0"),
            QStringLiteral("ok pingtan-finance-2020.txt 平潭综合实验区财政金融局 2020 0 0 0"),
            QStringLiteral("ok shuyang-2025.txt 沐阳县人民政府 2025 0 0 0")}));
    }

    void checkExitStatus_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("status");
        QTest::newRow("good example") << QStringList{example(QStringLiteral("example-county-2023.nianbao"))} << 0;
        QTest::newRow("mistakes") << QStringList{example(QStringLiteral("example-county-2023-mistakes.nianbao"))} << 1;
        QTest::newRow("unreadable wins") << QStringList{example(QStringLiteral("example-county-2023-mistakes.nianbao")), QStringLiteral("/nonexistent.nianbao")} << 2;
    }
    void checkExitStatus()
    {
        QFETCH(QStringList, files);
        QFETCH(int, status);
        const Run r = nianbao(QStringList{QStringLiteral("check"), QStringLiteral("--json")} + files);
        QCOMPARE(r.status, status);
        // Every file has its object, the unreadable one too.
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), files.size());
    }

    void unreadableNamesTheFile()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.nianbao"));
        QVERIFY(writeFile(bad, "{\"nianbao\": 2, \"format\": \"gov-2021\", \"cells\": {\"s3.new.natural\": \"x\"}}"));
        const Run r = nianbao({QStringLiteral("check"), bad, example(QStringLiteral("example-county-2023.nianbao"))});
        QCOMPARE(r.status, 2);
        QCOMPARE(r.err.trimmed(), inUiLanguage(QStringLiteral("nianbao: %1: cells.s3.new.natural: must be a whole number or null (blank)"),
                                               QStringLiteral("nianbao: %1: cells.s3.new.natural: 应为整数或 null（空白）"))
                                      .arg(bad));
        QVERIFY2(r.out.contains(inUiLanguage(QStringLiteral("example-county-2023.nianbao: gov-2021, 0 error(s), 0 warning(s), 0 info(s)"),
                                             QStringLiteral("example-county-2023.nianbao: gov-2021, 0个错误, 0个警告, 0条提示"))),
                 qPrintable(r.out));
    }

    // Many reports in one run: every output named after its input in --outdir; names that would collide are refused
    // before anything is written.
    void exportMany()
    {
        QTemporaryDir dir;
        const QString outdir = dir.filePath(QStringLiteral("out"));
        const QStringList inputs{example(QStringLiteral("example-county-2023.nianbao")), example(QStringLiteral("example-county-2020.nianbao"))};
        Run r = nianbao(QStringList{QStringLiteral("export")} + inputs + QStringList{QStringLiteral("--outdir"), outdir});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        for (const QString name : {QStringLiteral("example-county-2023.pdf"), QStringLiteral("example-county-2020.pdf")}) {
            QFile pdf(outdir + QLatin1Char('/') + name);
            QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(name));
            QVERIFY(pdf.read(5) == "%PDF-");
        }
        r = nianbao(QStringList{QStringLiteral("export")} + inputs
                    + QStringList{QStringLiteral("--outdir"), outdir, QStringLiteral("--format"), QStringLiteral("txt")});
        QCOMPARE(r.status, 0);
        QFile text(outdir + QStringLiteral("/example-county-2020.txt"));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readLine().startsWith("青禾县人民政府2020年政府信息公开工作年度报告"));

        const QString again = dir.filePath(QStringLiteral("again"));
        r = nianbao({QStringLiteral("export"), inputs.at(0), qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/../../resources/examples/example-county-2023.nianbao"),
                     QStringLiteral("--outdir"), again});
        QCOMPARE(r.status, 2);
        QVERIFY(QDir(again).entryList(QDir::Files).isEmpty());
        r = nianbao({QStringLiteral("export"), inputs.at(0), QStringLiteral("--outdir"), again, QStringLiteral("--format"), QStringLiteral("doc")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QStringLiteral("doc")));
    }

    // A batch is composed on every core, yet says everything in the order of the reports, and one report that
    // cannot be read or still has errors changes nothing for the others.
    void exportManyKeepsOrder()
    {
        QTemporaryDir dir;
        const QString damaged = dir.filePath(QStringLiteral("damaged.nianbao"));
        QVERIFY(writeFile(damaged, "{\"nianbao\": 2, \"format\": \"gov-2021\", \"cells\": {"));
        const QString missing = dir.filePath(QStringLiteral("missing.nianbao"));
        const QString outdir = dir.filePath(QStringLiteral("out"));
        const QStringList inputs{example(QStringLiteral("example-county-2023.nianbao")), damaged,
                                 example(QStringLiteral("example-county-2023-mistakes.nianbao")), missing,
                                 example(QStringLiteral("example-county-2020.nianbao"))};
        const Run r = nianbao(QStringList{QStringLiteral("export")} + inputs + QStringList{QStringLiteral("--outdir"), outdir});
        QCOMPARE(r.status, 2);
        QStringList pages;
        for (const QString &line : r.out.split(QLatin1Char('\n')))
            if (line.startsWith(outdir)) pages << line.mid(outdir.size() + 1);
        QCOMPARE(pages, inUiLanguage(QStringLiteral("example-county-2023.pdf: 10 page(s)|example-county-2023-mistakes.pdf: 9 page(s)|example-county-2020.pdf: 5 page(s)"),
                                     QStringLiteral("example-county-2023.pdf：共10页|example-county-2023-mistakes.pdf：共9页|example-county-2020.pdf：共5页"))
                            .split(QLatin1Char('|')));
        QVERIFY2(r.out.contains(inUiLanguage(QStringLiteral("3 of 5 report(s) exported to %1"), QStringLiteral("共 5 份报告，已导出 3 份到 %1")).arg(outdir)),
                 qPrintable(r.out));
        // The messages on stderr in the reports' order: the damaged file, the warning, the missing file.
        const qsizetype damagedAt = r.err.indexOf(damaged), mistakesAt = r.err.indexOf(QStringLiteral("example-county-2023-mistakes.nianbao")),
                        missingAt = r.err.indexOf(missing);
        QVERIFY2(damagedAt >= 0 && mistakesAt > damagedAt && missingAt > mistakesAt, qPrintable(r.err));
        QCOMPARE(QDir(outdir).entryList(QDir::Files),
                 (QStringList{QStringLiteral("example-county-2020.pdf"), QStringLiteral("example-county-2023-mistakes.pdf"), QStringLiteral("example-county-2023.pdf")}));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("new without organ") << QStringList{QStringLiteral("new"), QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("-o"), QStringLiteral("/tmp/x.nianbao")}
            << inUiLanguage(QStringLiteral("nianbao: --organ is required"), QStringLiteral("nianbao: 必须用 --organ 指定机关名称"));
        QTest::newRow("new bad format") << QStringList{QStringLiteral("new"), QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--organ"), QStringLiteral("某局"),
                                                      QStringLiteral("--format"), QStringLiteral("gov-2030"), QStringLiteral("-o"), QStringLiteral("/tmp/x.nianbao")}
            << inUiLanguage(QStringLiteral("nianbao: unknown format gov-2030 (known: gov-2019, gov-2021)"),
                            QStringLiteral("nianbao: 未知格式 gov-2030（已知格式：gov-2019, gov-2021）"));
        QTest::newRow("check nothing") << QStringList{QStringLiteral("check")} << inUiLanguage(QStringLiteral("nianbao: usage: nianbao check [--json] [--last-year FILE] [--deadline DATE] [--summary OUT.csv|OUT.html] FILE..."),
                            QStringLiteral("nianbao: 用法：nianbao check [--json] [--last-year 文件] [--deadline 日期] [--summary 输出.csv|输出.html] 文件..."));
        QTest::newRow("set unknown cell") << QStringList{QStringLiteral("set"), example(QStringLiteral("example-county-2023.nianbao")), QStringLiteral("s9.x=1")}
            << inUiLanguage(QStringLiteral("nianbao: %1: nothing changed:\n  s9.x: no such cell in format gov-2021"),
                            QStringLiteral("nianbao: %1：未做任何修改：\n  s9.x：格式 gov-2021 中没有此单元格"))
                   .arg(example(QStringLiteral("example-county-2023.nianbao")));
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = nianbao(arguments);
        QCOMPARE(r.status, 2);
        QCOMPARE(r.err.trimmed(), message);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
