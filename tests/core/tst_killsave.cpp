// SPDX-License-Identifier: GPL-3.0-or-later
// A kill at any moment of saving never damages the saved file: the previous complete version stays loadable.

#include "files/reportfile.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

class TestKillSave : public QObject
{
    Q_OBJECT

private slots:
    void killWhileSaving()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("报告.nianbao"));
        const QString example = qEnvironmentVariable("NIANBAO_SOURCE_DIR") + QStringLiteral("/resources/examples/example-county-2023.nianbao");
        QVERIFY(QFile::copy(example, target));
        QRandomGenerator random(20261123); // fixed seed: the same kill times on every run
        for (int round = 0; round < 40; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/savestress"), {example, target});
            QVERIFY(child.waitForStarted());
            QVERIFY(child.waitForReadyRead(10000));
            QTest::qWait(int(random.bounded(5, 60)));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            QString error;
            const std::optional<nianbao::ReportData> report = nianbao::ReportFile::load(target, &error);
            QVERIFY2(report, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
            QCOMPARE(report->meta.organ, QStringLiteral("青禾县人民政府"));
        }
    }
};

QTEST_GUILESS_MAIN(TestKillSave)
#include "tst_killsave.moc"
