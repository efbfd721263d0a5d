// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and careless inputs to every reader (issue 17 points 1 and 7): devices, FIFOs and huge files are
// refused at once with a message naming the file, never read until memory runs out, never waited on.

#include "files/regularfile.h"
#include "files/reportfile.h"
#include "import/reportimporter.h"
#include "yearly/lastyearlink.h"
#include "testreports.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace nianbao;

namespace {

// The file of the given kind, made in `dir` when it is not a system device.
QString hostile(const QString &kind, const QTemporaryDir &dir)
{
    if (kind.startsWith(QLatin1String("/dev/"))) return kind;
    const QString path = dir.filePath(kind == QLatin1String("fifo") ? QStringLiteral("pipe.nianbao") : QStringLiteral("huge.nianbao"));
    if (kind == QLatin1String("fifo")) {
        if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0) return QString();
    } else { // "1 GB": sparse, nothing written
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(1024LL * 1024 * 1024)) return QString();
    }
    return path;
}

QString notRegular(const QString &path)
{
    return path + QStringLiteral(": not a regular file (a device, a pipe or a socket); only files are read");
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void everyReaderRefuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("tooLarge"); // the message after "<path>: " for the 1 GB file
        const QStringList kinds{QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom"), QStringLiteral("fifo"), QStringLiteral("1 GB")};
        const QList<QPair<QString, QString>> readers{
            {QStringLiteral("report file"), QStringLiteral("too large for a report file (1024 MB; the limit is 16 MB)")},
            {QStringLiteral("text import"), QStringLiteral("too large for a report text (1024 MB; the limit is 16 MB)")},
            {QStringLiteral("last-year link"), QStringLiteral("too large for last year's report (1024 MB; the limit is 16 MB)")},
            {QStringLiteral("last-year resolve"), QStringLiteral("too large for last year's report (1024 MB; the limit is 16 MB)")}};
        for (const QString &kind : kinds)
            for (const auto &reader : readers)
                QTest::newRow(qPrintable(kind + QStringLiteral(", ") + reader.first)) << kind << reader.first << reader.second;
    }
    void everyReaderRefuses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reader);
        QFETCH(QString, tooLarge);
        QTemporaryDir dir;
        const QString path = hostile(kind, dir);
        QVERIFY2(!path.isEmpty(), qPrintable(kind));
        QString message;
        if (reader == QLatin1String("report file")) {
            QVERIFY(!ReportFile::load(path, &message));
        } else if (reader == QLatin1String("text import")) {
            const import::ImportResult result = import::ReportImporter::importFile(path);
            QVERIFY(!result.report);
            message = result.error;
        } else if (reader == QLatin1String("last-year link")) {
            ReportData report = testreports::complete(QStringLiteral("gov-2021"));
            QVERIFY(!LastYearLink::link(report, dir.filePath(QStringLiteral("this.nianbao")), path, &message));
            QVERIFY(report.meta.lastYearPath.isEmpty());
        } else {
            ReportData report = testreports::complete(QStringLiteral("gov-2021"));
            report.meta.lastYearPath = path;
            report.meta.lastYearSha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
            QVERIFY(!LastYearLink::resolve(report, dir.filePath(QStringLiteral("this.nianbao")), &message));
        }
        QCOMPARE(message, kind == QLatin1String("1 GB") ? path + QStringLiteral(": ") + tooLarge : notRegular(path));
    }

    // Issue 17.3: an imported section holds at most 200000 characters, like a section typed in the editor.
    void importRefusesAHugeSection()
    {
        QFile f(qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/samples/jidong-2020.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        const qsizetype heading = text.indexOf(QStringLiteral("总体情况"));
        QVERIFY(heading > 0);
        const qsizetype bodyStart = text.indexOf(QLatin1Char('\n'), heading) + 1;
        text.insert(bodyStart, QString(200001, QChar(0x5b57)) + QLatin1Char('\n'));
        const import::ImportResult result = import::ReportImporter::importText(text, {nullptr, QStringLiteral("big.txt")});
        QVERIFY(!result.report);
        QVERIFY2(result.error.startsWith(QStringLiteral("big.txt: line ")), qPrintable(result.error));
        QVERIFY2(result.error.endsWith(QStringLiteral("one text of a report may hold at most 200000")), qPrintable(result.error));
    }

    // The limit holds while reading, whatever size the system reports: /proc files report 0 bytes.
    void limitHoldsWhileReading()
    {
        const FileBytes small = RegularFile::read(QStringLiteral("/proc/self/status"), 16);
        QCOMPARE(int(small.problem), int(FileBytes::Problem::TooLarge));
        QVERIFY(small.bytes.isEmpty());
        const FileBytes whole = RegularFile::read(QStringLiteral("/proc/self/status"), 1024 * 1024);
        QVERIFY(whole.ok());
        QVERIFY(whole.bytes.startsWith("Name:"));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
