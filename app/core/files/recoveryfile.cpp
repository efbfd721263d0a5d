// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/recoveryfile.h"

#include "files/reportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace nianbao {

namespace {
struct RecoveryText {
    Q_DECLARE_TR_FUNCTIONS(nianbao::RecoveryFile)
};
const QString kOriginal = QStringLiteral("recoveryOf");
const QString kWritten = QStringLiteral("writtenAt");
} // namespace

QString RecoveryFile::untitledFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

QString RecoveryFile::pathFor(const QString &documentPath, int instance)
{
    if (documentPath.isEmpty())
        return QDir(untitledFolder()).filePath(QStringLiteral("untitled-%1.nianbao.recovery").arg(instance));
    const QFileInfo info(documentPath);
    const QString number = instance > 1 ? QStringLiteral(".%1").arg(instance) : QString();
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + number + QStringLiteral(".recovery"));
}

QByteArray RecoveryFile::serialize(const Recovery &recovery)
{
    QJsonObject header;
    header.insert(kOriginal, recovery.originalPath);
    header.insert(kWritten, recovery.writtenAt.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + ReportFile::serialize(recovery.report);
}

std::optional<Recovery> RecoveryFile::parse(const QByteArray &bytes, const QString &name, QString *error)
{
    const qsizetype end = bytes.indexOf('\n');
    const QJsonObject header = QJsonDocument::fromJson(bytes.left(end)).object();
    Recovery recovery;
    recovery.originalPath = header.value(kOriginal).toString();
    recovery.writtenAt = QDateTime::fromString(header.value(kWritten).toString(), Qt::ISODateWithMs);
    if (end < 0 || !header.contains(kOriginal) || !recovery.writtenAt.isValid()) {
        if (error) *error = RecoveryText::tr("%1: not a recovery file").arg(name);
        return std::nullopt;
    }
    std::optional<ReportData> report = ReportFile::parse(bytes.mid(end + 1), name, error);
    if (!report) return std::nullopt;
    recovery.report = std::move(*report);
    return recovery;
}

bool RecoveryFile::write(const Recovery &recovery, const QString &path, QString *error)
{
    return writeBytes(serialize(recovery), path, error);
}

bool RecoveryFile::writeBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) *error = RecoveryText::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<Recovery> RecoveryFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = RecoveryText::tr("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileSize) {
        if (error) *error = RecoveryText::tr("%1: too large for a recovery file").arg(path);
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

} // namespace nianbao
