// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reportdata.h"

namespace nianbao {

// A new, empty report: every cell blank, level and tier inferred from the organ's name unless given, and the
// prose of sections that the format gives a skeleton (gov-2021 一 with its five parts) started with it.
ReportData newReport(const TemplatePtr &format, const QString &organ, int year);

} // namespace nianbao
