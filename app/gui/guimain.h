#pragma once

namespace nianbao::gui {

// Starts the editor (QApplication, main window, optional file from the arguments) and runs the event loop.
int run(int &argc, char **argv);

} // namespace nianbao::gui
