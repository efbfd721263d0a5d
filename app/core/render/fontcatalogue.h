// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every name an installed font family is known by. A face carries a name per language in its 'name' table
// (文鼎ＰＬ简中楷 and AR PL KaitiM GB, 仿宋_GB2312 and FangSong_GB2312), but fontconfig and Windows list it under the
// one of the UI language only. Looking faces up by any of their names makes the choice of fonts independent of
// the language of the desktop.

#include <QHash>
#include <QString>
#include <QStringList>

namespace nianbao {

class FontCatalogue
{
public:
    // An installed family, as QFontDatabase spells it, and the other names it has. A family's own name always
    // finds it; another name finds the first family added with that name.
    void add(const QString &family, const QStringList &otherNames = {});
    // The installed family known by `name` (any of its names, any case), or empty.
    QString find(const QString &name) const;
    // Every name of an installed family, its own first.
    QStringList namesOf(const QString &family) const { return m_names.value(family); }
    const QStringList &families() const { return m_families; }

    // The Chinese faces of this machine with every name in their 'name' tables, and the names of `wanted` that
    // fontconfig gives one of them (needs a QGuiApplication). Built once: reading tables costs time.
    static const FontCatalogue &system(const QStringList &wanted);
    // The installed families Qt lists for simplified and traditional Chinese (what system() starts from).
    static QStringList systemChineseFamilies();
    // The names with the given IDs (1 and 16: the family names) of a TrueType/OpenType 'name' table, in every
    // language it holds.
    static QStringList namesInTable(const QByteArray &nameTable, const QList<quint16> &nameIds = {1, 16});

private:
    QStringList m_families;
    QHash<QString, QStringList> m_names;
    QHash<QString, QString> m_byOwnName;   // case-folded own name → family
    QHash<QString, QString> m_byOtherName; // case-folded other name → family
};

} // namespace nianbao
