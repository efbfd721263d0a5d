// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/consolidatecommand.h"

#include "cli/console.h"
#include "consolidation/consolidation.h"
#include "consolidation/consolidationreport.h"
#include "files/reportfile.h"
#include "files/safesave.h"
#include "yearly/lastyearlink.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::cli {

namespace {

struct ConsolidateOptions {
    QStringList children;
    QString unitsFile;
    QString organ;
    QString output;
    QString reportFile;
    QString compareFile;
    bool json = false;
};

QString usageLine()
{
    return Cli::tr("usage: nianbao consolidate CHILD... [--units UNITS.csv] --organ NAME -o PARENT.nianbao [--report OUT.html|OUT.csv]\n"
                   "   or: nianbao consolidate CHILD... --compare PARENT.nianbao [--json]");
}

bool parseOptions(const QStringList &args, ConsolidateOptions *o, QString *error)
{
    const QHash<QString, QString *> valued = {{QStringLiteral("--units"), &o->unitsFile}, {QStringLiteral("--organ"), &o->organ},
                                              {QStringLiteral("-o"), &o->output}, {QStringLiteral("--report"), &o->reportFile},
                                              {QStringLiteral("--compare"), &o->compareFile}};
    QStringList given;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (valued.contains(a)) {
            if (i + 1 >= args.size()) {
                *error = Cli::tr("%1 needs a value").arg(a);
                return false;
            }
            *valued.value(a) = args[++i];
        } else if (a == QLatin1String("--json")) {
            o->json = true;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            *error = Cli::tr("unknown option %1").arg(a);
            return false;
        } else {
            given << a;
        }
    }
    o->children = Consolidation::expandFolders(given);
    o->organ = o->organ.trimmed();
    if (o->children.isEmpty()) *error = usageLine();
    else if (o->compareFile.isEmpty() && (o->organ.isEmpty() || o->output.isEmpty()))
        *error = Cli::tr("--organ NAME and -o PARENT.nianbao are required (or --compare PARENT.nianbao)");
    else if (!o->compareFile.isEmpty() && !o->output.isEmpty())
        *error = Cli::tr("--compare checks an existing parent report; it writes none (-o)");
    else if (o->json && o->compareFile.isEmpty())
        *error = Cli::tr("--json goes with --compare");
    else if (!o->reportFile.isEmpty() && !QStringList{QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("htm")}
                                              .contains(QFileInfo(o->reportFile).suffix().toLower()))
        *error = Cli::tr("--report writes .csv or .html, not %1").arg(o->reportFile);
    return error->isEmpty();
}

bool writeReport(const QString &path, const Consolidation &c, const QList<CellComparison> &cells, QString *error)
{
    if (path.isEmpty()) return true;
    const bool csv = QFileInfo(path).suffix().toLower() == QLatin1String("csv");
    return SafeSave::write(path, csv ? ConsolidationReport::toCsv(c, cells) : ConsolidationReport::toHtml(c, cells), error);
}

// What a person must act on, on stderr/stdout: who could not be read, is missing, twice, unexpected or copying.
void printFindings(const Consolidation &c)
{
    for (const UnreadableChild &u : c.set.unreadable) err() << "nianbao: " << u.error << '\n';
    for (const QString &d : c.formatDifferences) err() << "nianbao: " << d << '\n';
    if (!c.units.missing.isEmpty())
        out() << Cli::tr("Missing (%n unit(s)): %1", nullptr, int(c.units.missing.size())).arg(c.units.missingNames().join(QStringLiteral("、"))) << '\n';
    for (const DuplicatedUnit &d : c.units.duplicated)
        out() << Cli::tr("Duplicated: %1 (%2)").arg(d.organ, d.paths.join(QStringLiteral(", "))) << '\n';
    for (int i : c.units.unexpected)
        out() << Cli::tr("Not in the units list: %1 (%2)").arg(c.set.children[i].report.meta.organ, c.set.children[i].path) << '\n';
    for (const RepeatedProse &r : c.repetition)
        out() << Cli::tr("Repeated prose: %1 shares %2% of its text with %3")
                     .arg(c.set.children[r.unit].report.meta.organ).arg(r.percent).arg(c.set.children[r.other].report.meta.organ)
              << '\n';
    for (const ChildReport &child : c.set.children)
        if (child.counts.errors > 0)
            out() << Cli::tr("%1: %n error(s)", nullptr, child.counts.errors).arg(child.path) << '\n';
}

QJsonValue jsonValue(const CellDef &def, std::optional<qint64> v, const QString &text)
{
    if (!v) return QJsonValue::Null;
    return def.type == CellType::Money ? QJsonValue(text) : QJsonValue(double(*v));
}

QJsonObject comparisonJson(const Consolidation &c, const QString &parentPath, const QList<CellComparison> &cells)
{
    QJsonArray list;
    for (const CellComparison &cell : cells) {
        const CellDef &def = *c.format->cell(cell.cellId);
        list << QJsonObject{{QStringLiteral("cell"), cell.cellId},
                            {QStringLiteral("label"), c.format->cellLabel(cell.cellId)},
                            {QStringLiteral("additivity"), additivityId(cell.additivity)},
                            {QStringLiteral("parent"), jsonValue(def, cell.parent, cell.parentText)},
                            {QStringLiteral("sum"), jsonValue(def, cell.sum, cell.sumText)},
                            {QStringLiteral("delta"), jsonValue(def, cell.delta, def.type == CellType::Money ? cell.deltaText : QString())},
                            {QStringLiteral("differs"), cell.differs}};
    }
    QJsonArray children, missing;
    for (const ChildReport &child : c.set.children) children << child.path;
    for (const QString &name : c.units.missingNames()) missing << name;
    return {{QStringLiteral("parent"), parentPath}, {QStringLiteral("format"), c.format->id}, {QStringLiteral("year"), c.year},
            {QStringLiteral("children"), children}, {QStringLiteral("missing"), missing}, {QStringLiteral("cells"), list}};
}

int compare(const ConsolidateOptions &o, const Consolidation &c)
{
    QString error;
    const std::optional<ReportData> parent = loadAnyReport(o.compareFile, &error);
    if (!parent) return fail(error);
    if (parent->format->id != c.format->id || parent->meta.year != c.year)
        return fail(Cli::tr("%1: %2 %3, but the children are %4 %5")
                        .arg(o.compareFile, parent->format->id).arg(parent->meta.year).arg(c.format->id).arg(c.year));
    const QList<CellComparison> cells = compareWithSums(*parent, c.sums);
    if (!writeReport(o.reportFile, c, cells, &error)) return fail(error);
    bool failed = false;
    for (const CellComparison &cell : cells) failed = failed || differenceIsError(cell);
    if (o.json) {
        out() << QJsonDocument(comparisonJson(c, o.compareFile, cells)).toJson(QJsonDocument::Indented);
    } else {
        printFindings(c);
        int differing = 0;
        for (const CellComparison &cell : cells) {
            if (!cell.differs) continue;
            ++differing;
            out() << "  " << additivityId(cell.additivity).leftJustified(12) << c.format->cellLabel(cell.cellId) << ": "
                  << Cli::tr("parent %1, sum %2, difference %3").arg(cell.parentText.isEmpty() ? QStringLiteral("—") : cell.parentText, cell.sumText, cell.deltaText)
                  << '\n';
        }
        out() << Cli::tr("%1: %n cell(s) differ from the sum of %2 reports", nullptr, differing).arg(o.compareFile).arg(c.set.children.size()) << '\n';
    }
    out().flush();
    return failed ? 1 : 0;
}

} // namespace

int runConsolidate(const QStringList &args)
{
    ConsolidateOptions o;
    QString error;
    if (!parseOptions(args, &o, &error)) return fail(error);
    std::optional<UnitList> units;
    if (!o.unitsFile.isEmpty()) {
        units = UnitList::load(o.unitsFile, &error);
        if (!units) return fail(error);
    }
    const Consolidation c = Consolidation::run(o.children, units ? &*units : nullptr);
    if (!c.canSum() || !c.set.unreadable.isEmpty()) {
        // Nothing is summed from an incomplete or mixed set; the report still says who is what.
        printFindings(c);
        if (!writeReport(o.reportFile, c, {}, &error)) return fail(error);
        if (!c.formatDifferences.isEmpty()) return fail(Cli::tr("the reports are not all of one format and year; nothing consolidated"));
        return fail(Cli::tr("%n report(s) could not be read; nothing consolidated", nullptr, int(c.set.unreadable.size())));
    }
    if (!o.compareFile.isEmpty()) return compare(o, c);

    ReportData parent = c.rollUp(o.organ);
    parent.meta.consolidatedFrom = Consolidation::childNames(parent.meta.consolidatedFrom, o.output);
    if (!ReportFile::save(parent, o.output, &error)) return fail(error);
    if (!writeReport(o.reportFile, c, compareWithSums(parent, c.sums), &error)) return fail(error);
    printFindings(c);
    out() << Cli::tr("%1: the sum of %n report(s)", nullptr, int(c.set.children.size())).arg(o.output) << '\n';
    out().flush();
    return c.anyChildHasErrors() ? 1 : 0;
}

} // namespace nianbao::cli
