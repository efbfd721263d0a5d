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

// The n-grams that more than one unit holds, numbered in fingerprint order ("tokens"): each unit's shared tokens
// (ascending) and the holders of each token. An n-gram only one unit holds can match nothing, so it is only
// counted (`ownCount`); in real reports those are most of them, which keeps the index small.
struct TokenIndex {
    std::vector<std::vector<quint32>> sharedOf;
    std::vector<size_t> ownCount;
    std::vector<size_t> total;      // distinct n-grams per unit
    std::vector<quint32> holders;   // units, grouped by token
    std::vector<size_t> runStart;   // token t's holders: holders[runStart[t] … runStart[t + 1])
    size_t holderCount(quint32 token) const { return runStart[token + 1] - runStart[token]; }
};

// Buckets of the fingerprint space by its top bits: few enough that visiting every unit per bucket is cheap,
// many enough that a bucket's pairs are a small part of the whole.
constexpr int kBucketBits = 6;
constexpr quint32 kBuckets = 1u << kBucketBits;

// One slice of the fingerprint space (a range of buckets), indexed on its own: a slice's (fingerprint, unit) pairs are
// few, so the whole province is never held as pairs at once. Units' fingerprints are sorted, so a bucket is a
// contiguous range of each.
struct SliceIndex {
    std::vector<std::vector<quint32>> sharedOf; // tokens numbered from 0 within the slice
    std::vector<quint32> holders;
    std::vector<size_t> runStart;
    std::vector<size_t> ownCount;
};

SliceIndex indexSlice(const std::vector<std::vector<quint32>> &fingerprints, quint32 firstBucket, quint32 endBucket)
{
    const size_t units = fingerprints.size();
    SliceIndex slice;
    slice.sharedOf.resize(units);
    slice.ownCount.assign(units, 0);
    std::vector<quint64> entries;
    std::vector<size_t> cursor(units);
    for (size_t u = 0; u < units; ++u)
        cursor[u] = std::lower_bound(fingerprints[u].begin(), fingerprints[u].end(), firstBucket << (32 - kBucketBits)) - fingerprints[u].begin();
    for (quint32 bucket = firstBucket; bucket < endBucket; ++bucket) {
        entries.clear();
        for (size_t u = 0; u < units; ++u) {
            const std::vector<quint32> &f = fingerprints[u];
            size_t &c = cursor[u];
            for (; c < f.size() && (f[c] >> (32 - kBucketBits)) == bucket; ++c) entries.push_back((quint64(f[c]) << 32) | u);
        }
        std::sort(entries.begin(), entries.end());
        for (size_t i = 0; i < entries.size();) {
            size_t j = i + 1;
            while (j < entries.size() && (entries[j] >> 32) == (entries[i] >> 32)) ++j;
            if (j - i == 1) {
                ++slice.ownCount[quint32(entries[i])];
            } else {
                const quint32 token = quint32(slice.runStart.size());
                slice.runStart.push_back(slice.holders.size());
                for (size_t k = i; k < j; ++k) {
                    slice.holders.push_back(quint32(entries[k]));
                    slice.sharedOf[quint32(entries[k])].push_back(token);
                }
            }
            i = j;
        }
    }
    return slice;
}

TokenIndex indexTokens(const std::vector<std::vector<quint32>> &fingerprints)
{
    const size_t units = fingerprints.size();
    // One slice per core; tokens of a later slice are numbered after the earlier slices', so they stay ascending.
    const int slices = std::max(1, std::min(16, QThread::idealThreadCount()));
    std::vector<SliceIndex> parts(slices);
    parallelFor(slices, [&](int p) { parts[p] = indexSlice(fingerprints, kBuckets * p / slices, kBuckets * (p + 1) / slices); });
    TokenIndex index;
    index.sharedOf.resize(units);
    index.ownCount.assign(units, 0);
    index.total.resize(units);
    for (size_t u = 0; u < units; ++u) index.total[u] = fingerprints[u].size();
    for (SliceIndex &part : parts) {
        const quint32 tokenBase = quint32(index.runStart.size());
        const size_t holderBase = index.holders.size();
        for (size_t start : part.runStart) index.runStart.push_back(holderBase + start);
        index.holders.insert(index.holders.end(), part.holders.begin(), part.holders.end());
        for (size_t u = 0; u < units; ++u) {
            index.ownCount[u] += part.ownCount[u];
            for (quint32 t : part.sharedOf[u]) index.sharedOf[u].push_back(tokenBase + t);
        }
        part = SliceIndex();
    }
    index.runStart.push_back(index.holders.size());
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
    const TokenIndex index = indexTokens(fingerprints);
    fingerprints = {};

    std::vector<QList<RepeatedProse>> found(units);
    parallelFor(units, [&](int u) {
        const std::vector<quint32> &mine = index.sharedOf[u];
        const size_t m = index.total[u];
        if (m == 0) return;
        // Over the threshold means sharing at least `least` n-grams (rounding included, kept on the safe side),
        // so at least one among any m − least + 1 of them: take the rarest ones, whose holders are few. The
        // unit's own n-grams are the rarest of all and match nobody.
        const size_t least = std::max<size_t>(1, m * check->threshold / 100);
        const size_t prefix = m - least + 1;
        if (index.ownCount[u] >= prefix || mine.empty()) return;
        const size_t sharedPrefix = std::min(mine.size(), prefix - index.ownCount[u]);
        std::vector<quint32> rarest(mine);
        std::nth_element(rarest.begin(), rarest.begin() + (sharedPrefix - 1), rarest.end(),
                         [&](quint32 a, quint32 b) { return index.holderCount(a) < index.holderCount(b); });
        std::vector<int> candidates;
        for (size_t k = 0; k < sharedPrefix; ++k)
            for (size_t p = index.runStart[rarest[k]]; p < index.runStart[rarest[k] + 1]; ++p) {
                const int other = int(index.holders[p]);
                // Two files of one organ are a duplicate (named as such), not one unit copying another.
                if (other != u && organs[other] != organs[u]) candidates.push_back(other);
            }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (int other : candidates) {
            const std::vector<quint32> &theirs = index.sharedOf[other];
            size_t shared = 0;
            for (size_t a = 0, b = 0; a < mine.size() && b < theirs.size();) {
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
