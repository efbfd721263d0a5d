// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nianbao::cli {

// The verbs of the command line (spec §8). Returns true when `argument` names one (or --help/--version).
bool isCommandLine(const QStringList &arguments);
// Runs a verb; the caller has created the application object the verb needs (see needsGui).
int run(const QStringList &arguments);
// Verbs that paint (export to PDF) need a QGuiApplication; the others run on QCoreApplication.
bool needsGui(const QStringList &arguments);

} // namespace nianbao::cli
