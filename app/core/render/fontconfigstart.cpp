// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/fontconfigstart.h"

#include <QLoggingCategory>
#include <QtGlobal>
#if NIANBAO_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace nianbao {

namespace {
Q_LOGGING_CATEGORY(fontconfigStart, "nianbao.fonts", QtInfoMsg) // debug messages only when asked for
} // namespace

bool FontconfigStart::loadWithoutTemplates()
{
#if NIANBAO_HAVE_FONTCONFIG
    static bool tried = false;
    if (tried) return false; // a second configuration would replace the one Qt's font database was built from
    tried = true;
    if (qEnvironmentVariableIntValue("NIANBAO_FONTCONFIG_FULL_START") == 1) return false;
    FcConfig *config = FcConfigCreate();
    if (!config) return false;
    // What FcInitLoadOwnConfigAndFonts does, less FcConfigParseOnly(conf.avail). Without a <cachedir>, FcInit
    // adds default cache folders (and warns): that case is left to it.
    bool ok = FcConfigParseAndLoad(config, nullptr, FcTrue);
    if (ok) {
        FcStrList *caches = FcConfigGetCacheDirs(config);
        ok = caches && FcStrListNext(caches) != nullptr;
        if (caches) FcStrListDone(caches);
    }
    ok = ok && FcConfigBuildFonts(config) && FcConfigSetCurrent(config);
    FcConfigDestroy(config); // the current configuration holds its own reference
    if (ok) qCDebug(fontconfigStart, "fontconfig loaded without its templates");
    return ok;
#else
    return false;
#endif
}

} // namespace nianbao
