// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report as a Word document (.docx, Office Open XML), the file offices are asked to hand in: the same
// document as the ODT – GB/T 9704 page (A4, margins, 28.99 pt lines), the 公文 faces (the font names the ODT
// names, with the free stand-ins as alternatives), tables with full borders, merged cells and header rows
// repeated on each page, page numbers "— n —" right on odd pages and left on even ones.

#include "model/reportdata.h"
#include "render/fontset.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace nianbao {

class DocxExport
{
public:
    // Measures the tables with QFont metrics like the PDF: needs a QGuiApplication.
    static QByteArray toBytes(const ReportData &report, const QHash<FontRole, QString> &fonts);
    // Atomic write with the fonts OdtExport::fontNames() names; on failure `error` says why.
    static bool write(const ReportData &report, const QString &path, QString *error, QStringList *fontsNamed = nullptr);
};

} // namespace nianbao
