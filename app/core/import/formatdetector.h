// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which national format a text follows, from the labels only one of the formats has (the column headers of
// section 二 differ, for instance); the report year decides when the labels do not.

#include "import/labelfinder.h"
#include "model/reporttemplate.h"

namespace nianbao::import {

struct FormatGuess {
    TemplatePtr format;
    int labelsFound = 0;   // labels distinctive of the chosen format found in the text
    int otherLabels = 0;   // labels distinctive of the other format(s)
    bool byYear = false;   // the labels did not decide
};

class FormatDetector
{
public:
    static FormatGuess detect(const LabelFinder &finder, int from, int to, int year);
    // Labels of a format no other format has (nor contains as a part), canonical.
    static QStringList distinctiveLabels(const ReportTemplate &t);
};

} // namespace nianbao::import
