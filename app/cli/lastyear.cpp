// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/lastyear.h"

#include "cli/console.h"
#include "cli/outputguard.h"
#include "files/reportfile.h"
#include "yearly/crossyear.h"
#include "yearly/lastyearlink.h"

namespace nianbao::cli {

int runNewFromLastYear(const QString &lastYearFile, const QString &output, bool force)
{
    if (const QString refusal = outputIsAnInput(output, {lastYearFile}); !refusal.isEmpty()) return fail(refusal);
    if (const QString refusal = outputExists(output, force); !refusal.isEmpty()) return fail(refusal);
    QString error;
    const std::optional<ReportData> last = loadAnyReport(lastYearFile, &error);
    if (!last) return fail(error);
    if (last->meta.year <= 0) return fail(Cli::tr("%1: the report has no year; set it before starting the next one").arg(lastYearFile));
    NewFromLastYear next = newFromLastYear(*last);
    if (!LastYearLink::link(next.report, output, lastYearFile, &error)) return fail(error);
    const SaveOutcome saved = ReportFile::save(next.report, output, SaveOptions{force});
    if (!saved.ok) return fail(saved.error);
    out() << Cli::tr("%1: %2 report for %3 (%4), started from %5").arg(output, next.report.format->id).arg(next.report.meta.year)
                 .arg(next.report.meta.organ, lastYearFile) << '\n';
    for (const QString &note : std::as_const(next.notes)) out() << "  " << note << '\n';
    if (!next.report.draftSections.isEmpty())
        out() << "  " << Cli::tr("Last year's text is kept as a draft in %n section(s); rewrite it for this year.", nullptr, int(next.report.draftSections.size())) << '\n';
    out().flush();
    return 0;
}

} // namespace nianbao::cli
