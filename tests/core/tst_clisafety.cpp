// SPDX-License-Identifier: GPL-3.0-or-later
// The command line against careless commands and hostile files (issue 17 points 1, 2, 9, 12): it never replaces
// a file by accident, never writes over what it reads, never waits on a FIFO, never opens the editor for a typo.
// Runs in C.UTF-8 and zh_CN.UTF-8: exit statuses, files on disk and the language-neutral parts of messages.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

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
    env.remove(QStringLiteral("DISPLAY")); // were the editor started, it would fail at once, not wait
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("NIANBAO_BIN"), arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString example() { return qEnvironmentVariable("NIANBAO_SOURCE_DIR") + QStringLiteral("/resources/examples/example-county-2023.nianbao"); }
QString sample() { return qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/samples/jidong-2020.txt"); }

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void copy(const QString &from, const QString &to) { QVERIFY(QFile::copy(from, to)); }

QStringList newArgs(const QString &output)
{
    return {QStringLiteral("new"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--organ"), QStringLiteral("某局"),
            QStringLiteral("-o"), output};
}

} // namespace

class TestCliSafety : public QObject
{
    Q_OBJECT

private slots:
    // Issue 17.2: new and import do not replace an existing file unless --force; then the old one is kept as .bak.
    void existingOutputNeedsForce_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::newRow("new") << QStringLiteral("new");
        QTest::newRow("new --from") << QStringLiteral("from");
        QTest::newRow("import") << QStringLiteral("import");
    }
    void existingOutputNeedsForce()
    {
        QFETCH(QString, verb);
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("filled.nianbao"));
        copy(example(), output);
        const QByteArray filled = contents(output);
        QStringList args = verb == QLatin1String("new") ? newArgs(output)
                         : verb == QLatin1String("from") ? QStringList{QStringLiteral("new"), QStringLiteral("--from"), example(), QStringLiteral("-o"), output}
                                                         : QStringList{QStringLiteral("import"), sample(), QStringLiteral("-o"), output};
        const Run refused = nianbao(args);
        QCOMPARE(refused.status, 2);
        QVERIFY2(refused.err.contains(output) && refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
        QCOMPARE(contents(output), filled);
        QVERIFY(!QFileInfo::exists(output + QStringLiteral(".bak")));

        const Run forced = nianbao(args << QStringLiteral("--force"));
        QVERIFY2(forced.status == 0 || (verb == QLatin1String("import") && forced.status == 1), qPrintable(forced.err));
        QVERIFY(contents(output) != filled);
        QCOMPARE(contents(output + QStringLiteral(".bak")), filled);
    }

    // Issue 17.2: the output is never one of the inputs, under any name, --force or not.
    void outputIsNeverAnInput_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("outputName"); // how the output names the input
        for (const QString verb : {QStringLiteral("import"), QStringLiteral("import --last-year"), QStringLiteral("new --from"),
                                   QStringLiteral("export"), QStringLiteral("check --summary")}) {
            QTest::newRow(qPrintable(verb + QStringLiteral(", same name"))) << verb << QStringLiteral("same");
            QTest::newRow(qPrintable(verb + QStringLiteral(", through a link"))) << verb << QStringLiteral("link");
            QTest::newRow(qPrintable(verb + QStringLiteral(", hard link"))) << verb << QStringLiteral("hard");
        }
    }
    void outputIsNeverAnInput()
    {
        QFETCH(QString, verb);
        QFETCH(QString, outputName);
        QTemporaryDir dir;
        const bool text = verb == QLatin1String("import") || verb == QLatin1String("export");
        const bool csv = verb == QLatin1String("check --summary");
        // The input carries the output's extension where the verb insists on one.
        const QString input = dir.filePath(text ? QStringLiteral("source.txt") : csv ? QStringLiteral("in.csv") : QStringLiteral("last.nianbao"));
        if (verb == QLatin1String("export")) copy(qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/samples/jidong-2020.txt"), input);
        else if (text) copy(sample(), input);
        else copy(example(), input);
        QString output = input;
        if (outputName == QLatin1String("link")) {
            output = dir.filePath(csv ? QStringLiteral("alias.csv") : QStringLiteral("alias.") + QFileInfo(input).suffix());
            QVERIFY(QFile::link(input, output));
        } else if (outputName == QLatin1String("hard")) {
            output = dir.filePath(csv ? QStringLiteral("hard.csv") : QStringLiteral("hard.") + QFileInfo(input).suffix());
            QVERIFY(::link(QFile::encodeName(input).constData(), QFile::encodeName(output).constData()) == 0);
        }
        const QByteArray before = contents(input);
        QStringList args;
        if (verb == QLatin1String("import")) args = {QStringLiteral("import"), input, QStringLiteral("-o"), output, QStringLiteral("--force")};
        else if (verb == QLatin1String("import --last-year")) {
            args = {QStringLiteral("import"), sample(), QStringLiteral("--last-year"), input, QStringLiteral("-o"), output, QStringLiteral("--force")};
        } else if (verb == QLatin1String("new --from")) args = {QStringLiteral("new"), QStringLiteral("--from"), input, QStringLiteral("-o"), output, QStringLiteral("--force")};
        else if (verb == QLatin1String("export")) args = {QStringLiteral("export"), input, QStringLiteral("-o"), output};
        else args = {QStringLiteral("check"), QStringLiteral("--summary"), output, input};
        const Run r = nianbao(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(output) && r.err.contains(input), qPrintable(r.err));
        QCOMPARE(contents(input), before);
        QVERIFY(!QFileInfo::exists(output + QStringLiteral(".bak")));
    }

    // Issue 17.1: the verbs refuse devices and FIFOs at once (a FIFO with no writer used to block for ever).
    void devicesAndFifosAreRefused_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("kind");
        for (const QString verb : {QStringLiteral("check"), QStringLiteral("import"), QStringLiteral("export")})
            for (const QString kind : {QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom"), QStringLiteral("fifo")})
                QTest::newRow(qPrintable(verb + QLatin1Char(' ') + kind)) << verb << kind;
    }
    void devicesAndFifosAreRefused()
    {
        QFETCH(QString, verb);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString input = kind;
        if (kind == QLatin1String("fifo")) {
            input = dir.filePath(QStringLiteral("pipe.txt"));
            QVERIFY(::mkfifo(QFile::encodeName(input).constData(), 0600) == 0);
        }
        const QString output = dir.filePath(verb == QLatin1String("export") ? QStringLiteral("out.txt") : QStringLiteral("out.nianbao"));
        const QStringList args = verb == QLatin1String("check") ? QStringList{QStringLiteral("check"), input}
                                                                : QStringList{verb, input, QStringLiteral("-o"), output};
        const Run r = nianbao(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(input), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(output));
    }

    // Issue 17.12: a word that is neither a verb nor a file prints the usage and the nearest verb, exit 2.
    void misspelledVerb_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("nearest"); // empty: nothing close
        QTest::newRow("chek") << QStringLiteral("chek") << QStringLiteral("check");
        QTest::newRow("exprot") << QStringLiteral("exprot") << QStringLiteral("export");
        QTest::newRow("Import") << QStringLiteral("Imprt") << QStringLiteral("import");
        QTest::newRow("nothing close") << QStringLiteral("publish") << QString();
        QTest::newRow("missing file") << QStringLiteral("/nonexistent/r.nianbao") << QString();
    }
    void misspelledVerb()
    {
        QFETCH(QString, word);
        QFETCH(QString, nearest);
        const Run r = nianbao({word, QStringLiteral("x.nianbao")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("nianbao: ") + word), qPrintable(r.err));
        if (nearest.isEmpty()) QVERIFY2(!r.err.contains(QLatin1Char('"')), qPrintable(r.err.left(200)));
        else QVERIFY2(r.err.contains(QLatin1Char('"') + nearest + QLatin1Char('"')), qPrintable(r.err.left(200)));
        QVERIFY(r.err.contains(QStringLiteral("nianbao check"))); // the usage
        QVERIFY(r.out.isEmpty());
    }

    // Issue 17.9: a file name or message with control characters cannot drive the terminal.
    void controlCharactersAreShownNotSent()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("a\x1b[2Jb.nianbao"));
        const Run r = nianbao({QStringLiteral("check"), name});
        QCOMPARE(r.status, 2);
        QVERIFY2(!r.err.contains(QChar(0x1b)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("a\\x1b[2Jb.nianbao")), qPrintable(r.err));
    }

    // Issue 17.9: the PDF error names the output once ("x.pdf: x.pdf: …" before).
    void pdfErrorNamesTheFileOnce()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("gone/x.pdf"));
        const Run r = nianbao({QStringLiteral("export"), example(), QStringLiteral("-o"), output});
        QCOMPARE(r.status, 2);
        QCOMPARE(r.err.count(output), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
