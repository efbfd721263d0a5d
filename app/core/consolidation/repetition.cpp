// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/repetition.h"

#include "consolidation/units.h"

#include <QJsonArray>
#include <algorithm>
#include <cstdint>
#include <vector>

namespace nianbao {

namespace {

struct RepeatCheck {
    QStringList sections;
    int n = 5;
    int threshold = 50;
};

// The template's proseRepeat check (XY-DUP): the same sections, n-gram length and threshold as for last year.
std::optional<RepeatCheck> repeatCheck(const ReportTemplate &t)
{
    for (const CheckDef &check : t.checks) {
        if (check.kind != QLatin1String("proseRepeat")) continue;
        RepeatCheck r;
        for (const QJsonValue &v : check.params.value(QStringLiteral("sections")).toArray()) r.sections << v.toString();
        r.n = check.params.value(QStringLiteral("ngram")).toInt(5);
        r.threshold = check.params.value(QStringLiteral("thresholdPercent")).toInt(50);
        return r;
    }
    return std::nullopt;
}

quint64 mix(quint64 h)
{
    h ^= h >> 31;
    h *= 0x7fb5d329728ea185ULL;
    h ^= h >> 27;
    h *= 0x81dadef4bc2dd44dULL;
    return h ^ (h >> 33);
}

// The distinct n-grams of a unit's checked prose as 64-bit fingerprints, sorted. Letters and digits only, as in
// repeatedPercent (yearly/crossyear), so re-punctuating a copied paragraph does not hide it; n-grams do not
// cross from one section into the next.
std::vector<quint64> fingerprints(const ReportData &r, const RepeatCheck &check)
{
    std::vector<quint64> out;
    for (const QString &key : check.sections) {
        const QString text = r.text(key);
        std::vector<char16_t> letters;
        letters.reserve(text.size());
        for (const QChar c : text)
            if (c.isLetterOrNumber()) letters.push_back(c.unicode());
        for (size_t i = 0; i + check.n <= letters.size(); ++i) {
            quint64 h = 0xcbf29ce484222325ULL;
            for (int k = 0; k < check.n; ++k) h = mix(h ^ letters[i + k]);
            out.push_back(h);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

int percentOf(size_t shared, size_t mine)
{
    return int((shared * 100 + mine / 2) / mine); // repeatedPercent's rounding
}

} // namespace

QList<RepeatedProse> repetitionAcrossUnits(const QList<ChildReport> &children)
{
    if (children.size() < 2) return {};
    const std::optional<RepeatCheck> check = repeatCheck(*children.first().report.format);
    if (!check) return {};
    const int units = int(children.size());

    // Postings: (fingerprint, unit) sorted, so each run of one fingerprint lists the units that share it.
    std::vector<std::pair<quint64, int>> postings;
    std::vector<size_t> sizes(units);
    std::vector<QString> organs(units);
    for (int u = 0; u < units; ++u) organs[u] = organKey(children[u].report.meta.organ);
    for (int u = 0; u < units; ++u) {
        const std::vector<quint64> f = fingerprints(children[u].report, *check);
        sizes[u] = f.size();
        for (quint64 h : f) postings.emplace_back(h, u);
    }
    std::sort(postings.begin(), postings.end());

    // Tokens (runs) numbered in fingerprint order; each unit's tokens ascending; how many units hold each.
    std::vector<size_t> runStart;
    std::vector<std::vector<int>> tokensOf(units);
    for (int u = 0; u < units; ++u) tokensOf[u].reserve(sizes[u]);
    for (size_t i = 0; i < postings.size(); ++i) {
        if (i == 0 || postings[i].first != postings[i - 1].first) runStart.push_back(i);
        tokensOf[postings[i].second].push_back(int(runStart.size() - 1));
    }
    runStart.push_back(postings.size());
    auto holders = [&](int token) { return runStart[token + 1] - runStart[token]; };

    QList<RepeatedProse> out;
    std::vector<int> seenBy(units, -1);
    std::vector<int> rarest;
    std::vector<int> candidates;
    for (int u = 0; u < units; ++u) {
        const std::vector<int> &mine = tokensOf[u];
        const size_t m = mine.size();
        if (m == 0) continue;
        // Over the threshold means sharing at least `least` n-grams (rounding included, kept on the safe side),
        // so at least one among any m − least + 1 of them: take the rarest ones, whose holders are few.
        const size_t least = std::max<size_t>(1, m * check->threshold / 100);
        const size_t prefix = m - least + 1;
        rarest.assign(mine.begin(), mine.end());
        std::nth_element(rarest.begin(), rarest.begin() + (prefix - 1), rarest.end(),
                         [&](int a, int b) { return holders(a) < holders(b); });
        candidates.clear();
        for (size_t k = 0; k < prefix; ++k)
            for (size_t p = runStart[rarest[k]]; p < runStart[rarest[k] + 1]; ++p) {
                const int other = postings[p].second;
                // Two files of one organ are a duplicate (named as such), not one unit copying another.
                if (other != u && seenBy[other] != u && organs[other] != organs[u]) {
                    seenBy[other] = u;
                    candidates.push_back(other);
                }
            }
        for (int other : candidates) {
            const std::vector<int> &theirs = tokensOf[other];
            size_t shared = 0;
            for (size_t a = 0, b = 0; a < m && b < theirs.size();) {
                if (mine[a] == theirs[b]) ++shared, ++a, ++b;
                else if (mine[a] < theirs[b]) ++a;
                else ++b;
            }
            const int percent = percentOf(shared, m);
            if (percent > check->threshold) out << RepeatedProse{u, other, percent};
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const RepeatedProse &a, const RepeatedProse &b) {
        return a.unit != b.unit ? a.unit < b.unit : a.percent > b.percent;
    });
    return out;
}

} // namespace nianbao
