// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nianbao::cli {

// nianbao import IN.txt [--last-year FILE] -o OUT.nianbao: prints the import report; exit 0 when every value
// was read with certainty, 1 when cells need confirmation or values were missing or extra, 2 when the text is
// not a report (or a file cannot be read or written).
int runImport(const QStringList &args);

} // namespace nianbao::cli
