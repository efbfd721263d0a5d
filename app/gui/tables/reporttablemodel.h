// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One printed table of the report as a grid model: header rows and label columns are read-only cells (the view
// spans them as printed), value cells show and edit the document's cells. The document stays the only copy.

#include "model/reportdocument.h"

#include <QAbstractTableModel>
#include <QList>

namespace nianbao::gui {

class LiveChecks;

class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        CellIndexRole = Qt::UserRole + 1, // int: the report cell, -1 for labels
        BlankRole,                        // bool: a value cell that is not filled
        ComputedRole,                     // bool: a derived cell computed live (automatic totals)
        SeverityRole,                     // int: the worst finding's Severity, -1 for none
        HeaderRole,                       // bool: a header or label cell
    };

    ReportTableModel(ReportDocument *document, LiveChecks *checks, const TableDef &table, QObject *parent = nullptr);

    const TableDef &table() const { return m_table; }
    ReportDocument *document() const { return m_document; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The grid entry starting at or covering a position; null outside the grid.
    const GridEntry *entryAt(int row, int column) const;
    int cellIndexAt(const QModelIndex &index) const;   // -1 unless `index` is the top-left of a value cell
    QModelIndex indexOfCell(int cellIndex) const;      // invalid when the cell is not in this table
    bool isEditable(const QModelIndex &index) const;   // a value cell the user may type into
    // Value cells whose top-left position is in grid row `row`, left to right.
    QList<QModelIndex> valueCellsInRow(int row) const;

    // The text a cell is edited with (money with its unit).
    QString editText(const QModelIndex &index) const;

    // Paste: the cells a block of texts fills from `start` (row i → the i-th grid row holding value cells from
    // start's row on; column j → the j-th value cell from start's column on). Invalid texts and positions outside
    // the table are listed in `problems` as "<cell label>: “text”: <reason>"; derived cells computed live are
    // skipped and counted in `skippedComputed`.
    struct PastePlan {
        QList<QPair<int, CellValue>> values;
        QStringList problems;
        int skippedComputed = 0;
        int skippedLabels = 0; // rows pasted with their label column(s), which were left out
    };
    PastePlan planPaste(const QModelIndex &start, const QList<QStringList> &block) const;

private:
    // How many leading cells of a pasted row are the grid row's own labels (as copied from Word or Excel,
    // merged label cells copied as empty ones); 0 when none is a label.
    qsizetype labelCellsAtStart(int row, const QStringList &pasted) const;
    void onCellChanged(int cellIndex);
    void onFindingsChanged();
    void onAutoDeriveChanged();
    void emitCellChanged(int cellIndex);
    // False once the document holds another report (this model waits for deletion with its old editor).
    bool current() const { return m_document->hasReport() && &m_document->format() == m_format; }

    ReportDocument *m_document;
    LiveChecks *m_checks;
    const ReportTemplate *m_format;
    const TableDef &m_table;
    QList<const GridEntry *> m_grid; // row * columns + column → covering entry
    QHash<int, QModelIndex> m_cellPositions; // report cell index → top-left index
};

} // namespace nianbao::gui
