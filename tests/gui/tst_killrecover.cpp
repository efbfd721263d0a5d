// SPDX-License-Identifier: GPL-3.0-or-later
// The real program, killed with SIGKILL 2.5 s after typing into its window, offers at the next start exactly
// what was typed. The editor runs as a child process (offscreen, with its own HOME and XDG folders so its
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
        child.start(qEnvironmentVariable("NIANBAO_TESTHOOKS_BIN"), {report});
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
        QTest::qWait(2500); // wall time: the autosave throttle is 2 s
        killHard(first);
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);

        const QString recoveryFile = m_dir.filePath(QStringLiteral(".青禾县2023.nianbao.recovery"));
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
};

QTEST_GUILESS_MAIN(TestKillRecover)
#include "tst_killrecover.moc"
