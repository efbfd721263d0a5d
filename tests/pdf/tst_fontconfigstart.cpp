// SPDX-License-Identifier: GPL-3.0-or-later
// `nianbao export` starts fontconfig itself, without parsing the templates in conf.avail (issue 18): the export
// says so in its debug log, and writes the same PDF as with fontconfig's own start (NIANBAO_FONTCONFIG_FULL_START=1):
// the same exit code and messages, every word at the same place (pdftotext -bbox), the same embedded faces
// (pdffonts), in both locales; also for a character only a face outside the chosen ones has, which fontconfig's
// rules pick as a fallback.

#include "poppler.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace testing;

namespace {

const QByteArray kLeanStart = "fontconfig loaded without its templates";

struct Export {
    Run run;
    QByteArray words; // pdftotext -bbox, without the creation time
    QByteArray faces; // pdffonts
};

Export exportWith(const QString &report, const QString &pdf, bool fullStart, const QString &cache)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("nianbao.fonts.debug=true"));
    if (fullStart) env.insert(QStringLiteral("NIANBAO_FONTCONFIG_FULL_START"), QStringLiteral("1"));
    Export e;
    e.run = run(nianbaoBinary(), {QStringLiteral("export"), report, QStringLiteral("-o"), pdf}, env);
    if (!QFile::exists(pdf)) return e;
    e.words = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}).out;
    static const QRegularExpression created(QStringLiteral("<meta name=\"CreationDate\"[^>]*>"));
    e.words = QString::fromUtf8(e.words).remove(created).toUtf8();
    e.faces = run(QStringLiteral("pdffonts"), {pdf}).out;
    return e;
}

} // namespace

class TestFontconfigStart : public QObject
{
    Q_OBJECT

private slots:
    void samePdfAsFontconfigsOwnStart_data();
    void samePdfAsFontconfigsOwnStart();
};

void TestFontconfigStart::samePdfAsFontconfigsOwnStart_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("extra"); // appended to the organ's name
    QTest::newRow("gangcha-2019") << QStringLiteral("pdf/gangcha-2019.nianbao") << QString();
    QTest::newRow("shuyang-2025") << QStringLiteral("pdf/shuyang-2025.nianbao") << QString();
    QTest::newRow("jidong-2020") << QStringLiteral("reports/jidong-2020.nianbao") << QString();
    // ☺ is in no Chinese face here: fontconfig's fallback (DejaVu) draws it, or nothing has it and both refuse.
    QTest::newRow("fallback face") << QStringLiteral("pdf/gangcha-2019.nianbao") << QStringLiteral("\u263A");
}

void TestFontconfigStart::samePdfAsFontconfigsOwnStart()
{
    QFETCH(QString, report);
    QFETCH(QString, extra);
    QTemporaryDir dir;
    QString path = testData(report);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    if (!extra.isEmpty()) {
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        const QByteArray organ = "\"organ\": \"";
        const qsizetype at = text.indexOf(organ);
        QVERIFY(at > 0);
        const qsizetype end = text.indexOf('"', at + organ.size());
        text.insert(end, extra.toUtf8());
        path = dir.filePath(QStringLiteral("changed.nianbao"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
    const QString cache = dir.filePath(QStringLiteral("cache"));
    const Export lean = exportWith(path, dir.filePath(QStringLiteral("lean.pdf")), false, cache);
    const Export full = exportWith(path, dir.filePath(QStringLiteral("full.pdf")), true, cache);
    QVERIFY2(lean.run.started && full.run.started, "nianbao did not start");
    QVERIFY2(lean.run.err.contains(kLeanStart), lean.run.err.constData());
    QVERIFY2(!full.run.err.contains(kLeanStart), full.run.err.constData());
    QCOMPARE(lean.run.exitCode, full.run.exitCode);
    QCOMPARE(QString::fromUtf8(lean.run.out).replace(QLatin1String("lean.pdf"), QLatin1String("full.pdf")), QString::fromUtf8(full.run.out));
    if (extra.isEmpty()) {
        QCOMPARE(lean.run.exitCode, 0);
        QVERIFY(full.words.contains("<word"));
        QVERIFY(full.faces.contains("CID TrueType"));
    }
    QCOMPARE(lean.words, full.words);
    QCOMPARE(lean.faces, full.faces);
}

QTEST_GUILESS_MAIN(TestFontconfigStart)
#include "tst_fontconfigstart.moc"
