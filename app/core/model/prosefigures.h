// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The standard sentences that state the tables' figures in the prose (一（二）依申请公开), written from the
// tables so that the text cannot disagree with them. The wording is template data ("figureSentences").

#include "model/reportdata.h"

namespace nianbao {

// Each sentence of the template with its {cell.id} and {a+b} placeholders filled from the report's cells.
QStringList figureSentences(const ReportData &report);

} // namespace nianbao
