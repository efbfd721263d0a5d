// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/rowreader.h"

#include <QCoreApplication>

namespace nianbao::import {

namespace {

// Messages shown to the user, in the "nianbao::import" translation context.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

bool isValueToken(const ValueToken &t)
{
    return t.kind != ValueToken::Kind::Empty;
}

QList<ValueToken> nonEmpty(const QList<ValueToken> &tokens)
{
    QList<ValueToken> out;
    for (const ValueToken &t : tokens)
        if (isValueToken(t)) out << t;
    return out;
}

int firstLine(const QList<ValueToken> &tokens, int fallback)
{
    for (const ValueToken &t : tokens)
        if (t.line > 0) return t.line;
    return fallback;
}

ImportDecision decision(ImportDecision::Kind kind, int line, const QStringList &cells, const QString &message, bool review)
{
    ImportDecision d;
    d.kind = kind;
    d.line = line;
    d.cells = cells;
    d.message = message;
    d.needsReview = review;
    return d;
}

} // namespace

QString RowReader::sourceTextOf(const QList<ValueToken> &tokens)
{
    // As written: runs that touch ("88-720") stay together, others are separated by a space.
    QString out;
    int previousEnd = -1;
    for (const ValueToken &t : tokens) {
        if (!isValueToken(t)) continue;
        const bool touching = previousEnd >= 0 && t.end >= 0 && t.end - int(t.raw.size()) == previousEnd;
        if (!out.isEmpty() && !touching) out += QLatin1Char(' ');
        out += t.raw;
        previousEnd = t.end;
    }
    return out;
}

QString RowReader::joinValues(const Reading &reading, const QList<CellSpec> &specs)
{
    QStringList parts;
    for (int i = 0; i < reading.size(); ++i)
        parts << (reading[i] ? formatQuantity(*reading[i], specs[i].type) : ImportText::tr("(blank)"));
    return parts.join(QStringLiteral(" / "));
}

void RowReader::learn(const QList<ValueToken> &tokens, int cellCount)
{
    if (m_layout == TableLayout::Flattened) return;
    int first = -1, last = -1, values = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        if (!isValueToken(tokens[i])) continue;
        if (tokens[i].kind != ValueToken::Kind::Run || !tokens[i].single || DigitSplitter::mustSplit(tokens[i].text)) return;
        if (first < 0) first = i;
        last = i;
        ++values;
    }
    if (values != cellCount || last - first + 1 != cellCount) return;
    const QPair<int, int> key(int(tokens.size()), cellCount);
    const auto it = m_offsets.constFind(key);
    m_offsets.insert(key, it == m_offsets.cend() || *it == first ? first : -1);
}

Reading RowReader::positional(const QList<ValueToken> &tokens, const RowRead &row, QList<ImportDecision> &decisions,
                              QStringList *blanked) const
{
    Reading reading(row.cellIds.size());
    for (int i = 0; i < row.cellIds.size(); ++i) {
        if (i >= tokens.size()) {
            if (blanked) *blanked << row.cellNames[i];
            continue;
        }
        const ValueToken &t = tokens[i];
        if (t.kind == ValueToken::Kind::Empty || t.kind == ValueToken::Kind::Blank) {
            if (blanked && t.kind == ValueToken::Kind::Empty) *blanked << row.cellNames[i];
            continue;
        }
        const std::optional<Quantity> q = t.kind == ValueToken::Kind::Run ? DigitSplitter::parseValue(t.text, row.specs[i]) : std::nullopt;
        if (q) {
            reading[i] = q;
            continue;
        }
        decisions << decision(ImportDecision::Kind::UnreadableValue, t.line > 0 ? t.line : row.line, {row.cellIds[i]},
                              ImportText::tr("line %1: %2: “%3” is not a value for this cell; left blank")
                                  .arg(t.line > 0 ? t.line : row.line).arg(row.cellNames[i], t.raw), true);
    }
    return reading;
}

RowRead RowReader::read(const QList<ValueToken> &tokens, RowRead row, QList<ImportDecision> &decisions) const
{
    const int n = int(row.cellIds.size());
    row.line = firstLine(tokens, row.line);
    row.sourceText = sourceTextOf(tokens);
    const QList<ValueToken> values = nonEmpty(tokens);

    if (values.isEmpty()) {
        row.readings = {Reading(n)};
        // A separated layout that shows the row's empty fields says the cells are blank; otherwise nothing
        // was found where the values should be.
        if (tokens.size() != n || m_layout == TableLayout::Flattened)
            decisions << decision(ImportDecision::Kind::MissingValues, row.line, row.cellIds,
                                  ImportText::tr("line %1: %2: no values found; its cells are left blank")
                                      .arg(row.line).arg(row.rowName), true);
        return row;
    }

    // Every field of the row is there: values and blanks stand where they are.
    bool oneEach = m_layout != TableLayout::Flattened && tokens.size() == n;
    for (const ValueToken &t : tokens) oneEach = oneEach && !(t.kind == ValueToken::Kind::Run && DigitSplitter::mustSplit(t.text));
    if (oneEach) {
        row.readings = {positional(tokens, row, decisions, nullptr)};
        return row;
    }

    const DigitSplitter::Result split = DigitSplitter::read(values, row.specs);
    if (!split.readings.isEmpty() && !split.overflow) {
        row.readings = split.readings;
        // Worth a line in the import report only when the split is not forced digit by digit ("0000000").
        int digits = 0, filled = 0;
        for (const ValueToken &t : values)
            for (const QChar c : t.text) digits += c.isDigit() ? 1 : 0;
        for (const std::optional<Quantity> &q : split.readings.first()) filled += q ? 1 : 0;
        if (split.readings.size() == 1 && split.splitRuns && digits != filled)
            decisions << decision(ImportDecision::Kind::SplitUnique, row.line, row.cellIds,
                                  ImportText::tr("line %1: %2: “%3” read as %4 (the only possible split)")
                                      .arg(row.line).arg(row.rowName, row.sourceText, joinValues(split.readings.first(), row.specs)), false);
        return row;
    }
    if (split.overflow) {
        row.readings = {Reading(n)};
        decisions << decision(ImportDecision::Kind::UnreadableValue, row.line, row.cellIds,
                              ImportText::tr("line %1: %2: “%3” can be split into values in too many ways; the cells are left blank")
                                  .arg(row.line).arg(row.rowName, row.sourceText), true);
        return row;
    }

    QStringList blanked;
    if (values.size() < n) {
        // Too few values. In a separated layout the empty fields may still say where the values belong.
        const auto offset = m_offsets.constFind(qMakePair(int(tokens.size()), n));
        const bool learned = offset != m_offsets.cend() && *offset >= 0;
        row.readings = {positional(learned ? tokens.mid(*offset, n) : values, row, decisions, &blanked)};
        decisions << decision(ImportDecision::Kind::MissingValues, row.line, row.cellIds,
                              (learned ? ImportText::tr("line %1: %2: %3 values for %4 cells; by their position the values are "
                                            "read as %5, left blank: %6")
                                       : ImportText::tr("line %1: %2: %3 values for %4 cells; read from the left as %5, left "
                                            "blank: %6"))
                                  .arg(row.line).arg(row.rowName).arg(values.size()).arg(n)
                                  .arg(joinValues(row.readings.first(), row.specs), blanked.join(QStringLiteral("、"))),
                              true);
        return row;
    }
    row.readings = {positional(values.mid(0, n), row, decisions, nullptr)};
    if (values.size() > n) {
        QStringList extra;
        for (const ValueToken &t : values.mid(n)) extra << t.raw;
        decisions << decision(ImportDecision::Kind::ExtraValues, values[n].line > 0 ? values[n].line : row.line, row.cellIds,
                              ImportText::tr("line %1: %2: %3 values for %4 cells; the first %4 are used, not used: %5")
                                  .arg(values[n].line > 0 ? values[n].line : row.line).arg(row.rowName)
                                  .arg(values.size()).arg(n).arg(extra.join(QStringLiteral(" "))),
                              true);
    }
    return row;
}

} // namespace nianbao::import
