// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// On Linux the editor is a module (libnianbao-editor.so) the program loads when it is given no verb: a verb then
// never loads Qt Widgets and Qt Print Support, whose dynamic linking took 2.5 ms of every `nianbao export` and a
// quarter of `nianbao --version` (issue 18). The module calls into the program's core (the program exports it).
// Found where ProgramModule looks; NIANBAO_EDITOR_MODULE names the file instead.

namespace nianbao {

class EditorModule
{
public:
    // Loads the module and runs the editor; when the module is missing or damaged, says so and returns 2.
    static int run(int &argc, char **argv);
};

} // namespace nianbao
