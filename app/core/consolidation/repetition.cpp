// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/repetition.h"

#include "consolidation/units.h"

#include <QJsonArray>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

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

quint32 mix(quint64 h)
{
    h ^= h >> 31;
    h *= 0x7fb5d329728ea185ULL;
    h ^= h >> 27;
    h *= 0x81dadef4bc2dd44dULL;
    return quint32(h ^ (h >> 33));
}

int percentOf(size_t shared, size_t mine)
{
    return int((shared * 100 + mine / 2) / mine); // repeatedPercent's rounding
}

// Runs work(i) for i in [0, count) on every core.
template<typename Work>
void parallelFor(int count, const Work &work)
{
    std::atomic<int> next{0};
    auto loop = [&] {
        for (int i = next++; i < count; i = next++) work(i);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::max(1, QThread::idealThreadCount()); ++t) pool.emplace_back(loop);
    loop();
    for (std::thread &t : pool) t.join();
}

// Each unit's n-grams as token numbers (ascending, like its fingerprints), the holders of each token (runs of
// `holders`), found by bucketing all (fingerprint, unit) pairs by their top byte and sorting each bucket.
struct TokenIndex {
    std::vector<std::vector<quint32>> tokensOf;
    std::vector<quint32> holders;   // units, grouped by token
    std::vector<quint32> runStart;  // token t's holders: holders[runStart[t] … runStart[t + 1])
    std::vector<quint32> ownTokens; // per unit: tokens no other unit holds
    size_t holderCount(quint32 token) const { return runStart[token + 1] - runStart[token]; }
};

TokenIndex indexTokens(std::vector<std::vector<quint32>> fingerprints)
{
    TokenIndex index;
    constexpr int kBuckets = 256;
    std::vector<size_t> start(kBuckets + 1, 0);
    for (const std::vector<quint32> &f : fingerprints)
        for (quint32 h : f) ++start[(h >> 24) + 1];
    for (int b = 0; b < kBuckets; ++b) start[b + 1] += start[b];
    std::vector<quint64> entries(start[kBuckets]);
    {
        std::vector<size_t> fill(start.begin(), start.end() - 1);
        for (size_t u = 0; u < fingerprints.size(); ++u)
            for (quint32 h : fingerprints[u]) entries[fill[h >> 24]++] = (quint64(h) << 32) | u;
    }
    parallelFor(kBuckets, [&](int b) { std::sort(entries.begin() + start[b], entries.begin() + start[b + 1]); });

    // Walking the entries in fingerprint order meets each unit's fingerprints in its own (ascending) order, so
    // they are replaced by token numbers in place.
    std::vector<size_t> cursor(fingerprints.size(), 0);
    index.holders.resize(entries.size());
    index.ownTokens.assign(fingerprints.size(), 0);
    quint32 token = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        const quint32 h = quint32(entries[i] >> 32), u = quint32(entries[i]);
        const bool first = i == 0 || h != quint32(entries[i - 1] >> 32);
        if (first && i > 0) ++token;
        if (first) index.runStart.push_back(quint32(i));
        const bool alone = first && (i + 1 == entries.size() || h != quint32(entries[i + 1] >> 32));
        index.ownTokens[u] += alone ? 1 : 0;
        index.holders[i] = u;
        fingerprints[u][cursor[u]++] = token;
    }
    index.runStart.push_back(quint32(entries.size()));
    index.tokensOf = std::move(fingerprints);
    return index;
}

} // namespace

std::vector<quint32> proseFingerprints(const ReportData &r)
{
    std::vector<quint32> out;
    const std::optional<RepeatCheck> check = r.format ? repeatCheck(*r.format) : std::nullopt;
    if (!check) return out;
    std::vector<char16_t> letters;
    for (const QString &key : check->sections) {
        const QString text = r.text(key);
        letters.clear();
        for (const QChar c : text)
            if (c.isLetterOrNumber()) letters.push_back(c.unicode());
        for (size_t i = 0; i + check->n <= letters.size(); ++i) {
            quint64 h = 0xcbf29ce484222325ULL;
            for (int k = 0; k < check->n; ++k) h = (h ^ letters[i + k]) * 0x100000001b3ULL;
            out.push_back(mix(h));
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QList<RepeatedProse> repetitionAcrossUnits(QList<ChildReport> &children)
{
    if (children.size() < 2) return {};
    const std::optional<RepeatCheck> check = repeatCheck(*children.first().report.format);
    if (!check) return {};
    const int units = int(children.size());
    std::vector<std::vector<quint32>> fingerprints(units);
    std::vector<QString> organs(units);
    for (int u = 0; u < units; ++u) {
        ChildReport &c = children[u];
        fingerprints[u] = c.proseFingerprints.empty() ? proseFingerprints(c.report) : std::move(c.proseFingerprints);
        c.proseFingerprints = {};
        organs[u] = organKey(c.report.meta.organ);
    }
    const TokenIndex index = indexTokens(std::move(fingerprints));

    std::vector<QList<RepeatedProse>> found(units);
    parallelFor(units, [&](int u) {
        const std::vector<quint32> &mine = index.tokensOf[u];
        const size_t m = mine.size();
        if (m == 0) return;
        // Over the threshold means sharing at least `least` n-grams (rounding included, kept on the safe side),
        // so at least one among any m − least + 1 of them: take the rarest ones, whose holders are few.
        const size_t least = std::max<size_t>(1, m * check->threshold / 100);
        const size_t prefix = m - least + 1;
        if (index.ownTokens[u] >= prefix) return; // its rarest tokens are its own: nobody shares enough
        std::vector<quint32> rarest(mine);
        std::nth_element(rarest.begin(), rarest.begin() + (prefix - 1), rarest.end(),
                         [&](quint32 a, quint32 b) { return index.holderCount(a) < index.holderCount(b); });
        std::vector<int> candidates;
        for (size_t k = 0; k < prefix; ++k)
            for (size_t p = index.runStart[rarest[k]]; p < index.runStart[rarest[k] + 1]; ++p) {
                const int other = int(index.holders[p]);
                // Two files of one organ are a duplicate (named as such), not one unit copying another.
                if (other != u && organs[other] != organs[u]) candidates.push_back(other);
            }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (int other : candidates) {
            const std::vector<quint32> &theirs = index.tokensOf[other];
            size_t shared = 0;
            for (size_t a = 0, b = 0; a < m && b < theirs.size();) {
                if (mine[a] == theirs[b]) ++shared, ++a, ++b;
                else if (mine[a] < theirs[b]) ++a;
                else ++b;
            }
            const int percent = percentOf(shared, m);
            if (percent > check->threshold) found[u] << RepeatedProse{u, other, percent};
        }
        std::stable_sort(found[u].begin(), found[u].end(), [](const RepeatedProse &a, const RepeatedProse &b) { return a.percent > b.percent; });
    });
    QList<RepeatedProse> out;
    for (const QList<RepeatedProse> &f : found) out << f;
    return out;
}

} // namespace nianbao
