// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/digitsplitter.h"

namespace nianbao::import {

namespace {

struct RunParts {
    QString sign;
    QString body; // digits and at most one dot
    QString unit;
};

RunParts partsOf(const QString &text)
{
    RunParts p;
    int start = 0, end = int(text.size());
    if (!text.isEmpty() && (text.front() == QLatin1Char('+') || text.front() == QLatin1Char('-'))) {
        p.sign = text.left(1);
        start = 1;
    }
    while (end > start && !(text.at(end - 1).isDigit() || text.at(end - 1) == QLatin1Char('.'))) --end;
    p.body = text.mid(start, end - start);
    p.unit = text.mid(end);
    return p;
}

class Search
{
public:
    Search(const QList<ValueToken> &tokens, const QList<CellSpec> &cells, int cap)
        : m_tokens(tokens), m_cells(cells), m_cap(cap), m_current(cells.size())
    {
        // The fewest and the most cells the tokens from i on can fill, to prune early.
        m_minFrom.resize(tokens.size() + 1);
        m_maxFrom.resize(tokens.size() + 1);
        m_minFrom[tokens.size()] = m_maxFrom[tokens.size()] = 0;
        for (int i = int(tokens.size()) - 1; i >= 0; --i) {
            const ValueToken &t = tokens[i];
            int lo = 1, hi = 1;
            if (t.kind == ValueToken::Kind::Run) {
                int digits = 0;
                for (const QChar c : partsOf(t.text).body) digits += c.isDigit() ? 1 : 0;
                const bool split = !t.single || DigitSplitter::mustSplit(t.text);
                hi = split ? qMax(1, digits) : 1;
                lo = t.single && split ? 2 : 1;
            }
            m_minFrom[i] = m_minFrom[i + 1] + lo;
            m_maxFrom[i] = m_maxFrom[i + 1] + hi;
        }
    }

    DigitSplitter::Result run()
    {
        for (const ValueToken &t : m_tokens)
            if (t.kind == ValueToken::Kind::Unreadable) return m_result;
        token(0, 0);
        m_result.valuesTried = m_steps;
        return m_result;
    }

private:
    bool feasible(int tokenIndex, int cell) const
    {
        const int left = int(m_cells.size()) - cell;
        return left >= m_minFrom[tokenIndex] && left <= m_maxFrom[tokenIndex];
    }

    void token(int i, int cell)
    {
        if (m_result.overflow) return;
        if (i == m_tokens.size()) {
            if (cell != m_cells.size()) return;
            if (m_result.readings.size() >= m_cap) {
                m_result.overflow = true;
                return;
            }
            m_result.readings << m_current; // different cuts give different values: no duplicates
            if (m_splitNow) m_result.splitRuns = true;
            return;
        }
        if (!feasible(i, cell)) return;
        const ValueToken &t = m_tokens[i];
        if (t.kind == ValueToken::Kind::Blank) {
            m_current[cell] = std::nullopt;
            token(i + 1, cell + 1);
            return;
        }
        const RunParts parts = partsOf(t.text);
        const bool mayHoldSeveral = !t.single || DigitSplitter::mustSplit(t.text);
        piece(i, parts, 0, cell, true, mayHoldSeveral);
    }

    // Chooses the value that starts at `from` in the run's body, longest first.
    void piece(int i, const RunParts &parts, int from, int cell, bool first, bool mayHoldSeveral)
    {
        if (cell >= m_cells.size() || m_result.overflow) return;
        const int size = int(parts.body.size());
        const int shortest = mayHoldSeveral ? from + 1 : size;
        for (int end = size; end >= shortest; --end) {
            // Failing branches are not bounded by the cap on readings: a long run of digits over many cells can
            // take minutes (found by fuzz_import). Every value tried is a step, since one piece of a run of 128
            // digits tries 128 (fuzz_import again); past a budget of steps the run counts as "too many ways".
            if (m_result.overflow || ++m_steps > kStepBudget) {
                m_result.overflow = true;
                return;
            }
            const bool last = end == size;
            if (first && last && m_tokens[i].single && DigitSplitter::mustSplit(m_tokens[i].text)) continue;
            QString text = parts.body.mid(from, end - from);
            if (first) text.prepend(parts.sign);
            if (last) text += parts.unit;
            else if (text.endsWith(QLatin1Char('.'))) continue;
            if (!last && parts.body.at(end) == QLatin1Char('.')) continue; // a value cannot start with the dot
            const std::optional<Quantity> value = DigitSplitter::parseValue(text, m_cells[cell]);
            if (!value) continue;
            m_current[cell] = value;
            const bool wasSplit = m_splitNow;
            if (!last) m_splitNow = true;
            if (last) token(i + 1, cell + 1);
            else piece(i, parts, end, cell + 1, false, mayHoldSeveral);
            m_splitNow = wasSplit;
        }
    }

    const QList<ValueToken> &m_tokens;
    const QList<CellSpec> &m_cells;
    int m_cap;
    Reading m_current;
    bool m_splitNow = false;
    static constexpr qint64 kStepBudget = 100000;
    qint64 m_steps = 0;
    QList<int> m_minFrom, m_maxFrom;
    DigitSplitter::Result m_result;
};

} // namespace

bool DigitSplitter::mustSplit(const QString &normalised)
{
    const RunParts p = partsOf(normalised);
    const QString integer = p.body.section(QLatin1Char('.'), 0, 0);
    return integer.size() > 1 && integer.front() == QLatin1Char('0');
}

std::optional<Quantity> DigitSplitter::parseValue(const QString &text, const CellSpec &spec)
{
    // Plain digits in a count cell are the common case of a split: read them without the general parser.
    if (spec.type != CellType::Money && !text.isEmpty() && text.size() <= 9) {
        qint64 n = 0;
        bool digits = true;
        for (const QChar c : text) {
            digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
            n = n * 10 + (c.unicode() - '0');
        }
        if (digits) {
            if (text.size() > 1 && text.front() == QLatin1Char('0')) return std::nullopt;
            return Quantity{n, MoneyUnit::None, 0};
        }
    }
    const RunParts p = partsOf(text);
    if (p.body.isEmpty() || p.body.front() == QLatin1Char('.') || p.body.back() == QLatin1Char('.')) return std::nullopt;
    if (p.body.count(QLatin1Char('.')) > 1) return std::nullopt;
    if (p.body.contains(QLatin1Char('.')) && spec.type != CellType::Money) return std::nullopt;
    if (mustSplit(text)) return std::nullopt;
    const MoneyUnit unit = spec.unit == MoneyUnit::None ? MoneyUnit::Yuan : spec.unit;
    const ParsedValue parsed = parseCellText(text, spec.type, unit, spec.fixedUnit);
    if (parsed.kind != ParsedValue::Kind::Value) return std::nullopt;
    return parsed.value;
}

DigitSplitter::Result DigitSplitter::read(const QList<ValueToken> &tokens, const QList<CellSpec> &cells, int cap)
{
    if (cells.isEmpty()) return {};
    return Search(tokens, cells, cap).run();
}

} // namespace nianbao::import
