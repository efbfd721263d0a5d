// SPDX-License-Identifier: GPL-3.0-or-later
// `nianbao export` starts fontconfig itself (issue 18): the first export without parsing the templates in
// conf.avail, the next one (the font choice stored) on the stored faces' folders alone; a report with a character
// none of those faces has goes back to fontconfig's whole configuration. Each says so in its debug log, and each
// writes the same PDF as fontconfig's own start (NIANBAO_FONTCONFIG_FULL_START=1): the same exit code and
// messages, every word at the same place (pdftotext -bbox), the same embedded faces (pdffonts), in both locales,
// for every report of the tests and every example.

#include "poppler.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace testing;

namespace {

const QByteArray kLeanStart = "fontconfig loaded without its templates";
const QByteArray kStoredFonts = "fontconfig loaded on the stored font folders";
const QByteArray kWholeAgain = "fontconfig loaded whole again";

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
    QTest::addColumn<QString>("extra");     // put at the start of the title
    QTest::addColumn<bool>("oneFolder");    // the stored choice keeps only its first font folder
    QTest::addColumn<bool>("wholeAgain");   // the export with the stored choice goes back to the whole configuration
    // Every report of the tests and every example.
    for (const QString &folder : {QStringLiteral("pdf"), QStringLiteral("reports"), QStringLiteral("../../resources/examples")}) {
        const QStringList reports = QDir(testData(folder)).entryList({QStringLiteral("*.nianbao")}, QDir::Files, QDir::Name);
        QVERIFY2(!reports.isEmpty(), qPrintable(testData(folder)));
        for (const QString &name : reports)
            QTest::newRow(qPrintable(folder + QLatin1Char('/') + name)) << folder + QLatin1Char('/') + name << QString() << false << false;
    }
    // ☺ is in no Chinese face: fontconfig's rules choose the face that draws it (DejaVu: fonts-dejavu-core).
    QTest::newRow("fallback face") << QStringLiteral("pdf/gangcha-2019.nianbao") << QStringLiteral("\u263A") << false << true;
    // Faces of the choice missing from the folders fontconfig is started on (AR PL KaitiM GB, WenQuanYi Micro Hei
    // and AR PL SungtiL GB each have their own folder).
    QTest::newRow("faces missing") << QStringLiteral("pdf/gangcha-2019.nianbao") << QString() << true << true;
}

void TestFontconfigStart::samePdfAsFontconfigsOwnStart()
{
    QFETCH(QString, report);
    QFETCH(QString, extra);
    QFETCH(bool, oneFolder);
    QFETCH(bool, wholeAgain);
    QTemporaryDir dir;
    QString path = testData(report);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    if (!extra.isEmpty()) {
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        const QByteArray title = "\"title\": \"";
        const qsizetype at = text.indexOf(title);
        QVERIFY(at > 0);
        text.insert(at + title.size(), extra.toUtf8());
        path = dir.filePath(QStringLiteral("changed.nianbao"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
    const QString cache = dir.filePath(QStringLiteral("cache"));
    const Export first = exportWith(path, dir.filePath(QStringLiteral("first.pdf")), false, cache);
    if (oneFolder) {
        const QDir entries(cache + QStringLiteral("/nianbao"));
        const QStringList files = entries.entryList({QStringLiteral("fonts-*.json")});
        QCOMPARE(files.size(), 1);
        QFile file(entries.filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        const QJsonArray folders = root.value(QStringLiteral("fontFolders")).toArray();
        QVERIFY2(folders.size() >= 3, "the choice's faces are in three folders");
        root.insert(QStringLiteral("fontFolders"), QJsonArray{folders.first()});
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
    }
    const Export stored = exportWith(path, dir.filePath(QStringLiteral("stored.pdf")), false, cache);
    const Export full = exportWith(path, dir.filePath(QStringLiteral("full.pdf")), true, cache);
    QVERIFY2(first.run.started && stored.run.started && full.run.started, "nianbao did not start");
    QVERIFY2(first.run.err.contains(kLeanStart) && !first.run.err.contains(kStoredFonts), first.run.err.constData());
    QVERIFY2(stored.run.err.contains(kStoredFonts) && !stored.run.err.contains(kLeanStart), stored.run.err.constData());
    QCOMPARE(stored.run.err.contains(kWholeAgain), wholeAgain);
    QVERIFY2(!full.run.err.contains(kLeanStart) && !full.run.err.contains(kStoredFonts), full.run.err.constData());
    QCOMPARE(full.run.exitCode, 0);
    QVERIFY(full.words.contains("<word"));
    QVERIFY(full.faces.contains("CID TrueType"));
    for (const Export *e : {&first, &stored}) {
        const QString name = e == &first ? QStringLiteral("first.pdf") : QStringLiteral("stored.pdf");
        QCOMPARE(e->run.exitCode, full.run.exitCode);
        QCOMPARE(QString::fromUtf8(e->run.out).replace(name, QLatin1String("full.pdf")), QString::fromUtf8(full.run.out));
        QCOMPARE(e->words, full.words);
        QCOMPARE(e->faces, full.faces);
    }
}

QTEST_GUILESS_MAIN(TestFontconfigStart)
#include "tst_fontconfigstart.moc"
