// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds the six section headings of the template (heading, accepted variants, "6、" for "六、", or the section's
// number and key words) in order.

#include "import/labelfinder.h"
#include "model/reporttemplate.h"

namespace nianbao::import {

struct SectionSpan {
    const SectionDef *section = nullptr;
    Span heading;          // invalid when the heading was not found
    QString headingText;   // as written
    bool variant = false;  // written differently from the template's heading
    int bodyStart = -1;    // text after the heading …
    int bodyEnd = -1;      // … up to the next found heading
    bool found() const { return heading.valid(); }
};

class SectionLocator
{
public:
    // Headings are searched one after another in [from, to), so a later heading is only found after an
    // earlier one. Bodies of sections whose heading is missing are empty.
    static QList<SectionSpan> locate(const ReportTemplate &t, const SourceText &source, const LabelFinder &finder,
                                     int from, int to);
    // A line in [from, to) that opens with the section's number ("四、" or "4、") and holds all its key words:
    // the heading worded otherwise than the template and its variants.
    static Span findByKeywords(const ReportTemplate &t, int sectionIndex, const SourceText &source, int from, int to);
    // The accepted written forms of a section's heading, canonical.
    static QStringList headingForms(const ReportTemplate &t, int sectionIndex);
};

} // namespace nianbao::import
