// SPDX-License-Identifier: GPL-3.0-or-later
// The entry of the editor module (libnianbao-editor.so, Linux): the program loads it when it is given no verb, so
// the command line never loads Qt Widgets (app/editormodule.h). Its calls into the core go to the program's own.
#include "window/guimain.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT int nianbao_editor_main(int *argc, char **argv)
{
    return nianbao::gui::run(*argc, argv);
}
