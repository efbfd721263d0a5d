// SPDX-License-Identifier: GPL-3.0-or-later
// Settings changed by the steps of one action are written once, when the action ends (issue 18: opening a report
// wrote the settings file three times before it showed); meanwhile every reader in the process sees them.

#include "files/settingsbatch.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;

class TestSettingsBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    // The settings file as it is on disk.
    QByteArray onDisk() const
    {
        QFile file(m_config.filePath(QStringLiteral("nianbao-test/settings.conf")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("nianbao-test"));
        QCoreApplication::setApplicationName(QStringLiteral("settings"));
    }

    void withoutABatchEachChangeIsWrittenAtOnce()
    {
        SettingsAccess()->setValue(QStringLiteral("single"), QStringLiteral("one"));
        QVERIFY2(onDisk().contains("single=one"), onDisk().constData());
    }

    void aBatchWritesOnceWhenItEnds()
    {
        {
            const SettingsBatch batch;
            SettingsAccess()->setValue(QStringLiteral("recent"), QStringLiteral("a.nianbao"));
            SettingsAccess()->setValue(QStringLiteral("folder"), QStringLiteral("/reports"));
            SettingsAccess()->remove(QStringLiteral("single"));
            {
                const SettingsBatch inner; // joins the open batch
                SettingsAccess()->setValue(QStringLiteral("inner"), 1);
            }
            QVERIFY2(!onDisk().contains("recent=") && !onDisk().contains("inner="), onDisk().constData());
            QVERIFY(onDisk().contains("single=one"));
            // Read through the batch, the values are there already.
            QCOMPARE(SettingsAccess()->value(QStringLiteral("folder")).toString(), QStringLiteral("/reports"));
            QVERIFY(!SettingsAccess()->contains(QStringLiteral("single")));
        }
        const QByteArray written = onDisk();
        QVERIFY2(written.contains("recent=a.nianbao") && written.contains("folder=/reports") && written.contains("inner=1"),
                 written.constData());
        QVERIFY2(!written.contains("single="), written.constData());
        QCOMPARE(QSettings().value(QStringLiteral("recent")).toString(), QStringLiteral("a.nianbao"));
    }

    // Another QSettings made during the batch writes the changes so far: only sooner, nothing lost.
    void aPlainQSettingsDuringABatchSeesAndWritesTheChanges()
    {
        const SettingsBatch batch;
        SettingsAccess()->setValue(QStringLiteral("early"), QStringLiteral("yes"));
        QCOMPARE(QSettings().value(QStringLiteral("early")).toString(), QStringLiteral("yes"));
        QVERIFY2(onDisk().contains("early=yes"), onDisk().constData());
    }
};

QTEST_GUILESS_MAIN(TestSettingsBatch)
#include "tst_settingsbatch.moc"
