// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The font programs of earlier PDF exports, cut down and compressed, kept in the user's cache folder
// (~/.cache/nianbao/subsets): exporting a report again after a correction uses the same glyphs of the same faces,
// and cutting and compressing three CJK faces was a sixth of an export (issue 18). An entry is found by the face's
// file (path, face, size, time) and the glyphs, in their order; a damaged or foreign entry is not used, and the
// export cuts the face again. The last kMaxEntries entries are kept.
// NIANBAO_SUBSET_CACHE=off turns it off (the benchmark's first export); a batch export does not use it.

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace nianbao {

class FontSubsetCache
{
public:
    static constexpr int kMaxEntries = 32;

    // The two stream objects of a font's program and its CID→glyph map, as the PDF holds them.
    struct Entry {
        QByteArray program;
        QByteArray cidToGid;
    };

    // Empty when there is no cache (no face file, no cache folder, turned off).
    static QByteArray keyFor(const QByteArray &faceFile, const QList<quint32> &glyphs);
    static std::optional<Entry> load(const QByteArray &key);
    static void store(const QByteArray &key, const Entry &entry);
    static QString folder();
    // A batch of different reports would only write entries the next ones push out: it keeps none (process-wide).
    static void setEnabled(bool enabled);
};

} // namespace nianbao
