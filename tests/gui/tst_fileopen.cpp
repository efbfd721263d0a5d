// SPDX-License-Identifier: GPL-3.0-or-later
// File › Open when the file is not simply a report to open (issue 13, points 5, 6 and 9): a report another
// window or editor has open (its lock says who; read-only or a copy), a lock its dead owner left (taken over), a
// published report's text (the import is offered), a damaged report (the recovery copy or the .bak is offered),
// and a report that is not there just now (kept in Open Recent, shown as unavailable, removed only on request).

#include "editortestbase.h"
#include "files/documentlock.h"
#include "files/filecontroller.h"
#include "files/recoveryfile.h"
#include "files/recoveryregistry.h"
#include "files/reportfile.h"
#include "model/reportdocument.h"

#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>

using namespace nianbao;
using namespace nianbao::gui;

namespace {

QString fileText(const char *source)
{
    return QCoreApplication::translate("nianbao::gui::FileController", source);
}

qint64 penaltiesIn(const ReportData &report)
{
    return report.cells.at(report.format->cellIndex(QStringLiteral("s2.i6.penalty.decisions"))).value.number;
}

} // namespace

class TestFileOpen : public EditorTestBase
{
    Q_OBJECT

    static void activate(QWidget *window)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

    // The text before the first placeholder (a button label with its date).
    static QString prefixOf(const QString &text) { return text.left(text.indexOf(QLatin1Char('%'))); }

    // Ctrl+O in `window` with `path` given to the file dialog.
    void openIn(QWidget *window, const QString &path)
    {
        m_dialogs.openNames << path;
        QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier);
    }

    QString damagedCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile source(m_file);
        QFile damaged(path);
        if (!source.open(QIODevice::ReadOnly) || !damaged.open(QIODevice::WriteOnly)) return QString();
        const QByteArray bytes = source.readAll();
        damaged.write(bytes.left(bytes.size() / 2)); // cut short, as by a power cut during a write in place
        return path;
    }

private slots:
    void initTestCase()
    {
        // The data folder (untitled recovery files) of this run alone: both locale variants run at once under ctest -j.
        qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void sameReportInTwoWindowsReadOnly()
    {
        MainWindow other; // the window that opened the report first
        activate(&other);
        openIn(&other, m_file);
        QVERIFY(other.editor());
        QVERIFY(QFileInfo::exists(DocumentLock::lockPathFor(m_file)));
        activate(m_window.get());
        m_dialogs.choices << 0; // read-only
        openIn(m_window.get(), m_file);
        QCOMPARE(m_dialogs.asked.size(), 3);
        const QString question = m_dialogs.asked.at(2);
        const QString inUse = fileText("%1 is already open in another window of this editor (since %2).");
        QVERIFY2(question.startsWith(QStringLiteral("choose: ") + inUse.left(inUse.indexOf(QStringLiteral("%2"))).arg(m_file)),
                 qPrintable(question));
        QVERIFY2(question.contains(prefixOf(fileText("Open &Read-Only"))), qPrintable(question));
        QVERIFY(m_window->editor());
        QVERIFY2(title().startsWith(fileText("%1 (read-only)").arg(QStringLiteral("report.nianbao"))), qPrintable(title()));
        QVERIFY(!other.windowTitle().contains(fileText("%1 (read-only)").arg(QStringLiteral("report.nianbao"))));

        // Typing, then Ctrl+S: a new name is asked; the name of the report the other window holds is refused.
        clickCell(QStringLiteral("s2.i6.penalty.decisions"));
        type(QStringLiteral("9\n"));
        QTRY_VERIFY(m_window->isWindowModified());
        m_dialogs.saveNames << m_file;
        key(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(m_dialogs.asked.value(3), QStringLiteral("save-as"));
        QVERIFY2(m_dialogs.asked.value(4).startsWith(QStringLiteral("warn: ") + m_file), qPrintable(m_dialogs.asked.join(QLatin1Char('\n'))));
        QCOMPARE(penaltiesIn(*ReportFile::load(m_file, nullptr)), 436);
        // Under a name of its own it saves, and is no longer read-only.
        const QString own = m_dir.filePath(QStringLiteral("mine.nianbao"));
        m_dialogs.saveNames << own;
        key(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(penaltiesIn(*ReportFile::load(own, nullptr)), 9);
        QVERIFY2(title().startsWith(QStringLiteral("mine.nianbao")), qPrintable(title()));
        QVERIFY(QFileInfo::exists(DocumentLock::lockPathFor(own)));
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(!QFileInfo::exists(DocumentLock::lockPathFor(own)));
        QVERIFY(QFileInfo::exists(DocumentLock::lockPathFor(m_file))); // the other window's, untouched
    }

    void lockedReportAsACopy()
    {
        MainWindow other;
        activate(&other);
        openIn(&other, m_file);
        activate(m_window.get());
        m_dialogs.choices << 1; // a copy
        openIn(m_window.get(), m_file);
        QVERIFY(m_window->editor());
        QVERIFY2(!title().contains(QStringLiteral("report.nianbao")), qPrintable(title()));
        QVERIFY(m_window->isWindowModified());
        m_dialogs.saveChoices << Dialogs::SaveChoice::Discard;
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(QFileInfo::exists(DocumentLock::lockPathFor(m_file))); // the other window's, untouched
    }

    void lockOfAnotherProcessSaysWhoAndDeadOnesAreTakenOver()
    {
        // Another process holds the lock: the question names its user, host and process.
        QProcess holder;
        holder.start(QStringLiteral("sleep"), {QStringLiteral("600")});
        QVERIFY(holder.waitForStarted());
        const QString lockPath = DocumentLock::lockPathFor(m_file);
        auto writeLock = [&](qint64 pid) {
            QFile lock(lockPath);
            QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
            // QLockFile's format: pid, application, host
            lock.write(QByteArray::number(pid) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        };
        writeLock(holder.processId());
        m_dialogs.choices << -1;
        openIn(m_window.get(), m_file);
        QVERIFY(!m_window->editor());
        QCOMPARE(m_dialogs.asked.size(), 2);
        const QString question = m_dialogs.asked.at(1);
        QVERIFY2(question.contains(QString::number(holder.processId())), qPrintable(question));
        QVERIFY2(question.contains(QSysInfo::machineHostName()), qPrintable(question));
        QVERIFY2(question.contains(QFileInfo(lockPath).owner()), qPrintable(question));
        const qint64 ended = holder.processId();
        holder.kill();
        QVERIFY(holder.waitForFinished());
        // Its process has ended: the lock is stale and taken over without a question.
        writeLock(ended);
        openReport(m_file);
        QCOMPARE(m_dialogs.asked.size(), 3);
        QFile lock(lockPath);
        QVERIFY(lock.open(QIODevice::ReadOnly));
        QCOMPARE(lock.readLine().trimmed().toLongLong(), QCoreApplication::applicationPid());
    }

    void publishedTextIsOfferedForImport_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("text") << "samples/gangcha-2019.txt";
        QTest::newRow("Word") << "published/gangcha-2019.docx";
        QTest::newRow("web page") << "published/gangcha-2019.html";
        QTest::newRow("PDF") << "published/gangcha-2019.pdf";
    }
    void publishedTextIsOfferedForImport()
    {
        QFETCH(QString, source);
        // A copy of its own: the C and zh_CN runs of this test go at once, and each locks the file it opens.
        const QString text = m_dir.filePath(QFileInfo(source).fileName());
        QFile::remove(text);
        QVERIFY(QFile::copy(testData(source), text));
        m_dialogs.confirmations << true;
        openIn(m_window.get(), text);
        QCOMPARE(m_dialogs.asked.size(), 2);
        QVERIFY2(m_dialogs.asked.at(1).startsWith(QStringLiteral("confirm: ")
                                                  + fileText("%1 is not a report file, but it reads as the text of a published report. Import it "
                                                             "into a new, unsaved report (as File › Import Text… does)?")
                                                        .arg(QDir::toNativeSeparators(text))),
                 qPrintable(m_dialogs.asked.at(1)));
        QVERIFY(m_window->editor());
        QVERIFY(m_window->document()->filePath().isEmpty());
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_window->document()->data().meta.year, 2019);
    }

    void textThatIsNoReportSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list\nrice\ntea\n");
        file.close();
        openIn(m_window.get(), path);
        QCOMPARE(m_dialogs.asked.size(), 2);
        QVERIFY2(m_dialogs.asked.at(1).startsWith(QStringLiteral("warn: ")
                                                  + fileText("%1 is not a report file, and it does not read as the text of a published report either.\n%2")
                                                        .arg(QDir::toNativeSeparators(path), QString())),
                 qPrintable(m_dialogs.asked.at(1)));
        QVERIFY(!m_window->editor());
    }

    void damagedReportOffersTheBackup()
    {
        const QString damaged = damagedCopy(QStringLiteral("damaged.nianbao"));
        QVERIFY(QFile::copy(m_file, damaged + QStringLiteral(".bak")));
        m_dialogs.choices << 0;
        openIn(m_window.get(), damaged);
        QCOMPARE(m_dialogs.asked.size(), 2);
        const QString question = m_dialogs.asked.at(1);
        QVERIFY2(question.startsWith(QStringLiteral("choose: ") + fileText("%1 is damaged (cut short or garbled) and cannot be read:\n%2").arg(damaged, QString())),
                 qPrintable(question));
        QVERIFY2(question.contains(prefixOf(fileText("Open the &Backup (%1)"))), qPrintable(question));
        QVERIFY2(!question.contains(prefixOf(fileText("Open the &Recovery Copy (%1)"))), qPrintable(question));
        QVERIFY(m_window->editor());
        QCOMPARE(m_window->document()->filePath(), damaged);
        QVERIFY(m_window->isWindowModified());
        // Saving replaces the damaged file with the kept version.
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(penaltiesIn(*ReportFile::load(damaged, nullptr)), 436);
    }

    void damagedReportOffersTheRecoveryCopy()
    {
        const QString damaged = damagedCopy(QStringLiteral("crashed.nianbao"));
        Recovery recovery;
        recovery.originalPath = damaged;
        recovery.writtenAt = QDateTime::currentDateTimeUtc();
        recovery.report = *ReportFile::load(m_file, nullptr);
        recovery.report.cells[recovery.report.format->cellIndex(QStringLiteral("s2.i6.penalty.decisions"))] = CellValue::of(Quantity{77});
        QVERIFY(RecoveryFile::write(recovery, RecoveryFile::pathFor(damaged), nullptr));
        RecoveryRegistry::add(RecoveryFile::pathFor(damaged));
        m_dialogs.choices << 0;
        openIn(m_window.get(), damaged);
        QVERIFY2(m_dialogs.asked.value(1).contains(prefixOf(fileText("Open the &Recovery Copy (%1)"))),
                 qPrintable(m_dialogs.asked.value(1)));
        QCOMPARE(penaltiesIn(m_window->document()->data()), 77);
        QCOMPARE(m_window->document()->filePath(), damaged);
        QVERIFY(m_window->isWindowModified());
    }

    void damagedReportWithoutCopiesSaysSo()
    {
        const QString damaged = damagedCopy(QStringLiteral("lost.nianbao"));
        openIn(m_window.get(), damaged);
        QCOMPARE(m_dialogs.asked.size(), 2);
        QVERIFY2(m_dialogs.asked.at(1).startsWith(QStringLiteral("warn: ") + fileText("%1 is damaged (cut short or garbled) and cannot be read:\n%2").arg(damaged, QString())),
                 qPrintable(m_dialogs.asked.at(1)));
        QVERIFY2(m_dialogs.asked.at(1).endsWith(fileText("There is no recovery copy or backup (.bak) of it.")), qPrintable(m_dialogs.asked.at(1)));
        QVERIFY(!m_window->editor());
    }

    void unavailableReportStaysInRecent()
    {
        // Opened once from a folder (a network share) that is then not mounted.
        const QString share = m_dir.filePath(QStringLiteral("share"));
        QDir().mkpath(share);
        const QString path = share + QStringLiteral("/remote.nianbao");
        QVERIFY(QFile::copy(m_file, path));
        openReport(path);
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier); // File › Close
        QVERIFY(!m_window->editor());
        QVERIFY(QDir(share).rename(QStringLiteral("remote.nianbao"), QStringLiteral("elsewhere.nianbao")));
        m_window->findChild<QMenu *>(QStringLiteral("menuRecent"))->aboutToShow();
        auto *recent = m_window->findChild<QListWidget *>(QStringLiteral("recentList"));
        const QString unavailable = QCoreApplication::translate("nianbao::gui::MainWindow", "%1 (unavailable)").arg(QStringLiteral("remote.nianbao"));
        QCOMPARE(recent->count(), 1);
        QVERIFY2(recent->item(0)->text().startsWith(unavailable), qPrintable(recent->item(0)->text()));
        // Choosing it says why it did not open, and keeps it.
        recent->setFocus();
        recent->setCurrentRow(0);
        QTest::keyClick(recent, Qt::Key_Return);
        QCOMPARE(m_dialogs.asked.size(), 2);
        QVERIFY2(m_dialogs.asked.at(1).startsWith(QStringLiteral("warn: ")), qPrintable(m_dialogs.asked.at(1)));
        QCOMPARE(recent->count(), 1);
        // Back (the share is mounted again): available, and it opens.
        QVERIFY(QDir(share).rename(QStringLiteral("elsewhere.nianbao"), QStringLiteral("remote.nianbao")));
        m_window->findChild<QMenu *>(QStringLiteral("menuRecent"))->aboutToShow();
        QVERIFY2(recent->item(0)->text().startsWith(QStringLiteral("remote.nianbao")), qPrintable(recent->item(0)->text()));
        // Gone again: removed only when the clerk asks (Open Recent › Remove Unavailable Files).
        QVERIFY(QDir(share).rename(QStringLiteral("remote.nianbao"), QStringLiteral("elsewhere.nianbao")));
        QMenu *menu = m_window->findChild<QMenu *>(QStringLiteral("menuRecent"));
        menu->aboutToShow();
        QAction *removeAction = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == QCoreApplication::translate("nianbao::gui::MainWindow", "Remove &Unavailable Files")) removeAction = a;
        QVERIFY(removeAction);
        removeAction->trigger();
        QCOMPARE(recent->count(), 0);
    }

    // A report written by a newer nianbao: the open says so and the report stays in Open Recent (an update of
    // the editor opens it).
    void newerVersionStaysInRecent()
    {
        openReport(m_file);
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier); // File › Close
        QVERIFY(!m_window->editor());
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.contains("\"nianbao\": 2,"));
        bytes.replace("\"nianbao\": 2,", "\"nianbao\": 99,");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        m_window->findChild<QMenu *>(QStringLiteral("menuRecent"))->aboutToShow();
        auto *recent = m_window->findChild<QListWidget *>(QStringLiteral("recentList"));
        QCOMPARE(recent->count(), 1);
        recent->setFocus();
        recent->setCurrentRow(0);
        QTest::keyClick(recent, Qt::Key_Return);
        QVERIFY(!m_window->editor());
        QCOMPARE(m_dialogs.asked.size(), 2);
        QVERIFY2(m_dialogs.asked.at(1).startsWith(QStringLiteral("warn: ")) && m_dialogs.asked.at(1).contains(QStringLiteral("99")),
                 qPrintable(m_dialogs.asked.at(1)));
        m_window->findChild<QMenu *>(QStringLiteral("menuRecent"))->aboutToShow();
        QCOMPARE(recent->count(), 1);
        QVERIFY2(recent->item(0)->text().startsWith(QStringLiteral("report.nianbao")), qPrintable(recent->item(0)->text()));
    }
};

QTEST_MAIN(TestFileOpen)
#include "tst_fileopen.moc"
