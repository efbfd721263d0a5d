// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/reporttablemodel.h"

#include "findings/livechecks.h"
#include "tables/cellinput.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QSet>

namespace nianbao::gui {

ReportTableModel::ReportTableModel(ReportDocument *document, LiveChecks *checks, const TableDef &table, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_checks(checks), m_format(&document->format()), m_table(table)
{
    m_grid.fill(nullptr, table.rowCount * table.columnCount);
    for (const GridEntry &e : table.entries) {
        for (int r = e.row; r < e.row + e.rowSpan; ++r)
            for (int c = e.column; c < e.column + e.columnSpan; ++c) m_grid[r * table.columnCount + c] = &e;
    }
    for (const GridEntry &e : table.entries)
        if (!e.cellId.isEmpty()) m_cellPositions.insert(document->format().cellIndex(e.cellId), createIndex(e.row, e.column));
    connect(document, &ReportDocument::cellChanged, this, &ReportTableModel::onCellChanged);
    connect(document, &ReportDocument::autoDeriveChanged, this, &ReportTableModel::onAutoDeriveChanged);
    connect(checks, &LiveChecks::findingsChanged, this, &ReportTableModel::onFindingsChanged);
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount;
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount;
}

const GridEntry *ReportTableModel::entryAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_table.rowCount || column >= m_table.columnCount) return nullptr;
    return m_grid[row * m_table.columnCount + column];
}

int ReportTableModel::cellIndexAt(const QModelIndex &index) const
{
    const GridEntry *e = index.isValid() && current() ? entryAt(index.row(), index.column()) : nullptr;
    if (!e || e->cellId.isEmpty() || e->row != index.row() || e->column != index.column()) return -1;
    return m_document->format().cellIndex(e->cellId);
}

QModelIndex ReportTableModel::indexOfCell(int cellIndex) const
{
    return m_cellPositions.value(cellIndex);
}

bool ReportTableModel::isEditable(const QModelIndex &index) const
{
    const int cell = cellIndexAt(index);
    return cell >= 0 && !(m_document->autoDerive() && m_document->isDerived(cell));
}

QList<QModelIndex> ReportTableModel::valueCellsInRow(int row) const
{
    QList<QModelIndex> out;
    for (int c = 0; c < m_table.columnCount; ++c) {
        const QModelIndex i = index(row, c);
        if (cellIndexAt(i) >= 0) out << i;
    }
    return out;
}

QString ReportTableModel::editText(const QModelIndex &index) const
{
    const int cell = cellIndexAt(index);
    if (cell < 0) return QString();
    return gui::editText(m_document->format().cellAt(cell), m_document->data().cells[cell]);
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    const GridEntry *e = index.isValid() && current() ? entryAt(index.row(), index.column()) : nullptr;
    if (!e) return QVariant();
    const bool topLeft = e->row == index.row() && e->column == index.column();
    if (e->cellId.isEmpty()) {
        switch (role) {
        case Qt::DisplayRole: return topLeft ? e->text : QString();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(e->header ? Qt::AlignCenter : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        case HeaderRole: return true;
        case CellIndexRole: return -1;
        default: return QVariant();
        }
    }
    const int cell = topLeft ? m_document->format().cellIndex(e->cellId) : -1;
    if (cell < 0) return QVariant();
    const CellValue &value = m_document->data().cells[cell];
    const CellDef &def = m_document->format().cellAt(cell);
    const bool computed = m_document->autoDerive() && def.derived;
    switch (role) {
    case Qt::DisplayRole: {
        if (value.isBlank()) return QString();
        const QString text = formatQuantity(value.value, def.type);
        // An imported value nobody has confirmed yet carries a question mark until it is typed or confirmed.
        return value.state == CellValue::State::Unconfirmed ? text + QStringLiteral(" ?") : text;
    }
    case Qt::EditRole: return gui::editText(def, value);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole: {
        QStringList lines{m_document->format().cellLabel(e->cellId)};
        if (value.isBlank()) lines << QCoreApplication::translate("nianbao::gui::ReportTableModel", "Blank (not filled in)");
        if (computed) lines << QCoreApplication::translate("nianbao::gui::ReportTableModel", "Computed automatically from the other cells");
        lines << m_checks->cellMessages(cell);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::FontRole:
        if (computed) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return QVariant();
    case CellIndexRole: return cell;
    case BlankRole: return value.isBlank();
    case ComputedRole: return computed;
    case SeverityRole: {
        const auto s = m_checks->cellSeverity(cell);
        return s ? int(*s) : -1;
    }
    case HeaderRole: return false;
    default: return QVariant();
    }
}

Qt::ItemFlags ReportTableModel::flags(const QModelIndex &index) const
{
    // Labels and covered positions take no focus, selection or edit: the cursor skips them.
    const int cell = cellIndexAt(index);
    if (cell < 0) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index)) f |= Qt::ItemIsEditable;
    return f;
}

namespace {
// Labels as Word, Excel and WPS copy them: half- or full-width brackets and digits, spaces anywhere.
QString comparableLabel(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.removeIf([](QChar c) { return c.isSpace(); });
    return out;
}
} // namespace

qsizetype ReportTableModel::labelCellsAtStart(int row, const QStringList &pasted) const
{
    QSet<QString> labels;
    for (const GridEntry &e : m_table.entries)
        if (e.cellId.isEmpty() && !e.text.isEmpty() && e.row <= row && row < e.row + e.rowSpan) labels << comparableLabel(e.text);
    for (const QModelIndex &i : valueCellsInRow(row))
        labels << comparableLabel(m_document->format().cellAt(cellIndexAt(i)).rowLabel);
    qsizetype leading = 0;
    bool matched = false;
    for (; leading < pasted.size(); ++leading) {
        const QString cell = comparableLabel(pasted[leading]);
        if (cell.isEmpty()) continue; // a merged label cell comes as an empty one
        if (!labels.contains(cell)) break;
        matched = true;
    }
    return matched ? leading : 0;
}

ReportTableModel::PastePlan ReportTableModel::planPaste(const QModelIndex &start, const QList<QStringList> &block) const
{
    PastePlan plan;
    const ReportTemplate &format = m_document->format();
    int row = start.row();
    for (int i = 0; i < block.size(); ++i) {
        // The next grid row holding value cells.
        QList<QModelIndex> cells;
        while (row < m_table.rowCount && (cells = valueCellsInRow(row)).isEmpty()) ++row;
        cells.erase(std::remove_if(cells.begin(), cells.end(), [&](const QModelIndex &c) { return c.column() < start.column(); }),
                    cells.end());
        QStringList pasted = block[i];
        if (const qsizetype labels = row < m_table.rowCount ? labelCellsAtStart(row, pasted) : 0; labels > 0) {
            pasted.remove(0, labels);
            ++plan.skippedLabels;
        }
        for (int j = 0; j < pasted.size(); ++j) {
            const QString &text = pasted[j];
            if (j >= cells.size()) {
                plan.problems << QCoreApplication::translate("nianbao::gui::ReportTableModel", "row %1, column %2 (“%3”): outside the table")
                                     .arg(i + 1).arg(j + 1).arg(text);
                continue;
            }
            const int cell = cellIndexAt(cells[j]);
            const CellDef &def = format.cellAt(cell);
            const ParsedValue parsed = parseForCell(def, text);
            if (parsed.kind == ParsedValue::Kind::Invalid) {
                plan.problems << QStringLiteral("%1: “%2”: %3").arg(format.cellLabel(def.id), text, parsed.error);
            } else if (!isEditable(cells[j])) {
                ++plan.skippedComputed;
            } else {
                plan.values << qMakePair(cell, cellValueOf(def, parsed));
            }
        }
        ++row;
    }
    return plan;
}

void ReportTableModel::emitCellChanged(int cellIndex)
{
    if (!current()) return;
    const QModelIndex i = m_cellPositions.value(cellIndex);
    if (i.isValid()) emit dataChanged(i, i);
}

void ReportTableModel::onCellChanged(int cellIndex)
{
    emitCellChanged(cellIndex);
}

void ReportTableModel::onFindingsChanged()
{
    for (int cell : m_checks->changedCells()) emitCellChanged(cell);
}

void ReportTableModel::onAutoDeriveChanged()
{
    if (!current()) return;
    for (auto it = m_cellPositions.cbegin(); it != m_cellPositions.cend(); ++it)
        if (m_document->isDerived(it.key())) emit dataChanged(it.value(), it.value());
}

} // namespace nianbao::gui
