// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/sectionlocator.h"

#include <algorithm>

namespace nianbao::import {

namespace {
constexpr int kMaxHeadingLength = 40; // canonical characters; a longer line is a sentence
constexpr int kMaxHeadingExtra = 12;  // words added to a known heading on its line ("及明年工作计划")
} // namespace

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

Span SectionLocator::findByKeywords(const ReportTemplate &t, int sectionIndex, const SourceText &source, int from, int to)
{
    const SectionDef &s = t.sections[sectionIndex];
    if (s.keywords.isEmpty() || from >= to) return {};
    const QStringList marks{SourceText::canonical(s.number + QStringLiteral("、")),
                            QString::number(sectionIndex + 1) + SourceText::canonical(QStringLiteral("、"))};
    const QString sentenceEnd = SourceText::canonical(QStringLiteral("。；：！？"));
    for (int line = source.lineOf(from); line <= source.lineCount() && source.lineStart(line) < to; ++line) {
        const int start = qMax(from, source.lineStart(line));
        const int end = qMin(to, source.lineEnd(line));
        const QString text = source.slice(start, end);
        // Markdown and bold marks around a heading ("## 四、…", "**四、…**") are not part of it.
        auto isMark = [](QChar c) { return SourceText::canonicalChar(c).isNull() || c == QLatin1Char('#') || c == QLatin1Char('*'); };
        int lead = 0, trail = int(text.size());
        while (lead < trail && isMark(text.at(lead))) ++lead;
        while (trail > lead && isMark(text.at(trail - 1))) --trail;
        const QString canon = SourceText::canonical(text.mid(lead, trail - lead));
        // A heading stands on a line of its own, opens with the section's number and holds its key words;
        // a sentence that happens to mention them does not end like a heading.
        if (canon.size() > kMaxHeadingLength) continue;
        bool numbered = false;
        for (const QString &m : marks) numbered = numbered || canon.startsWith(m);
        if (!numbered) continue;
        if (std::any_of(canon.cbegin(), canon.cend(), [&](QChar c) { return sentenceEnd.contains(c); })) continue;
        bool all = true;
        for (const QString &k : s.keywords) all = all && canon.contains(SourceText::canonical(k));
        if (!all) continue;
        return {start + lead, start + trail};
    }
    return {};
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
        if (!span.heading.valid()) {
            // Worded otherwise ("四、政府信息公开行政复议与行政诉讼情况"): its number and key words, before the next
            // section's own heading.
            int limit = to;
            for (int j = i + 1; j < t.sections.size() && limit == to; ++j)
                for (const QString &form : headingForms(t, j))
                    if (const Span next = finder.findCanonical(form, pos, to); next.valid()) limit = qMin(limit, next.start);
            span.heading = findByKeywords(t, i, source, pos, limit);
            span.variant = span.heading.valid();
        }
        if (span.heading.valid()) {
            // "五、…存在的主要问题及改进情况及明年工作计划": words added at the end of the heading's line belong to it.
            const int lineEnd = source.lineEnd(source.lineOf(span.heading.start));
            const QString rest = source.slice(span.heading.end, lineEnd);
            const QString restCanon = SourceText::canonical(rest);
            static const QString sentence = SourceText::canonical(QStringLiteral("，。；：！？"));
            if (!restCanon.isEmpty() && restCanon.size() <= kMaxHeadingExtra
                && std::none_of(restCanon.cbegin(), restCanon.cend(), [](QChar c) { return sentence.contains(c) || c.isDigit(); })) {
                span.heading.end = lineEnd;
                while (span.heading.end > span.heading.start && SourceText::canonicalChar(source.text().at(span.heading.end - 1)).isNull()) --span.heading.end;
                span.variant = true;
            }
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
