// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report as an editable OpenDocument text (.odt) for offices that must hand in an editable file: the GB/T 9704
// page (A4, margins, 28.95 pt lines, page numbers "— n —" alternating sides), the 公文 faces for Chinese text,
// tables with full borders, merged cells and repeated header rows.
//
// Written directly rather than through QTextDocumentWriter: Qt 6.4's ODF writer sets only fo:font-family and
// fo:font-size, which apply to Latin text; LibreOffice and WPS then set every Chinese character in their default
// Asian font at 12 pt. It also writes no page layout, no footer and no header rows.

#include "model/reportdata.h"
#include "render/fontset.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace nianbao {

class OdtExport
{
public:
    // The family the document names for each face: the installed office font, or else the office font's usual
    // name (仿宋_GB2312 …), which the offices that receive the file have; a free stand-in would not be there.
    static QHash<FontRole, QString> fontNames();
    // Measures the tables with QFont metrics like the PDF: needs a QGuiApplication.
    static QByteArray toBytes(const ReportData &report, const QHash<FontRole, QString> &fonts);
    // Atomic write; on failure `error` says why and the file is untouched.
    static bool write(const ReportData &report, const QString &path, QString *error, QStringList *fontsNamed = nullptr);
};

} // namespace nianbao
