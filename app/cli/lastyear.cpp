#include "lastyear.h"

#include "checkcommand.h"
#include "console.h"
#include "crossyear.h"
#include "reportfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace nianbao::cli {

namespace {

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

bool LastYearLink::link(ReportData &report, const QString &reportFile, const QString &lastYearFile, QString *error)
{
    const QString sha = sha256Of(lastYearFile);
    if (sha.isEmpty()) {
        *error = Cli::tr("%1: cannot read").arg(lastYearFile);
        return false;
    }
    const QDir folder = QFileInfo(reportFile).absoluteDir();
    report.meta.lastYearPath = folder.relativeFilePath(QFileInfo(lastYearFile).absoluteFilePath());
    report.meta.lastYearSha256 = sha;
    return true;
}

std::optional<ReportData> LastYearLink::resolve(const ReportData &report, const QString &reportFile, QString *note)
{
    const QString path = QFileInfo(reportFile).absoluteDir().filePath(report.meta.lastYearPath);
    if (!QFileInfo::exists(path)) {
        *note = Cli::tr("%1: last year's report %2 is not there; the cross-year checks are skipped").arg(reportFile, path);
        return std::nullopt;
    }
    if (!report.meta.lastYearSha256.isEmpty() && sha256Of(path) != report.meta.lastYearSha256)
        *note = Cli::tr("%1: last year's report %2 has changed since it was linked").arg(reportFile, path);
    QString error;
    std::optional<ReportData> last = loadReport(path, &error);
    if (!last) *note = error;
    return last;
}

int runNewFromLastYear(const QString &lastYearFile, const QString &output)
{
    QString error;
    const std::optional<ReportData> last = loadReport(lastYearFile, &error);
    if (!last) return fail(error);
    if (last->meta.year <= 0) return fail(Cli::tr("%1: the report has no year; set it before starting the next one").arg(lastYearFile));
    NewFromLastYear next = newFromLastYear(*last);
    if (!LastYearLink::link(next.report, output, lastYearFile, &error)) return fail(error);
    if (!ReportFile::save(next.report, output, &error)) return fail(error);
    out() << Cli::tr("%1: %2 report for %3 (%4), started from %5").arg(output, next.report.format->id).arg(next.report.meta.year)
                 .arg(next.report.meta.organ, lastYearFile) << '\n';
    for (const QString &note : std::as_const(next.notes)) out() << "  " << note << '\n';
    if (!next.report.draftSections.isEmpty())
        out() << "  " << Cli::tr("Last year's text is kept as a draft in %n section(s); rewrite it for this year.", nullptr, int(next.report.draftSections.size())) << '\n';
    out().flush();
    return 0;
}

} // namespace nianbao::cli
