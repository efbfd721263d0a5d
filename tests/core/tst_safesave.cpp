// SPDX-License-Identifier: GPL-3.0-or-later
// SafeSave: the one-step replace, the backup, the in-place fallback for folders that refuse the replace, and
// the refusals (missing folder, read-only file, full disk) that must leave the previous file untouched.

#include "files/safesave.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

constexpr uid_t kNobody = 65534;

// Runs `job` in a child process as the unprivileged user "nobody"; its exit status, or -1. Only root can do it:
// how else would a test make a file that belongs to somebody else?
int asNobody(const std::function<bool()> &job)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0) ::_exit(99);
        ::_exit(job() ? 0 : 1);
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool own(const QString &path, uid_t user) { return ::chown(QFile::encodeName(path).constData(), user, user) == 0; }

uid_t ownerOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_uid : uid_t(-1);
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

    // l1 → l2 → real: the end of the chain is replaced, both links stay links (issue 17.5).
    void followsAChainOfLinks()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.nianbao"));
        put(real, "old");
        QVERIFY(QFile::link(real, dir.filePath(QStringLiteral("l2"))));
        QVERIFY(QFile::link(QStringLiteral("l2"), dir.filePath(QStringLiteral("l1")))); // relative, as ln -s makes them
        QVERIFY(SafeSave::write(dir.filePath(QStringLiteral("l1")), "new").ok);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("l1"))).isSymLink());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("l2"))).isSymLink());
        QCOMPARE(contents(real), QByteArray("new"));
        // A link to a file not there yet (a dangling chain) creates the file at the end of the chain.
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("later.nianbao")), dir.filePath(QStringLiteral("d2"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("d2")), dir.filePath(QStringLiteral("d1"))));
        QVERIFY(SafeSave::write(dir.filePath(QStringLiteral("d1")), "first").ok);
        QCOMPARE(contents(dir.filePath(QStringLiteral("later.nianbao"))), QByteArray("first"));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("d1"))).isSymLink());
    }

    void refusesALinkLoop()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.nianbao")), b = dir.filePath(QStringLiteral("b.nianbao"));
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        const SaveOutcome outcome = SafeSave::write(a, "new");
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error, a + QStringLiteral(": cannot save: the link leads round in a loop (or through more than 40 "
                                                   "links); save the report under another name with Save As"));
        QVERIFY(QFileInfo(a).isSymLink());
        QVERIFY(QFileInfo(b).isSymLink());
    }

    void refusesADeviceOrAPipe()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.nianbao"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const SaveOutcome outcome = SafeSave::write(fifo, "new", SaveOptions{true});
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error, fifo + QStringLiteral(": cannot save: not a regular file (a device, a pipe or a socket)"));
        QVERIFY(!QFileInfo(fifo).isFile());
    }

    // A rename is durable only once its folder is synced (issue 17.10): after the replace, never before.
    void syncsTheFolderAfterTheRename()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.nianbao"));
        put(path, "old");
        QStringList steps;
        SafeSave::FileSystem fs = SafeSave::realFileSystem();
        const auto replace = fs.replaceFile;
        fs.replaceFile = [&](const QString &from, const QString &to) { steps << QStringLiteral("replace"); return replace(from, to); };
        fs.syncFolder = [&](const QString &folder) { steps << QStringLiteral("sync ") + folder; };
        QVERIFY(SafeSave::write(path, "new", {}, fs).ok);
        QCOMPARE(steps, (QStringList{QStringLiteral("replace"), QStringLiteral("sync ") + dir.path()}));
        QVERIFY(SafeSave::realFileSystem().syncFolder);
    }

    // Issue 17.6: an administrator saving a clerk's report leaves it the clerk's.
    void keepsTheOwner()
    {
        if (::geteuid() != 0) QSKIP("needs root to make a file that belongs to another user");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.nianbao"));
        put(path, "old");
        QVERIFY(own(path, kNobody));
        QVERIFY(SafeSave::write(path, "new").ok);
        QCOMPARE(contents(path), QByteArray("new"));
        QCOMPARE(ownerOf(path), kNobody);
    }

    // Issue 17.6: a root-owned 0644 report in a folder where anyone may create files is not the clerk's to replace.
    void refusesAnotherUsersFile()
    {
        if (::geteuid() != 0) QSKIP("needs root to make a file that belongs to another user");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
        const QString path = dir.filePath(QStringLiteral("r.nianbao"));
        put(path, "root's");
        const QString expected = path + QStringLiteral(": cannot save: you may not change this file (its owner is root). "
                                                       "Save the report under another name with Save As.");
        QCOMPARE(asNobody([&] {
            const SaveOutcome outcome = SafeSave::write(path, "nobody's");
            if (outcome.error != expected) qWarning("%s", qPrintable(outcome.error));
            return !outcome.ok && outcome.error == expected;
        }), 0);
        QCOMPARE(contents(path), QByteArray("root's"));
        QCOMPARE(ownerOf(path), uid_t(0));
    }

    // Issue 17.9: a read-only folder; no backup was asked for, so the message speaks of the folder, not of ".bak".
    void readOnlyFolderNamesTheFolder()
    {
        if (::geteuid() != 0) QSKIP("needs root to give the folder to another user (the save then runs as that user, for whom the read-only mark holds)");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755)));
        const QString folder = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("shared")));
        const QString path = folder + QStringLiteral("/r.nianbao");
        put(path, "old");
        QVERIFY(own(path, kNobody) && own(folder, kNobody));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x5555)));
        const QString expected = path + QStringLiteral(": cannot save: the folder ") + folder
            + QStringLiteral(" does not allow new files (it is read-only), so the file cannot be replaced safely. "
                             "Save the report in another folder with Save As.");
        QCOMPARE(asNobody([&] {
            const SaveOutcome outcome = SafeSave::write(path, "new");
            if (outcome.error != expected) qWarning("%s", qPrintable(outcome.error));
            return !outcome.ok && outcome.error == expected;
        }), 0);
        QCOMPARE(contents(path), QByteArray("old"));
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
