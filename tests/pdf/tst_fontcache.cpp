// SPDX-License-Identifier: GPL-3.0-or-later
// The font choice kept on disk between runs (issue 18): read back whole, never under another key, never from a
// damaged file; the key changes when a font is added to a font folder, when fontconfig's configuration changes
// and when the installed families change; and `nianbao export` prints the same faces and writes the same fonts
// whether it chose them itself, from the stored entry, or after the entry was damaged.

#include "poppler.h"
#include "render/fontcache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <utime.h>

using namespace nianbao;
using namespace testing;

namespace {

FontCache::Entry sampleEntry()
{
    FontCache::Entry entry;
    entry.catalogue.add(QStringLiteral("AR PL KaitiM GB"), {QStringLiteral("文鼎ＰＬ简中楷")});
    entry.catalogue.add(QStringLiteral("WenQuanYi Micro Hei"), {QStringLiteral("文泉驿微米黑"), QStringLiteral("黑体")});
    entry.catalogue.add(QStringLiteral("Restricted Song"));
    entry.embeddable.insert(QStringLiteral("AR PL KaitiM GB"), true);
    entry.embeddable.insert(QStringLiteral("WenQuanYi Micro Hei"), true);
    entry.embeddable.insert(QStringLiteral("Restricted Song"), false);
    return entry;
}

// Moves a file's or folder's modification time `seconds` on, as installing a font a while later would.
bool touchLater(const QString &path, int seconds)
{
    const QFileInfo info(path);
    const qint64 when = info.lastModified().toSecsSinceEpoch() + seconds;
    utimbuf times{time_t(when), time_t(when)};
    return ::utime(QFile::encodeName(path).constData(), &times) == 0;
}

QStringList fontLines(const QByteArray &out)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("  "))) lines << line;
    return lines;
}

} // namespace

class TestFontCache : public QObject
{
    Q_OBJECT

private slots:
    void storedEntryReadsBackWhole();
    void otherKeyIsNotRead();
    void damagedFileIsNotRead_data();
    void damagedFileIsNotRead();
    void keyFollowsFontsAndConfiguration();
    void exportChoosesTheSameFacesFromTheCache();
};

void TestFontCache::storedEntryReadsBackWhole()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sub/fonts.json"));
    QVERIFY(FontCache::save(file, QStringLiteral("key 1"), sampleEntry()));
    const std::optional<FontCache::Entry> loaded = FontCache::load(file, QStringLiteral("key 1"));
    QVERIFY(loaded);
    QCOMPARE(loaded->catalogue.families(), (QStringList{QStringLiteral("AR PL KaitiM GB"), QStringLiteral("WenQuanYi Micro Hei"),
                                                        QStringLiteral("Restricted Song")}));
    QCOMPARE(loaded->catalogue.find(QStringLiteral("文鼎ＰＬ简中楷")), QStringLiteral("AR PL KaitiM GB"));
    QCOMPARE(loaded->catalogue.find(QStringLiteral("黑体")), QStringLiteral("WenQuanYi Micro Hei"));
    QCOMPARE(loaded->catalogue.find(QStringLiteral("wenquanyi micro hei")), QStringLiteral("WenQuanYi Micro Hei"));
    QCOMPARE(loaded->catalogue.find(QStringLiteral("仿宋")), QString());
    QCOMPARE(loaded->catalogue.namesOf(QStringLiteral("WenQuanYi Micro Hei")),
             (QStringList{QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("文泉驿微米黑"), QStringLiteral("黑体")}));
    QCOMPARE(loaded->embeddable.value(QStringLiteral("AR PL KaitiM GB")), true);
    QCOMPARE(loaded->embeddable.value(QStringLiteral("Restricted Song"), true), false);
    QCOMPARE(loaded->embeddable.size(), 3);
}

void TestFontCache::otherKeyIsNotRead()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("fonts.json"));
    QVERIFY(FontCache::save(file, QStringLiteral("key 1"), sampleEntry()));
    QVERIFY(!FontCache::load(file, QStringLiteral("key 2")));
    QVERIFY(!FontCache::load(file, QStringLiteral("key")));
    QVERIFY(!FontCache::load(dir.filePath(QStringLiteral("missing.json")), QStringLiteral("key 1")));
}

void TestFontCache::damagedFileIsNotRead_data()
{
    QTest::addColumn<QByteArray>("content");
    // The file keeps the keys' SHA-256: the key "k" below is stored as 8254c3…0d7a, so each row fails for its damage.
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("\x00\x01garbage", 9);
    QTest::newRow("cut short") << QByteArray(R"({"key":"8254c329a92850f6d539dd376f4816ee2764517da5e0235514af433164480d7a","families":[["AR PL KaitiM GB")");
    QTest::newRow("family without a name") << QByteArray(R"({"key":"8254c329a92850f6d539dd376f4816ee2764517da5e0235514af433164480d7a","families":[[]],"embeddable":{}})");
    QTest::newRow("family named empty") << QByteArray(R"({"key":"8254c329a92850f6d539dd376f4816ee2764517da5e0235514af433164480d7a","families":[[""]],"embeddable":{}})");
    QTest::newRow("an array") << QByteArray(R"([1,2,3])");
}

void TestFontCache::damagedFileIsNotRead()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("fonts.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QVERIFY(!FontCache::load(f.fileName(), QStringLiteral("k")));
}

void TestFontCache::keyFollowsFontsAndConfiguration()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("fonts/truetype")));
    const QString conf = dir.filePath(QStringLiteral("fonts.conf"));
    QFile f(conf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("<?xml version=\"1.0\"?>\n<fontconfig><dir>%1</dir><cachedir>%2</cachedir></fontconfig>\n")
                .arg(dir.filePath(QStringLiteral("fonts")), dir.filePath(QStringLiteral("cache")))
                .toUtf8());
    f.close();
    qputenv("FONTCONFIG_FILE", conf.toUtf8());
    const QStringList families{QStringLiteral("AR PL KaitiM GB")}, wanted{QStringLiteral("仿宋_GB2312"), QStringLiteral("AR PL KaitiM GB")};
    const QString before = FontCache::currentKey(families, wanted);
    QCOMPARE(FontCache::currentKey(families, wanted), before); // nothing changed: the same key

    // A font added to a folder below a <dir>: that folder's time changes.
    QFile font(dir.filePath(QStringLiteral("fonts/truetype/new.ttf")));
    QVERIFY(font.open(QIODevice::WriteOnly));
    font.close();
    QVERIFY(touchLater(dir.filePath(QStringLiteral("fonts/truetype")), 10));
    const QString added = FontCache::currentKey(families, wanted);
    QVERIFY(added != before);

    // The configuration edited (a rule that renames a face).
    QVERIFY(touchLater(conf, 20));
    const QString edited = FontCache::currentKey(families, wanted);
    QVERIFY(edited != added);

    // fontconfig's cache rewritten (a font changed in a folder this key does not know of).
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("cache")));
    const QString cacheCreated = FontCache::currentKey(families, wanted);
    QVERIFY(cacheCreated != edited);

    // A font of the program's own folder replaced (same family, another file).
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bundled")));
    QFile bundled(dir.filePath(QStringLiteral("bundled/face.ttf")));
    QVERIFY(bundled.open(QIODevice::WriteOnly));
    bundled.close();
    const QStringList bundledFolder{dir.filePath(QStringLiteral("bundled"))};
    const QString withBundled = FontCache::currentKey(families, wanted, bundledFolder);
    QVERIFY(withBundled != cacheCreated);
    QVERIFY(touchLater(bundled.fileName(), 30));
    QVERIFY(FontCache::currentKey(families, wanted, bundledFolder) != withBundled);

    // Other families installed, other names looked for, another locale.
    QVERIFY(FontCache::currentKey(families + QStringList{QStringLiteral("LXGW WenKai")}, wanted) != cacheCreated);
    QVERIFY(FontCache::currentKey(families, wanted.mid(1)) != cacheCreated);
    const QByteArray lang = qgetenv("LANG");
    qputenv("LANG", lang == "zh_CN.UTF-8" ? "C.UTF-8" : "zh_CN.UTF-8");
    QVERIFY(FontCache::currentKey(families, wanted) != cacheCreated);
    qputenv("LANG", lang);
    QCOMPARE(FontCache::currentKey(families, wanted), cacheCreated);
    qunsetenv("FONTCONFIG_FILE");
}

void TestFontCache::exportChoosesTheSameFacesFromTheCache()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    const QString report = testData(QStringLiteral("pdf/gangcha-2019.nianbao"));
    QVERIFY(QFile::exists(report));
    const auto exportTo = [&](const QString &name) {
        return run(nianbaoBinary(), {QStringLiteral("export"), report, QStringLiteral("-o"), dir.filePath(name)}, env);
    };
    const Run chosen = exportTo(QStringLiteral("chosen.pdf"));
    QVERIFY2(chosen.exitCode == 0, chosen.err.constData());
    const QStringList stored = QDir(dir.filePath(QStringLiteral("cache/nianbao"))).entryList({QStringLiteral("fonts-*.json")});
    QCOMPARE(stored.size(), 1);
    const QString entry = dir.filePath(QStringLiteral("cache/nianbao/") + stored.first());
    const QStringList faces = fontLines(chosen.out);
    QCOMPARE(faces.size(), 6); // 仿宋, 黑体, 楷体, 小标宋, 宋体 and the faces embedded

    const Run cached = exportTo(QStringLiteral("cached.pdf"));
    QVERIFY2(cached.exitCode == 0, cached.err.constData());
    QCOMPARE(fontLines(cached.out), faces);

    QFile damaged(entry);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"key\":");
    damaged.close();
    const Run rebuilt = exportTo(QStringLiteral("rebuilt.pdf"));
    QVERIFY2(rebuilt.exitCode == 0, rebuilt.err.constData());
    QCOMPARE(fontLines(rebuilt.out), faces);
    QVERIFY(QFileInfo(entry).size() > 100); // written again, whole

    // The PDFs name and embed the same fonts and hold the same text.
    for (const QString &name : {QStringLiteral("cached.pdf"), QStringLiteral("rebuilt.pdf")})
        QCOMPARE(rawText(dir.filePath(name)), rawText(dir.filePath(QStringLiteral("chosen.pdf"))));
    const Run fontsChosen = run(QStringLiteral("pdffonts"), {dir.filePath(QStringLiteral("chosen.pdf"))});
    const Run fontsCached = run(QStringLiteral("pdffonts"), {dir.filePath(QStringLiteral("cached.pdf"))});
    QVERIFY(fontsChosen.started);
    QVERIFY(fontsChosen.out.contains("CID TrueType"));
    QCOMPARE(fontsCached.out, fontsChosen.out);
}

QTEST_GUILESS_MAIN(TestFontCache)
#include "tst_fontcache.moc"
