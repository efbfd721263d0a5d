// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: nianbao import (report, exit status, output file) and nianbao check on .txt files.

#include "files/reportfile.h"
#include "importtesthelpers.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace testing;

class TestImportCli : public QObject
{
    Q_OBJECT

private:
    static QString inUiLanguage(const QString &english, const QString &chinese)
    {
        return QLocale::system().language() == QLocale::Chinese ? chinese : english;
    }
    struct Run {
        int exit = -1;
        QString out;
        QString err;
    };
    static Run nianbao(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("NIANBAO_BIN"), args);
        if (!p.waitForFinished(60000)) return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static QString publishedPath(const QString &name)
    {
        return qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/published/") + name;
    }
    QTemporaryDir m_dir;

private slots:
    void importExitStatus_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("exit");
        QTest::newRow("certain") << samplePath(QStringLiteral("shuyang-2025.txt")) << 0;
        QTest::newRow("missing values") << samplePath(QStringLiteral("gangcha-2019.txt")) << 1;
        QTest::newRow("extra values") << samplePath(QStringLiteral("jidong-2020.txt")) << 1;
        QTest::newRow("unconfirmed") << samplePath(QStringLiteral("pingtan-transport-2019.txt")) << 1;
        QTest::newRow("old format") << importDataPath(QStringLiteral("old-format-2017.txt")) << 2;
        QTest::newRow("not a report") << importDataPath(QStringLiteral("not-a-report.txt")) << 2;
        QTest::newRow("no such file") << importDataPath(QStringLiteral("nonexistent.txt")) << 2;
    }
    void importExitStatus()
    {
        QFETCH(QString, input);
        QFETCH(int, exit);
        const QString out = m_dir.filePath(QFileInfo(input).completeBaseName() + QStringLiteral(".nianbao"));
        const Run run = nianbao({QStringLiteral("import"), input, QStringLiteral("-o"), out});
        QCOMPARE(run.exit, exit);
        QCOMPARE(QFileInfo::exists(out), exit != 2);
        if (exit == 2) {
            QVERIFY(run.err.contains(input));
            return;
        }
        QString error;
        QVERIFY2(ReportFile::load(out, &error), qPrintable(error));
        // The summary line names the input first; its separator is the UI language's (the suite runs in C and zh_CN).
        QVERIFY2(run.out.startsWith(input + inUiLanguage(QStringLiteral(": "), QStringLiteral("："))), qPrintable(run.out));
    }
    void importReportNamesLines()
    {
        const Run run = nianbao({QStringLiteral("import"), samplePath(QStringLiteral("gangcha-2019.txt")), QStringLiteral("-o"),
                                 m_dir.filePath(QStringLiteral("g.nianbao"))});
        QVERIFY2(run.out.contains(inUiLanguage(QStringLiteral("! line 78: "), QStringLiteral("! 第78行："))), qPrintable(run.out));
    }
    void importLastYear()
    {
        const QString last = m_dir.filePath(QStringLiteral("t2019.nianbao"));
        QCOMPARE(nianbao({QStringLiteral("import"), samplePath(QStringLiteral("pingtan-transport-2019.txt")), QStringLiteral("-o"), last}).exit, 1);
        const QString out = m_dir.filePath(QStringLiteral("t2020.nianbao"));
        const Run run = nianbao({QStringLiteral("import"), samplePath(QStringLiteral("pingtan-transport-2020.txt")),
                                 QStringLiteral("--last-year"), last, QStringLiteral("-o"), out});
        QCOMPARE(run.exit, 1);
        const std::optional<ReportData> r = ReportFile::load(out, nullptr);
        QVERIFY(r);
        QCOMPARE(r->cell(QStringLiteral("s2.i5.licensing.change")).state, CellValue::State::Unconfirmed);
        // The unconfirmed cells are saved with their candidates and reported by check.
        const Run check = nianbao({QStringLiteral("check"), out});
        QCOMPARE(check.out.count(QStringLiteral("CELL-UNCONFIRMED")), 6);
    }
    // Issue 14, point 1: a title that stands only in the web archive header, or run into the first sentence,
    // gives the import its year and organ, so `new --from` makes next year's report from the result.
    void newFromATitleReadElsewhere_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("organ");
        QTest::addColumn<int>("year");
        QTest::newRow("only in the web archive header")
            << "pingtan-finance-2020.txt" << "平潭综合实验区财政金融局2020年度政府信息公开工作年度报告 来源" << "来源"
            << "平潭综合实验区财政金融局" << 2021;
        QTest::newRow("run into the first sentence")
            << "jidong-2020.txt" << "鸡东县 2020 年政府信息公开工作年度报告\n\n按照" << "鸡东县人民政府2020年政府信息公开工作年度报告按照"
            << "鸡东县人民政府" << 2021;
    }
    void newFromATitleReadElsewhere()
    {
        QFETCH(QString, sample);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, organ);
        QFETCH(int, year);
        QFile source(samplePath(sample));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(source.readAll());
        QVERIFY(text.contains(from));
        text.replace(from, to);
        const QString input = m_dir.filePath(QStringLiteral("title-elsewhere.txt"));
        QFile changed(input);
        QVERIFY(changed.open(QIODevice::WriteOnly | QIODevice::Truncate));
        changed.write(text.toUtf8());
        changed.close();
        const QString imported = m_dir.filePath(QStringLiteral("title-elsewhere.nianbao"));
        QFile::remove(imported);
        QVERIFY(nianbao({QStringLiteral("import"), input, QStringLiteral("-o"), imported}).exit < 2);
        const QString next = m_dir.filePath(QStringLiteral("next.nianbao"));
        QFile::remove(next);
        const Run run = nianbao({QStringLiteral("new"), QStringLiteral("--from"), imported, QStringLiteral("-o"), next});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        const std::optional<ReportData> r = ReportFile::load(next, nullptr);
        QVERIFY(r);
        QCOMPARE(r->meta.year, year);
        QCOMPARE(r->meta.organ, organ);
    }

    void importUsage()
    {
        QCOMPARE(nianbao({QStringLiteral("import"), samplePath(QStringLiteral("shuyang-2025.txt"))}).exit, 2);
        QCOMPARE(nianbao({QStringLiteral("import"), QStringLiteral("--bogus")}).exit, 2);
    }

    // Issue 18: poppler is in a module loaded when a PDF is read. The program finds it next to itself (here the
    // build folder; an installed one under ../lib/nianbao/modules, tested by tst_package) without being told where …
    void pdfModuleFoundNextToTheProgram()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NIANBAO_PDF_MODULE"));
        const QString out = m_dir.filePath(QStringLiteral("gangcha-pdf.nianbao"));
        const Run run = nianbao({QStringLiteral("import"), publishedPath(QStringLiteral("gangcha-2019.pdf")), QStringLiteral("-o"), out}, env);
        QVERIFY2(run.exit != 2, qPrintable(run.err));
        QVERIFY2(run.out.contains(inUiLanguage(QStringLiteral("read as PDF"), QStringLiteral("按PDF编码读取"))), qPrintable(run.out));
        QVERIFY(QFileInfo::exists(out));
    }

    // … and when it is missing, the import is refused with a message that names the file looked for.
    void pdfModuleMissing()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString module = m_dir.filePath(QStringLiteral("gone/libnianbao-pdf.so"));
        env.insert(QStringLiteral("NIANBAO_PDF_MODULE"), module);
        const QString out = m_dir.filePath(QStringLiteral("no-module.nianbao"));
        const Run run = nianbao({QStringLiteral("import"), publishedPath(QStringLiteral("gangcha-2019.pdf")), QStringLiteral("-o"), out}, env);
        QCOMPARE(run.exit, 2);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(module)), qPrintable(run.err));
        QVERIFY2(run.err.contains(inUiLanguage(QStringLiteral("the PDF reader of nianbao is missing"), QStringLiteral("PDF读取模块"))),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
        // Other files do not need it.
        QCOMPARE(nianbao({QStringLiteral("import"), samplePath(QStringLiteral("shuyang-2025.txt")), QStringLiteral("-o"),
                          m_dir.filePath(QStringLiteral("text.nianbao"))}, env).exit, 0);
    }

    // `import X -o X` would write the report over its source text: refused, the text unchanged.
    void importOverInputRefused()
    {
        const QString copy = m_dir.filePath(QStringLiteral("same.txt"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(samplePath(QStringLiteral("jidong-2020.txt")), copy));
        QFile original(copy);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        const Run run = nianbao({QStringLiteral("import"), copy, QStringLiteral("-o"), copy});
        QCOMPARE(run.exit, 2);
        QVERIFY2(run.err.contains(QStringLiteral("same.txt")), qPrintable(run.err));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
    }

    // nianbao check accepts .txt directly (import, then check); a text that is not a report could not be read.
    void checkText_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("exit");
        QTest::newRow("errors") << QStringList{samplePath(QStringLiteral("gangcha-2019.txt"))} << 1;
        QTest::newRow("clean") << QStringList{samplePath(QStringLiteral("shuyang-2025.txt"))} << 0;
        QTest::newRow("unreadable") << QStringList{importDataPath(QStringLiteral("old-format-2017.txt")),
                                                   samplePath(QStringLiteral("shuyang-2025.txt"))} << 2;
    }
    void checkText()
    {
        QFETCH(QStringList, files);
        QFETCH(int, exit);
        const Run run = nianbao(QStringList{QStringLiteral("check"), QStringLiteral("--json")} + files);
        QCOMPARE(run.exit, exit);
        const QJsonArray results = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(results.size(), files.size());
    }
    void checkTextFindings()
    {
        const Run run = nianbao({QStringLiteral("check"), QStringLiteral("--json"), samplePath(QStringLiteral("gangcha-2019.txt"))});
        const QJsonArray findings = QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject().value(QStringLiteral("findings")).toArray();
        QStringList rules;
        for (const QJsonValue &f : findings) rules << f.toObject().value(QStringLiteral("rule")).toString();
        QCOMPARE(rules, (QStringList{"T3-SUM", "T3-SUM", "T3-BAL", "T3-BAL", "CELL-BLANK", "CELL-BLANK", "T2-RULE-ORG", "SEC-MISSING"}));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
