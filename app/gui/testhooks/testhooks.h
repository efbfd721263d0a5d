// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test-only hooks of the real program, active only when their environment variables are set. They let a test
// drive the real binary in a child process (which it can then kill with SIGKILL), where QTest cannot reach:
//
//  NIANBAO_TEST_ANSWERS=recover,no,…  answers the questions asked through Dialogs, in order ("recover"/"discard"
//      for recovery offers, "yes"/"no" for confirmations, the number of the way for a choice: "0", "1" …); every question is printed to stderr as
//      "nianbao-test: <kind>: <text>" (recovery offers with the recovered and saved times, ISO 8601 UTC).
//  NIANBAO_TEST_SCRIPT=<file>  after start, one command a line, acting through the window's own event queue:
//      "cell <cellId>"  clicks the cell (a mouse press and release on its place in the table);
//      "type <text>"    key presses and releases with that text, sent to the focused widget;
//      "key Return|Tab|Escape";
//      "dump <path>"    writes the report the window shows (the .nianbao format) to <path>;
//      "dumpall <prefix>" writes the report of every editor window to <prefix>-1.nianbao, -2 … and prints
//                       "nianbao-test: windows: <n>".
//      Prints "nianbao-test: script done" when every command ran.

// Built only into bin/nianbao-testhooks (CMake option NIANBAO_TEST_HOOKS), never into the program that ships.

#include "window/guimain.h"

namespace nianbao::gui {

class MainWindow;

class TestHooks
{
public:
    static void installAnswers();           // before anything may ask
    static void runScript(MainWindow *window); // after the start-up questions
    static StartHooks startHooks() { return {&TestHooks::installAnswers, &TestHooks::runScript}; }
};

} // namespace nianbao::gui
