// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/programmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace nianbao {

QString ProgramModule::programDirectory()
{
    if (QCoreApplication::instance()) return QCoreApplication::applicationDirPath();
    // No application object (the editor not started yet, a fuzzer, a test without one): the running executable's folder.
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
}

QStringList ProgramModule::candidates(const char *variable, const QString &fileName)
{
    const QString named = qEnvironmentVariable(variable);
    if (!named.isEmpty()) return {named};
    const QDir program(programDirectory());
    QStringList out{program.filePath(fileName)};
    const QString installed = QDir::cleanPath(program.filePath(QStringLiteral(NIANBAO_MODULE_RELDIR) + QLatin1Char('/') + fileName));
    if (!out.contains(installed)) out << installed;
    return out;
}

} // namespace nianbao
