// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/sectionlocator.h"

namespace nianbao::import {

QStringList SectionLocator::headingForms(const ReportTemplate &t, int sectionIndex)
{
    const SectionDef &s = t.sections[sectionIndex];
    QStringList forms;
    const QString numberMark = SourceText::canonical(s.number + QStringLiteral("、"));
    for (const QString &text : QStringList{s.heading} + s.variants) {
        const QString canon = SourceText::canonical(text);
        if (!forms.contains(canon)) forms << canon;
        // "6、…" for "六、…": the same enumeration in Arabic numerals.
        if (canon.startsWith(numberMark)) {
            const QString arabic = QString::number(sectionIndex + 1) + canon.mid(numberMark.size() - 1);
            if (!forms.contains(arabic)) forms << arabic;
        }
    }
    return forms;
}

QList<SectionSpan> SectionLocator::locate(const ReportTemplate &t, const SourceText &source,
                                          const LabelFinder &finder, int from, int to)
{
    QList<SectionSpan> spans;
    int pos = from;
    for (int i = 0; i < t.sections.size(); ++i) {
        SectionSpan span;
        span.section = &t.sections[i];
        const QStringList forms = headingForms(t, i);
        for (int f = 0; f < forms.size(); ++f) {
            const Span at = finder.findCanonical(forms[f], pos, to);
            if (at.valid() && (!span.heading.valid() || at.start < span.heading.start)) {
                span.heading = at;
                span.variant = f > 0;
            }
        }
        if (span.heading.valid()) {
            span.headingText = source.slice(span.heading).simplified();
            pos = span.heading.end;
        }
        spans << span;
    }
    // Each body runs from its heading to the next heading that was found.
    for (int i = 0; i < spans.size(); ++i) {
        if (!spans[i].found()) continue;
        spans[i].bodyStart = spans[i].heading.end;
        spans[i].bodyEnd = to;
        for (int j = i + 1; j < spans.size(); ++j)
            if (spans[j].found()) {
                spans[j].bodyStart = spans[j].heading.end;
                spans[i].bodyEnd = spans[j].heading.start;
                break;
            }
    }
    return spans;
}

} // namespace nianbao::import
