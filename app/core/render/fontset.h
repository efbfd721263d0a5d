// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The faces a 公文 is set in (GB/T 9704: 仿宋, 黑体, 楷体, 小标宋, 宋体) and the installed family that stands for
// each. The offices' own fonts come first; without them free faces that allow embedding stand in (a 楷 face for
// 仿宋, a 宋 face for 小标宋). Noto CJK / Source Han are never chosen: Qt 6.4 maps their glyphs shared with the
// Kangxi radicals to the radicals, which breaks search and copy in the PDF.

#include "render/fontcatalogue.h"

#include <QFont>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace nianbao {

enum class FontRole {
    FangSong,      // 仿宋: body, 1. and （1） headings, tables, signature, 版记
    HeiTi,         // 黑体: 一、 headings
    KaiTi,         // 楷体: （一） headings
    XiaoBiaoSong,  // 小标宋: the title
    SongTi,        // 宋体: page numbers
};

struct FontChoice {
    QString family;       // the installed family used
    bool standIn = false; // a free face standing in for the office font of this role
};

class FontSet
{
public:
    static const QList<FontRole> &roles();
    // The face the standard names for a role, as written in a 公文 ("仿宋").
    static QString styleName(FontRole role);
    // Office families first (in order of preference), then the free faces that may stand in.
    static QStringList officeFamilies(FontRole role);
    static QStringList freeFamilies(FontRole role);
    // Where a document names a role's face, the faces a word processor should try when it lacks the first: the
    // office and free faces of the same style (仿宋_GB2312, 仿宋, FangSong, …, AR PL KaitiM GB), never a sans face
    // except for 黑体.
    static QStringList sameStyleFamilies(FontRole role);

    // Chooses a family for every role among the installed ones. `embeddable` says whether a family's licence
    // lets a PDF embed it (restricted faces end up as outlines: not searchable). On failure returns nullopt and
    // a message that says what to install.
    // A family is found by any of its names in the catalogue (English or Chinese, Windows or UOS spelling). The
    // message names the Chinese faces found that cannot be used, and why.
    static std::optional<FontSet> select(const FontCatalogue &installed,
                                         const std::function<bool(const QString &)> &embeddable, QString *error);
    // The same with families known by one name each.
    static std::optional<FontSet> select(const QStringList &installedFamilies,
                                         const std::function<bool(const QString &)> &embeddable, QString *error);
    // The same on this machine's fonts (needs a QGuiApplication). Registers the fonts bundled with nianbao at
    // the first call, not at start-up: a CJK face costs start-up time.
    static std::optional<FontSet> fromSystem(QString *error);
    // One report to one PDF on a machine whose fonts and fontconfig configuration have not changed since the font
    // choice was stored: starts fontconfig on the stored faces' folders alone (FontconfigStart::loadFoldersOnly)
    // and makes fromSystem answer from the stored choice, without Qt's whole font database (issue 18: 40 M
    // of 170 M instructions). Call before any font is used; false (and nothing changed) when anything differs.
    static bool startWithStoredFonts();
    static bool usingStoredFonts();
    // Whether a layout made with `fonts` in that mode drew every character in one of their own faces: only then
    // is it the layout fontconfig's whole configuration gives (its rules decide the faces outside them).
    bool drewEverythingItself(const QStringList &familiesUsed) const;
    // Back to fontconfig's whole configuration and Qt's whole font database (when a layout is in doubt).
    // Returns false when not in that mode.
    static bool leaveStoredFonts();
    // Whether the installed family may be embedded in a PDF (OS/2 fsType, as Qt's PDF writer reads it).
    static bool familyEmbeddable(const QString &family);

    const FontChoice &choice(FontRole role) const { return m_choices[int(role)]; }
    QString family(FontRole role) const { return choice(role).family; }
    // The role's family first, then the installed faces for glyphs it lacks: same style first, sans faces last.
    QStringList families(FontRole role) const;
    QFont font(FontRole role, double pointSize) const;
    // `font` for laying out `text`: without HarfBuzz's shaping when every character is of a script drawn glyph by
    // glyph (Han, Latin, the common punctuation and digits …; the faces of a report have no kerning or ligatures
    // for them), which took a fifth of a PDF export's layout (issue 18). Text with any other script (Uyghur,
    // Tibetan, Mongolian, Yi …) or a combining mark or variation selector is shaped, as before; Qt's own rule
    // (QFont::PreferNoShaping alone) would leave Uyghur's letters unjoined. font() gives the unshaped kind.
    static QFont forText(const QFont &font, QStringView text);
    static QFont withShaping(QFont font, bool shaped);
    static bool needsShaping(QStringView text);
    // One line a role, e.g. "仿宋 (body text): AR PL KaitiM GB — free stand-in".
    QStringList describe() const;

private:
    static bool readEmbeddable(const QString &family);

    FontChoice m_choices[5];
    QStringList m_families[5];
};

} // namespace nianbao
