// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The standard text layout (spec §10): what a reader sees on the printed form, one grid row per line with TABs.

#include "model/reportdata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nianbao {

class TextExport
{
public:
    static QString toText(const ReportData &report);
    static QByteArray toUtf8(const ReportData &report) { return toText(report).toUtf8(); }
    // One printed grid row per entry, every grid position present (merged areas: text top-left, empty elsewhere).
    static QList<QStringList> tableGrid(const ReportData &report, const TableDef &table);
    // A cell as printed: empty when blank, money with its unit.
    static QString cellText(const ReportData &report, int cellIndex);
    // As printed in a table (page, ODT, HTML): a fixed unit is stated in the column's header
    // (（单位：万元）), so the figure goes without it; the text layout keeps it (it is read back).
    static QString printedCellText(const ReportData &report, int cellIndex);
    static QString chineseDate(const QDate &date); // 2020年2月4日
};

} // namespace nianbao
