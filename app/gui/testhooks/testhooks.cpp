// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhooks/testhooks.h"

#include "files/reportfile.h"
#include "model/reportdocument.h"
#include "tables/reporttablemodel.h"
#include "tables/reporttableview.h"
#include "window/dialogs.h"
#include "window/mainwindow.h"
#include "window/reporteditor.h"

#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSaveFile>
#include <QTimer>
#include <cstdio>

namespace nianbao::gui {

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "nianbao-test: %s\n", qUtf8Printable(line));
    std::fflush(stderr);
}

class AnsweringDialogs : public Dialogs
{
public:
    explicit AnsweringDialogs(QStringList answers) : m_answers(std::move(answers)) {}

    SaveChoice askSaveChanges(QWidget *, const QString &name) override
    {
        say(QStringLiteral("save: ") + name);
        const QString a = next();
        return a == QLatin1String("save") ? SaveChoice::Save : a == QLatin1String("discard") ? SaveChoice::Discard : SaveChoice::Cancel;
    }
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        say(QStringLiteral("confirm: ") + text);
        return next() == QLatin1String("yes");
    }
    void warn(QWidget *, const QString &, const QString &text) override { say(QStringLiteral("warn: ") + text); }
    // Answered by the number of the way ("0", "1" …); any other answer cancels.
    int choose(QWidget *, const QString &, const QString &text, const QStringList &ways) override
    {
        say(QStringLiteral("choose: %1 [%2]").arg(text, ways.join(QLatin1Char('|'))));
        bool ok = false;
        const int chosen = next().toInt(&ok);
        return ok && chosen >= 0 && chosen < ways.size() ? chosen : -1;
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return asked("open"); }
    QStringList openFileNames(QWidget *, const QString &, const QString &, const QString &) override
    {
        asked("open-files");
        return {};
    }
    QString folderName(QWidget *, const QString &, const QString &) override { return asked("folder"); }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return asked("save-as"); }
    std::optional<NewReportRequest> askNewReport(QWidget *) override
    {
        asked("new");
        return std::nullopt;
    }
    bool askRecover(QWidget *, const QString &name, const QDateTime &recoveredAt, const QDateTime &savedAt) override
    {
        say(QStringLiteral("recover: %1 | %2 | %3").arg(name, recoveredAt.toUTC().toString(Qt::ISODateWithMs),
                                                         savedAt.isValid() ? savedAt.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("never")));
        return next() == QLatin1String("recover");
    }
    // A scripted run never prints: it says it was asked and declines.
    bool setUpPrinter(QWidget *, QPrinter *) override
    {
        say(QStringLiteral("print"));
        return false;
    }
    void showPrintPreview(QPrintPreviewDialog *) override { say(QStringLiteral("preview")); }

private:
    QString next() { return m_answers.isEmpty() ? QString() : m_answers.takeFirst(); }
    QString asked(const char *what)
    {
        say(QString::fromLatin1(what));
        return QString();
    }
    QStringList m_answers;
};

void sendKey(int key, const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    if (!target) return;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    target = QApplication::focusWidget(); // typing may have opened a cell editor
    if (!target) return;
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &release);
}

bool clickCell(MainWindow *window, const QString &cellId)
{
    if (!window->editor() || !window->document()->hasReport()) return false;
    const ReportTemplate &format = window->document()->format();
    const int cell = format.cellIndex(cellId);
    if (cell < 0) return false;
    ReportTableView *view = window->editor()->tableView(format.cellAt(cell).tableId);
    if (!view) return false;
    window->editor()->showCells({cell}, false);
    const QModelIndex index = view->reportModel()->indexOfCell(cell);
    const QPointF at = view->visualRect(index).center();
    const QPointF global = view->viewport()->mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, global, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &release);
    // What QApplication does for a click coming from the window system (these events are not such clicks).
    view->setFocus(Qt::MouseFocusReason);
    return true;
}

bool dump(MainWindow *window, const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = window->document()->hasReport() ? ReportFile::serialize(window->document()->data()) : QByteArray();
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

void runLine(MainWindow *window, const QString &line)
{
    const QString verb = line.section(QLatin1Char(' '), 0, 0);
    const QString rest = line.section(QLatin1Char(' '), 1);
    if (verb == QLatin1String("cell")) {
        if (!clickCell(window, rest)) say(QStringLiteral("error: no cell ") + rest);
    } else if (verb == QLatin1String("type")) {
        for (const QChar c : rest) sendKey(c.isDigit() ? Qt::Key_0 + c.digitValue() : Qt::Key_unknown, QString(c));
    } else if (verb == QLatin1String("key")) {
        sendKey(rest == QLatin1String("Tab") ? Qt::Key_Tab : rest == QLatin1String("Escape") ? Qt::Key_Escape : Qt::Key_Return, QString());
    } else if (verb == QLatin1String("dump")) {
        if (!dump(window, rest)) say(QStringLiteral("error: cannot dump"));
    } else if (verb == QLatin1String("dumpall")) {
        int n = 0;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *other = qobject_cast<MainWindow *>(w); other && other->isVisible())
                if (!dump(other, QStringLiteral("%1-%2.nianbao").arg(rest).arg(++n))) say(QStringLiteral("error: cannot dump"));
        say(QStringLiteral("windows: %1").arg(n));
    } else if (!line.isEmpty()) {
        say(QStringLiteral("error: unknown command ") + line);
    }
}

void runFrom(MainWindow *window, QStringList lines)
{
    if (lines.isEmpty()) {
        say(QStringLiteral("script done"));
        return;
    }
    runLine(window, lines.takeFirst().trimmed());
    // Each command after the events of the previous one were handled, as a person's keystrokes would be.
    QTimer::singleShot(20, window, [window, lines] { runFrom(window, lines); });
}

} // namespace

void TestHooks::installAnswers()
{
    if (!qEnvironmentVariableIsSet("NIANBAO_TEST_ANSWERS")) return;
    static AnsweringDialogs dialogs(qEnvironmentVariable("NIANBAO_TEST_ANSWERS").split(QLatin1Char(','), Qt::SkipEmptyParts));
    Dialogs::setInstance(&dialogs);
}

void TestHooks::runScript(MainWindow *window)
{
    const QString path = qEnvironmentVariable("NIANBAO_TEST_SCRIPT");
    if (path.isEmpty()) return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(QStringLiteral("error: cannot read the script"));
        return;
    }
    window->activateWindow(); // keys go to the focused widget of the active window
    runFrom(window, QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')));
}

} // namespace nianbao::gui
