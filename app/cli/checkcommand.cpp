// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/checkcommand.h"

#include "checks/rules.h"
#include "cli/console.h"
#include "cli/outputguard.h"
#include "export/batchsummary.h"
#include "files/reportfile.h"
#include "files/safesave.h"
#include "import/reportimporter.h"
#include "yearly/lastyearlink.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nianbao::cli {

namespace {

struct CheckOptions {
    bool json = false;
    QString lastYearFile;
    QString summaryFile;
    QDate deadline;
    QStringList files;
};

bool parseOptions(const QStringList &args, CheckOptions *o, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool takesValue = a == QLatin1String("--last-year") || a == QLatin1String("--summary") || a == QLatin1String("--deadline");
        if (takesValue && i + 1 >= args.size()) {
            *error = Cli::tr("%1 needs a value").arg(a);
            return false;
        }
        if (a == QLatin1String("--json")) o->json = true;
        else if (a == QLatin1String("--last-year")) o->lastYearFile = args[++i];
        else if (a == QLatin1String("--summary")) o->summaryFile = args[++i];
        else if (a == QLatin1String("--deadline")) {
            o->deadline = QDate::fromString(args[++i], Qt::ISODate);
            if (!o->deadline.isValid()) {
                *error = Cli::tr("--deadline must be a date like 2024-01-20");
                return false;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            *error = Cli::tr("unknown option %1").arg(a);
            return false;
        } else o->files << a;
    }
    if (o->files.isEmpty()) {
        *error = Cli::tr("usage: nianbao check [--json] [--last-year FILE] [--deadline DATE] [--summary OUT.csv|OUT.html] FILE...");
        return false;
    }
    const QString suffix = QFileInfo(o->summaryFile).suffix().toLower();
    if (!o->summaryFile.isEmpty() && suffix != QLatin1String("csv") && suffix != QLatin1String("html") && suffix != QLatin1String("htm")) {
        *error = Cli::tr("--summary writes .csv or .html, not %1").arg(o->summaryFile);
        return false;
    }
    if (!o->summaryFile.isEmpty()) {
        *error = outputIsAnInput(o->summaryFile, o->files + QStringList{o->lastYearFile});
        if (!error->isEmpty()) return false;
    }
    return true;
}

int unconfirmedCells(const ReportData &r)
{
    int n = 0;
    for (const CellValue &c : r.cells) n += c.state == CellValue::State::Unconfirmed ? 1 : 0;
    return n;
}

} // namespace

int runCheck(const QStringList &args)
{
    CheckOptions options;
    QString error;
    if (!parseOptions(args, &options, &error)) return fail(error);

    std::optional<ReportData> givenLastYear;
    if (!options.lastYearFile.isEmpty()) {
        givenLastYear = loadAnyReport(options.lastYearFile, &error);
        if (!givenLastYear) return fail(error);
    }

    bool unreadable = false, anyError = false;
    QJsonArray results;
    QList<SummaryRow> summary;
    for (const QString &path : std::as_const(options.files)) {
        std::optional<ReportData> report = loadAnyReport(path, &error);
        if (!report) {
            unreadable = true;
            err() << "nianbao: " << printable(error) << '\n';
            if (options.json) results << QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("error"), error}};
            summary << SummaryRow{path, {}, 0, {}, 0, 0, 0, {}, error};
            continue;
        }
        if (options.deadline.isValid() && !report->meta.deadline.isValid()) report->meta.deadline = options.deadline;
        std::optional<ReportData> linked;
        if (!givenLastYear && !report->meta.lastYearPath.isEmpty()) {
            QString note;
            linked = LastYearLink::resolve(*report, path, &note);
            if (!note.isEmpty()) err() << "nianbao: " << printable(note) << '\n';
        }
        const ReportData *lastYear = givenLastYear ? &*givenLastYear : linked ? &*linked : nullptr;
        const QList<Finding> findings = CheckEngine::run(*report, lastYear);
        const FindingCounts counts = countFindings(findings);
        anyError = anyError || counts.errors > 0;
        summary << SummaryRow{path, report->meta.organ, report->meta.year, report->format->id, counts.errors,
                              counts.warnings, unconfirmedCells(*report), firstMessages(findings), {}};
        if (options.json) {
            QJsonArray list;
            for (const Finding &f : findings) list << f.toJson();
            results << QJsonObject{{QStringLiteral("file"), path},
                                   {QStringLiteral("format"), report->format->id},
                                   {QStringLiteral("findings"), list}};
            continue;
        }
        if (!options.summaryFile.isEmpty()) continue; // the summary replaces the per-finding listing
        out() << printable(path) << ": " << report->format->id << ", " << Cli::tr("%n error(s)", nullptr, counts.errors) << ", "
              << Cli::tr("%n warning(s)", nullptr, counts.warnings) << ", " << Cli::tr("%n info(s)", nullptr, counts.infos) << '\n';
        for (const Finding &f : findings)
            out() << "  " << severityId(f.severity).leftJustified(8) << f.rule.leftJustified(17) << printable(f.message) << '\n';
    }
    if (options.json) out() << QJsonDocument(results).toJson(QJsonDocument::Indented);
    if (!options.summaryFile.isEmpty()) {
        const QString suffix = QFileInfo(options.summaryFile).suffix().toLower();
        const QByteArray bytes = suffix == QLatin1String("csv") ? BatchSummary::toCsv(summary) : BatchSummary::toHtml(summary);
        const SaveOutcome saved = SafeSave::write(options.summaryFile, bytes);
        if (!saved.ok) return fail(saved.error);
        if (!options.json)
            out() << Cli::tr("%1: %2 reports summarised").arg(options.summaryFile).arg(summary.size()) << '\n';
    }
    out().flush();
    err().flush();
    return unreadable ? 2 : anyError ? 1 : 0;
}

} // namespace nianbao::cli
