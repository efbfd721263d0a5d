// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace nianbao::gui {

class MainWindow;

// What a caller may add to the start of the editor. The product passes nothing; the test build of the program
// (bin/nianbao-testhooks, CMake option NIANBAO_TEST_HOOKS) passes the test hooks of app/gui/testhooks.
struct StartHooks
{
    std::function<void()> beforeWindow;           // before anything may ask a question
    std::function<void(MainWindow *)> afterStart; // after the start-up questions and the file of the command line
};

// Starts the editor (QApplication, main window, optional file from the arguments) and runs the event loop.
int run(int &argc, char **argv, const StartHooks &hooks = {});

} // namespace nianbao::gui
