// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// fontconfig's own start-up (FcInit) reads its configuration and then parses every template in
// /usr/share/fontconfig/conf.avail as well, only to know their descriptions for `fc-conflist`: about 90 XML
// files, 16 M instructions, a tenth of a whole PDF export (issue 18). A template is in effect only through its
// link in conf.d, which the configuration itself includes; the parse of conf.avail adds no rule.

#include <QStringList>

namespace nianbao {

class FontconfigStart
{
public:
    // Loads fontconfig's configuration (FONTCONFIG_FILE / FONTCONFIG_PATH respected) and fonts as FcInit would,
    // without the templates, and makes it the current one. Call before anything uses fontconfig (before the
    // QGuiApplication's first font). Does nothing and returns false when fontconfig is already in use, when the
    // configuration cannot be read or names no cache folder (fontconfig's own start then handles it as always),
    // on systems without fontconfig, and when NIANBAO_FONTCONFIG_FULL_START=1 asks for fontconfig's own start.
    static bool loadWithoutTemplates();
    // Whether loadWithoutTemplates or loadFoldersOnly may still start fontconfig in this process: neither ran
    // yet, and NIANBAO_FONTCONFIG_FULL_START is not 1.
    static bool mayStart();

    // fontconfig on these font folders alone, with no rule: what one export of a report needs when the faces it
    // uses are known (FontSet::startWithStoredFonts). Its rules only decide fallbacks outside those faces and the
    // rasteriser's options; the layout hints nothing (QFont::PreferNoHinting) and the PDF holds outlines. The same
    // conditions as loadWithoutTemplates.
    static bool loadFoldersOnly(const QStringList &fontFolders, const QStringList &cacheFolders);
    // fontconfig's whole configuration again (after loadFoldersOnly), made the current one.
    static bool loadWhole();
    // The folders of the files fontconfig lists under these families, and its cache folders (both empty
    // without fontconfig).
    static QStringList fontFoldersOf(const QStringList &families);
    static QStringList cacheFolders();
};

} // namespace nianbao
