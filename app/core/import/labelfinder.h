// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds template labels in the text as published reports write them: with or without spaces and line breaks
// inside (PDF text), with either kind of brackets and enumeration marks, without their numbering ("（一）",
// "1." left out), or cut short (a label broken across lines around the values of its row).

#include "import/sourcetext.h"

namespace nianbao::import {

struct LabelMatch {
    Span span;            // where the label stands in the text
    bool partial = false; // only a prefix of the label was found
    bool valid() const { return span.valid(); }
};

class LabelFinder
{
public:
    explicit LabelFinder(const SourceText &source) : m_source(source) {}

    // The earliest occurrence in [from, to) of the whole label or of its core (without its numbering, when the
    // core is long enough to be unmistakable); failing both and when allowed, the longest prefix of it that is
    // long enough (at least 6 characters and 60% of the label, or everything before a closing remark in
    // brackets).
    LabelMatch find(const QString &label, int from, int to, bool allowPartial = true) const;
    // A stretch in [from, to) one edit (a wrong, missing or extra character) away from the label's core
    // ("本年废纸件数" for "本年废止件数"), when the core is long enough for one edit to be a typo and not another
    // word; `others` are the labels it must not be as close to (a typo that could be either is no match).
    LabelMatch findWithTypo(const QString &label, int from, int to, const QStringList &others) const;
    static int editDistance(const QString &a, const QString &b, int limit);
    // Exact canonical occurrence of an already canonical string.
    Span findCanonical(const QString &canonicalText, int from, int to) const;
    // Every exact canonical occurrence in [from, to).
    QList<Span> findAll(const QString &canonicalText, int from, int to) const;

    // The label without its numbering ("（一）", "1.", "一、"), canonical.
    static QString canonicalCore(const QString &canonicalLabel);

private:
    int canonFind(const QString &needle, int canonFrom, int canonTo) const;
    LabelMatch findInterrupted(const QString &canonicalLabel, int canonFrom, int canonTo) const;
    const SourceText &m_source;
};

} // namespace nianbao::import
