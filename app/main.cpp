// SPDX-License-Identifier: GPL-3.0-or-later
// nianbao: with a verb (new, check, export, set …) the command line, otherwise the editor.

#include "cli/cli.h"
#include "files/reportfile.h"
#include "files/sidethread.h"
#include "i18n/translations.h"
#include "render/fontconfigstart.h"
#include "render/fontset.h"
#include "render/pagelayout.h"
#ifdef NIANBAO_EDITOR_MODULE_FILE
#include "editormodule.h"
#else
#include "window/guimain.h"
#endif
#ifdef NIANBAO_TEST_HOOKS
#include "testhooks/testhooks.h"
#endif

#include "cli/console.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QStringList>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <optional>
#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace {

// A verb has written its files (each one whole, before it returned) and its messages: the process ends here,
// without tearing down Qt's font database and every cache one by one, which took a millisecond of each
// `nianbao export` (issue 18). Builds with sanitizers return and tear down in full, so the leak checker sees all.
int endVerb(int status)
{
    nianbao::cli::out().flush();
    nianbao::cli::err().flush();
    std::fflush(nullptr);
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    std::_Exit(status);
#endif
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao"));
    // The installed desktop file (named by the AppStream id): Wayland compositors take the window's icon and name from it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.nianbao.nianbao"));

    if (nianbao::cli::isCommandLine(arguments)) {
#ifdef Q_OS_UNIX
        // `nianbao export … | head -1`: a reader that stops early must not kill the verb while it writes its
        // report to the terminal; the output file is written whole before that and the exit code stays true.
        std::signal(SIGPIPE, SIG_IGN);
#endif
        if (nianbao::cli::needsGui(arguments)) {
            // Export paints with fonts but shows nothing: the offscreen platform has the same font database
            // (fontconfig) without connecting to a display, with or without one (issue 18: connecting to X
            // costs more than a page's layout). A platform the user names is kept.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
            // fontconfig is started here, before Qt's font database is built at the first font, on the offscreen
            // platform only (known not to ask fontconfig earlier). `export REPORT -o OUT.pdf` lays out its one
            // report from the main thread, where a layout in doubt can be made again (PageRenderer): only there may
            // it start on the stored faces alone. Its tables are laid out on a second core meanwhile (PageLayout::
            // setTablesApart), a thread that ends with their layout, before any layout is made again.
            const bool offscreen = qgetenv("QT_QPA_PLATFORM") == "offscreen";
            const bool oneReport = arguments.size() == 5 && arguments.at(1) == QLatin1String("export") && arguments.at(3) == QLatin1String("-o");
            const bool onePdf = oneReport && arguments.at(4).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
            // Another core loads the report's format, most of reading it, while the application starts and finds
            // its fonts (1.3 ms of an export, issue 18), then has Qt build its font database from them while this
            // thread reads the report (0.2–0.35 ms; Qt builds it under its own lock, whichever thread comes first).
            std::promise<void> fontsStarted;
            std::optional<nianbao::SideThread> ahead;
            if (oneReport)
                ahead.emplace([input = arguments.at(2), started = fontsStarted.get_future().share()] {
                    nianbao::ReportFile::loadFormatOf(input);
                    started.wait();
                    QFontDatabase::families();
                });
            QGuiApplication app(argc, argv);
            if (offscreen && !(onePdf && nianbao::FontSet::startWithStoredFonts())) nianbao::FontconfigStart::loadWithoutTemplates();
            fontsStarted.set_value();
            nianbao::PageLayout::setTablesApart(onePdf);
            nianbao::Translations::install(QLocale::system()); // the command line follows LANG / LC_ALL / LANGUAGE
            const int status = nianbao::cli::run(app.arguments());
            ahead.reset(); // the font database it may still be building belongs to the application, which goes next
            return endVerb(status);
        }
        QCoreApplication app(argc, argv);
        nianbao::Translations::install(QLocale::system());
        return endVerb(nianbao::cli::run(app.arguments()));
    }
#if defined(NIANBAO_EDITOR_MODULE_FILE)
    return nianbao::EditorModule::run(argc, argv);
#elif defined(NIANBAO_TEST_HOOKS)
    return nianbao::gui::run(argc, argv, nianbao::gui::TestHooks::startHooks());
#else
    return nianbao::gui::run(argc, argv);
#endif
}
