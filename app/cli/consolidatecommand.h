// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nianbao::cli {

// nianbao consolidate CHILD... [--units UNITS.csv] --organ NAME -o PARENT.nianbao [--report OUT.html|OUT.csv]
//   exit 0 all children read and none has errors, 1 a child has errors, 2 a child cannot be read (or mixed
//   formats or years: refused).
// nianbao consolidate CHILD... --compare PARENT.nianbao [--json] [--units UNITS.csv] [--report OUT]
//   exit 1 when a cell that must add up (三, 四) differs from the sum, 2 when a report cannot be read.
// A CHILD that is a folder stands for its .nianbao and .txt files.
int runConsolidate(const QStringList &args);

} // namespace nianbao::cli
