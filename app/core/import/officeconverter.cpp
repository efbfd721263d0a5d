// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/officeconverter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace nianbao::import {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

} // namespace

QString OfficeConverter::program()
{
    const QString override = qEnvironmentVariable("NIANBAO_SOFFICE"); // another LibreOffice build, or none ("")
    if (qEnvironmentVariableIsSet("NIANBAO_SOFFICE")) return override.isEmpty() ? QString() : QStandardPaths::findExecutable(override);
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty()) return found;
    }
    return {};
}

std::optional<QByteArray> OfficeConverter::toDocx(const QString &path, QString *error, int timeLimitMs)
{
    const QString soffice = program();
    if (soffice.isEmpty()) {
        *error = ImportText::tr("a .doc or .wps file is read through LibreOffice, which is not installed: install it "
                                "(Debian: sudo apt install libreoffice-writer-nogui), or open the file in WPS or Word "
                                "and save it as .docx");
        return std::nullopt;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = ImportText::tr("no temporary folder for the conversion: %1").arg(dir.errorString());
        return std::nullopt;
    }
    // A profile of its own: a running LibreOffice of the user would otherwise take the job, or lock it.
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(soffice, {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                            QStringLiteral("--norestore"), QStringLiteral("--convert-to"), QStringLiteral("docx:MS Word 2007 XML"),
                            QStringLiteral("--outdir"), dir.filePath(QStringLiteral("out")), QFileInfo(path).absoluteFilePath()});
    if (!process.waitForStarted(10000)) {
        *error = ImportText::tr("LibreOffice (%1) cannot be started: %2").arg(soffice, process.errorString());
        return std::nullopt;
    }
    if (!process.waitForFinished(timeLimitMs)) {
        process.kill();
        process.waitForFinished(5000);
        *error = ImportText::tr("LibreOffice did not convert the file within %1 seconds; open it in WPS or Word and "
                                "save it as .docx").arg(timeLimitMs / 1000);
        return std::nullopt;
    }
    QFile out(QDir(dir.filePath(QStringLiteral("out"))).filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".docx")));
    if (!out.open(QIODevice::ReadOnly)) {
        *error = ImportText::tr("LibreOffice could not convert the file (%1); open it in WPS or Word and save it as .docx")
                     .arg(QString::fromLocal8Bit(process.readAll()).simplified().left(300));
        return std::nullopt;
    }
    return out.readAll();
}

} // namespace nianbao::import
