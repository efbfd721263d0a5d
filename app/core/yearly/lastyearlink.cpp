// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearly/lastyearlink.h"

#include "files/regularfile.h"
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

// Last year's report is a .nianbao file or a published text: the larger of the two readers' limits.
constexpr qint64 kMaxLastYearSize = qMax(ReportFile::kMaxFileSize, import::ReportImporter::kMaxFileSize);

// The fingerprint of the file's bytes, or empty with `problem` set. Read through RegularFile: the size is known
// before a byte is hashed (a 1 GB file is refused at once), and a device or a FIFO is never read.
QString sha256Of(const QString &path, QString *problem = nullptr)
{
    const FileBytes file = RegularFile::read(path, kMaxLastYearSize);
    if (file.problem == FileBytes::Problem::TooLarge) {
        if (problem) *problem = LastYearText::tr("%1: too large for last year's report (%2 MB; the limit is %3 MB)")
                                    .arg(path).arg(RegularFile::megabytes(file.size)).arg(RegularFile::megabytes(kMaxLastYearSize));
        return QString();
    }
    if (!file.ok()) {
        if (problem) *problem = RegularFile::describe(path, file, LastYearText::tr("%1: is a folder, not a report").arg(path));
        return QString();
    }
    return QString::fromLatin1(QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256).toHex());
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
    QString problem;
    const QString sha = sha256Of(lastYearFile, &problem);
    if (sha.isEmpty()) {
        *error = problem;
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
    QString error;
    if (!report.meta.lastYearSha256.isEmpty()) {
        const QString sha = sha256Of(path, &error);
        if (sha.isEmpty()) { // a device, a FIFO or a huge file: never loaded
            *note = error;
            return std::nullopt;
        }
        if (sha != report.meta.lastYearSha256)
            *note = LastYearText::tr("%1: last year's report %2 has changed since it was linked").arg(name, path);
    }
    std::optional<ReportData> last = loadAnyReport(path, &error);
    if (!last) *note = error;
    return last;
}

} // namespace nianbao
