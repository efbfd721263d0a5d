// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a clerk types or pastes, turned into cell values: the cell's own validation (parseCellText with its type
// and unit) and the tab-separated blocks that Excel and WPS put on the clipboard.

#include "model/reportdata.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao::gui {

ParsedValue parseForCell(const CellDef &def, const QString &text);
// The stored value of a parsed Blank or Value (a blank money cell keeps its unit).
CellValue cellValueOf(const CellDef &def, const ParsedValue &parsed);
// The text a cell is edited with: the value as printed, money with its unit; empty when blank.
QString editText(const CellDef &def, const CellValue &value);

// Rows of cells. Lines end with \n or \r\n, one trailing line end is ignored, cells are split at tabs; a cell in
// double quotes (Excel quotes cells holding a tab, a line end or a quote) may hold them, "" being one quote.
QList<QStringList> parseTsv(const QString &text);
QString toTsv(const QList<QStringList> &rows);

} // namespace nianbao::gui
