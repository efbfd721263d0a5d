// SPDX-License-Identifier: GPL-3.0-or-later
#include "editormodule.h"

#include "cli/console.h"
#include "files/programmodule.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLocale>

namespace nianbao {

namespace {

class EditorText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::EditorModule)
};

using EditorMain = int (*)(int *argc, char **argv);

} // namespace

int EditorModule::run(int &argc, char **argv)
{
    struct Failure {
        enum Kind { Missing, NotLoaded, NotTheEditor } kind;
        QString path;
        QString loadError;
    };
    QList<Failure> failures; // said once the translations are there
    for (const QString &path : ProgramModule::candidates("NIANBAO_EDITOR_MODULE", QStringLiteral(NIANBAO_EDITOR_MODULE_FILE))) {
        if (!QFileInfo::exists(path)) {
            failures.append({Failure::Missing, path, QString()});
            continue;
        }
        QLibrary library(path); // never unloaded: the editor runs until the process ends
        // Every symbol now: one the program lacks is a load error with its name, not a crash in the middle of work.
        library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        if (!library.load()) {
            failures.append({Failure::NotLoaded, path, library.errorString()});
            continue;
        }
        if (const auto editorMain = reinterpret_cast<EditorMain>(library.resolve("nianbao_editor_main")))
            return editorMain(&argc, argv);
        failures.append({Failure::NotTheEditor, path, QString()});
    }
    // Said in the desktop's language, like every message of the command line.
    QCoreApplication app(argc, argv);
    Translations::install(QLocale::system());
    QStringList lines;
    for (const Failure &f : std::as_const(failures)) {
        const QString path = QDir::toNativeSeparators(f.path);
        switch (f.kind) {
        case Failure::Missing: lines << EditorText::tr("%1: no such file").arg(path); break;
        case Failure::NotLoaded: lines << f.loadError; break; // QLibrary's message names the file
        case Failure::NotTheEditor: lines << EditorText::tr("%1: not the editor of this version of nianbao").arg(path); break;
        }
    }
    return cli::fail(EditorText::tr("the editor of nianbao is missing or damaged (%1); reinstall nianbao").arg(lines.join(QStringLiteral("; "))));
}

} // namespace nianbao
