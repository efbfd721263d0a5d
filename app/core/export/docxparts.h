// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fixed parts of a .docx package besides the document itself: content types, relationships, styles (the
// 公文 faces and sizes), settings (different odd and even footers), the two page-number footers, the font
// table with the free stand-ins as alternative names, and the document properties.

#include "render/fontset.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace nianbao::docx {

inline constexpr char kW[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr char kR[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Twentieths of a point (twips) and half-points, Word's units.
inline int twips(double points) { return qRound(points * 20); }
inline int halfPoints(double points) { return qRound(points * 2); }

QByteArray contentTypesXml();
QByteArray packageRelsXml();
QByteArray documentRelsXml();
QByteArray settingsXml();
QByteArray stylesXml(const QHash<FontRole, QString> &fonts);
QByteArray fontTableXml(const QHash<FontRole, QString> &fonts);
QByteArray footerXml(bool oddPage, const QHash<FontRole, QString> &fonts);
QByteArray corePropertiesXml(const QString &title, const QString &author);

} // namespace nianbao::docx
