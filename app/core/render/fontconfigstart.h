// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// fontconfig's own start-up (FcInit) reads its configuration and then parses every template in
// /usr/share/fontconfig/conf.avail as well, only to know their descriptions for `fc-conflist`: about 90 XML
// files, 16 M instructions, a tenth of a whole PDF export (issue 18). A template is in effect only through its
// link in conf.d, which the configuration itself includes; the parse of conf.avail adds no rule.

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
};

} // namespace nianbao
