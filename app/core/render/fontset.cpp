// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/fontset.h"

#include "render/fontcache.h"
#include "render/fontconfigstart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QRawFont>
#include <QStandardPaths>
#include <QtEndian>
#include <algorithm>

namespace nianbao {

namespace {

// Messages shown to the user, in the "nianbao::FontSet" translation context.
class FontSetText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::FontSet)
};

struct RoleFamilies {
    QStringList office;  // the face the standard names, under the names Windows, UOS and Kylin install it
    QStringList standIn; // faces that may stand in, best first: office faces of a near style, then free ones
};

QStringList names(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *n : list) out << QString::fromUtf16(n);
    return out;
}

// Faces by style, office faces first. A character the chosen face lacks (喆 堃 昇 镕 are not in GB2312) is drawn
// in the first face of the same style that has it, never in a sans face when a serif one has it.
const QStringList &fangSongFaces()
{
    static const QStringList list = names({u"仿宋_GB2312", u"FangSong_GB2312", u"仿宋", u"FangSong", u"方正仿宋_GBK",
                                           u"FZFangSong-Z02", u"FZFangSong-Z02S", u"华文仿宋", u"STFangsong"});
    return list;
}
const QStringList &kaiFaces()
{
    static const QStringList list = names({u"楷体_GB2312", u"KaiTi_GB2312", u"楷体", u"KaiTi", u"方正楷体_GBK",
                                           u"FZKai-Z03", u"FZKai-Z03S", u"华文楷体", u"STKaiti"});
    return list;
}
// Debian has no free simplified 仿宋: a 楷 face is the accepted stand-in (spec §7). AR PL UKai is the Unicode
// sibling of AR PL KaitiM GB (GB2312 only); LXGW WenKai also covers the 通用规范汉字表 beyond U+FFFF (𬌗).
const QStringList &freeKaiFaces()
{
    static const QStringList list = names({u"AR PL KaitiM GB", u"AR PL UKai CN", u"LXGW WenKai", u"LXGW WenKai GB"});
    return list;
}
const QStringList &xiaoBiaoSongFaces()
{
    static const QStringList list = names({u"方正小标宋简体", u"方正小标宋_GBK", u"FZXiaoBiaoSong-B05S", u"FZXiaoBiaoSong-B05"});
    return list;
}
const QStringList &songFaces()
{
    static const QStringList list = names({u"宋体", u"SimSun", u"NSimSun", u"新宋体", u"方正书宋_GBK", u"FZShuSong-Z01",
                                           u"FZShuSong-Z01S", u"华文宋体", u"STSong"});
    return list;
}
const QStringList &nearSongFaces()
{
    static const QStringList list = names({u"华文中宋", u"STZhongsong"});
    return list;
}
const QStringList &freeSongFaces()
{
    static const QStringList list = names({u"AR PL SungtiL GB", u"AR PL UMing CN"});
    return list;
}
const QStringList &heiFaces()
{
    static const QStringList list = names({u"黑体", u"SimHei", u"方正黑体_GBK", u"FZHei-B01", u"FZHei-B01S", u"华文黑体", u"STHeiti"});
    return list;
}
const QStringList &freeHeiFaces()
{
    static const QStringList list = names({u"微软雅黑", u"Microsoft YaHei", u"WenQuanYi Micro Hei", u"WenQuanYi Zen Hei"});
    return list;
}

const RoleFamilies &familiesOf(FontRole role)
{
    static const RoleFamilies fangSong{fangSongFaces(), kaiFaces() + freeKaiFaces()};
    static const RoleFamilies heiTi{heiFaces(), freeHeiFaces()};
    static const RoleFamilies kaiTi{kaiFaces(), freeKaiFaces()};
    static const RoleFamilies xiaoBiaoSong{xiaoBiaoSongFaces(), nearSongFaces() + songFaces() + freeSongFaces()};
    static const RoleFamilies songTi{songFaces(), freeSongFaces()};
    switch (role) {
    case FontRole::FangSong: return fangSong;
    case FontRole::HeiTi: return heiTi;
    case FontRole::KaiTi: return kaiTi;
    case FontRole::XiaoBiaoSong: return xiaoBiaoSong;
    case FontRole::SongTi: return songTi;
    }
    return fangSong;
}

// Where a role looks for the characters its face lacks: its own style first, sans faces last.
QStringList fallbackOrder(FontRole role)
{
    const QStringList fang = fangSongFaces(), kai = kaiFaces() + freeKaiFaces();
    const QStringList song = xiaoBiaoSongFaces() + nearSongFaces() + songFaces() + freeSongFaces();
    const QStringList hei = heiFaces() + freeHeiFaces();
    switch (role) {
    case FontRole::FangSong: return fang + kai + song + hei;
    case FontRole::KaiTi: return kai + fang + song + hei;
    case FontRole::HeiTi: return hei + song + fang + kai;
    case FontRole::XiaoBiaoSong:
    case FontRole::SongTi: return song + fang + kai + hei;
    }
    return fang + kai + song + hei;
}

// Faces that share glyphs with the Kangxi radicals (see the header): never used, even as a last resort.
bool breaksTextExtraction(const QString &family)
{
    return family.contains(QLatin1String("Noto Sans CJK"), Qt::CaseInsensitive)
        || family.contains(QLatin1String("Noto Serif CJK"), Qt::CaseInsensitive)
        || family.contains(QLatin1String("Source Han"), Qt::CaseInsensitive)
        || family.contains(QStringLiteral("思源"));
}

// The installed families that may print: embeddable, and not breaking search and copy under any of their names.
// The others are listed in `refused` with the reason, for the message when nothing is usable.
QStringList usableFamilies(const FontCatalogue &catalogue, const std::function<bool(const QString &)> &embeddable,
                           QStringList *refused)
{
    QStringList usable;
    for (const QString &family : catalogue.families()) {
        const QStringList all = catalogue.namesOf(family);
        if (std::any_of(all.cbegin(), all.cend(), breaksTextExtraction))
            *refused << FontSetText::tr("%1 (breaks search and copy in the PDF)").arg(family);
        else if (!embeddable(family))
            *refused << FontSetText::tr("%1 (its licence does not allow embedding)").arg(family);
        else
            usable << family;
    }
    return usable;
}

// The installed spelling of the first family of `wanted` that is installed and usable.
QString firstInstalled(const QStringList &wanted, const FontCatalogue &catalogue, const QStringList &usable)
{
    for (const QString &w : wanted) {
        const QString installed = catalogue.find(w);
        if (!installed.isEmpty() && usable.contains(installed)) return installed;
    }
    return QString();
}

// Fonts shipped next to the program (a self-contained build) or in the user's data folder.
QStringList bundledFontFolders()
{
    QStringList folders{QCoreApplication::applicationDirPath() + QStringLiteral("/../share/nianbao/fonts"),
                        QCoreApplication::applicationDirPath() + QStringLiteral("/fonts")};
    folders << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("nianbao/fonts"),
                                         QStandardPaths::LocateDirectory);
    return folders;
}

QStringList wantedFamilies()
{
    QStringList wanted;
    for (FontRole role : FontSet::roles()) wanted << fallbackOrder(role);
    wanted.removeDuplicates();
    return wanted;
}

// The stored choice fromSystem answers from in the mode of startWithStoredFonts.
struct StoredFonts {
    bool active = false;
    FontCache::Entry entry;
    QString reloadFont; // a font file of those folders, added and removed to make Qt build its database again
};

bool isFontFile(const QString &name)
{
    for (QLatin1StringView suffix : {QLatin1StringView(".ttf"), QLatin1StringView(".otf"), QLatin1StringView(".ttc")})
        if (name.endsWith(suffix, Qt::CaseInsensitive)) return true;
    return false;
}

// The font files of `folder`. Not QDir's name filters: each call makes them into regular expressions and compiles
// those, which was 1 ms of every `nianbao export` (issue 18).
QFileInfoList fontFilesIn(const QString &folder)
{
    QFileInfoList files = QDir(folder).entryInfoList(QDir::Files);
    files.removeIf([](const QFileInfo &f) { return !isFontFile(f.fileName()); });
    return files;
}

QString smallestFontFile(const QStringList &folders)
{
    QFileInfo smallest;
    for (const QString &folder : folders)
        for (const QFileInfo &f : fontFilesIn(folder))
            if (smallest.filePath().isEmpty() || f.size() < smallest.size()) smallest = f;
    return smallest.filePath();
}

StoredFonts &storedFonts()
{
    static StoredFonts stored;
    return stored;
}

std::function<bool(const QString &)> embeddableIn(const FontCache::Entry &entry)
{
    return [&entry](const QString &family) {
        const auto it = entry.embeddable.constFind(family);
        return it != entry.embeddable.constEnd() ? *it : FontSet::familyEmbeddable(family);
    };
}

// Keeps in the entry what startWithStoredFonts needs, in the state of fonts and configuration the entry's own
// key was made in.
void recordMachine(FontCache::Entry &entry, const QString &machineKey)
{
    entry.machineKey = machineKey;
    entry.fontFolders = FontconfigStart::fontFoldersOf(entry.catalogue.families());
    entry.cacheFolders = FontconfigStart::cacheFolders();
}

void registerBundledFonts()
{
    static bool done = false;
    if (done) return;
    done = true;
    for (const QString &folder : bundledFontFolders()) {
        for (const QFileInfo &file : fontFilesIn(folder)) QFontDatabase::addApplicationFont(file.filePath());
    }
}

} // namespace

const QList<FontRole> &FontSet::roles()
{
    static const QList<FontRole> all{FontRole::FangSong, FontRole::HeiTi, FontRole::KaiTi, FontRole::XiaoBiaoSong,
                                     FontRole::SongTi};
    return all;
}

QString FontSet::styleName(FontRole role)
{
    switch (role) {
    case FontRole::FangSong: return QStringLiteral("仿宋");
    case FontRole::HeiTi: return QStringLiteral("黑体");
    case FontRole::KaiTi: return QStringLiteral("楷体");
    case FontRole::XiaoBiaoSong: return QStringLiteral("小标宋");
    case FontRole::SongTi: return QStringLiteral("宋体");
    }
    return QString();
}

QStringList FontSet::officeFamilies(FontRole role)
{
    return familiesOf(role).office;
}

QStringList FontSet::freeFamilies(FontRole role)
{
    return familiesOf(role).standIn;
}

QStringList FontSet::sameStyleFamilies(FontRole role)
{
    QStringList list = fallbackOrder(role);
    if (role != FontRole::HeiTi)
        for (const QString &sans : heiFaces() + freeHeiFaces()) list.removeAll(sans);
    list.removeDuplicates();
    return list;
}

std::optional<FontSet> FontSet::select(const QStringList &installedFamilies,
                                       const std::function<bool(const QString &)> &embeddable, QString *error)
{
    FontCatalogue catalogue;
    for (const QString &f : installedFamilies) catalogue.add(f);
    return select(catalogue, embeddable, error);
}

std::optional<FontSet> FontSet::select(const FontCatalogue &catalogue,
                                       const std::function<bool(const QString &)> &embeddable, QString *error)
{
    QStringList refused;
    const QStringList usable = usableFamilies(catalogue, embeddable, &refused);
    FontSet set;
    QString anyChosen;
    for (FontRole role : roles()) {
        FontChoice &c = set.m_choices[int(role)];
        c.family = firstInstalled(familiesOf(role).office, catalogue, usable);
        if (c.family.isEmpty()) {
            c.family = firstInstalled(familiesOf(role).standIn, catalogue, usable);
            c.standIn = true;
        }
        if (anyChosen.isEmpty()) anyChosen = c.family;
    }
    if (anyChosen.isEmpty()) {
        if (error) {
            *error = FontSetText::tr("No usable Chinese font is installed, so the export would print empty boxes. Install the "
                                     "fonts of your office (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体, 宋体) or the free fonts "
                                     "nianbao works with: sudo apt install fonts-arphic-gkai00mp fonts-arphic-gbsn00lp "
                                     "fonts-wqy-microhei");
            *error += QLatin1Char(' ')
                + (refused.isEmpty() ? FontSetText::tr("No other Chinese font was found.")
                                     : FontSetText::tr("Found but not usable: %1.").arg(refused.join(QStringLiteral(", "))));
        }
        return std::nullopt;
    }
    // A role none of whose faces is installed takes the body face (or any chosen face): a plainer page, but
    // every character is printed.
    for (FontRole role : roles()) {
        FontChoice &c = set.m_choices[int(role)];
        if (c.family.isEmpty()) {
            const QString body = set.m_choices[int(FontRole::FangSong)].family;
            c.family = body.isEmpty() ? anyChosen : body;
            c.standIn = true;
        }
    }
    for (FontRole role : roles()) {
        QStringList &list = set.m_families[int(role)];
        list << set.family(role);
        for (const QString &name : fallbackOrder(role)) {
            const QString installed = catalogue.find(name);
            if (!installed.isEmpty() && usable.contains(installed) && !list.contains(installed)) list << installed;
        }
        for (FontRole other : roles()) // a face chosen for a role only because nothing else was there
            if (!list.contains(set.family(other))) list << set.family(other);
    }
    return set;
}

bool FontSet::familyEmbeddable(const QString &family)
{
    static QHash<QString, bool> known; // reading a face's tables costs more than the whole choice
    const auto it = known.constFind(family);
    if (it != known.constEnd()) return *it;
    return known[family] = readEmbeddable(family);
}

bool FontSet::readEmbeddable(const QString &family)
{
    QFont font(family);
    font.setPixelSize(16);
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid()) return false;
    if (breaksTextExtraction(raw.familyName())) return false;
    const QByteArray os2 = raw.fontTable("OS/2");
    if (os2.size() < 10) return true; // no OS/2 table: no restriction recorded
    const quint16 fsType = qFromBigEndian<quint16>(os2.constData() + 8);
    // Qt's PDF writer draws outlines instead of text for these two (qpdf.cpp): the text is then not searchable.
    return fsType != 0x0002 && !(fsType & 0x0200);
}

std::optional<FontSet> FontSet::fromSystem(QString *error)
{
    registerBundledFonts();
    if (storedFonts().active) {
        // Every family the choice names must be in Qt's database as the stored choice names it: a family missing
        // or named otherwise would make Qt take another face.
        std::optional<FontSet> set = select(storedFonts().entry.catalogue, embeddableIn(storedFonts().entry), error);
        const QStringList installed = QFontDatabase::families();
        const auto listed = [&installed](const QString &family) { return installed.contains(family); };
        bool allListed = set.has_value();
        for (FontRole role : roles())
            allListed = allListed && std::all_of(set->m_families[int(role)].cbegin(), set->m_families[int(role)].cend(), listed);
        if (allListed) return set;
        leaveStoredFonts();
    }
    const QStringList wanted = wantedFamilies();
    // Within a run the entry is reused while the installed families stay the same (a batch of exports); the
    // first lookup of a run comes from the disk cache when nothing that decides it has changed.
    static QStringList entryFor;
    static FontCache::Entry entry;
    const QStringList chinese = FontCatalogue::systemChineseFamilies();
    const QStringList families = chinese + QStringList{QStringLiteral("\n")} + wanted;
    if (families != entryFor) {
        const QString file = FontCache::defaultFile();
        const QString key = FontCache::currentKey(chinese, wanted, bundledFontFolders());
        std::optional<FontCache::Entry> stored = file.isEmpty() ? std::nullopt : FontCache::load(file, key);
        if (stored) {
            entry = *stored;
        } else {
            entry = FontCache::Entry{FontCatalogue::system(wanted), {}, {}, {}, {}};
            for (const QString &family : entry.catalogue.families()) entry.embeddable.insert(family, familyEmbeddable(family));
        }
        if (!stored || stored->machineKey.isEmpty()) {
            // No face, nothing a later start could load: and fontconfig is not asked on a platform whose font
            // database is not fontconfig's (the "minimal" one), where nianbao would be the first to load its
            // configuration, which loses memory in fontconfig 2.14 (LeakSanitizer reports it).
            if (!entry.catalogue.families().isEmpty()) recordMachine(entry, FontCache::machineKey(wanted, bundledFontFolders()));
            if (!file.isEmpty()) FontCache::save(file, key, entry);
        }
        entryFor = families;
    }
    return select(entry.catalogue, embeddableIn(entry), error);
}

bool FontSet::startWithStoredFonts()
{
    if (!FontconfigStart::mayStart()) return false;
    const QString file = FontCache::defaultFile();
    if (file.isEmpty() || storedFonts().active) return false;
    const QStringList wanted = wantedFamilies();
    // The machine key was recorded with the entry's own key, in the same state of fonts and configuration.
    std::optional<FontCache::Entry> stored = FontCache::loadForMachine(file, FontCache::machineKey(wanted, bundledFontFolders()));
    if (!stored) return false;
    const QString reloadFont = smallestFontFile(stored->fontFolders);
    if (reloadFont.isEmpty() || !FontconfigStart::loadFoldersOnly(stored->fontFolders, stored->cacheFolders)) return false;
    storedFonts().reloadFont = reloadFont;
    storedFonts().entry = *stored;
    storedFonts().active = true;
    return true;
}

bool FontSet::usingStoredFonts()
{
    return storedFonts().active;
}

bool FontSet::drewEverythingItself(const QStringList &familiesUsed) const
{
    for (const QString &used : familiesUsed) {
        bool own = false;
        for (FontRole role : roles()) own = own || families(role).contains(used);
        if (!own) return false;
    }
    return true;
}

bool FontSet::leaveStoredFonts()
{
    if (!storedFonts().active) return false;
    storedFonts().active = false;
    FontconfigStart::loadWhole();
    // Qt builds its font database again from the current configuration when an application font is removed.
    const int id = QFontDatabase::addApplicationFont(storedFonts().reloadFont);
    if (id >= 0) QFontDatabase::removeApplicationFont(id);
    return true;
}

QStringList FontSet::families(FontRole role) const
{
    return m_families[int(role)];
}

QFont FontSet::font(FontRole role, double pointSize) const
{
    QFont f;
    f.setFamilies(families(role));
    f.setPointSizeF(pointSize);
    f.setWeight(QFont::Normal);
    // Set glyph by glyph unless forText finds text that needs shaping: the metrics taken of these fonts then come
    // from the same font engines as the text laid out in them (each engine asks fontconfig for its face again).
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

bool FontSet::needsShaping(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x80) continue; // ASCII: Latin and common
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        switch (QChar::script(c)) {
        case QChar::Script_Common:
        case QChar::Script_Latin:
        case QChar::Script_Han:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Bopomofo:
            break;
        default: // Arabic (Uyghur), Tibetan, Mongolian, Yi, Hangul …, and Inherited: combining marks, variation selectors
            return true;
        }
    }
    return false;
}

QFont FontSet::withShaping(QFont font, bool shaped)
{
    const int strategy = shaped ? font.styleStrategy() & ~QFont::PreferNoShaping : font.styleStrategy() | QFont::PreferNoShaping;
    font.setStyleStrategy(QFont::StyleStrategy(strategy));
    return font;
}

QFont FontSet::forText(const QFont &font, QStringView text)
{
    return withShaping(font, needsShaping(text));
}

QStringList FontSet::describe() const
{
    QStringList lines;
    for (FontRole role : roles()) {
        const FontChoice &c = choice(role);
        lines << QStringLiteral("%1: %2%3").arg(styleName(role), c.family,
                                                c.standIn ? FontSetText::tr(" (stand-in: the office font is not installed)") : QString());
    }
    return lines;
}

} // namespace nianbao
