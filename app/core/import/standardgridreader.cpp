// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/standardgridreader.h"

#include "import/digitsplitter.h"

namespace nianbao::import {

namespace {

struct Line {
    QString text;
    int number = 0;
};

// The value a grid position holds, or nothing when the text is not a value of that cell.
std::optional<CellValue> valueOf(const QString &field, const CellDef &def)
{
    const QList<ValueToken> tokens = ValueTokenizer::field(field);
    if (tokens.size() != 1) return std::nullopt;
    const ValueToken &token = tokens.first();
    CellValue blank;
    if (def.type == CellType::Money) blank.value.unit = def.unit;
    if (token.kind == ValueToken::Kind::Empty || token.kind == ValueToken::Kind::Blank) return blank;
    if (token.kind != ValueToken::Kind::Run) return std::nullopt;
    const std::optional<Quantity> q = DigitSplitter::parseValue(token.text, CellSpec{def.type, def.unit, def.fixedUnit});
    if (!q) return std::nullopt;
    return CellValue::of(*q);
}

bool sameText(const QString &field, const QString &label)
{
    return SourceText::canonical(field) == SourceText::canonical(label);
}

class Matcher
{
public:
    Matcher(const ReportTemplate &t, QHash<QString, StandardGridReader::Cell> *cells) : m_t(t), m_cells(cells) {}

    // One text position against one grid position.
    bool position(const TableDef &table, int row, int column, const QString &field, int line)
    {
        const GridEntry *e = table.entryAt(row, column);
        if (!e) return false;
        if (e->row != row || e->column != column) return field.trimmed().isEmpty(); // covered by a merged area
        if (e->cellId.isEmpty()) return sameText(field, e->text);
        const std::optional<CellValue> v = valueOf(field, *m_t.cell(e->cellId));
        if (!v) return false;
        m_pending.insert(e->cellId, {*v, line});
        return true;
    }
    void commit()
    {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) m_cells->insert(it.key(), it.value());
        m_pending.clear();
    }
    void discard() { m_pending.clear(); }

private:
    const ReportTemplate &m_t;
    QHash<QString, StandardGridReader::Cell> *m_cells;
    QHash<QString, StandardGridReader::Cell> m_pending;
};

QList<Line> linesOf(const SourceText &source, int from, int to)
{
    QList<Line> lines;
    for (int n = source.lineOf(from); n <= source.lineCount(); ++n) {
        const int start = qMax(from, source.lineStart(n));
        if (start >= to) break;
        lines << Line{source.slice(start, qMin(to, source.lineEnd(n))), n};
    }
    return lines;
}

bool readRows(const QList<Line> &all, TableLayout layout, const QList<TableModel> &tables, Matcher &m)
{
    QList<Line> lines;
    for (const Line &l : all)
        if (!l.text.trimmed().isEmpty()) lines << l;
    int i = 0;
    for (const TableModel &model : tables) {
        const TableDef &table = *model.table;
        for (int row = 0; row < table.rowCount; ++row) {
            bool matched = false;
            while (i < lines.size() && !matched) {
                const QStringList fields = TableLayoutReader::fields(lines[i].text, layout);
                matched = fields.size() == table.columnCount;
                for (int c = 0; matched && c < table.columnCount; ++c)
                    matched = m.position(table, row, c, fields[c], lines[i].number);
                if (matched) {
                    m.commit();
                } else {
                    m.discard();
                    // A Markdown table's generic header ("| 类别 | 数据1 |") stands where the grid has none.
                    bool text = true;
                    for (const QString &f : fields)
                        for (const ValueToken &t : ValueTokenizer::field(f))
                            text = text && (t.kind == ValueToken::Kind::Text || t.kind == ValueToken::Kind::Empty
                                            || t.kind == ValueToken::Kind::Unreadable);
                    if (layout != TableLayout::Pipes || !text) return false;
                }
                ++i;
            }
            if (!matched) return false;
        }
    }
    return i == lines.size();
}

bool readEntries(const QList<Line> &all, const QList<TableModel> &tables, Matcher &m)
{
    int i = 0;
    while (i < all.size() && all[i].text.trimmed().isEmpty()) ++i;
    for (const TableModel &model : tables) {
        for (const GridEntry &e : model.table->entries) {
            if (i >= all.size()) {
                if (!e.cellId.isEmpty()) continue; // blank cells at the very end of the text
                return false;
            }
            if (!m.position(*model.table, e.row, e.column, all[i].text, all[i].number)) return false;
            ++i;
        }
    }
    m.commit();
    for (; i < all.size(); ++i)
        if (!all[i].text.trimmed().isEmpty()) return false;
    return true;
}

} // namespace

bool StandardGridReader::read(const SourceText &source, int from, int to, TableLayout layout, const ReportTemplate &t,
                              const QList<TableModel> &tables, QHash<QString, Cell> *cells)
{
    if (layout == TableLayout::Flattened || tables.isEmpty() || from >= to) return false;
    QHash<QString, Cell> found;
    Matcher m(t, &found);
    const QList<Line> lines = linesOf(source, from, to);
    const bool ok = layout == TableLayout::OneCellPerLine ? readEntries(lines, tables, m) : readRows(lines, layout, tables, m);
    if (!ok) return false;
    for (const TableModel &model : tables)
        for (const QString &id : model.table->cellIds)
            if (!found.contains(id)) {
                CellValue blank;
                if (t.cell(id)->type == CellType::Money) blank.value.unit = t.cell(id)->unit;
                found.insert(id, {blank, 0});
            }
    cells->insert(found);
    return true;
}

} // namespace nianbao::import
