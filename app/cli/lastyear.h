// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nianbao::cli {

// nianbao new --from LAST -o FILE: this year's report from last year's, linked to it.
int runNewFromLastYear(const QString &lastYearFile, const QString &output);

} // namespace nianbao::cli
