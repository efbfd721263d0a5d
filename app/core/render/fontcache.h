// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The font choice of the last run, kept on disk: reading every Chinese face's name table and asking fontconfig
// for each office name costs more than a whole page's layout (about 70 M instructions of a 90 ms export), yet
// the answer only changes when fonts or fontconfig's configuration change. The entry is keyed by what decides
// it: the installed Chinese families as Qt lists them (they change with the locale and with every face added or
// removed), the names looked for, the program's version, fontconfig's environment, and the modification times
// of fontconfig's configuration files, of the font folders (as fontconfig itself checks its caches) and of
// fontconfig's cache folders.

#include "render/fontcatalogue.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace nianbao {

class FontCache
{
public:
    struct Entry {
        FontCatalogue catalogue;
        QHash<QString, bool> embeddable; // by installed family, as FontSet::familyEmbeddable answered
        // What a later export needs to start fontconfig on these faces alone (FontSet::startWithStoredFonts): the
        // key without the families (machineKey), the folders of the faces' files and fontconfig's cache folders.
        // Empty in an entry written before. An entry read from its file holds the key's digest (the file keeps no more).
        QString machineKey;
        QStringList fontFolders;
        QStringList cacheFolders;
    };

    // The key of this machine's state (see above); `chineseFamilies` and `wanted` as FontCatalogue::system takes them,
    // `fontFolders`: folders of fonts registered by the program itself (their files' times are part of the key).
    static QString currentKey(const QStringList &chineseFamilies, const QStringList &wanted, const QStringList &fontFolders = {});
    // The key of this machine's state without the installed families: what can be known before Qt's font
    // database exists.
    static QString machineKey(const QStringList &wanted, const QStringList &fontFolders = {});
    // The entry stored in `file` whose machine key is exactly `machineKey` and that names its font folders.
    static std::optional<Entry> loadForMachine(const QString &file, const QString &machineKey);
    // The entry stored in `file` under exactly `key`; nothing when the file is missing, damaged or of another key.
    static std::optional<Entry> load(const QString &file, const QString &key);
    // Written whole or not at all (processes exporting side by side may share the file).
    static bool save(const QString &file, const QString &key, const Entry &entry);
    // Where this user's entry lives: one file per fontconfig configuration and locale.
    static QString defaultFile();
};

} // namespace nianbao
