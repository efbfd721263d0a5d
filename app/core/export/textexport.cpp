// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/textexport.h"

namespace nianbao {

QString TextExport::chineseDate(const QDate &d)
{
    if (!d.isValid()) return QString();
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString TextExport::cellText(const ReportData &report, int cellIndex)
{
    const CellValue &c = report.cells[cellIndex];
    if (c.isBlank()) return QString();
    return formatQuantity(c.value, report.format->cellAt(cellIndex).type);
}

QString TextExport::printedCellText(const ReportData &report, int cellIndex)
{
    QString text = cellText(report, cellIndex);
    const CellDef &def = report.format->cellAt(cellIndex);
    const QString unit = moneyUnitText(def.unit);
    if (def.type == CellType::Money && def.fixedUnit && !unit.isEmpty() && text.endsWith(unit)) text.chop(unit.size());
    return text;
}

QList<QStringList> TextExport::tableGrid(const ReportData &report, const TableDef &table)
{
    QList<QStringList> grid(table.rowCount, QStringList(table.columnCount, QString()));
    for (const GridEntry &e : table.entries) {
        grid[e.row][e.column] = e.cellId.isEmpty() ? e.text : cellText(report, report.format->cellIndex(e.cellId));
    }
    return grid;
}

namespace {

void appendParagraphs(QStringList &lines, const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty()) lines << trimmed;
    }
}

} // namespace

QString TextExport::toText(const ReportData &report)
{
    const ReportTemplate &t = *report.format;
    const ReportMetadata &m = report.meta;
    QStringList lines;
    lines << report.displayTitle();
    if (!m.documentNumber.isEmpty()) lines << m.documentNumber;
    if (!m.addressee.isEmpty()) lines << m.addressee + t.phrase(QStringLiteral("addresseeEnd"));
    appendParagraphs(lines, report.text(QStringLiteral("preamble")));
    for (const SectionDef &s : t.sections) {
        lines << s.heading;
        appendParagraphs(lines, report.text(s.key));
        for (const QString &tableId : s.tableIds)
            for (const QStringList &row : tableGrid(report, *t.table(tableId))) lines << row.join(QLatin1Char('\t'));
    }
    if (!m.signature.isEmpty()) lines << m.signature;
    if (m.dateWritten.isValid()) lines << chineseDate(m.dateWritten);
    if (!m.copyTo.isEmpty()) lines << t.phrase(QStringLiteral("copyToLabel")) + m.copyTo;
    if (!m.issuedBy.isEmpty()) lines << m.issuedBy;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace nianbao
