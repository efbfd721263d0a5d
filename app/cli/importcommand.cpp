// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/importcommand.h"

#include "cli/checkcommand.h"
#include "cli/console.h"
#include "cli/outputguard.h"
#include "files/reportfile.h"
#include "import/reportimporter.h"
#include "yearly/lastyearlink.h"

#include <QFileInfo>

namespace nianbao::cli {

int runImport(const QStringList &args)
{
    QString input, output, lastYearPath;
    bool force = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--force")) {
            force = true;
        } else if (a == QLatin1String("-o") || a == QLatin1String("--last-year")) {
            if (i + 1 >= args.size()) return fail(Cli::tr("%1 needs a value").arg(a));
            (a == QLatin1String("-o") ? output : lastYearPath) = args[++i];
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return fail(Cli::tr("unknown option %1").arg(a));
        } else if (input.isEmpty()) {
            input = a;
        } else {
            return fail(Cli::tr("usage: nianbao import IN.txt|.docx|.doc|.wps|.html|.pdf [--last-year FILE] -o OUT.nianbao"));
        }
    }
    if (input.isEmpty() || output.isEmpty()) return fail(Cli::tr("usage: nianbao import IN.txt|.docx|.doc|.wps|.html|.pdf [--last-year FILE] -o OUT.nianbao"));
    if (const QString refusal = outputIsAnInput(output, {input, lastYearPath}); !refusal.isEmpty()) return fail(refusal);
    if (const QString refusal = outputExists(output, force); !refusal.isEmpty()) return fail(refusal);

    std::optional<ReportData> lastYear;
    if (!lastYearPath.isEmpty()) {
        QString error;
        lastYear = loadAnyReport(lastYearPath, &error);
        if (!lastYear) return fail(Cli::tr("--last-year: %1").arg(error));
    }
    import::ImportOptions options;
    options.lastYear = lastYear ? &*lastYear : nullptr;
    options.sourceName = input;
    const import::ImportResult result = import::ReportImporter::importFile(input, options);
    if (result.status == import::ImportResult::Status::NotAReport) return fail(result.error);

    out() << result.reportText();
    out().flush();
    const SaveOutcome saved = ReportFile::save(*result.report, output, SaveOptions{force});
    if (!saved.ok) return fail(saved.error);
    return result.exitCode();
}

} // namespace nianbao::cli
