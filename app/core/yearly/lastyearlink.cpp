// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearly/lastyearlink.h"

#include "files/reportfile.h"
#include "import/reportimporter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace nianbao {

namespace {

class LastYearText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::LastYearLink)
};

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

std::optional<ReportData> loadAnyReport(const QString &path, QString *error)
{
    // A text file is a published report: import it (a text that is not a report "could not be read").
    if (QFileInfo(path).suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) == 0) {
        const import::ImportResult result = import::ReportImporter::importFile(path);
        if (!result.report && error) *error = result.error;
        return result.report;
    }
    return ReportFile::load(path, error);
}

bool LastYearLink::link(ReportData &report, const QString &reportFile, const QString &lastYearFile, QString *error)
{
    const QString sha = sha256Of(lastYearFile);
    if (sha.isEmpty()) {
        *error = LastYearText::tr("%1: cannot read").arg(lastYearFile);
        return false;
    }
    const QString absolute = QFileInfo(lastYearFile).absoluteFilePath();
    report.meta.lastYearPath = reportFile.isEmpty() ? absolute : QFileInfo(reportFile).absoluteDir().relativeFilePath(absolute);
    report.meta.lastYearSha256 = sha;
    return true;
}

QString LastYearLink::linkedPath(const ReportData &report, const QString &reportFile)
{
    if (report.meta.lastYearPath.isEmpty()) return QString();
    const QDir folder = reportFile.isEmpty() ? QDir::current() : QFileInfo(reportFile).absoluteDir();
    return QDir::cleanPath(folder.absoluteFilePath(report.meta.lastYearPath));
}

void LastYearLink::makeAbsolute(ReportData &report, const QString &reportFile)
{
    report.meta.lastYearPath = linkedPath(report, reportFile);
}

ReportData LastYearLink::relativeTo(const ReportData &report, const QString &reportFile)
{
    ReportData out = report;
    if (!report.meta.lastYearPath.isEmpty())
        out.meta.lastYearPath = QFileInfo(reportFile).absoluteDir().relativeFilePath(linkedPath(report, reportFile));
    return out;
}

std::optional<ReportData> LastYearLink::resolve(const ReportData &report, const QString &reportFile, QString *note,
                                                const QString &displayName)
{
    const QString path = linkedPath(report, reportFile);
    const QString name = displayName.isEmpty() ? reportFile : displayName;
    if (!QFileInfo::exists(path)) {
        *note = LastYearText::tr("%1: last year's report %2 is not there; the cross-year checks are skipped").arg(name, path);
        return std::nullopt;
    }
    if (!report.meta.lastYearSha256.isEmpty() && sha256Of(path) != report.meta.lastYearSha256)
        *note = LastYearText::tr("%1: last year's report %2 has changed since it was linked").arg(name, path);
    QString error;
    std::optional<ReportData> last = loadAnyReport(path, &error);
    if (!last) *note = error;
    return last;
}

} // namespace nianbao
