// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ambiguityresolver.h"

#include "checks/rules.h"
#include "import/rowreader.h"

#include <QCoreApplication>
#include <QSet>
#include <numeric>

namespace nianbao::import {

namespace {

constexpr qint64 kSearchNodeLimit = 200000; // beyond this a component is left as it is (never in real reports)
constexpr int kMaxOffered = 64;              // readings of one row offered to the clerk at most

// Messages shown to the user, in the "nianbao::import" translation context.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

qint64 numberOf(const std::optional<Quantity> &q)
{
    return q ? q->number : 0; // a blank counts as 0, as the checker counts it
}

struct Equation {
    QList<QPair<QString, int>> terms; // cell, coefficient; Σ coefficient × value = 0
    qint64 constant = 0;              // the part from cells whose value is certain
    QList<int> groups;                // ambiguous groups involved
};

class ComponentSearch
{
public:
    ComponentSearch(const QList<RowRead> &rows, const QList<int> &groups, const QList<Equation> &equations,
                    const QHash<QString, QPair<int, int>> &owner)
        : m_rows(rows), m_groups(groups), m_equations(equations), m_owner(owner),
          m_choice(rows.size(), -1), m_survivors(rows.size())
    {
        // An equation is checked as soon as its last group (in search order) has a reading.
        for (int e = 0; e < equations.size(); ++e) {
            int last = 0;
            for (int g : equations[e].groups) last = qMax(last, int(groups.indexOf(g)));
            m_checkAt[last] << e;
        }
    }

    bool run()
    {
        step(0);
        return !m_aborted;
    }
    qint64 solutions() const { return m_solutions; }
    const QSet<int> &survivors(int row) const { return m_survivors[row]; }

private:
    bool holds(const Equation &eq) const
    {
        qint64 sum = eq.constant;
        for (const auto &[cell, coefficient] : eq.terms) {
            const auto it = m_owner.constFind(cell);
            if (it == m_owner.cend()) continue;
            const Reading &r = m_rows[it->first].readings[m_choice[it->first]];
            sum += coefficient * numberOf(r[it->second]);
        }
        return sum == 0;
    }

    void step(int index)
    {
        if (m_aborted) return;
        if (++m_nodes > kSearchNodeLimit) {
            m_aborted = true;
            return;
        }
        if (index == m_groups.size()) {
            ++m_solutions;
            for (int g : m_groups) m_survivors[g].insert(m_choice[g]);
            return;
        }
        const int g = m_groups[index];
        for (int r = 0; r < m_rows[g].readings.size(); ++r) {
            m_choice[g] = r;
            bool ok = true;
            for (int e : m_checkAt.value(index)) ok = ok && holds(m_equations[e]);
            if (ok) step(index + 1);
        }
        m_choice[g] = -1;
    }

    const QList<RowRead> &m_rows;
    const QList<int> &m_groups;
    const QList<Equation> &m_equations;
    const QHash<QString, QPair<int, int>> &m_owner;
    QHash<int, QList<int>> m_checkAt;
    QList<int> m_choice;
    QList<QSet<int>> m_survivors;
    qint64 m_solutions = 0;
    qint64 m_nodes = 0;
    bool m_aborted = false;
};

QString readingsText(const RowRead &row)
{
    QStringList parts;
    for (const Reading &r : row.readings) parts << RowReader::joinValues(r, row.specs);
    return parts.join(QStringLiteral("; "));
}

int find(QList<int> &parent, int x)
{
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

} // namespace

QList<AmbiguityResolver::PriorYearLink> AmbiguityResolver::priorYearLinks(const ReportTemplate &t)
{
    QList<PriorYearLink> links;
    for (const TableDef &table : t.tables) {
        for (int r = 0; r < table.rowCount; ++r) {
            QString previous;
            for (const GridEntry &e : table.entries) {
                if (e.row != r || e.cellId.isEmpty()) continue;
                const CellDef *def = t.cell(e.cellId);
                if (def->type == CellType::Signed && !previous.isEmpty() && t.cell(previous)->type == CellType::Count)
                    links << PriorYearLink{previous, e.cellId};
                previous = e.cellId;
            }
        }
    }
    return links;
}

void AmbiguityResolver::resolve(const ReportTemplate &t, QList<RowRead> &rows, const ReportData *lastYear,
                                QList<ImportDecision> &decisions)
{
    QList<int> ambiguous;
    QHash<QString, qint64> known;
    QHash<QString, QPair<int, int>> owner; // cell → (row, position) of an ambiguous row
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].readings.size() > 1) {
            ambiguous << i;
            for (int k = 0; k < rows[i].cellIds.size(); ++k) owner.insert(rows[i].cellIds[k], {i, k});
        } else if (rows[i].readings.size() == 1) {
            for (int k = 0; k < rows[i].cellIds.size(); ++k) known.insert(rows[i].cellIds[k], numberOf(rows[i].readings[0][k]));
        }
    }
    if (ambiguous.isEmpty()) return;
    QList<int> before(rows.size(), 0);
    for (int i : ambiguous) before[i] = int(rows[i].readings.size());
    QSet<int> byLastYear;

    // Last year's report fixes this year's prior-year count where last year's figures are certain.
    if (lastYear && lastYear->format) {
        for (const PriorYearLink &link : priorYearLinks(t)) {
            const auto it = owner.constFind(link.prior);
            if (it == owner.cend()) continue;
            const CellValue &prior = lastYear->cell(link.prior);
            const CellValue &change = lastYear->cell(link.change);
            if (prior.state != CellValue::State::Value || change.state != CellValue::State::Value) continue;
            const qint64 expected = prior.value.number + change.value.number;
            RowRead &row = rows[it->first];
            QList<Reading> kept;
            for (const Reading &r : std::as_const(row.readings))
                if (r[it->second] && r[it->second]->number == expected) kept << r;
            if (!kept.isEmpty() && kept.size() < row.readings.size()) {
                row.readings = kept;
                byLastYear.insert(it->first);
            }
        }
    }

    // The table's identities, as the checker evaluates them. They decide only in a table none of whose
    // identities fails among its certain cells: a table that is wrong elsewhere may be wrong here too.
    QList<Equation> equations;
    QSet<QString> untrusted, confirmed, certainCells;
    for (const Rule::Derivation &d : CheckEngine::derivations(t)) {
        Equation eq;
        eq.terms << qMakePair(d.cell, 1);
        for (const QString &c : d.plus) eq.terms << qMakePair(c, -1);
        for (const QString &c : d.minus) eq.terms << qMakePair(c, 1);
        for (const auto &[cell, coefficient] : std::as_const(eq.terms)) {
            const auto it = owner.constFind(cell);
            if (it == owner.cend()) eq.constant += coefficient * known.value(cell, 0);
            else if (!eq.groups.contains(it->first)) eq.groups << it->first;
        }
        const QString table = t.cell(d.cell)->tableId;
        if (eq.groups.isEmpty()) certainCells.insert(table);
        if (eq.groups.isEmpty() && eq.constant != 0) untrusted.insert(table);
        if (eq.groups.isEmpty() && eq.constant == 0)
            for (const auto &term : std::as_const(eq.terms))
                if (known.value(term.first, 0) != 0) confirmed.insert(table);
        if (!eq.groups.isEmpty()) equations << eq;
    }
    // A table whose sums are not kept may be wrong in the ambiguous rows too, and then a wrong reading can fit
    // the sums by chance: the identities decide only in a table whose certain cells show that its sums are
    // kept (a non-trivial identity holds among them) and where none fails.
    // A table none of whose identities can be evaluated on certain cells alone (a single flattened row, as
    // section 四 often is) gives no such evidence either way: there the sums decide only when exactly one
    // reading of the whole table satisfies all of them.
    QSet<QString> blind;
    for (qsizetype e = equations.size() - 1; e >= 0; --e) {
        const QString table = t.cell(equations[e].terms.first().first)->tableId;
        if (!certainCells.contains(table) && !untrusted.contains(table)) {
            blind.insert(table);
            continue;
        }
        if (untrusted.contains(table) || !confirmed.contains(table)) equations.removeAt(e);
    }
    auto isBlind = [&](const Equation &eq) { return blind.contains(t.cell(eq.terms.first().first)->tableId); };

    QSet<int> byIdentity;
    // Identities within one row (its total = Σ six columns) first: they narrow each row on its own.
    for (const Equation &eq : std::as_const(equations)) {
        if (eq.groups.size() != 1 || isBlind(eq)) continue;
        const int g = eq.groups.first();
        QList<Reading> kept;
        for (const Reading &r : std::as_const(rows[g].readings)) {
            qint64 sum = eq.constant;
            for (const auto &[cell, coefficient] : eq.terms)
                if (const auto it = owner.constFind(cell); it != owner.cend()) sum += coefficient * numberOf(r[it->second]);
            if (sum == 0) kept << r;
        }
        if (!kept.isEmpty() && kept.size() < rows[g].readings.size()) {
            rows[g].readings = kept;
            byIdentity.insert(g);
        }
    }
    QList<int> parent(rows.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (const Equation &eq : std::as_const(equations))
        for (int g : eq.groups) parent[find(parent, g)] = find(parent, eq.groups.first());
    QHash<int, QList<int>> components;
    for (int i : std::as_const(ambiguous)) components[find(parent, i)] << i;
    for (const QList<int> &groups : std::as_const(components)) {
        QList<Equation> own;
        bool blindComponent = false;
        for (const Equation &eq : std::as_const(equations)) {
            if (!groups.contains(eq.groups.first())) continue;
            if (isBlind(eq)) blindComponent = true;
            if (eq.groups.size() > 1 || isBlind(eq)) own << eq;
        }
        if (own.isEmpty()) continue;
        ComponentSearch search(rows, groups, own, owner);
        if (!search.run() || search.solutions() == 0 || (blindComponent && search.solutions() != 1)) continue;
        for (int g : groups) {
            if (search.survivors(g).size() == rows[g].readings.size()) continue;
            QList<Reading> kept;
            for (int r = 0; r < rows[g].readings.size(); ++r)
                if (search.survivors(g).contains(r)) kept << rows[g].readings[r];
            rows[g].readings = kept;
            byIdentity.insert(g);
        }
    }

    for (int i : std::as_const(ambiguous)) {
        RowRead &row = rows[i];
        ImportDecision d;
        d.line = row.line;
        d.cells = row.cellIds;
        const QString why = byIdentity.contains(i) && byLastYear.contains(i)
            ? ImportText::tr("the only one for which the table's sums hold and that agrees with last year's report")
            : byIdentity.contains(i) ? ImportText::tr("the only one for which the table's sums hold")
                                     : ImportText::tr("the only one that agrees with last year's report");
        if (row.readings.size() > kMaxOffered) {
            // Too many readings to offer a clerk: the cells stay blank and the row is named.
            d.kind = ImportDecision::Kind::UnreadableValue;
            d.needsReview = true;
            d.message = ImportText::tr("line %1: %2: “%3” can be split into values in %4 ways, too many to offer; the cells are left blank")
                            .arg(row.line).arg(row.rowName, row.sourceText).arg(row.readings.size());
            row.readings = {Reading(row.cellIds.size())};
        } else if (row.readings.size() == 1) {
            d.kind = byIdentity.contains(i) ? ImportDecision::Kind::ResolvedByIdentity : ImportDecision::Kind::ResolvedByLastYear;
            d.message = ImportText::tr("line %1: %2: “%3” splits %4 ways; read as %5, %6")
                            .arg(row.line).arg(row.rowName, row.sourceText).arg(before[i])
                            .arg(RowReader::joinValues(row.readings.first(), row.specs), why);
        } else {
            d.kind = ImportDecision::Kind::Ambiguous;
            d.needsReview = true;
            d.message = ImportText::tr("line %1: %2: “%3” can be read %4 ways: %5; the cells that differ are marked for confirmation")
                            .arg(row.line).arg(row.rowName, row.sourceText).arg(row.readings.size()).arg(readingsText(row));
        }
        decisions << d;
    }
}

} // namespace nianbao::import
