// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: one keystroke in a cell of a full report → document updated, every check run, findings panel and
// tints updated, and the window repainted. Target < 5 ms. Runs offscreen on its own (not a ctest test):
//   build/release/tests/bench/bench_celledit [report.nianbao] [iterations]

#include "checks/rules.h"
#include "files/filecontroller.h"
#include "findings/findingspanel.h"
#include "findings/livechecks.h"
#include "model/reportdocument.h"
#include "tables/reporttablemodel.h"
#include "tables/reporttableview.h"
#include "window/mainwindow.h"
#include "window/reporteditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTreeWidget>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace nianbao;
using namespace nianbao::gui;

namespace {

// CPU time of this thread: what the work costs, independent of other processes competing for the cores.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Stats {
    QList<double> ms;
    void print(const char *what) const
    {
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        double sum = 0;
        for (double v : s) sum += v;
        std::printf("%-48s n=%lld  median %.3f ms  mean %.3f ms  p95 %.3f ms  max %.3f ms\n", what, static_cast<long long>(s.size()),
                    s[s.size() / 2], sum / s.size(), s[int(s.size() * 0.95)], s.last());
    }
};

double elapsedMs(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString report = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(NIANBAO_BENCH_REPORT);
    const int iterations = argc > 2 ? std::atoi(argv[2]) : 400;

    MainWindow window;
    window.resize(1280, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) return 1;
    window.activateWindow();
    (void)QTest::qWaitForWindowActive(&window); // not every platform activates windows; the bench goes on
    QElapsedTimer open;
    open.start();
    if (!window.files()->openFile(report)) return 1;
    std::printf("open report and build the editor, first time: %.1f ms\n", elapsedMs(open));
    Stats reopen;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        window.files()->openFile(report);
        window.repaint();
        reopen.ms << elapsedMs(t);
    }

    ReportDocument *doc = window.document();
    Stats checks;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer t;
        t.start();
        const QList<Finding> f = CheckEngine::run(doc->data());
        checks.ms << elapsedMs(t);
    }

    // Edit s3.r1.natural, typing over it: "5", Backspace, "5", … Each keystroke changes the findings (a blank cell
    // has its own warning and breaks three identities), so the panel is rebuilt every time: the worst case.
    window.editor()->showPart(QStringLiteral("s3"), true);
    ReportTableView *view = window.editor()->tableView(QStringLiteral("s3"));
    const int cell = doc->format().cellIndex(QStringLiteral("s3.r1.natural"));
    view->setCurrentIndex(view->reportModel()->indexOfCell(cell));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QCoreApplication::processEvents();

    Stats keystroke, keystrokeCpu, full, prose, proseCpu;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        if (i % 2 == 0) QTest::keyClick(editor, '5');
        else QTest::keyClick(editor, Qt::Key_Backspace);
        // Whatever the keystroke made dirty is painted now (as the next frame would).
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        keystroke.ms << elapsedMs(t);
        keystrokeCpu.ms << threadCpuMs() - cpu;
        t.restart();
        window.repaint();
        full.ms << elapsedMs(t);
    }
    // Typing in the longest prose (一): the text checks (TEXT-NUM) scan the changed text at every keystroke.
    QTest::keyClick(editor, Qt::Key_Escape);
    window.editor()->showPart(QStringLiteral("s1"), true);
    QWidget *proseEditor = QApplication::focusWidget();
    QTest::keyClick(proseEditor, Qt::Key_End, Qt::ControlModifier);
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        if (i % 2 == 0) QTest::keyClick(proseEditor, '9');
        else QTest::keyClick(proseEditor, Qt::Key_Backspace);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        prose.ms << elapsedMs(t);
        proseCpu.ms << threadCpuMs() - cpu;
    }
    std::printf("report: %s (%lld cells, %lld findings now)\n", qPrintable(report), static_cast<long long>(doc->data().cells.size()),
                static_cast<long long>(window.checks()->findings().size()));
    checks.print("check engine alone (all rules)");
    keystroke.print("keystroke -> findings + repaint, wall");
    keystrokeCpu.print("keystroke -> findings + repaint, CPU");
    full.print("repaint of the whole window (upper bound)");
    prose.print("keystroke in 一 -> text checks + repaint, wall");
    proseCpu.print("keystroke in 一 -> text checks + repaint, CPU");
    reopen.print("open the report again (load, build, paint)");
    return 0;
}
