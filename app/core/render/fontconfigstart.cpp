// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/fontconfigstart.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QtGlobal>
#if NIANBAO_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace nianbao {

namespace {
Q_LOGGING_CATEGORY(fontconfigStart, "nianbao.fonts", QtInfoMsg) // debug messages only when asked for
} // namespace

#if NIANBAO_HAVE_FONTCONFIG
namespace {

// Only the first start of a process may choose: a second configuration would replace the one Qt's font
// database was built from.
bool started = false;

bool firstStart()
{
    const bool may = FontconfigStart::mayStart();
    started = true;
    return may;
}

bool hasCacheFolder(FcConfig *config)
{
    FcStrList *caches = FcConfigGetCacheDirs(config);
    const bool any = caches && FcStrListNext(caches) != nullptr;
    if (caches) FcStrListDone(caches);
    return any;
}

// Builds the fonts of `config` and makes it the current configuration; takes `config`.
bool makeCurrent(FcConfig *config)
{
    const bool ok = FcConfigBuildFonts(config) && FcConfigSetCurrent(config);
    FcConfigDestroy(config); // the current configuration holds its own reference
    return ok;
}

QByteArray escaped(const QString &path)
{
    return path.toUtf8().replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
}

} // namespace
#endif

bool FontconfigStart::mayStart()
{
#if NIANBAO_HAVE_FONTCONFIG
    return !started && qEnvironmentVariableIntValue("NIANBAO_FONTCONFIG_FULL_START") != 1;
#else
    return false;
#endif
}

bool FontconfigStart::loadWithoutTemplates()
{
#if NIANBAO_HAVE_FONTCONFIG
    if (!firstStart()) return false;
    FcConfig *config = FcConfigCreate();
    if (!config) return false;
    // What FcInitLoadOwnConfigAndFonts does, less FcConfigParseOnly(conf.avail). Without a <cachedir>, FcInit
    // adds default cache folders (and warns): that case is left to it.
    if (!FcConfigParseAndLoad(config, nullptr, FcTrue) || !hasCacheFolder(config)) {
        FcConfigDestroy(config);
        return false;
    }
    const bool ok = makeCurrent(config);
    if (ok) qCDebug(fontconfigStart, "fontconfig loaded without its templates");
    return ok;
#else
    return false;
#endif
}

bool FontconfigStart::loadFoldersOnly(const QStringList &fontFolders, const QStringList &cacheFolders)
{
#if NIANBAO_HAVE_FONTCONFIG
    if (fontFolders.isEmpty() || cacheFolders.isEmpty() || !firstStart()) return false;
    QByteArray xml = "<?xml version=\"1.0\"?>\n<fontconfig>\n";
    for (const QString &folder : fontFolders) xml += "<dir>" + escaped(folder) + "</dir>\n";
    for (const QString &folder : cacheFolders) xml += "<cachedir>" + escaped(folder) + "</cachedir>\n";
    xml += "</fontconfig>\n";
    FcConfig *config = FcConfigCreate();
    if (!config) return false;
    if (!FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8 *>(xml.constData()), FcTrue)) {
        FcConfigDestroy(config);
        return false;
    }
    const bool ok = makeCurrent(config);
    if (ok) qCDebug(fontconfigStart, "fontconfig loaded on the stored font folders: %s", qPrintable(fontFolders.join(QLatin1Char(' '))));
    return ok;
#else
    Q_UNUSED(fontFolders)
    Q_UNUSED(cacheFolders)
    return false;
#endif
}

bool FontconfigStart::loadWhole()
{
#if NIANBAO_HAVE_FONTCONFIG
    FcConfig *config = FcInitLoadConfigAndFonts();
    if (!config) return false;
    const bool ok = FcConfigSetCurrent(config);
    FcConfigDestroy(config);
    if (ok) qCDebug(fontconfigStart, "fontconfig loaded whole again");
    return ok;
#else
    return false;
#endif
}

QStringList FontconfigStart::fontFoldersOf(const QStringList &families)
{
    QStringList folders;
#if NIANBAO_HAVE_FONTCONFIG
    FcObjectSet *objects = FcObjectSetBuild(FC_FILE, nullptr);
    for (const QString &family : families) {
        FcPattern *pattern = FcPatternCreate();
        const QByteArray name = family.toUtf8();
        FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>(name.constData()));
        FcFontSet *list = FcFontList(nullptr, pattern, objects);
        FcPatternDestroy(pattern);
        for (int i = 0; list && i < list->nfont; ++i) {
            FcChar8 *file = nullptr;
            if (FcPatternGetString(list->fonts[i], FC_FILE, 0, &file) != FcResultMatch) continue;
            const QString folder = QFileInfo(QString::fromUtf8(reinterpret_cast<const char *>(file))).absolutePath();
            if (!folders.contains(folder)) folders << folder;
        }
        if (list) FcFontSetDestroy(list);
    }
    FcObjectSetDestroy(objects);
#else
    Q_UNUSED(families)
#endif
    return folders;
}

QStringList FontconfigStart::cacheFolders()
{
    QStringList folders;
#if NIANBAO_HAVE_FONTCONFIG
    FcStrList *caches = FcConfigGetCacheDirs(nullptr);
    while (FcChar8 *folder = caches ? FcStrListNext(caches) : nullptr) folders << QString::fromUtf8(reinterpret_cast<const char *>(folder));
    if (caches) FcStrListDone(caches);
#endif
    return folders;
}

} // namespace nianbao
