// SPDX-License-Identifier: GPL-3.0-or-later
// SafeSave: the one-step replace, the backup, the in-place fallback for folders that refuse the replace, and
// the refusals (missing folder, read-only file, full disk) that must leave the previous file untouched.

#include "files/safesave.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Everything in the folder, hidden files included: no temporary file may be left behind.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

SafeSave::FileSystem refusingReplace()
{
    SafeSave::FileSystem fs = SafeSave::realFileSystem();
    fs.replaceFile = [](const QString &, const QString &) { return false; };
    return fs;
}

SafeSave::FileSystem withFreeSpace(qint64 bytes)
{
    SafeSave::FileSystem fs = SafeSave::realFileSystem();
    fs.bytesAvailable = [bytes](const QString &) { return bytes; };
    return fs;
}

} // namespace

class TestSafeSave : public QObject
{
    Q_OBJECT
private slots:
    // The one-step replace, and the fallback for network and synced folders that refuse it: written in place,
    // read back, nothing lost either way; no temporary file left behind.
    void writes_data()
    {
        QTest::addColumn<bool>("existed");
        QTest::addColumn<bool>("keepBackup");
        QTest::addColumn<bool>("replaceRefused");
        QTest::addColumn<QStringList>("filesAfter");
        const QStringList one{QStringLiteral("r.nianbao")};
        const QStringList withBackup{QStringLiteral("r.nianbao"), QStringLiteral("r.nianbao.bak")};
        QTest::newRow("new file") << false << false << false << one;
        QTest::newRow("new file, backup asked") << false << true << false << one;
        QTest::newRow("replace") << true << false << false << one;
        QTest::newRow("replace, backup") << true << true << false << withBackup;
        QTest::newRow("refused: new file") << false << false << true << one;
        QTest::newRow("refused: replace") << true << false << true << one;
        QTest::newRow("refused: replace, backup") << true << true << true << withBackup;
    }
    void writes()
    {
        QFETCH(bool, existed);
        QFETCH(bool, keepBackup);
        QFETCH(bool, replaceRefused);
        QFETCH(QStringList, filesAfter);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.nianbao"));
        if (existed) put(path, "old version");
        const SaveOutcome outcome = SafeSave::write(path, "new version", SaveOptions{keepBackup},
                                                    replaceRefused ? refusingReplace() : SafeSave::realFileSystem());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.wroteInPlace, replaceRefused);
        QCOMPARE(contents(path), QByteArray("new version"));
        QCOMPARE(entries(dir.path()), filesAfter);
        if (existed && keepBackup) {
            QCOMPARE(outcome.backupPath, path + QStringLiteral(".bak"));
            QCOMPARE(contents(outcome.backupPath), QByteArray("old version"));
        } else {
            QVERIFY(outcome.backupPath.isEmpty());
        }
    }

    void keepsThePermissionsOfTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.nianbao"));
        put(path, "old");
        const auto shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup;
        QVERIFY(QFile::setPermissions(path, shared));
        QVERIFY(SafeSave::write(path, "new").ok);
        // Owner, group and others (the "user" bits only mirror whichever of them applies to this process).
        QCOMPARE(QFile::permissions(path) & 0xF0FF, shared);
    }

    void followsALink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.nianbao"));
        const QString link = dir.filePath(QStringLiteral("link.nianbao"));
        put(real, "old");
        QVERIFY(QFile::link(real, link));
        QVERIFY(SafeSave::write(link, "new").ok);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(contents(real), QByteArray("new"));
    }

    void refusesAndLeavesTheOldFile_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("message"); // after "<path>: cannot save: "
        QTest::newRow("read-only file")
            << QStringLiteral("read-only")
            << QStringLiteral("the file is read-only. Save the report under another name with Save As, or clear the file's read-only mark.");
        QTest::newRow("full disk")
            << QStringLiteral("full")
            << QStringLiteral("the disk is full (3 KB free, 65 KB needed). Free some space, or save the report on another drive with Save As.");
        QTest::newRow("folder in the way")
            << QStringLiteral("folder") << QStringLiteral("a folder of that name is in the way");
    }
    void refusesAndLeavesTheOldFile()
    {
        QFETCH(QString, problem);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.nianbao"));
        SafeSave::FileSystem fs = SafeSave::realFileSystem();
        if (problem == QLatin1String("folder")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("r.nianbao")));
        } else {
            put(path, "old version");
            if (problem == QLatin1String("read-only")) QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
            if (problem == QLatin1String("full")) fs = withFreeSpace(3 * 1024);
        }
        const SaveOutcome outcome = SafeSave::write(path, QByteArray(100, 'x'), SaveOptions{true}, fs);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error, QDir::toNativeSeparators(path) + QStringLiteral(": cannot save: ") + message);
        if (problem != QLatin1String("folder")) {
            QCOMPARE(contents(path), QByteArray("old version"));
            QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("r.nianbao")});
        }
    }

    void refusesAMissingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone/r.nianbao"));
        const SaveOutcome outcome = SafeSave::write(path, "x");
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error, QDir::toNativeSeparators(path) + QStringLiteral(": cannot save: the folder ")
                                    + QDir::toNativeSeparators(dir.filePath(QStringLiteral("gone")))
                                    + QStringLiteral(" does not exist (a removed drive or a disconnected network folder?)"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("gone"))));
    }
};

QTEST_GUILESS_MAIN(TestSafeSave)
#include "tst_safesave.moc"
