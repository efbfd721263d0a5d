// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tablesectionreader.h"

#include "import/headreader.h"
#include "import/prosereader.h"
#include "import/rowreader.h"
#include "import/standardgridreader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace nianbao::import {

namespace {

constexpr int kClusterGap = 40; // canonical characters between neighbouring header texts of one table

// Messages shown to the user, in the "nianbao::import" translation context.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

QString rowNameOf(const ReportTemplate &t, const SectionDef &section, const QString &cellId)
{
    const CellDef *def = t.cell(cellId);
    QStringList parts;
    for (const QString &p : {def->caption, def->rowLabel})
        if (!p.isEmpty()) parts << p;
    if (parts.isEmpty()) return section.heading;
    return section.number + QStringLiteral("、") + parts.join(QStringLiteral("·"));
}

} // namespace

QList<TableModel> TableSectionReader::models(const SectionDef &section) const
{
    QList<TableModel> out;
    for (const QString &id : section.tableIds)
        if (const TableDef *table = m_t.table(id)) out << TableModel::of(m_t, *table);
    return out;
}

int TableSectionReader::tableStart(const SectionDef &section, int from, int to) const
{
    const QList<TableModel> tables = models(section);
    if (tables.isEmpty()) return -1;
    struct Occurrence {
        Span span;
        int text;
    };
    QList<Occurrence> occurrences;
    QStringList texts;
    for (const QString &h : tables.first().headerTexts) {
        const QString canon = SourceText::canonical(h);
        if (canon.size() < 2 || texts.contains(canon)) continue;
        texts << canon;
        for (const Span &s : m_finder.findAll(canon, from, to)) occurrences << Occurrence{s, int(texts.size()) - 1};
    }
    std::sort(occurrences.begin(), occurrences.end(), [](const Occurrence &a, const Occurrence &b) { return a.span.start < b.span.start; });
    // Header texts follow each other with at most separators, blank marks or generic words between them: no
    // figures and no sentence punctuation, which a note naming a few headers has.
    auto close = [&](const Occurrence &a, const Occurrence &b) {
        if (b.span.start <= a.span.end) return true;
        if (m_source.canonIndexAtOrAfter(b.span.start) - m_source.canonIndexAtOrAfter(a.span.end) > kClusterGap) return false;
        static const QString sentence = QStringLiteral("，。；！？,;!?");
        for (const QChar c : m_source.slice(a.span.end, b.span.start))
            if (c.isDigit() || sentence.contains(c)) return false;
        return true;
    };
    // Runs of header texts standing close together; a run of at least three different ones is a header.
    QList<int> headers;
    for (int i = 0; i < occurrences.size();) {
        int j = i + 1;
        while (j < occurrences.size() && close(occurrences[j - 1], occurrences[j])) ++j;
        QSet<int> distinct;
        for (int k = i; k < j; ++k) distinct.insert(occurrences[k].text);
        if (distinct.size() >= 3) headers << occurrences[i].span.start;
        i = j;
    }
    if (!headers.isEmpty()) {
        // A note may name a few headers too: the table's own header is the last one before its first row.
        const RowModel *firstRow = nullptr;
        for (const RowModel &r : tables.first().rows)
            if (!r.ownLabel().isEmpty() && !firstRow) firstRow = &r;
        if (!firstRow) return headers.first();
        const LabelMatch row = m_finder.find(firstRow->ownLabel(), headers.first(), to, false);
        int start = headers.first();
        for (int h : std::as_const(headers))
            if (row.valid() && h < row.span.start) start = h;
        return start;
    }
    // No header: the first caption or row label of the section's tables.
    int first = -1;
    for (const TableModel &m : tables) {
        QStringList anchors;
        if (!m.caption.isEmpty()) anchors << m.caption;
        for (const RowModel &r : m.rows)
            if (!r.ownLabel().isEmpty()) anchors << r.ownLabel();
        for (const QString &a : anchors) {
            const LabelMatch match = m_finder.find(a, from, to, false);
            if (match.valid() && (first < 0 || match.span.start < first)) first = match.span.start;
        }
    }
    return first;
}

int TableSectionReader::placeGroupsWrittenAsOneRow(const TableModel &m, QList<RowPlace> &places, int from, int to,
                                                   QList<int> &anchorStarts, QList<ImportDecision> &decisions) const
{
    // A group of rows (its label stands in its first row, as （六）其他处理 over its three rows in 30号) of which
    // no row was found while the group's label is: the text writes the group as one row, as the other national
    // format does (60号's single （六）其他处理). Its values go to the group's last row ("其他"), and the notes
    // name the difference; the group's other rows stay blank.
    int placed = 0;
    for (int first = 0; first < m.rows.size(); ++first) {
        if (m.rows[first].labels.size() < 2) continue;
        // The group's rows are numbered alike ("1." "2." "3."); "（七）总计" after them is not one of them.
        const int level = proseHeadingLevel(m.rows[first].ownLabel());
        int end = first + 1;
        while (end < m.rows.size() && m.rows[end].labels.size() == 1 && proseHeadingLevel(m.rows[end].ownLabel()) == level) ++end;
        bool noneFound = end - first > 1;
        for (int k = first; k < end; ++k) noneFound = noneFound && !places[k].label.valid();
        if (!noneFound) continue;
        const LabelMatch group = m_finder.find(m.rows[first].labels.first(), from, to, false);
        if (!group.valid()) continue;
        RowPlace &last = places[end - 1];
        last.label = group.span;
        anchorStarts << group.span.start;
        ++placed;
        ImportDecision d;
        d.kind = ImportDecision::Kind::FormatDifference;
        d.line = m_source.lineOf(group.span.start);
        d.cells = last.row->cellIds;
        d.message = ImportText::tr("line %1: “%2” is written as one row, as in the other national format, where this format has %3 rows; "
                                   "its values are read into “%4”")
                        .arg(d.line).arg(m.rows[first].labels.first()).arg(end - first).arg(last.row->ownLabel());
        decisions << d;
    }
    return placed;
}

int TableSectionReader::proseLineStart(int from, int to) const
{
    // A table never takes values from a paragraph: a later line that ends a sentence ("…2024年…2025年…。")
    // is prose, where the table ends. (Text flattened onto one line has no such later line.)
    static const QRegularExpression sentenceEnd(QStringLiteral("[。！？]"));
    for (int line = m_source.lineOf(from) + 1; line <= m_source.lineCount() && m_source.lineStart(line) < to; ++line)
        if (sentenceEnd.match(m_source.lineText(line)).hasMatch()) return m_source.lineStart(line);
    return to;
}

const QStringList &TableSectionReader::allRowLabels() const
{
    if (m_allRowLabels.isEmpty())
        for (const TableDef &table : m_t.tables)
            for (const RowModel &r : TableModel::of(m_t, table).rows)
                if (!r.ownLabel().isEmpty()) m_allRowLabels << r.ownLabel();
    return m_allRowLabels;
}

void TableSectionReader::noteHeaderTypos(const TableModel &m, int from, int to, QList<ImportDecision> &decisions) const
{
    if (m_allLabels.isEmpty()) {
        m_allLabels = allRowLabels();
        for (const TableDef &table : m_t.tables) m_allLabels << TableModel::of(m_t, table).headerTexts;
    }
    QStringList seen;
    for (const QString &header : m.headerTexts) {
        if (header == m.caption || seen.contains(header)) continue;
        seen << header;
        if (m_finder.find(header, from, to, false).valid()) continue;
        const LabelMatch typo = m_finder.findWithTypo(header, from, to, m_allLabels);
        if (!typo.valid()) continue;
        ImportDecision d;
        d.kind = ImportDecision::Kind::LabelVariant;
        d.line = m_source.lineOf(typo.span.start);
        d.message = ImportText::tr("line %1: “%2” taken for the column heading “%3”")
                        .arg(d.line).arg(m_source.slice(typo.span).simplified(), header);
        decisions << d;
    }
}

MoneyUnit TableSectionReader::headerUnit(int from, int to) const
{
    static const QRegularExpression unit(QStringLiteral("[（(]\\s*(?:单位\\s*[：:]\\s*)?(万元|亿元|元)\\s*[）)]"));
    if (from < 0 || to <= from) return MoneyUnit::None;
    const QRegularExpressionMatch m = unit.match(m_source.slice(from, to));
    return m.hasMatch() ? moneyUnitFromText(m.captured(1)).value_or(MoneyUnit::None) : MoneyUnit::None;
}

QList<TableSectionReader::RowPlace> TableSectionReader::place(const QList<TableModel> &tables, int from, int to,
                                                              QList<ImportDecision> &decisions) const
{
    // Captions first: they bound the tables, so a row label is never looked for in another table.
    QList<Span> captions;
    int pos = from;
    for (const TableModel &m : tables) {
        Span s;
        if (!m.caption.isEmpty()) s = m_finder.find(m.caption, pos, to, false).span;
        if (s.valid()) pos = s.end;
        captions << s;
    }
    QList<int> anchorStarts;
    for (const Span &s : captions)
        if (s.valid()) anchorStarts << s.start;

    QList<RowPlace> places;
    pos = from;
    for (int i = 0; i < tables.size(); ++i) {
        const TableModel &m = tables[i];
        if (captions[i].valid()) pos = captions[i].end;
        int end = to;
        for (int j = i + 1; j < tables.size(); ++j)
            if (captions[j].valid()) {
                end = captions[j].start;
                break;
            }
        const int tableFrom = pos;
        int firstLabel = end;
        int found = 0;
        QList<RowPlace> tablePlaces;
        for (const RowModel &r : m.rows) {
            RowPlace p;
            p.table = &m;
            p.row = &r;
            if (r.labels.isEmpty()) { // a row of values only (section 四): everything in the table
                p.chunkStart = tableFrom;
                p.chunkEnd = proseLineStart(tableFrom, end);
                ++found;
                tablePlaces << p;
                continue;
            }
            LabelMatch own = m_finder.find(r.ownLabel(), pos, end);
            if (!own.valid()) {
                own = m_finder.findWithTypo(r.ownLabel(), pos, end, allRowLabels());
                if (own.valid()) {
                    ImportDecision d;
                    d.kind = ImportDecision::Kind::LabelVariant;
                    d.line = m_source.lineOf(own.span.start);
                    d.cells = r.cellIds;
                    d.message = ImportText::tr("line %1: “%2” taken for the label “%3”")
                                    .arg(d.line).arg(m_source.slice(own.span).simplified(), r.ownLabel());
                    decisions << d;
                }
            }
            if (!own.valid()) {
                tablePlaces << p;
                continue;
            }
            for (int g = 0; g + 1 < r.labels.size(); ++g) {
                const LabelMatch group = m_finder.find(r.labels[g], pos, own.span.start, false);
                if (group.valid()) {
                    anchorStarts << group.span.start;
                    pos = group.span.end;
                }
            }
            p.label = own.span;
            anchorStarts << own.span.start;
            firstLabel = qMin(firstLabel, own.span.start);
            pos = own.span.end;
            ++found;
            tablePlaces << p;
        }
        found += placeGroupsWrittenAsOneRow(m, tablePlaces, tableFrom, end, anchorStarts, decisions);
        if (firstLabel < end) noteHeaderTypos(m, tableFrom, firstLabel, decisions);
        const MoneyUnit unit = headerUnit(tableFrom, firstLabel);
        for (RowPlace &p : tablePlaces) p.unit = unit;
        if (found == 0) {
            ImportDecision d;
            d.kind = ImportDecision::Kind::TableNotFound;
            d.line = m_source.lineOf(tableFrom);
            d.cells = m.table->cellIds;
            d.message = ImportText::tr("line %1: the table %2 was not found; its cells are left blank")
                            .arg(d.line).arg(m.caption.isEmpty() ? rowNameOf(m_t, *m_t.section(m.table->sectionKey), m.table->cellIds.first()) : m.caption);
            d.needsReview = true;
            decisions << d;
            tablePlaces.clear();
        }
        places << tablePlaces;
    }
    std::sort(anchorStarts.begin(), anchorStarts.end());
    for (RowPlace &p : places) {
        if (!p.label.valid()) continue;
        p.chunkStart = p.label.end;
        p.chunkEnd = to;
        const auto next = std::upper_bound(anchorStarts.cbegin(), anchorStarts.cend(), p.label.start);
        if (next != anchorStarts.cend()) p.chunkEnd = qMax(p.chunkStart, *next);
    }
    return places;
}

RowRead TableSectionReader::emptyRow(const TableModel &table, const RowModel &row) const
{
    RowRead r;
    r.cellIds = row.cellIds;
    r.specs = row.specs;
    for (const QString &id : row.cellIds) r.cellNames << m_t.cellLabel(id);
    r.rowName = rowNameOf(m_t, *m_t.section(table.table->sectionKey), row.cellIds.first());
    return r;
}

void TableSectionReader::keepTextAfterTable(const QList<QList<ValueToken>> &tokens, int to, TableSectionResult &result,
                                            QList<ImportDecision> &decisions) const
{
    // Nothing is dropped silently: prose after the last value of the section's tables joins the note.
    int lastValue = -1;
    for (const QList<ValueToken> &row : tokens)
        for (const ValueToken &t : row)
            if (t.kind != ValueToken::Kind::Empty) lastValue = qMax(lastValue, t.end);
    if (lastValue < 0 || lastValue >= to) return;
    const QString after = ProseReader::readNote(m_source, lastValue, to);
    if (after.isEmpty()) return;
    int line = m_source.lineOf(lastValue);
    while (line < m_source.lineCount() && m_source.slice(qMax(lastValue, m_source.lineStart(line)), m_source.lineEnd(line)).trimmed().isEmpty()) ++line;
    ImportDecision d;
    d.line = line;
    if (HeadReader::isSentence(after)) {
        d.kind = ImportDecision::Kind::TextAfterTable;
        d.message = ImportText::tr("line %1: text after the table kept in the section's note: “%2”").arg(line).arg(after);
        result.note = result.note.isEmpty() ? after : result.note + QLatin1Char('\n') + after;
    } else {
        d.kind = ImportDecision::Kind::SkippedText;
        d.message = ImportText::tr("line %1: text after the table left out: “%2”").arg(line).arg(after);
    }
    decisions << d;
}

TableSectionResult TableSectionReader::read(const SectionDef &section, int from, int to, QList<ImportDecision> &decisions) const
{
    TableSectionResult result;
    const QList<TableModel> tables = models(section);
    result.tableStart = tableStart(section, from, to);
    if (result.tableStart < 0) {
        result.note = ProseReader::read(m_source, from, to);
        ImportDecision d;
        d.kind = ImportDecision::Kind::TableNotFound;
        d.line = m_source.lineOf(from);
        for (const TableModel &m : tables) d.cells << m.table->cellIds;
        d.message = ImportText::tr("line %1: %2: no table found; its cells are left blank").arg(d.line).arg(section.heading);
        d.needsReview = true;
        decisions << d;
        return result;
    }
    // The table begins with its line when only separators stand before it (a Markdown row "| caption |").
    const int lineStart = qMax(from, m_source.lineStart(m_source.lineOf(result.tableStart)));
    bool separatorsOnly = true;
    for (const QChar c : m_source.slice(lineStart, result.tableStart))
        separatorsOnly = separatorsOnly && (c.isSpace() || c == QLatin1Char('|'));
    if (separatorsOnly) result.tableStart = lineStart;
    result.note = ProseReader::readNote(m_source, from, result.tableStart);
    const TableLayout layout = TableLayoutReader::detect(m_source, result.tableStart, to);

    QHash<QString, StandardGridReader::Cell> grid;
    if (StandardGridReader::read(m_source, result.tableStart, to, layout, m_t, tables, &grid)) {
        for (const TableModel &m : tables)
            for (const RowModel &r : m.rows) {
                RowRead row = emptyRow(m, r);
                Reading reading;
                for (const QString &id : r.cellIds) {
                    const StandardGridReader::Cell &c = grid.value(id);
                    reading << (c.value.isBlank() ? std::nullopt : std::optional<Quantity>(c.value.value));
                    if (c.line > 0 && row.line == 0) row.line = c.line;
                }
                row.readings = {reading};
                result.rows << row;
            }
        return result;
    }

    const QList<RowPlace> places = place(tables, result.tableStart, to, decisions);
    RowReader reader(layout);
    QList<QList<ValueToken>> tokens;
    for (const RowPlace &p : places) {
        tokens << (p.chunkStart >= 0 ? TableLayoutReader::tokens(m_source, p.chunkStart, p.chunkEnd, layout) : QList<ValueToken>());
        if (p.chunkStart >= 0) reader.learn(tokens.last(), int(p.row->cellIds.size()));
    }
    for (int i = 0; i < places.size(); ++i) {
        const RowPlace &p = places[i];
        RowRead row = emptyRow(*p.table, *p.row);
        if (p.unit != MoneyUnit::None)
            for (CellSpec &spec : row.specs)
                if (spec.type == CellType::Money && !spec.fixedUnit) spec.unit = p.unit;
        if (p.chunkStart < 0) {
            ImportDecision d;
            d.kind = ImportDecision::Kind::RowNotFound;
            d.cells = row.cellIds;
            d.message = ImportText::tr("%1: the row was not found in the text; its cells are left blank").arg(row.rowName);
            d.needsReview = true;
            decisions << d;
            continue;
        }
        row.line = m_source.lineOf(p.label.valid() ? p.label.start : p.chunkStart);
        result.rows << reader.read(tokens[i], row, decisions);
    }
    keepTextAfterTable(tokens, to, result, decisions);
    return result;
}

} // namespace nianbao::import
