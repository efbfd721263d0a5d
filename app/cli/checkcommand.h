// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nianbao::cli {

// nianbao check [--json] [--last-year FILE] [--deadline YYYY-MM-DD] [--summary OUT.csv|OUT.html] FILE...
// Exit 2 if a file could not be read, else 1 if any report has an error, else 0.
int runCheck(const QStringList &args);

} // namespace nianbao::cli
