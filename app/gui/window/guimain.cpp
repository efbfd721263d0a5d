// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/guimain.h"

#include "files/autosaver.h"
#include "files/filecontroller.h"
#include "files/recovery.h"
#include "i18n/translations.h"
#include "window/mainwindow.h"
#include "window/uifont.h"

#include <QApplication>
#include <QDateTime>
#include <QTimer>
#include <cstdio>
#include <functional>

namespace nianbao::gui {

namespace {

void reportProbe(const char *what)
{
    std::fprintf(stderr, "nianbao-probe: %s %lld\n", what, static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    std::fflush(stderr);
}

// Runs `then` once, right after the window's first paint: the window shows at once, heavy work follows.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *window, std::function<void()> then) : m_then(std::move(then))
    {
        window->installEventFilter(this);
        // Should no paint come (a minimised start), go on anyway.
        QTimer::singleShot(1000, this, &AfterFirstPaint::fire);
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            object->removeEventFilter(this);
            QTimer::singleShot(0, this, &AfterFirstPaint::fire);
        }
        return false;
    }

private:
    void fire()
    {
        if (!m_then) return;
        const std::function<void()> then = std::move(m_then);
        m_then = nullptr;
        then();
    }
    std::function<void()> m_then;
};

} // namespace

int run(int &argc, char **argv, const StartHooks &hooks)
{
    QApplication app(argc, argv);
    Translations::install(Translations::editorLocale());
    preferCjkUiFont();
    const QString file = QApplication::arguments().value(1);
    // NIANBAO_STARTUP_PROBE=1 prints when the window is first painted and when the report given on the command
    // line is shown (ms since the epoch) for tests/bench/launch-time.sh; "quit" quits right after.
    const QByteArray probe = qgetenv("NIANBAO_STARTUP_PROBE");

    if (hooks.beforeWindow) hooks.beforeWindow();
    MainWindow window;
    Autosaver autosaver(window.document()); // destroyed before the window: a normal exit removes its file
    AfterFirstPaint afterPaint(&window, [&] {
        if (!probe.isEmpty()) reportProbe("window");
        // Recovered changes come before the file of the command line (the same file, usually, when the
        // editor is started by opening a report): offered first, and when accepted that file is not read.
        // Two editors that had the same report open leave two recovery files: each further one accepted opens
        // in a window of its own (closed with its own autosaver, like the first).
        const bool recovered = StartupRecovery::offer(RecoveryTarget{window.document(), &autosaver, &window}, [&window] {
            auto *extra = new MainWindow;
            extra->setAttribute(Qt::WA_DeleteOnClose);
            auto *extraAutosaver = new Autosaver(extra->document(), extra);
            extra->move(window.pos() + QPoint(40, 40));
            extra->show();
            return RecoveryTarget{extra->document(), extraAutosaver, extra};
        }) > 0;
        if (!file.isEmpty() && !recovered && StartupRecovery::mayOpenAtStart(file, &window)) {
            const bool opened = window.files()->openFile(file);
            if (!probe.isEmpty()) {
                window.repaint();
                reportProbe(opened ? "document" : "document-failed");
            }
        }
        if (probe == "quit") QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        if (hooks.afterStart) hooks.afterStart(&window);
    });
    window.show();
    return app.exec();
}

} // namespace nianbao::gui
