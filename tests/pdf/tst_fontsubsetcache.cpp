// SPDX-License-Identifier: GPL-3.0-or-later
// The cut-down font programs kept between exports (render/fontsubsetcache.h, issue 18): an export that finds them
// writes the same PDF, byte for byte, as one that cuts the faces itself; a damaged entry is made again, not used;
// the newest 32 entries are kept; a batch export keeps none.

#include "poppler.h"
#include "render/fontsubsetcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace testing;

namespace {

QString example()
{
    return testData(QStringLiteral("../../resources/examples/example-county-2023.nianbao"));
}

QStringList entries(const QString &cache)
{
    return QDir(cache + QStringLiteral("/nianbao/subsets")).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestFontSubsetCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run exportTo(const QString &pdf, const QString &cache, bool cacheOff = false)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
        if (cacheOff) env.insert(QStringLiteral("NIANBAO_SUBSET_CACHE"), QStringLiteral("off"));
        return run(nianbaoBinary(), {QStringLiteral("export"), example(), QStringLiteral("-o"), pdf}, env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("unit-cache")).toLocal8Bit());
    }

    void secondExportUsesTheEntriesAndWritesTheSamePdf()
    {
        const QString cache = m_dir.filePath(QStringLiteral("cache"));
        QCOMPARE(exportTo(m_dir.filePath(QStringLiteral("first.pdf")), cache).exitCode, 0);
        // One entry a face: the example embeds three (AR PL SungtiL GB, AR PL KaitiM GB, WenQuanYi Micro Hei).
        const QStringList made = entries(cache);
        QCOMPARE(made.size(), 3);
        QHash<QString, QDateTime> written;
        for (const QString &name : made)
            written.insert(name, QFileInfo(cache + QStringLiteral("/nianbao/subsets/") + name).lastModified());
        QTest::qSleep(20); // a rewritten entry would have a later time

        QCOMPARE(exportTo(m_dir.filePath(QStringLiteral("second.pdf")), cache).exitCode, 0);
        QCOMPARE(entries(cache), made);
        for (const QString &name : made)
            QCOMPARE(QFileInfo(cache + QStringLiteral("/nianbao/subsets/") + name).lastModified(), written.value(name));
        const QByteArray first = pdfWithoutCreationDate(m_dir.filePath(QStringLiteral("first.pdf")));
        QVERIFY(first.size() > 100000);
        QCOMPARE(pdfWithoutCreationDate(m_dir.filePath(QStringLiteral("second.pdf"))), first);

        // Turned off: nothing kept, the same PDF.
        const QString none = m_dir.filePath(QStringLiteral("none"));
        QCOMPARE(exportTo(m_dir.filePath(QStringLiteral("off.pdf")), none, true).exitCode, 0);
        QCOMPARE(entries(none), QStringList());
        QCOMPARE(pdfWithoutCreationDate(m_dir.filePath(QStringLiteral("off.pdf"))), first);
    }

    // A batch of different reports would only push each other's entries out: it keeps none.
    void batchKeepsNone()
    {
        const QString cache = m_dir.filePath(QStringLiteral("batch"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
        const Run r = run(nianbaoBinary(), {QStringLiteral("export"), example(), testData(QStringLiteral("pdf/gangcha-2019.nianbao")),
                                            QStringLiteral("--outdir"), m_dir.filePath(QStringLiteral("batch-out"))}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("batch-out"))).entryList(QDir::Files).size(), 2);
        QCOMPARE(entries(cache), QStringList());
    }

    void damagedEntriesAreMadeAgain_data()
    {
        QTest::addColumn<QByteArray>("damage"); // what each entry is replaced with; empty: cut in half
        QTest::newRow("cut short") << QByteArray();
        QTest::newRow("other bytes") << QByteArray(5000, 'x');
        QTest::newRow("empty") << QByteArray("");
    }
    void damagedEntriesAreMadeAgain()
    {
        QFETCH(QByteArray, damage);
        const QString cache = m_dir.filePath(QStringLiteral("damaged-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QCOMPARE(exportTo(m_dir.filePath(QStringLiteral("clean.pdf")), cache).exitCode, 0);
        const QString folder = cache + QStringLiteral("/nianbao/subsets/");
        QHash<QString, qint64> sizes;
        for (const QString &name : entries(cache)) {
            QFile entry(folder + name);
            sizes.insert(name, entry.size());
            QVERIFY(entry.open(QIODevice::ReadWrite));
            if (damage.isNull()) {
                QVERIFY(entry.resize(entry.size() / 2));
            } else {
                QVERIFY(entry.resize(0));
                entry.write(damage);
            }
        }
        QCOMPARE(exportTo(m_dir.filePath(QStringLiteral("again.pdf")), cache).exitCode, 0);
        QCOMPARE(pdfWithoutCreationDate(m_dir.filePath(QStringLiteral("again.pdf"))), pdfWithoutCreationDate(m_dir.filePath(QStringLiteral("clean.pdf"))));
        for (const QString &name : entries(cache)) QCOMPARE(QFileInfo(folder + name).size(), sizes.value(name));
    }

    void keysFollowTheFaceAndTheGlyphsInOrder()
    {
        const QByteArray key = FontSubsetCache::keyFor("/f.ttf\n0\n100\n5", {3, 1, 2});
        QCOMPARE(key.size(), 40);
        QCOMPARE(FontSubsetCache::keyFor("/f.ttf\n0\n100\n5", {3, 1, 2}), key);
        QVERIFY(FontSubsetCache::keyFor("/f.ttf\n0\n100\n5", {1, 2, 3}) != key);
        QVERIFY(FontSubsetCache::keyFor("/f.ttf\n0\n100\n6", {3, 1, 2}) != key); // the file changed
        QCOMPARE(FontSubsetCache::keyFor(QByteArray(), {3, 1, 2}), QByteArray()); // tables from Qt: not kept
    }

    void onlyTheNewestEntriesAreKept()
    {
        QList<QByteArray> keys;
        // Entries are told apart by their time: each one is dated a minute after the one before (set, so the test
        // does not depend on the file system's clock resolution).
        const QDateTime start = QDateTime::currentDateTime().addDays(-1);
        for (int i = 0; i < 40; ++i) {
            keys << FontSubsetCache::keyFor("/f.ttf\n0\n100\n5", {quint32(i)});
            FontSubsetCache::store(keys.last(), {QByteArray("program ") + QByteArray::number(i), QByteArray("map")});
            QFile entry(FontSubsetCache::folder() + QLatin1Char('/') + QString::fromLatin1(keys.last()));
            QVERIFY(entry.open(QIODevice::ReadWrite));
            QVERIFY(entry.setFileTime(start.addSecs(60 * i), QFileDevice::FileModificationTime));
        }
        QCOMPARE(QDir(FontSubsetCache::folder()).entryList(QDir::Files).size(), 32);
        QVERIFY(!FontSubsetCache::load(keys.first()));
        const std::optional<FontSubsetCache::Entry> newest = FontSubsetCache::load(keys.last());
        QVERIFY(newest);
        QCOMPARE(newest->program, QByteArray("program 39"));
        QCOMPARE(newest->cidToGid, QByteArray("map"));
        QVERIFY(!FontSubsetCache::load(FontSubsetCache::keyFor("/f.ttf\n0\n100\n5", {1000}))); // never stored
    }
};

QTEST_GUILESS_MAIN(TestFontSubsetCache)
#include "tst_fontsubsetcache.moc"
