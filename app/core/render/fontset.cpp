// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/fontset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QRawFont>
#include <QStandardPaths>
#include <QtEndian>

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

// Family names are matched without regard to case; fontconfig reports a face under its English or Chinese name.
const RoleFamilies &familiesOf(FontRole role)
{
    static const RoleFamilies fangSong{
        {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"),
         QStringLiteral("FangSong"), QStringLiteral("方正仿宋_GBK"), QStringLiteral("FZFangSong-Z02"),
         QStringLiteral("FZFangSong-Z02S"), QStringLiteral("华文仿宋"), QStringLiteral("STFangsong")},
        // Debian has no free simplified 仿宋: a 楷 face is the accepted stand-in (spec §7).
        {QStringLiteral("AR PL KaitiM GB"), QStringLiteral("LXGW WenKai"), QStringLiteral("LXGW WenKai GB")}};
    static const RoleFamilies heiTi{
        {QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("方正黑体_GBK"), QStringLiteral("FZHei-B01"),
         QStringLiteral("FZHei-B01S"), QStringLiteral("华文黑体"), QStringLiteral("STHeiti")},
        {QStringLiteral("微软雅黑"), QStringLiteral("Microsoft YaHei"), QStringLiteral("WenQuanYi Micro Hei"),
         QStringLiteral("WenQuanYi Zen Hei")}};
    static const RoleFamilies kaiTi{
        {QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312"), QStringLiteral("楷体"), QStringLiteral("KaiTi"),
         QStringLiteral("方正楷体_GBK"), QStringLiteral("FZKai-Z03"), QStringLiteral("FZKai-Z03S"),
         QStringLiteral("华文楷体"), QStringLiteral("STKaiti")},
        {QStringLiteral("AR PL KaitiM GB"), QStringLiteral("LXGW WenKai"), QStringLiteral("LXGW WenKai GB")}};
    static const RoleFamilies xiaoBiaoSong{
        {QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05S"),
         QStringLiteral("FZXiaoBiaoSong-B05")},
        {QStringLiteral("华文中宋"), QStringLiteral("STZhongsong"), QStringLiteral("宋体"), QStringLiteral("SimSun"),
         QStringLiteral("AR PL SungtiL GB")}};
    static const RoleFamilies songTi{
        {QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("NSimSun"), QStringLiteral("新宋体"),
         QStringLiteral("方正书宋_GBK"), QStringLiteral("FZShuSong-Z01"), QStringLiteral("FZShuSong-Z01S"),
         QStringLiteral("华文宋体"), QStringLiteral("STSong")},
        {QStringLiteral("AR PL SungtiL GB")}};
    switch (role) {
    case FontRole::FangSong: return fangSong;
    case FontRole::HeiTi: return heiTi;
    case FontRole::KaiTi: return kaiTi;
    case FontRole::XiaoBiaoSong: return xiaoBiaoSong;
    case FontRole::SongTi: return songTi;
    }
    return fangSong;
}

// Faces that share glyphs with the Kangxi radicals (see the header): never used, even as a last resort.
bool breaksTextExtraction(const QString &family)
{
    return family.contains(QLatin1String("Noto Sans CJK"), Qt::CaseInsensitive)
        || family.contains(QLatin1String("Noto Serif CJK"), Qt::CaseInsensitive)
        || family.contains(QLatin1String("Source Han"), Qt::CaseInsensitive);
}

// The installed spelling of the first family of `wanted` that is installed and embeddable.
QString firstInstalled(const QStringList &wanted, const QStringList &installed,
                       const std::function<bool(const QString &)> &embeddable)
{
    for (const QString &w : wanted)
        for (const QString &i : installed)
            if (i.compare(w, Qt::CaseInsensitive) == 0 && embeddable(i)) return i;
    return QString();
}

// Fonts shipped next to the program (a self-contained build) or in the user's data folder.
void registerBundledFonts()
{
    static bool done = false;
    if (done) return;
    done = true;
    QStringList folders{QCoreApplication::applicationDirPath() + QStringLiteral("/../share/nianbao/fonts"),
                        QCoreApplication::applicationDirPath() + QStringLiteral("/fonts")};
    folders << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("nianbao/fonts"),
                                         QStandardPaths::LocateDirectory);
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &file : dir.entryList({QStringLiteral("*.ttf"), QStringLiteral("*.otf"), QStringLiteral("*.ttc")}, QDir::Files))
            QFontDatabase::addApplicationFont(dir.filePath(file));
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

std::optional<FontSet> FontSet::select(const QStringList &installedFamilies,
                                       const std::function<bool(const QString &)> &embeddable, QString *error)
{
    FontSet set;
    QString anyChosen;
    for (FontRole role : roles()) {
        FontChoice &c = set.m_choices[int(role)];
        c.family = firstInstalled(familiesOf(role).office, installedFamilies, embeddable);
        if (c.family.isEmpty()) {
            c.family = firstInstalled(familiesOf(role).standIn, installedFamilies, embeddable);
            c.standIn = true;
        }
        if (anyChosen.isEmpty()) anyChosen = c.family;
    }
    if (anyChosen.isEmpty()) {
        if (error)
            *error = FontSetText::tr("No usable Chinese font is installed, so the export would print empty boxes. Install the "
                        "fonts of your office (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体, 宋体) or the free fonts "
                        "nianbao works with: sudo apt install fonts-arphic-gkai00mp fonts-arphic-gbsn00lp "
                        "fonts-wqy-microhei");
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
    return set;
}

bool FontSet::familyEmbeddable(const QString &family)
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
    QStringList installed;
    for (const QString &f : QFontDatabase::families())
        if (!breaksTextExtraction(f)) installed << f;
    return select(installed, &FontSet::familyEmbeddable, error);
}

QStringList FontSet::families(FontRole role) const
{
    QStringList list{family(role)};
    for (FontRole other : roles())
        if (!list.contains(family(other))) list << family(other);
    return list;
}

QFont FontSet::font(FontRole role, double pointSize) const
{
    QFont f;
    f.setFamilies(families(role));
    f.setPointSizeF(pointSize);
    f.setWeight(QFont::Normal);
    f.setStyleStrategy(QFont::PreferOutline);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
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
