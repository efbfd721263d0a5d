// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/blocktext.h"

#include <QCoreApplication>

namespace nianbao::import {

namespace {

// Messages shown to the user, in the "nianbao::import" translation context.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

constexpr int kMaxSpan = 64; // a span beyond this is a broken file, not a report table

// The rows of a table as grid lines: every grid position holds the text of the cell starting there, or nothing.
QList<QStringList> gridOf(const QList<BlockRow> &rows)
{
    QList<QStringList> grid(rows.size());
    QList<QList<bool>> taken(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        int col = 0;
        for (const BlockCell &cell : rows[r].cells) {
            while (col < taken[r].size() && taken[r][col]) ++col;
            const int rowSpan = qBound(1, cell.rowSpan, kMaxSpan);
            const int colSpan = qBound(1, cell.colSpan, kMaxSpan);
            for (int dr = 0; dr < rowSpan && r + dr < rows.size(); ++dr) {
                QList<bool> &t = taken[r + dr];
                if (t.size() < col + colSpan) t.resize(col + colSpan, false);
                for (int dc = 0; dc < colSpan; ++dc) t[col + dc] = true;
            }
            QStringList &line = grid[r];
            if (line.size() < col + colSpan) line.resize(col + colSpan);
            line[col] = QString(cell.text).replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            col += colSpan;
        }
    }
    for (int r = 0; r < grid.size(); ++r)
        if (grid[r].size() < taken[r].size()) grid[r].resize(taken[r].size());
    return grid;
}

QString pagePlace(int page)
{
    return page > 0 ? ImportText::tr("page %1").arg(page) : QString();
}

} // namespace

BlockText BlockText::of(const PublishedDocument &document)
{
    BlockText out;
    QStringList lines;
    int tableNumber = 0;
    for (const DocumentBlock &block : document.blocks) {
        if (block.kind == DocumentBlock::Kind::Paragraph) {
            for (const QString &line : block.text.split(QLatin1Char('\n'))) {
                lines << line;
                out.places << pagePlace(block.page);
            }
            continue;
        }
        ++tableNumber;
        const QList<QStringList> grid = gridOf(block.rows);
        for (int r = 0; r < grid.size(); ++r) {
            lines << grid[r].join(QLatin1Char('\t'));
            const int page = block.rows[r].page;
            out.places << (page > 0 ? ImportText::tr("table %1, row %2 (page %3)").arg(tableNumber).arg(r + 1).arg(page)
                                    : ImportText::tr("table %1, row %2").arg(tableNumber).arg(r + 1));
        }
        lines << QString(); // a table ends its paragraph
        out.places << QString();
    }
    out.text = lines.join(QLatin1Char('\n'));
    return out;
}

} // namespace nianbao::import
