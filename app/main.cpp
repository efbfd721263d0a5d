// nianbao: with a verb (new, check, export, set …) the command line, otherwise the editor.

#include "cli/cli.h"
#include "gui/guimain.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao"));
    // The installed nianbao.desktop: Wayland compositors take the window's icon and name from it.
    QGuiApplication::setDesktopFileName(QStringLiteral("nianbao"));

    if (nianbao::cli::isCommandLine(arguments)) {
        if (nianbao::cli::needsGui(arguments)) {
            // Export paints with fonts but shows nothing: without a display, use the offscreen platform.
            if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            nianbao::Translations::install(QLocale::system()); // the command line follows LANG / LC_ALL / LANGUAGE
            return nianbao::cli::run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        nianbao::Translations::install(QLocale::system());
        return nianbao::cli::run(app.arguments());
    }
    return nianbao::gui::run(argc, argv);
}
