// SPDX-License-Identifier: GPL-3.0-or-later
// The real program, killed with SIGKILL once its autosave holds what was typed, offers at the next start exactly
// what was typed; two editors on the same report (the second one read-only, told who holds it) are killed and both
// windows' typing is offered at the next start. The editor runs as a child process (offscreen, with its own HOME and XDG folders so its
// settings are isolated). Keys cannot be sent into another process offscreen, so the child types into its own
// window through NIANBAO_TEST_SCRIPT (app/gui/testhooks/testhooks.h, built into bin/nianbao-testhooks only): mouse and key events posted to its real widgets, the
// same path a keyboard takes from the table view to the cell editor and the document. The answers to its
// questions come from NIANBAO_TEST_ANSWERS, which also prints each question, and "dump" writes what it shows.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

class TestKillRecover : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_report;

    QProcessEnvironment environment(const QString &script, const QString &answers) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
        env.insert(QStringLiteral("NIANBAO_TEST_SCRIPT"), script);
        if (!answers.isEmpty()) env.insert(QStringLiteral("NIANBAO_TEST_ANSWERS"), answers);
        return env;
    }

    QString writeScript(const QString &name, const QString &text) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) return QString();
        file.write(text.toUtf8());
        return file.fileName();
    }

    // Starts the editor on the report and waits until its script ran; returns what it printed so far.
    static QString startAndWait(QProcess &child, const QProcessEnvironment &env, const QString &report)
    {
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(qEnvironmentVariable("NIANBAO_TESTHOOKS_BIN"), report.isEmpty() ? QStringList() : QStringList{report});
        if (!child.waitForStarted()) return QString();
        QString err;
        QElapsedTimer timer;
        timer.start();
        while (!err.contains(QLatin1String("nianbao-test: script done")) && timer.elapsed() < 30000) {
            child.waitForReadyRead(200);
            err += QString::fromUtf8(child.readAllStandardError());
        }
        return err;
    }

    // What the recovery file holds, once it holds `value` in `cellId`: polled with a generous limit (the suite
    // also runs under ASan), never a fixed wait. Empty when it never did.
    static QJsonObject waitForRecovery(const QString &path, const QString &cellId, int value)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                const QJsonObject cells = QJsonDocument::fromJson(bytes.mid(bytes.indexOf('\n') + 1)).object().value(QStringLiteral("cells")).toObject();
                if (cells.value(cellId).toInt() == value) return cells;
            }
            QTest::qWait(50);
        }
        return {};
    }

    static void killHard(QProcess &child)
    {
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished(10000);
    }

    static QJsonObject cellsOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cells")).toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("home/config"));
        QDir(m_dir.path()).mkpath(QStringLiteral("home/data"));
        m_report = m_dir.filePath(QStringLiteral("青禾县2023.nianbao"));
        QVERIFY(QFile::copy(qEnvironmentVariable("NIANBAO_SOURCE_DIR") + QStringLiteral("/resources/examples/example-county-2023.nianbao"), m_report));
        QFile::setPermissions(m_report, QFile::ReadOwner | QFile::WriteOwner);
    }

    void typeKillAndRecover()
    {
        const QString typing = writeScript(QStringLiteral("type.txt"),
            QStringLiteral("cell s2.i6.penalty.decisions\ntype 4321\nkey Return\n"
                           "cell s2.i5.licensing.decisions\ntype 13000\nkey Return\n"));
        QProcess first;
        const QString firstOut = startAndWait(first, environment(typing, QString()), m_report);
        QVERIFY2(firstOut.contains(QLatin1String("script done")), qPrintable(firstOut));
        QVERIFY2(!firstOut.contains(QLatin1String("error")), qPrintable(firstOut));
        const QString recoveryFile = m_dir.filePath(QStringLiteral(".青禾县2023.nianbao.recovery"));
        QVERIFY(!waitForRecovery(recoveryFile, QStringLiteral("s2.i5.licensing.decisions"), 13000).isEmpty());
        killHard(first);
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFileInfo::exists(recoveryFile));
        QCOMPARE(cellsOf(m_report).value(QStringLiteral("s2.i6.penalty.decisions")).toInt(), 3572); // the saved file is untouched

        const QString dump = m_dir.filePath(QStringLiteral("shown.nianbao"));
        QProcess second;
        const QString secondOut = startAndWait(second, environment(writeScript(QStringLiteral("dump.txt"), QStringLiteral("dump ") + dump), QStringLiteral("recover")), m_report);
        killHard(second);
        // One offer, naming the report, the recovered version's time (just now) and the saved version's time.
        const QRegularExpression offer(QStringLiteral("nianbao-test: recover: (.*) \\| (\\S+) \\| (\\S+)\n"));
        const QRegularExpressionMatch match = offer.match(secondOut);
        QVERIFY2(match.hasMatch(), qPrintable(secondOut));
        QCOMPARE(secondOut.count(QLatin1String("nianbao-test: recover:")), 1);
        QCOMPARE(match.captured(1), QDir::toNativeSeparators(m_report));
        const QDateTime recoveredAt = QDateTime::fromString(match.captured(2), Qt::ISODateWithMs);
        QVERIFY(recoveredAt.isValid());
        QVERIFY(recoveredAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QCOMPARE(QDateTime::fromString(match.captured(3), Qt::ISODateWithMs), QFileInfo(m_report).lastModified().toUTC());
        // Exactly the typed values, the rest as saved.
        const QJsonObject shown = cellsOf(dump);
        QCOMPARE(shown.value(QStringLiteral("s2.i6.penalty.decisions")).toInt(), 4321);
        QCOMPARE(shown.value(QStringLiteral("s2.i5.licensing.decisions")).toInt(), 13000);
        QCOMPARE(shown.value(QStringLiteral("s2.i6.enforcement.decisions")).toInt(), 118);

        // Killed again before saving: offered again; declined this time, the recovery file goes.
        QProcess third;
        const QString thirdOut = startAndWait(third, environment(writeScript(QStringLiteral("dump2.txt"), QStringLiteral("dump ") + dump), QStringLiteral("discard")), m_report);
        killHard(third);
        QCOMPARE(thirdOut.count(QLatin1String("nianbao-test: recover:")), 1);
        QVERIFY(!QFileInfo::exists(recoveryFile));
        QCOMPARE(cellsOf(dump).value(QStringLiteral("s2.i6.penalty.decisions")).toInt(), 3572);
    }

    void twoEditorsOnOneReportAreBothRecovered()
    {
        const QString report = m_dir.filePath(QStringLiteral("c.nianbao"));
        QVERIFY(QFile::copy(m_report, report));
        // The first editor opens it and types.
        QProcess first;
        const QString firstOut = startAndWait(first, environment(writeScript(QStringLiteral("c1.txt"),
            QStringLiteral("cell s2.i6.penalty.decisions\ntype 4321\nkey Return\n")), QString()), report);
        QVERIFY2(firstOut.contains(QLatin1String("script done")) && !firstOut.contains(QLatin1String("error")), qPrintable(firstOut));
        QVERIFY(!waitForRecovery(m_dir.filePath(QStringLiteral(".c.nianbao.recovery")), QStringLiteral("s2.i6.penalty.decisions"), 4321).isEmpty());
        // The second is told who has it open (the first editor's process) and opens it read-only ("0"), then types.
        QProcess second;
        const QString secondOut = startAndWait(second, environment(writeScript(QStringLiteral("c2.txt"),
            QStringLiteral("cell s2.i5.licensing.decisions\ntype 777\nkey Return\n")), QStringLiteral("0")), report);
        QVERIFY2(secondOut.contains(QLatin1String("script done")) && !secondOut.contains(QLatin1String("error")), qPrintable(secondOut));
        const QRegularExpression question(QStringLiteral("nianbao-test: choose: ([^\n]*)"));
        const QString asked = question.match(secondOut).captured(1);
        QVERIFY2(asked.contains(QString::number(first.processId())), qPrintable(secondOut));
        QVERIFY2(asked.contains(QDir::toNativeSeparators(report)), qPrintable(secondOut));
        // Its own recovery file: the first editor's is never overwritten.
        QVERIFY(!waitForRecovery(m_dir.filePath(QStringLiteral(".c.nianbao.2.recovery")), QStringLiteral("s2.i5.licensing.decisions"), 777).isEmpty());
        QCOMPARE(waitForRecovery(m_dir.filePath(QStringLiteral(".c.nianbao.recovery")), QStringLiteral("s2.i6.penalty.decisions"), 4321)
                     .value(QStringLiteral("s2.i5.licensing.decisions")).toInt(), 12846);
        killHard(first);
        killHard(second);

        // The next start offers both, each into a window of its own.
        const QString prefix = m_dir.filePath(QStringLiteral("window"));
        QProcess third;
        const QString thirdOut = startAndWait(third, environment(writeScript(QStringLiteral("c3.txt"), QStringLiteral("dumpall ") + prefix),
                                                                 QStringLiteral("recover,recover")), QString());
        killHard(third);
        QCOMPARE(thirdOut.count(QStringLiteral("nianbao-test: recover: ") + QDir::toNativeSeparators(report)), 2);
        QVERIFY2(thirdOut.contains(QLatin1String("nianbao-test: windows: 2")), qPrintable(thirdOut));
        QSet<QPair<int, int>> shown; // (penalty decisions, licensing decisions) of each window
        for (int n = 1; n <= 2; ++n) {
            const QJsonObject cells = cellsOf(QStringLiteral("%1-%2.nianbao").arg(prefix).arg(n));
            shown.insert({cells.value(QStringLiteral("s2.i6.penalty.decisions")).toInt(), cells.value(QStringLiteral("s2.i5.licensing.decisions")).toInt()});
        }
        QCOMPARE(shown, (QSet<QPair<int, int>>{{4321, 12846}, {3572, 777}}));
    }
};

QTEST_GUILESS_MAIN(TestKillRecover)
#include "tst_killrecover.moc"
