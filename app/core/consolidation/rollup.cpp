// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/rollup.h"

#include <algorithm>

namespace nianbao {

namespace {

QString phrase(const ReportTemplate &t, const QString &key, int n, const QStringList &units = {})
{
    return t.phrase(key).replace(QStringLiteral("{n}"), QString::number(n)).replace(QStringLiteral("{units}"), units.join(QStringLiteral("、")));
}

QString shown(const CellDef &def, qint64 value, bool signedDelta = false)
{
    if (def.type == CellType::Money) {
        const QString text = formatQuantity(moneyInUnit(value, def.unit), CellType::Money);
        return signedDelta && value > 0 ? QLatin1Char('+') + text : text;
    }
    return formatQuantity(Quantity{value, MoneyUnit::None, 0}, signedDelta ? CellType::Signed : def.type);
}

int urgency(const CellComparison &c)
{
    return c.differs ? int(c.additivity) : -1;
}

} // namespace

ChildSums ChildSums::of(const TemplatePtr &format, const QList<ChildReport> &children)
{
    ChildSums s;
    s.format = format;
    const qsizetype n = format->cellIds().size();
    s.sum.fill(0, n);
    s.filled.fill(0, n);
    s.unconfirmed.fill(0, n);
    for (const ChildReport &child : children) {
        const ReportData &r = child.report;
        if (r.format->id != format->id) continue; // refused before; never mix cell ids of two formats
        for (qsizetype i = 0; i < n; ++i) {
            const CellValue &v = r.cells[i];
            if (v.isBlank()) continue;
            s.sum[i] += v.value.number;
            ++s.filled[i];
            if (v.state == CellValue::State::Unconfirmed) ++s.unconfirmed[i];
        }
    }
    return s;
}

ReportData rollUp(const ChildSums &sums, const QString &organ, int year, const RollUpNotes &notes)
{
    const ReportTemplate &t = *sums.format;
    ReportData r = ReportData::create(sums.format);
    r.meta.organ = organ;
    r.meta.year = year;
    inferLevelAndTier(organ, &r.meta.level, &r.meta.tier);
    for (int i = 0; i < t.cellIds().size(); ++i) {
        if (!sums.adds(i) || sums.filled[i] == 0) continue;
        const CellDef &def = t.cellAt(i);
        r.cells[i] = CellValue::of(def.type == CellType::Money ? moneyInUnit(sums.sum[i], def.unit)
                                                              : Quantity{sums.sum[i], MoneyUnit::None, 0});
        // A sum resting on a reading nobody confirmed is itself to be confirmed (CELL-UNCONFIRMED says so).
        if (sums.unconfirmed[i] > 0) {
            r.cells[i].state = CellValue::State::Unconfirmed;
            r.cells[i].candidates = {r.cells[i].value};
        }
    }
    QStringList lines{phrase(t, QStringLiteral("consolidatedFrom"), notes.children)};
    if (!notes.missingUnits.isEmpty())
        lines << phrase(t, QStringLiteral("consolidationMissing"), notes.missingUnits.size(), notes.missingUnits);
    if (!notes.duplicatedUnits.isEmpty())
        lines << phrase(t, QStringLiteral("consolidationDuplicate"), notes.duplicatedUnits.size(), notes.duplicatedUnits);
    // The last prose section is the format's "other matters to report" (六): where a report states how it was made.
    for (auto s = t.sections.crbegin(); s != t.sections.crend(); ++s) {
        if (s->kind != SectionKind::Prose) continue;
        r.prose.insert(s->key, lines.join(QLatin1Char('\n')));
        break;
    }
    return r;
}

QList<CellComparison> compareWithSums(const ReportData &parent, const ChildSums &sums)
{
    const ReportTemplate &t = *sums.format;
    QList<CellComparison> out;
    for (int i = 0; i < t.cellIds().size(); ++i) {
        if (!sums.adds(i)) continue;
        const CellDef &def = t.cellAt(i);
        const int p = parent.format->cellIndex(def.id);
        CellComparison c;
        c.cellId = def.id;
        c.additivity = def.additivity;
        if (p >= 0 && !parent.cells[p].isBlank()) c.parent = parent.cells[p].value.number;
        c.sum = sums.sum[i];
        c.delta = c.parent.value_or(0) - c.sum;
        c.differs = c.delta != 0;
        c.parentText = c.parent ? shown(def, *c.parent) : QString();
        c.sumText = shown(def, c.sum);
        c.deltaText = c.differs ? shown(def, c.delta, true) : QString();
        out << c;
    }
    std::stable_sort(out.begin(), out.end(), [](const CellComparison &a, const CellComparison &b) { return urgency(a) > urgency(b); });
    return out;
}

} // namespace nianbao
