// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/labelfinder.h"

#include <QRegularExpression>
#include <cmath>

namespace nianbao::import {

namespace {
constexpr int kMinCoreLength = 4;    // shorter cores (two-character words) are too common to anchor on
constexpr int kMinPrefixLength = 6;
constexpr double kMinPrefixShare = 0.6;
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

} // namespace nianbao::import
