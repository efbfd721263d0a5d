// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/cellinput.h"

namespace nianbao::gui {

ParsedValue parseForCell(const CellDef &def, const QString &text)
{
    return parseCellText(text, def.type, def.type == CellType::Money ? def.unit : MoneyUnit::Yuan, def.fixedUnit);
}

CellValue cellValueOf(const CellDef &def, const ParsedValue &parsed)
{
    if (parsed.kind == ParsedValue::Kind::Value) return CellValue::of(parsed.value);
    CellValue blank;
    if (def.type == CellType::Money) blank.value.unit = def.unit;
    return blank;
}

QString editText(const CellDef &def, const CellValue &value)
{
    return value.isBlank() ? QString() : formatQuantity(value.value, def.type);
}

QList<QStringList> parseTsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false; // a quote opens a quoted cell only as its first character
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char('\t')) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    // The text after the last line end is a row unless it is empty (the trailing newline Excel adds).
    if (cellStarted || !row.isEmpty() || !cell.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QString toTsv(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (QString c : row) {
            if (c.contains(QLatin1Char('\t')) || c.contains(QLatin1Char('\n')) || c.contains(QLatin1Char('"')))
                c = QLatin1Char('"') + c.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            cells << c;
        }
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace nianbao::gui
