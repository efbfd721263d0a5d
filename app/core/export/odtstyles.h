// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to OdtExport: the parts of the package other than the body, and the style vocabulary they share.

#include "render/fontset.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QXmlStreamWriter>

namespace nianbao::odt {

// Namespaces of ODF 1.2.
inline const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
inline const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
inline const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
inline const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
inline const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
inline const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
inline const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
inline const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
inline const QString kManifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

// Declares the namespaces above on the current element.
void declareNamespaces(QXmlStreamWriter &w);
// <office:font-face-decls> with one face a role.
void writeFontFaces(QXmlStreamWriter &w, const QHash<FontRole, QString> &fonts);
// <style:text-properties> setting the face and size for Latin, Asian and complex scripts alike.
void writeTextProperties(QXmlStreamWriter &w, const QString &family, double points, double letterSpacing = 0);
QString pt(double points); // "16pt"

QByteArray stylesXml(const QHash<FontRole, QString> &fonts);
QByteArray metaXml(const QString &title, const QString &author, const QString &generator);
QByteArray manifestXml();

} // namespace nianbao::odt
