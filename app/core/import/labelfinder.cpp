// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/labelfinder.h"

#include <QRegularExpression>
#include <cmath>

namespace nianbao::import {

namespace {
constexpr int kMinCoreLength = 4;    // shorter cores (two-character words) are too common to anchor on
constexpr int kMinPrefixLength = 6;
constexpr double kMinPrefixShare = 0.6;
constexpr int kMinTypoCoreLength = 5; // one wrong character in a shorter word makes another word
} // namespace

QString LabelFinder::canonicalCore(const QString &canonicalLabel)
{
    static const QRegularExpression numbering(
        QStringLiteral("^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+，|（[0-9]+）|[0-9]+，)"));
    QString core = canonicalLabel;
    core.remove(numbering);
    return core;
}

int LabelFinder::canonFind(const QString &needle, int canonFrom, int canonTo) const
{
    if (needle.isEmpty()) return -1;
    const int at = int(m_source.canon().indexOf(needle, canonFrom));
    return at >= 0 && at + needle.size() <= canonTo ? at : -1;
}

Span LabelFinder::findCanonical(const QString &canonicalText, int from, int to) const
{
    const int cf = m_source.canonIndexAtOrAfter(from);
    const int ct = m_source.canonIndexAtOrAfter(to);
    const int at = canonFind(canonicalText, cf, ct);
    return at < 0 ? Span{} : m_source.textSpan(at, at + int(canonicalText.size()));
}

QList<Span> LabelFinder::findAll(const QString &canonicalText, int from, int to) const
{
    QList<Span> out;
    int cf = m_source.canonIndexAtOrAfter(from);
    const int ct = m_source.canonIndexAtOrAfter(to);
    for (int at = canonFind(canonicalText, cf, ct); at >= 0; at = canonFind(canonicalText, at + 1, ct))
        out << m_source.textSpan(at, at + int(canonicalText.size()));
    return out;
}

LabelMatch LabelFinder::find(const QString &label, int from, int to, bool allowPartial) const
{
    const QString canonLabel = SourceText::canonical(label);
    const int cf = m_source.canonIndexAtOrAfter(from);
    const int ct = m_source.canonIndexAtOrAfter(to);
    const QString core = canonicalCore(canonLabel);

    const int full = canonFind(canonLabel, cf, ct);
    const int coreAt = core.size() >= kMinCoreLength && core != canonLabel ? canonFind(core, cf, ct) : -1;
    if (full >= 0 && (coreAt < 0 || full <= coreAt)) return {m_source.textSpan(full, full + int(canonLabel.size())), false};
    if (coreAt >= 0) return {m_source.textSpan(coreAt, coreAt + int(core.size())), false};
    if (!allowPartial) return {};

    for (const QString &text : {canonLabel, core}) // with its numbering first: "2." is no value of the row above
        if (const LabelMatch wrapped = findInterrupted(text, cf, ct); wrapped.valid()) return wrapped;
    // Prefixes, longest first, of the label and of its core. A remark in brackets at the end may be left out.
    const int remark = int(canonLabel.indexOf(QChar(0xFF08), canonLabel.size() - core.size() + 1));
    for (const QString &text : {canonLabel, core}) {
        const int minLength = qMax(kMinPrefixLength, int(std::ceil(text.size() * kMinPrefixShare)));
        for (int length = int(text.size()) - 1; length >= 1; --length) {
            const bool beforeRemark = text == canonLabel && length == remark && length - (text.size() - core.size()) >= kMinCoreLength;
            if (length < minLength && !beforeRemark) continue;
            const int at = canonFind(text.left(length), cf, ct);
            if (at >= 0) return {m_source.textSpan(at, at + length), true};
        }
    }
    return {};
}

LabelMatch LabelFinder::findInterrupted(const QString &label, int canonFrom, int canonTo) const
{
    // A label wrapped over lines in a PDF with the row's values after its first line
    // ("2.申请人逾期未按收费通知要求  0 1 0 …" / "缴纳费用、…" / "政府信息公开申请"): the label's beginning, a run of
    // values, then all the rest of the label. The match is the beginning; the values follow it as usual.
    const QString &canon = m_source.canon();
    for (int length = int(label.size()) - 1; length >= kMinCoreLength; --length) {
        for (int at = canonFind(label.left(length), canonFrom, canonTo); at >= 0;
             at = canonFind(label.left(length), at + 1, canonTo)) {
            int next = at + length, digits = 0;
            while (next < canonTo && (canon.at(next).isDigit() || canon.at(next) == QLatin1Char('-') || canon.at(next) == QChar(0xFF0C))) {
                digits += canon.at(next).isDigit() ? 1 : 0;
                ++next;
            }
            if (digits > 0 && canon.mid(next, label.size() - length) == label.mid(length) && next + label.size() - length <= canonTo)
                return {m_source.textSpan(at, at + length), true};
        }
    }
    return {};
}

int LabelFinder::editDistance(const QString &a, const QString &b, int limit)
{
    if (qAbs(a.size() - b.size()) > limit) return limit + 1;
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j) previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        int best = current[0];
        for (int j = 1; j <= b.size(); ++j) {
            current[j] = qMin(qMin(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1));
            best = qMin(best, current[j]);
        }
        if (best > limit) return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

LabelMatch LabelFinder::findWithTypo(const QString &label, int from, int to, const QStringList &others) const
{
    const QString core = canonicalCore(SourceText::canonical(label));
    if (core.size() < kMinTypoCoreLength) return {};
    const int cf = m_source.canonIndexAtOrAfter(from);
    const int ct = m_source.canonIndexAtOrAfter(to);
    const QString &canon = m_source.canon();
    // One edit leaves the first character in place, or the second one at the first or second place.
    for (int start = cf; start < ct; ++start) {
        const bool anchored = canon.at(start) == core.at(0) || canon.at(start) == core.at(1)
                           || (start + 1 < ct && canon.at(start + 1) == core.at(1));
        if (!anchored) continue;
        for (int length : {int(core.size()), int(core.size()) - 1, int(core.size()) + 1}) {
            if (start + length > ct) continue;
            const QString window = canon.mid(start, length);
            if (window == core || editDistance(window, core, 1) != 1) continue;
            for (const QString &o : others) { // a typo that could be either label is no match
                const QString oc = canonicalCore(SourceText::canonical(o));
                if (oc != core && editDistance(window, oc, 1) <= 1) return {};
            }
            return {m_source.textSpan(start, start + length), false};
        }
    }
    return {};
}

} // namespace nianbao::import
