// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/fontcatalogue.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QRawFont>
#include <QtEndian>
#include <algorithm>

namespace nianbao {

namespace {

quint16 u16(const QByteArray &data, qsizetype at)
{
    return at + 2 <= data.size() ? qFromBigEndian<quint16>(data.constData() + at) : 0;
}

QString key(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

void FontCatalogue::add(const QString &family, const QStringList &otherNames)
{
    if (family.isEmpty() || m_names.contains(family)) return;
    m_families << family;
    QStringList names{family};
    for (const QString &n : otherNames)
        if (!n.trimmed().isEmpty() && !names.contains(n.trimmed(), Qt::CaseInsensitive)) names << n.trimmed();
    m_names.insert(family, names);
    m_byOwnName.insert(key(family), family);
    for (const QString &n : names.mid(1))
        if (!m_byOtherName.contains(key(n))) m_byOtherName.insert(key(n), family);
}

QString FontCatalogue::find(const QString &name) const
{
    const QString k = key(name);
    const QString own = m_byOwnName.value(k);
    return own.isEmpty() ? m_byOtherName.value(k) : own;
}

QStringList FontCatalogue::namesInTable(const QByteArray &table, const QList<quint16> &nameIds)
{
    QStringList names;
    const int count = u16(table, 2);
    const int strings = u16(table, 4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + qsizetype(i) * 12;
        if (record + 12 > table.size()) break;
        const quint16 platform = u16(table, record), encoding = u16(table, record + 2), nameId = u16(table, record + 6);
        const quint16 length = u16(table, record + 8), offset = u16(table, record + 10);
        if (!nameIds.contains(nameId)) continue;
        const qsizetype from = qsizetype(strings) + offset;
        if (from + length > table.size()) continue;
        QString name;
        if (platform == 0 || platform == 3) { // UTF-16BE
            for (qsizetype at = from; at + 1 < from + length; at += 2) name += QChar(u16(table, at));
        } else if (platform == 1 && encoding == 0) { // Mac Roman: only its ASCII part is trusted
            name = QString::fromLatin1(table.mid(from, length));
            if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 0x7F; })) continue;
        } else {
            continue;
        }
        if (!name.trimmed().isEmpty() && !names.contains(name.trimmed())) names << name.trimmed();
    }
    return names;
}

namespace {

// Identifies the face Qt loads for a name: a renamed copy and its original are the same face to the printer.
QByteArray fingerprint(const QString &family)
{
    QFont font(family);
    font.setPixelSize(16);
    const QRawFont raw = QRawFont::fromFont(font);
    return raw.fontTable("head") + raw.fontTable("name");
}

} // namespace

QStringList FontCatalogue::systemChineseFamilies()
{
    QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &f : QFontDatabase::families(QFontDatabase::TraditionalChinese))
        if (!chinese.contains(f)) chinese << f;
    return chinese;
}

const FontCatalogue &FontCatalogue::system(const QStringList &wanted)
{
    // Rebuilt only when the installed families change (an application font registered, a font installed).
    static QStringList builtFor;
    static FontCatalogue catalogue;
    const QStringList chinese = systemChineseFamilies();
    const QStringList key = chinese + QStringList{QStringLiteral("\n")} + wanted;
    if (key == builtFor) return catalogue;
    catalogue = FontCatalogue();
    QHash<QByteArray, QStringList> byFingerprint;
    for (const QString &family : chinese) {
        QFont font(family);
        font.setPixelSize(16);
        const QRawFont raw = QRawFont::fromFont(font);
        const QStringList names = namesInTable(raw.fontTable("name"));
        // The table read is of the face Qt picks for the family: trusted only when it names that family (a face
        // renamed by fontconfig keeps only the names fontconfig gives it).
        catalogue.add(family, names.contains(family, Qt::CaseInsensitive) ? names : QStringList());
        byFingerprint[raw.fontTable("head") + raw.fontTable("name")] << family;
    }
    // Names fontconfig knows a face by besides its table's (`fc-list : family` lists them; Qt keeps them as
    // aliases it resolves but does not list): found by asking for each wanted name.
    for (const QString &name : wanted) {
        if (!catalogue.find(name).isEmpty() || !QFontDatabase::hasFamily(name)) continue;
        // Copies of one file under several names are the same face: which family the name belongs to is
        // then unknown, and the families' own names decide.
        const QStringList same = byFingerprint.value(fingerprint(name));
        if (same.size() != 1) continue;
        const QString &family = same.first();
        catalogue.m_names[family] << name;
        catalogue.m_byOtherName.insert(name.trimmed().toCaseFolded(), family);
    }
    builtFor = key;
    return catalogue;
}

} // namespace nianbao
