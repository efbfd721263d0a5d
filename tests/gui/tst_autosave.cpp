// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave (a throttle to a recovery file of each editor's own), the start-up recovery offer and its handling of
// declined, stale, unchanged, second-editor, foreign and broken recovery files, the lock on an open report, and
// the "crashed while opening" marker.

#include "files/autosaver.h"
#include "files/filecontroller.h"
#include "files/recentfiles.h"
#include "files/recovery.h"
#include "files/recoveryfile.h"
#include "files/recoveryregistry.h"
#include "files/reportfile.h"
#include "model/reportdocument.h"
#include "scripteddialogs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLockFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::gui;

class TestAutosave : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScriptedDialogs m_dialogs;
    QString m_example;

    QString copyExample(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(m_example, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }
    static CellValue count(qint64 n)
    {
        CellValue v;
        v.state = CellValue::State::Value;
        v.value = Quantity{n};
        return v;
    }
    // A recovery file as an editor killed at `writtenAt` would have left it, with the penalty count changed.
    static Recovery recoveryOf(const QString &original, const QDateTime &writtenAt, qint64 penalties)
    {
        Recovery r;
        r.originalPath = original;
        r.writtenAt = writtenAt;
        QString error;
        r.report = *ReportFile::load(original.isEmpty() ? qEnvironmentVariable("NIANBAO_SOURCE_DIR") + QStringLiteral("/resources/examples/example-county-2023.nianbao") : original, &error);
        r.report.cells[r.report.format->cellIndex(QStringLiteral("s2.i6.penalty.decisions"))] = count(penalties);
        return r;
    }
    static qint64 penalties(const ReportDocument &document)
    {
        return document.data().cells.at(document.format().cellIndex(QStringLiteral("s2.i6.penalty.decisions"))).value.number;
    }

public:
    // With NIANBAO_REGISTRY_WORKER=<settings folder>|<name> set, this program is one of several editors adding
    // recovery files to the list at the same time (registryUpdatesAreAtomic), and then exits.
    static void initMain()
    {
        const QString worker = qEnvironmentVariable("NIANBAO_REGISTRY_WORKER");
        if (worker.isEmpty()) return;
        QCoreApplication::setApplicationName(QStringLiteral("tst_autosave"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, worker.section(QLatin1Char('|'), 0, 0));
        QStandardPaths::setTestModeEnabled(true); // the parent's data folder (HOME is inherited)
        for (int i = 0; i < kRegistryAdds; ++i)
            RecoveryRegistry::add(QStringLiteral("/%1/%2.recovery").arg(worker.section(QLatin1Char('|'), 1)).arg(i));
        std::exit(0);
    }

private:
    static constexpr int kRegistryAdds = 25;

private slots:
    void initTestCase()
    {
        // The data folder (untitled recovery files) of this run alone: both locale variants run at once under ctest -j.
        qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_example = qEnvironmentVariable("NIANBAO_SOURCE_DIR") + QStringLiteral("/resources/examples/example-county-2023.nianbao");
        Dialogs::setInstance(&m_dialogs);
    }
    void init()
    {
        QSettings().clear();
        QDir(RecoveryFile::untitledFolder()).removeRecursively();
        m_dialogs = ScriptedDialogs();
    }
    void cleanup() { QVERIFY2(m_dialogs.unexpected.isEmpty(), qPrintable(m_dialogs.unexpected.join(QLatin1Char('\n')))); }

    void anEditIsNotWrittenAtOnce()
    {
        const QString path = copyExample(QStringLiteral("typing.nianbao"));
        ReportDocument document;
        document.load(*ReportFile::load(path, nullptr), path);
        Autosaver autosaver(&document, nullptr, 3600 * 1000); // the throttle never runs out within this test
        document.setCell(document.format().cellIndex(QStringLiteral("s2.i6.penalty.decisions")), count(1));
        QCoreApplication::processEvents();
        autosaver.waitForWrites(); // a write per keystroke would be queued by now
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral(".typing.nianbao.recovery"))));
    }

    void continuousTypingIsSaved()
    {
        const QString path = copyExample(QStringLiteral("typing.nianbao"));
        ReportDocument document;
        document.load(*ReportFile::load(path, nullptr), path);
        Autosaver autosaver(&document, nullptr, 200);
        const QString recovery = m_dir.filePath(QStringLiteral(".typing.nianbao.recovery"));
        const int cell = document.format().cellIndex(QStringLiteral("s2.i6.penalty.decisions"));
        // An edit every 20 ms until the file shows (a generous limit: the suite also runs under ASan): a debounce
        // would postpone the write at every edit and never write; the throttle writes while the typing goes on.
        QElapsedTimer limit;
        limit.start();
        int edits = 0;
        while (!QFileInfo::exists(recovery) && limit.elapsed() < 60000) {
            document.setCell(cell, count(++edits));
            QTest::qWait(20);
        }
        QVERIFY2(QFileInfo::exists(recovery), qPrintable(QString::number(edits)));
        autosaver.waitForWrites();
        QString error;
        const std::optional<Recovery> written = RecoveryFile::read(recovery, &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->originalPath, path);
        QCOMPARE(RecoveryRegistry::files(), QStringList{recovery});
        // Saving removes it.
        QVERIFY(ReportFile::save(document.data(), path, &error));
        document.markSaved();
        QVERIFY(!QFileInfo::exists(recovery));
        QVERIFY(!QFileInfo::exists(recovery + QStringLiteral(".lock")));
        QCOMPARE(RecoveryRegistry::files(), QStringList());
    }

    void eachEditorWritesItsOwnRecoveryFile()
    {
        const QString path = copyExample(QStringLiteral("twice.nianbao"));
        const int cell = ReportFile::load(path, nullptr)->format->cellIndex(QStringLiteral("s2.i6.penalty.decisions"));
        ReportDocument first, second;
        first.load(*ReportFile::load(path, nullptr), path);
        second.load(*ReportFile::load(path, nullptr), path);
        auto firstSaver = std::make_unique<Autosaver>(&first, nullptr, 50);
        Autosaver secondSaver(&second, nullptr, 50);
        first.setCell(cell, count(11));
        second.setCell(cell, count(22));
        const QString firstFile = m_dir.filePath(QStringLiteral(".twice.nianbao.recovery"));
        const QString secondFile = m_dir.filePath(QStringLiteral(".twice.nianbao.2.recovery"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(firstFile) && QFileInfo::exists(secondFile), 30000);
        firstSaver->waitForWrites();
        secondSaver.waitForWrites();
        QCOMPARE(penalties(first), 11);
        QCOMPARE(RecoveryFile::read(firstFile, nullptr)->report.cells.at(cell).value.number, 11);
        QCOMPARE(RecoveryFile::read(secondFile, nullptr)->report.cells.at(cell).value.number, 22);
        QCOMPARE(RecoveryRegistry::files(), (QStringList{firstFile, secondFile}));
        // One editor closing removes its own file only.
        firstSaver.reset();
        QVERIFY(!QFileInfo::exists(firstFile));
        QVERIFY(QFileInfo::exists(secondFile));
        QCOMPARE(RecoveryRegistry::files(), QStringList{secondFile});
    }

    void anUnrecoveredFileIsNotOverwritten()
    {
        // An editor that died left its typing in the first name; the next editor on that report takes the second.
        const QString path = copyExample(QStringLiteral("left.nianbao"));
        const QString left = RecoveryFile::pathFor(path);
        QVERIFY(RecoveryFile::write(recoveryOf(path, QDateTime::currentDateTimeUtc(), 5), left, nullptr));
        ReportDocument document;
        document.load(*ReportFile::load(path, nullptr), path);
        Autosaver autosaver(&document, nullptr, 50);
        document.setCell(document.format().cellIndex(QStringLiteral("s2.i6.penalty.decisions")), count(6));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(RecoveryFile::pathFor(path, 2)), 30000);
        autosaver.waitForWrites();
        QCOMPARE(RecoveryFile::read(left, nullptr)->report.cells.at(document.format().cellIndex(QStringLiteral("s2.i6.penalty.decisions"))).value.number, 5);
    }

    void unsavedReportGoesToTheDataFolderAndNormalExitRemovesIt()
    {
        ReportDocument document;
        document.load(*ReportFile::load(m_example, nullptr));
        const QString expected = QDir(RecoveryFile::untitledFolder()).filePath(QStringLiteral("untitled-1.nianbao.recovery"));
        {
            Autosaver autosaver(&document, nullptr, 50);
            document.setCell(document.format().cellIndex(QStringLiteral("s2.i6.penalty.decisions")), count(7));
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(expected), 30000);
        }
        QVERIFY(!QFileInfo::exists(expected));
    }

    void recoveryIsOfferedWithBothTimes()
    {
        const QString path = copyExample(QStringLiteral("offer.nianbao"));
        const QDateTime written = QFileInfo(path).lastModified().toUTC().addSecs(60);
        const QString recovery = RecoveryFile::pathFor(path);
        QVERIFY(RecoveryFile::write(recoveryOf(path, written, 4321), recovery, nullptr));
        RecoveryRegistry::add(recovery); // as the Autosaver registers it
        m_dialogs.recoveries << true;
        ReportDocument document;
        Autosaver autosaver(&document);
        QVERIFY(StartupRecovery::offer(&document, &autosaver, nullptr));
        QCOMPARE(m_dialogs.asked, QStringList{QStringLiteral("recover: ") + QDir::toNativeSeparators(path)});
        QCOMPARE(m_dialogs.recoveryTimes.value(0).toMSecsSinceEpoch(), written.toMSecsSinceEpoch());
        QCOMPARE(m_dialogs.recoveryTimes.value(1), QFileInfo(path).lastModified().toUTC());
        QCOMPARE(penalties(document), 4321);
        QVERIFY(document.isModified());
        QCOMPARE(document.filePath(), path);
        QCOMPARE(autosaver.recoveryPath(), recovery); // adopted: a save removes it
        document.markSaved();
        QVERIFY(!QFileInfo::exists(recovery));
    }

    void declinedStaleSecondUnchangedForeignAndBroken()
    {
        const QString declined = copyExample(QStringLiteral("declined.nianbao"));
        const QString stale = copyExample(QStringLiteral("stale.nianbao"));
        const QString unchanged = copyExample(QStringLiteral("unchanged.nianbao"));
        const QString foreign = copyExample(QStringLiteral("foreign.nianbao"));
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(RecoveryFile::write(recoveryOf(declined, now, 1), RecoveryFile::pathFor(declined), nullptr));
        // A second editor had the same report open: its typing is different, so it is offered too.
        const QString second = RecoveryFile::pathFor(declined, 2);
        QVERIFY(RecoveryFile::write(recoveryOf(declined, now.addSecs(-30), 2), second, nullptr));
        // Written before the report was last saved (by another editor, perhaps): offered with both times.
        QVERIFY(RecoveryFile::write(recoveryOf(stale, QFileInfo(stale).lastModified().toUTC().addSecs(-10), 3), RecoveryFile::pathFor(stale), nullptr));
        // Nothing to recover: the saved report holds the same.
        Recovery same = recoveryOf(unchanged, now, 3572);
        QVERIFY(RecoveryFile::write(same, RecoveryFile::pathFor(unchanged), nullptr));
        QVERIFY(RecoveryFile::write(recoveryOf(foreign, now, 4), RecoveryFile::pathFor(foreign), nullptr));
        QLockFile running(RecoveryFile::pathFor(foreign) + QStringLiteral(".lock")); // an editor still running owns it
        QVERIFY(running.tryLock(0));
        const QString broken = QDir(RecoveryFile::untitledFolder()).filePath(QStringLiteral("untitled-9.nianbao.recovery"));
        QDir().mkpath(RecoveryFile::untitledFolder());
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"recoveryOf\":\"\",\"writtenAt\":\"2026-01-01T00:00:00Z\"}\n{\"format\": tru");
        file.close();
        for (const QString &recovery : {RecoveryFile::pathFor(declined), second, RecoveryFile::pathFor(stale),
                                        RecoveryFile::pathFor(unchanged), RecoveryFile::pathFor(foreign)})
            RecoveryRegistry::add(recovery);

        m_dialogs.recoveries << false << false << false;
        ReportDocument document;
        Autosaver autosaver(&document);
        QVERIFY(!StartupRecovery::offer(&document, &autosaver, nullptr));
        QVERIFY2(m_dialogs.asked.size() == 4, qPrintable(m_dialogs.asked.join(QLatin1Char('\n'))));
        QVERIFY2(m_dialogs.asked.at(0).startsWith(QStringLiteral("warn: ") + broken), qPrintable(m_dialogs.asked.at(0)));
        // Newest first.
        QCOMPARE(m_dialogs.asked.mid(1), (QStringList{QStringLiteral("recover: ") + QDir::toNativeSeparators(declined),
                                                      QStringLiteral("recover: ") + QDir::toNativeSeparators(declined),
                                                      QStringLiteral("recover: ") + QDir::toNativeSeparators(stale)}));
        QVERIFY(!document.hasReport());
        QVERIFY(!QFileInfo::exists(RecoveryFile::pathFor(declined)));
        QVERIFY(!QFileInfo::exists(second));
        QVERIFY(!QFileInfo::exists(RecoveryFile::pathFor(stale)));
        QVERIFY(!QFileInfo::exists(RecoveryFile::pathFor(unchanged)));
        QVERIFY(QFileInfo::exists(RecoveryFile::pathFor(foreign)));
        QVERIFY(QFileInfo::exists(broken + QStringLiteral(".broken")));
        QCOMPARE(RecoveryRegistry::files(), QStringList{RecoveryFile::pathFor(foreign)});
    }

    void twoEditorsTypingAreBothRecoveredInTwoWindows()
    {
        const QString path = copyExample(QStringLiteral("both.nianbao"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(RecoveryFile::write(recoveryOf(path, now, 111), RecoveryFile::pathFor(path), nullptr));
        QVERIFY(RecoveryFile::write(recoveryOf(path, now.addSecs(-1), 222), RecoveryFile::pathFor(path, 2), nullptr));
        RecoveryRegistry::add(RecoveryFile::pathFor(path));
        RecoveryRegistry::add(RecoveryFile::pathFor(path, 2));
        m_dialogs.recoveries << true << true;
        ReportDocument document, extraDocument;
        Autosaver autosaver(&document), extraAutosaver(&extraDocument);
        int windowsMade = 0;
        QCOMPARE(StartupRecovery::offer(RecoveryTarget{&document, &autosaver, nullptr}, [&] {
                     ++windowsMade;
                     return RecoveryTarget{&extraDocument, &extraAutosaver, nullptr};
                 }), 2);
        QCOMPARE(windowsMade, 1);
        QCOMPARE(penalties(document), 111);
        QCOMPARE(penalties(extraDocument), 222);
        QVERIFY(document.isModified() && extraDocument.isModified());
        QCOMPARE(autosaver.recoveryPath(), RecoveryFile::pathFor(path));
        QCOMPARE(extraAutosaver.recoveryPath(), RecoveryFile::pathFor(path, 2));
    }

    void registryUpdatesAreAtomic()
    {
        // Editors adding to the list at once: without the lock around each read-modify-write, one editor's write
        // of the whole list drops what another added in between.
        QList<QProcess *> editors;
        for (int n = 0; n < 6; ++n) {
            auto *editor = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("NIANBAO_REGISTRY_WORKER"), m_dir.filePath(QStringLiteral("settings")) + QStringLiteral("|editor%1").arg(n));
            editor->setProcessEnvironment(env);
            editor->start(QCoreApplication::applicationFilePath(), {});
            editors << editor;
        }
        for (QProcess *editor : std::as_const(editors)) {
            QVERIFY(editor->waitForFinished(120000));
            QCOMPARE(editor->exitCode(), 0);
        }
        qDeleteAll(editors);
        const QStringList files = RecoveryRegistry::files();
        QCOMPARE(files.size(), 6 * kRegistryAdds);
        QVERIFY(files.contains(QStringLiteral("/editor5/24.recovery")));
    }

    void listKeptInTheSettingsByEarlierVersionsIsMovedIntoTheListFile()
    {
        QSettings().setValue(QStringLiteral("recovery/files"), QStringList{QStringLiteral("/old/a.recovery"), QStringLiteral("/old/b.recovery")});
        RecoveryRegistry::add(QStringLiteral("/new/c.recovery"));
        QCOMPARE(RecoveryRegistry::files(), (QStringList{QStringLiteral("/old/a.recovery"), QStringLiteral("/old/b.recovery"), QStringLiteral("/new/c.recovery")}));
        QVERIFY(!QSettings().contains(QStringLiteral("recovery/files")));
        QFile list(RecoveryRegistry::listPath());
        QVERIFY(list.open(QIODevice::ReadOnly));
        QVERIFY(list.readAll().contains("/old/b.recovery"));
    }

    void damagedListIsKeptAndStartedAfresh()
    {
        QDir().mkpath(RecoveryFile::untitledFolder());
        QFile list(RecoveryRegistry::listPath());
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("[\"/x/a.recovery\", tru");
        list.close();
        QCOMPARE(RecoveryRegistry::files(), QStringList());
        QVERIFY(QFileInfo::exists(RecoveryRegistry::listPath() + QStringLiteral(".broken")));
        RecoveryRegistry::add(QStringLiteral("/x/b.recovery"));
        QCOMPARE(RecoveryRegistry::files(), QStringList{QStringLiteral("/x/b.recovery")});
        RecoveryRegistry::remove(QStringLiteral("/x/b.recovery"));
        QVERIFY(!QFileInfo::exists(RecoveryRegistry::listPath())); // an empty list leaves no file behind
    }

    void fileThatCrashedWhileOpeningIsNotReopenedSilently()
    {
        const QString path = copyExample(QStringLiteral("crasher.nianbao"));
        StartupRecovery::beginOpening(path); // … and the editor died here
        m_dialogs.confirmations << false;
        QVERIFY(!StartupRecovery::mayOpenAtStart(path, nullptr));
        QCOMPARE(m_dialogs.asked.size(), 1);
        QVERIFY(m_dialogs.asked.at(0).contains(QDir::toNativeSeparators(path)));
        // Asked once: the next start opens it without asking.
        QVERIFY(StartupRecovery::mayOpenAtStart(path, nullptr));
        QCOMPARE(m_dialogs.asked.size(), 1);
    }

    void changeOnDiskIsNoticedBeforeOverwriting()
    {
        const QString path = copyExample(QStringLiteral("shared.nianbao"));
        QWidget window;
        ReportDocument document;
        RecentFiles recent;
        FileController files(&document, &recent, &window);
        QVERIFY(files.openFile(path));
        document.setCell(document.format().cellIndex(QStringLiteral("s2.i6.penalty.decisions")), count(1));
        // Another program rewrites the file (a colleague on a shared folder).
        QFile other(path);
        QVERIFY(other.open(QIODevice::ReadWrite));
        QVERIFY(other.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        other.close();
        m_dialogs.confirmations << false << true;
        QVERIFY(!files.save());
        QCOMPARE(m_dialogs.asked.size(), 1);
        QVERIFY2(m_dialogs.asked.at(0).startsWith(QStringLiteral("confirm: ") + path + QStringLiteral(" was changed by another program")),
                 qPrintable(m_dialogs.asked.at(0)));
        QCOMPARE(ReportFile::load(path, nullptr)->cells.at(document.format().cellIndex(QStringLiteral("s2.i6.penalty.decisions"))).value.number, 3572);
        QVERIFY(files.save()); // overwrite confirmed
        QCOMPARE(ReportFile::load(path, nullptr)->cells.at(document.format().cellIndex(QStringLiteral("s2.i6.penalty.decisions"))).value.number, 1);
        QVERIFY(files.save()); // saved by us since: no question
        QCOMPARE(m_dialogs.asked.size(), 2);
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
