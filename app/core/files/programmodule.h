// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the program's modules are (the PDF reader with poppler, the editor with Qt Widgets): next to the program
// (the build folder, Windows), or in the library folder of its installation (../lib/nianbao/modules from bin/:
// /usr, /opt/nianbao, an unpacked package). An environment variable may name the file instead (tests, benchmarks).

#include <QString>
#include <QStringList>

namespace nianbao {

class ProgramModule
{
public:
    // The files to try for the module `fileName`, first to last; only $`variable` when it is set.
    static QStringList candidates(const char *variable, const QString &fileName);
    // The folder of the running program, with or without an application object.
    static QString programDirectory();
};

} // namespace nianbao
