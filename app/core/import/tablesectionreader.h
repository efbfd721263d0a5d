// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the tables of one section (二, 三 or 四): where they begin (the prose before is the section's note),
// how they are laid out, and the values of every row, anchored on the template's captions and row labels.

#include "import/importresult.h"
#include "import/labelfinder.h"
#include "import/rowread.h"
#include "import/tablemodel.h"
#include "import/valuetokens.h"

namespace nianbao::import {

struct TableSectionResult {
    QString note;
    QList<RowRead> rows;
    int tableStart = -1; // -1: no table found
};

class TableSectionReader
{
public:
    TableSectionReader(const ReportTemplate &t, const SourceText &source, const LabelFinder &finder)
        : m_t(t), m_source(source), m_finder(finder) {}

    TableSectionResult read(const SectionDef &section, int from, int to, QList<ImportDecision> &decisions) const;

    // Where the section's tables begin in [from, to): three of their header texts close together (a note
    // rarely names three headers in a row), else the first caption or row label; -1 when none is there.
    int tableStart(const SectionDef &section, int from, int to) const;

private:
    struct RowPlace {
        const TableModel *table = nullptr;
        const RowModel *row = nullptr;
        Span label;        // the row's own label; invalid for a row of values only
        int chunkStart = -1;
        int chunkEnd = -1;
        MoneyUnit unit = MoneyUnit::None; // a unit named in the table's header
    };
    QList<TableModel> models(const SectionDef &section) const;
    QList<RowPlace> place(const QList<TableModel> &tables, int from, int to, QList<ImportDecision> &decisions) const;
    RowRead emptyRow(const TableModel &table, const RowModel &row) const;
    MoneyUnit headerUnit(int from, int to) const;
    int placeGroupsWrittenAsOneRow(const TableModel &m, QList<RowPlace> &places, int from, int to, QList<int> &anchorStarts,
                                   QList<ImportDecision> &decisions) const;
    int proseLineStart(int from, int to) const;
    // Every row label of the format: a label read despite a typo must be close to no other.
    const QStringList &allRowLabels() const;
    // A column heading written with a typo ("本年废纸件数") is named in the notes with the heading it is taken for.
    void noteHeaderTypos(const TableModel &m, int from, int to, QList<ImportDecision> &decisions) const;
    void keepTextAfterTable(const QList<QList<ValueToken>> &tokens, int to, TableSectionResult &result,
                            QList<ImportDecision> &decisions) const;

    const ReportTemplate &m_t;
    const SourceText &m_source;
    const LabelFinder &m_finder;
    mutable QStringList m_allRowLabels;
    mutable QStringList m_allLabels; // row labels and header texts
};

} // namespace nianbao::import
