// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "checks/rules.h"
#include "cli/checkcommand.h"
#include "cli/consolidatecommand.h"
#include "cli/console.h"
#include "cli/exportsteps.h"
#include "cli/importcommand.h"
#include "cli/lastyear.h"
#include "cli/outputguard.h"
#include "export/htmlexport.h"
#include "export/docxexport.h"
#include "export/odtexport.h"
#include "export/textexport.h"
#include "files/reportfile.h"
#include "files/safesave.h"
#include "model/newreport.h"
#include "render/pdfexport.h"
#include "yearly/lastyearlink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace nianbao::cli {

namespace {

const QStringList kVerbs = {QStringLiteral("new"), QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("set"),
                            QStringLiteral("import"), QStringLiteral("consolidate")};

// The help text on `stream`: stdout for --help, stderr after a mistyped command.
int usage(QTextStream &stream = out())
{
    // GNU layout ("Usage:", "   or:", then option lists): help2man builds the man page from it.
    stream << Cli::tr("Usage: nianbao [FILE]\n"
                "   or: nianbao new --year YEAR --organ NAME [OPTION]... -o FILE [--force]\n"
                "   or: nianbao new --from LAST.nianbao|LAST.txt -o FILE [--force]\n"
                "   or: nianbao check [OPTION]... FILE...\n"
                "   or: nianbao import IN.txt|.docx|.doc|.wps|.html|.pdf [--last-year FILE] -o OUT.nianbao [--force]\n"
                "   or: nianbao export FILE -o OUT.pdf|OUT.odt|OUT.docx|OUT.html|OUT.txt\n"
                "   or: nianbao export FILE... --outdir DIR [--format pdf|odt|docx|html|txt]\n"
                "   or: nianbao set FILE CELL=VALUE...\n"
                "   or: nianbao consolidate CHILD... --organ NAME -o PARENT.nianbao [OPTION]...\n"
                "   or: nianbao consolidate CHILD... --compare PARENT.nianbao [--json]\n"
                "Without a command, open the editor (on FILE).\n"
                "\n"
                "nianbao new: start a report\n"
                "  --format gov-2019|gov-2021     the national format (default: the year's)\n"
                "  --level government|department\n"
                "  --tier national|province|city|county|township\n"
                "  --from LAST.nianbao|LAST.txt   start this year's report from last year's\n"
                "  --force                        replace an existing FILE (kept as FILE.bak)\n"
                "\n"
                "nianbao check: check reports (.nianbao, or .txt imported first);\n"
                "exit 0 ok, 1 errors found, 2 unreadable\n"
                "  --json                         print the findings as JSON\n"
                "  --last-year FILE               compare with last year's report\n"
                "  --deadline YYYY-MM-DD          the publication deadline, if the report has none\n"
                "  --summary OUT.csv|OUT.html     one line per report instead of the findings\n"
                "\n"
                "nianbao import: read a published report (text, Word, web page or PDF); prints\n"
                "every decision;\n"
                "exit 0 ok, 1 values to confirm or missing/extra values, 2 not a report\n"
                "  --last-year FILE               last year's report, to decide ambiguous figures\n"
                "  --force                        replace an existing OUT.nianbao (kept as .bak)\n"
                "\n"
                "nianbao export: write a PDF (GB/T 9704 layout), an editable ODT or Word file, a web\n"
                "page (HTML) or the standard text layout, by the output's extension\n"
                "  --outdir DIR                   export every FILE into DIR, in one run\n"
                "  --format pdf|odt|docx|html|txt the format with --outdir (default: pdf)\n"
                "\n"
                "nianbao set: fill cells (an empty VALUE makes the cell blank)\n"
                "\n"
                "nianbao consolidate: add up the reports of a government's units (a folder stands\n"
                "for its reports); exit 0 ok, 1 a report has errors, 2 a report could not be read\n"
                "or formats and years differ\n"
                "  --units UNITS.csv              who must report (name, level, optional code)\n"
                "  --organ NAME                   the organ of the roll-up report\n"
                "  --report OUT.html|OUT.csv      one row per unit, then parent against the sum\n"
                "  --compare PARENT.nianbao       check a parent report against the sum of its\n"
                "                                 children; exit 1 when a cell of section 3 or 4 differs\n"
                "  --json                         with --compare: print every cell as JSON\n"
                "\n"
                "  --help                         print this help\n"
                "  --version                      print the version\n");
    stream.flush();
    return 0;
}

// Edit distance (insertions, deletions, substitutions), for the nearest verb to a mistyped one.
int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j) row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// "chek" is neither a verb nor a file: say so, name the nearest verb when one is close, show the usage.
int unknownCommand(const QString &word)
{
    QString nearest;
    int best = 3; // farther than two edits is no typo of a four-to-six-letter verb
    for (const QString &verb : kVerbs) {
        const int d = editDistance(word.toLower(), verb);
        if (d < best) best = d, nearest = verb;
    }
    const QString message = nearest.isEmpty()
        ? Cli::tr("%1: no such command or file").arg(word)
        : Cli::tr("%1: no such command or file; did you mean \"%2\"?").arg(word, nearest);
    fail(message);
    usage(err());
    return 2;
}

// Options of the form "--name value"; positional arguments in order.
struct Arguments {
    QHash<QString, QString> options;
    QStringList flags;
    QStringList positional;
    QString error;
};

Arguments parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    Arguments a;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (valueOptions.contains(arg)) {
            if (i + 1 >= args.size()) {
                a.error = Cli::tr("%1 needs a value").arg(arg);
                return a;
            }
            a.options.insert(arg, args[++i]);
        } else if (flagOptions.contains(arg)) {
            a.flags << arg;
        } else if (arg.startsWith(QLatin1String("--")) || (arg.startsWith(QLatin1Char('-')) && arg.size() == 2)) {
            a.error = Cli::tr("unknown option %1").arg(arg);
            return a;
        } else {
            a.positional << arg;
        }
    }
    return a;
}

int runNew(const QStringList &args)
{
    const Arguments a = parse(args, {QStringLiteral("--format"), QStringLiteral("--year"), QStringLiteral("--organ"),
                                     QStringLiteral("--level"), QStringLiteral("--tier"), QStringLiteral("-o"),
                                     QStringLiteral("--from")}, {QStringLiteral("--force")});
    if (!a.error.isEmpty()) return fail(a.error);
    const bool force = a.flags.contains(QStringLiteral("--force"));
    if (a.options.contains(QStringLiteral("--from"))) {
        if (!a.options.contains(QStringLiteral("-o"))) return fail(Cli::tr("-o FILE is required"));
        return runNewFromLastYear(a.options.value(QStringLiteral("--from")), a.options.value(QStringLiteral("-o")), force);
    }
    bool ok = false;
    const int year = a.options.value(QStringLiteral("--year")).toInt(&ok);
    if (!ok || year < 2019 || year > 2100) return fail(Cli::tr("--year must be a report year (2019 or later)"));
    const QString organ = a.options.value(QStringLiteral("--organ")).trimmed();
    if (organ.isEmpty()) return fail(Cli::tr("--organ is required"));
    const QString output = a.options.value(QStringLiteral("-o"));
    if (output.isEmpty()) return fail(Cli::tr("-o FILE is required"));
    if (const QString refusal = outputExists(output, force); !refusal.isEmpty()) return fail(refusal);
    const QString formatId = a.options.value(QStringLiteral("--format"), TemplateRegistry::idForYear(year));
    const TemplatePtr format = TemplateRegistry::get(formatId);
    if (!format) return fail(Cli::tr("unknown format %1 (known: %2)").arg(formatId, TemplateRegistry::ids().join(QStringLiteral(", "))));
    ReportData report = newReport(format, organ, year);
    if (a.options.contains(QStringLiteral("--level"))) {
        report.meta.level = organLevelFromId(a.options.value(QStringLiteral("--level")), &ok);
        if (!ok || report.meta.level == OrganLevel::Unknown) return fail(Cli::tr("--level must be government or department"));
    }
    if (a.options.contains(QStringLiteral("--tier"))) {
        report.meta.tier = organTierFromId(a.options.value(QStringLiteral("--tier")), &ok);
        if (!ok || report.meta.tier == OrganTier::Unknown) return fail(Cli::tr("--tier must be national, province, city, county or township"));
    }
    const SaveOutcome saved = ReportFile::save(report, output, SaveOptions{force});
    if (!saved.ok) return fail(saved.error);
    return 0;
}

int runSet(const QStringList &args)
{
    const Arguments a = parse(args, {}, {});
    if (!a.error.isEmpty()) return fail(a.error);
    if (a.positional.size() < 2) return fail(Cli::tr("usage: nianbao set FILE CELL=VALUE..."));
    const QString path = a.positional.first();
    QString error;
    std::optional<ReportData> report = ReportFile::load(path, &error);
    if (!report) return fail(error);
    QStringList problems;
    for (const QString &assignment : a.positional.mid(1)) {
        const int eq = assignment.indexOf(QLatin1Char('='));
        const QString id = assignment.left(eq);
        const CellDef *def = eq > 0 ? report->format->cell(id) : nullptr;
        if (eq <= 0) {
            problems << Cli::tr("%1: expected CELL=VALUE").arg(assignment);
            continue;
        }
        if (!def) {
            problems << Cli::tr("%1: no such cell in format %2").arg(id, report->format->id);
            continue;
        }
        const ParsedValue parsed = parseCellText(assignment.mid(eq + 1), def->type, def->unit, def->fixedUnit);
        if (parsed.kind == ParsedValue::Kind::Invalid) {
            problems << Cli::tr("%1 (%2): \"%3\": %4").arg(id, report->format->cellLabel(id), assignment.mid(eq + 1), parsed.error);
            continue;
        }
        CellValue value = parsed.kind == ParsedValue::Kind::Blank ? CellValue::blank() : CellValue::of(parsed.value);
        if (value.isBlank() && def->type == CellType::Money) value.value.unit = def->unit;
        report->setCell(id, value);
    }
    // All or nothing: a single bad value leaves the file untouched.
    if (!problems.isEmpty()) return fail(Cli::tr("%1: nothing changed:\n  %2").arg(path, problems.join(QStringLiteral("\n  "))));
    if (!ReportFile::save(*report, path, &error)) return fail(error);
    return 0;
}

bool writeText(const ReportData &report, const QString &output, QString *error)
{
    return SafeSave::write(output, TextExport::toUtf8(report), error);
}

const QStringList kExportSuffixes = {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("docx"), QStringLiteral("html"), QStringLiteral("txt")};

// Formats whose writer measures text with the installed fonts (and so needs a QGuiApplication).
bool exportNeedsFonts(const QString &suffix)
{
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("odt") || suffix == QLatin1String("docx");
}

// Writes one report in the format of the output's suffix and says what was written. False after printing why not.
// listFonts: whether to list the faces used (a batch lists them once: they are the same for every report).
bool exportOne(const QString &input, const QString &output, const QString &suffix, bool listFonts = true)
{
    const ReportToExport read = readForExport(input);
    sayRead(read);
    if (!read.report) return false;
    const ReportData &report = *read.report;
    QString error;
    if (suffix == QLatin1String("pdf")) {
        RenderResult result;
        return sayPdfExport(PdfExport::write(report, output, &result), output, result, listFonts);
    } else if (suffix == QLatin1String("odt") || suffix == QLatin1String("docx")) {
        QStringList fonts;
        const bool ok = suffix == QLatin1String("odt") ? OdtExport::write(report, output, &error, &fonts)
                                                        : DocxExport::write(report, output, &error, &fonts);
        if (!ok) {
            fail(error);
            return false;
        }
        out() << printable(output) << '\n';
        if (listFonts) printFonts(Cli::tr("Fonts named in the document:"), fonts);
    } else {
        const bool ok = suffix == QLatin1String("html") ? HtmlExport::write(report, output, &error)
                                                         : writeText(report, output, &error);
        if (!ok) {
            fail(error);
            return false;
        }
        out() << printable(output) << '\n';
    }
    out().flush();
    return true;
}

// export FILE... --outdir DIR [--format F]: many reports in one process (a supervising office prints 60 at once),
// so start-up and the font lookup are paid once. Every output name is decided before anything is written: two
// reports that would land on one file, or an output that would replace its own input, are refused up front.
int runExportMany(const QStringList &inputs, const QString &outdir, const QString &format)
{
    const QString suffix = format.toLower();
    if (!kExportSuffixes.contains(suffix))
        return fail(Cli::tr("--format %1: not a known format (known: %2)").arg(format, kExportSuffixes.join(QStringLiteral(", "))));
    if (!QDir().mkpath(outdir)) return fail(Cli::tr("%1: cannot create the folder").arg(outdir));
    const QDir dir(outdir);
    QHash<QString, QString> inputOf; // output (canonical folder + name) → input
    QStringList outputs;
    for (const QString &input : inputs) {
        const QString output = dir.filePath(QFileInfo(input).completeBaseName() + QLatin1Char('.') + suffix);
        const QString key = QFileInfo(dir.canonicalPath()).filePath() + QLatin1Char('/') + QFileInfo(output).fileName();
        if (inputOf.contains(key))
            return fail(Cli::tr("%1 and %2 would both be written to %3: export them to different folders")
                            .arg(inputOf.value(key), input, output));
        if (const QString refusal = outputIsAnInput(output, inputs); !refusal.isEmpty()) return fail(refusal);
        inputOf.insert(key, input);
        outputs << output;
    }
    int written = 0;
    if (suffix == QLatin1String("pdf")) {
        written = exportPdfBatch(inputs, outputs); // on every core
    } else {
        for (int i = 0; i < inputs.size(); ++i)
            if (exportOne(inputs.at(i), outputs.at(i), suffix, written == 0)) ++written;
    }
    out() << printable(Cli::tr("%1 of %n report(s) exported to %2", nullptr, int(inputs.size())).arg(written).arg(outdir)) << '\n';
    out().flush();
    return written == inputs.size() ? 0 : 2;
}

int runExport(const QStringList &args)
{
    const Arguments a = parse(args, {QStringLiteral("-o"), QStringLiteral("--outdir"), QStringLiteral("--format")}, {});
    if (!a.error.isEmpty()) return fail(a.error);
    if (a.options.contains(QStringLiteral("--outdir")) && !a.options.contains(QStringLiteral("-o")) && !a.positional.isEmpty())
        return runExportMany(a.positional, a.options.value(QStringLiteral("--outdir")),
                             a.options.value(QStringLiteral("--format"), QStringLiteral("pdf")));
    if (a.positional.size() != 1 || !a.options.contains(QStringLiteral("-o")) || a.options.contains(QStringLiteral("--format")))
        return fail(Cli::tr("usage: nianbao export FILE -o OUT.pdf|.odt|.docx|.html|.txt\n"
                            "   or: nianbao export FILE... --outdir DIR [--format pdf|odt|docx|html|txt]"));
    const QString output = a.options.value(QStringLiteral("-o"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (const QString refusal = outputIsAnInput(output, a.positional); !refusal.isEmpty()) return fail(refusal);
    if (!kExportSuffixes.contains(suffix))
        return fail(Cli::tr("%1: cannot export to \"%2\" (known: .pdf .odt .docx .html .txt)").arg(output, suffix));
    return exportOne(a.positional.first(), output, suffix) ? 0 : 2;
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2) return false;
    const QString first = arguments.at(1);
    if (kVerbs.contains(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version"))
        return true;
    // A word that is no verb and no file is a mistyped verb: answering it with a window would, in a script or
    // without a display, never return. Options (-platform …) stay the editor's.
    return !first.startsWith(QLatin1Char('-')) && !QFileInfo::exists(first);
}

bool needsGui(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) != QLatin1String("export")) return false;
    const auto valueOf = [&arguments](const QString &option) {
        const qsizetype i = arguments.indexOf(option);
        return i > 0 && i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
    };
    if (arguments.contains(QStringLiteral("-o"))) return exportNeedsFonts(QFileInfo(valueOf(QStringLiteral("-o"))).suffix().toLower());
    if (arguments.contains(QStringLiteral("--outdir")))
        return exportNeedsFonts(arguments.contains(QStringLiteral("--format")) ? valueOf(QStringLiteral("--format")).toLower()
                                                                               : QStringLiteral("pdf"));
    return false;
}

int run(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) return usage();
    if (verb == QLatin1String("--version")) {
        out() << appVersionString() << '\n'
              << Cli::tr("License %1: GNU GPL version 3 or later <https://www.gnu.org/licenses/gpl-3.0.html>.\n"
                         "This is free software: you are free to change and redistribute it.\n"
                         "There is NO WARRANTY, to the extent permitted by law.")
                     .arg(appLicenseId())
              << '\n';
        out().flush();
        return 0;
    }
    if (verb == QLatin1String("new")) return runNew(rest);
    if (verb == QLatin1String("check")) return runCheck(rest);
    if (verb == QLatin1String("set")) return runSet(rest);
    if (verb == QLatin1String("export")) return runExport(rest);
    if (verb == QLatin1String("import")) return runImport(rest);
    if (verb == QLatin1String("consolidate")) return runConsolidate(rest);
    return unknownCommand(verb);
}

} // namespace nianbao::cli
