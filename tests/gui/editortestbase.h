// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A clerk at the editor window: opens reports through the menus, moves with the mouse and the keyboard, types
// (Chinese and full-width characters through key events with text, which QTest::keyClicks cannot send), and
// reads what the window shows.

#include "findings/findingspanel.h"
#include "scripteddialogs.h"
#include "tables/reporttablemodel.h"
#include "tables/reporttableview.h"
#include "window/mainwindow.h"
#include "window/reporteditor.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <memory>

class EditorTestBase : public QObject
{
    Q_OBJECT
protected:
    QTemporaryDir m_dir;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<nianbao::gui::MainWindow> m_window;
    QString m_file; // a fresh copy of the test report for each test

    static QString testData(const QString &name)
    {
        return QString::fromLocal8Bit(qgetenv("NIANBAO_TEST_DATA")) + QLatin1Char('/') + name;
    }

    // Settings in a folder of the test's own; a fresh window and a fresh copy of the report for each test.
    void startWindow()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("window/geometry"), QByteArray()); // first start: the default size
        m_dialogs = ScriptedDialogs();
        nianbao::gui::Dialogs::setInstance(&m_dialogs);
        m_file = m_dir.filePath(QStringLiteral("report.nianbao"));
        QFile::remove(m_file);
        QVERIFY(QFile::copy(testData(QStringLiteral("gui-county-2023.nianbao")), m_file));
        QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
        restartWindow();
    }

    // A new window with the settings as the last one left them (as when the clerk starts the app again).
    void restartWindow()
    {
        m_window = std::make_unique<nianbao::gui::MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void stopWindow()
    {
        // Every question the test did not expect is a failure of the test's script.
        const QStringList unexpected = m_dialogs.unexpected;
        m_window.reset();
        nianbao::gui::Dialogs::setInstance(nullptr);
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    }

    // With NIANBAO_GRAB_DIR set, saves what the window shows (for looking at the layout; asserts nothing).
    void grab(const QString &name) const
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("NIANBAO_GRAB_DIR"));
        if (dir.isEmpty()) return;
        QCoreApplication::processEvents(); // pending layout requests, as before any real paint
        m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    QWidget *focus() const { return QApplication::focusWidget(); }

    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus() ? focus() : m_window.get(), k, modifiers);
    }

    // Types text into whatever has the focus, one key at a time, as a keyboard (or an input method) would.
    void type(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *w = focus() ? focus() : m_window.get();
            if (c == QLatin1Char('\n')) QTest::keyClick(w, Qt::Key_Return);
            else if (c == QLatin1Char('\t')) QTest::keyClick(w, Qt::Key_Tab);
            else if (c.unicode() < 0x80) QTest::keyClick(w, c.toLatin1());
            else QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    void openReport(const QString &path)
    {
        m_dialogs.openNames << path;
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QVERIFY(m_window->editor());
    }

    // The window's action with this text, as its menu shows it.
    QAction *actionWithText(const QString &text) const
    {
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == text) return a;
        return nullptr;
    }

    QTreeWidgetItem *navigationItem(const QString &text)
    {
        const auto items = m_window->editor()->navigation()->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
        return items.isEmpty() ? nullptr : items.first();
    }

    // Clicks the part in the navigation list and presses Enter, which puts the cursor into it.
    void goTo(const QString &navigationText)
    {
        QTreeWidget *nav = m_window->editor()->navigation();
        QTreeWidgetItem *item = navigationItem(navigationText);
        QVERIFY2(item, qPrintable(navigationText));
        nav->scrollToItem(item);
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, Qt::NoModifier, nav->visualItemRect(item).center());
        QTest::keyClick(nav, Qt::Key_Return);
    }

    nianbao::gui::ReportTableView *table(const QString &tableId) const { return m_window->editor()->tableView(tableId); }

    QModelIndex cellIndex(const QString &cellId) const
    {
        const int cell = m_window->document()->format().cellIndex(cellId);
        const QString tableId = m_window->document()->format().cellAt(cell).tableId;
        return table(tableId)->reportModel()->indexOfCell(cell);
    }

    // What the window shows in a cell.
    QString shown(const QString &cellId) const { return cellIndex(cellId).data(Qt::DisplayRole).toString(); }

    void clickCell(const QString &cellId)
    {
        const QModelIndex i = cellIndex(cellId);
        nianbao::gui::ReportTableView *view = table(m_window->document()->format().cellAt(m_window->document()->format().cellIndex(cellId)).tableId);
        m_window->editor()->showCells({m_window->document()->format().cellIndex(cellId)}, false);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(i).center());
        QCOMPARE(view->currentIndex(), i);
    }

    QString currentCellId() const
    {
        auto *view = qobject_cast<nianbao::gui::ReportTableView *>(focus());
        if (!view) return QString();
        const int cell = view->reportModel()->cellIndexAt(view->currentIndex());
        return cell < 0 ? QString() : m_window->document()->format().cellIds().at(cell);
    }

    QString counts() const { return m_window->countsLabel()->text(); }
    QString title() const { return m_window->windowTitle(); }
    QStringList findingMessages() const
    {
        QStringList out; // every line of the list, groups included, collapsed or not
        for (QTreeWidgetItemIterator it(m_window->findingsPanel()->tree()); *it; ++it) out << (*it)->text(0);
        return out;
    }
};
