// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nianbao::cli {

// nianbao new --from LAST -o FILE: this year's report from last year's, linked to it.
// An existing `output` is replaced only with `force` (then kept as .bak); never the last-year file itself.
int runNewFromLastYear(const QString &lastYearFile, const QString &output, bool force);

} // namespace nianbao::cli
