// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/formatdetector.h"

#include <QSet>

namespace nianbao::import {

namespace {

QSet<QString> labelsOf(const ReportTemplate &t)
{
    QSet<QString> out;
    for (const TableDef &table : t.tables)
        for (const GridEntry &e : table.entries)
            if (!e.text.isEmpty()) out.insert(SourceText::canonical(e.text));
    return out;
}

} // namespace

QStringList FormatDetector::distinctiveLabels(const ReportTemplate &t)
{
    const QSet<QString> own = labelsOf(t);
    QSet<QString> others;
    for (const QString &id : TemplateRegistry::ids())
        if (id != t.id) others.unite(labelsOf(*TemplateRegistry::get(id)));
    QStringList out;
    for (const QString &label : own) {
        bool distinct = !others.contains(label);
        for (auto it = others.cbegin(); distinct && it != others.cend(); ++it) distinct = !it->contains(label);
        if (distinct) out << label;
    }
    out.sort();
    return out;
}

FormatGuess FormatDetector::detect(const LabelFinder &finder, int from, int to, int year)
{
    FormatGuess best;
    QList<FormatGuess> guesses;
    for (const QString &id : TemplateRegistry::ids()) {
        FormatGuess g;
        g.format = TemplateRegistry::get(id);
        for (const QString &label : distinctiveLabels(*g.format))
            if (finder.findCanonical(label, from, to).valid()) ++g.labelsFound;
        guesses << g;
    }
    for (const FormatGuess &g : guesses) {
        int others = 0;
        for (const FormatGuess &o : guesses)
            if (o.format != g.format) others = qMax(others, o.labelsFound);
        if (!best.format || g.labelsFound > best.labelsFound) {
            best = g;
            best.otherLabels = others;
        }
    }
    if (best.labelsFound == best.otherLabels) { // no label decides: the format of the report year
        best.format = TemplateRegistry::get(year > 0 ? TemplateRegistry::idForYear(year) : TemplateRegistry::ids().last());
        best.byYear = true;
        for (const FormatGuess &g : guesses)
            if (g.format == best.format) best.labelsFound = g.labelsFound;
    }
    return best;
}

} // namespace nianbao::import
