// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/outputguard.h"

#include "cli/console.h"
#include "files/safesave.h"

#include <QFile>
#include <QFileInfo>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

namespace nianbao::cli {

bool sameFile(const QString &a, const QString &b)
{
#ifndef Q_OS_WIN
    struct stat sa {}, sb {};
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    const QString ca = QFileInfo(a).canonicalFilePath(), cb = QFileInfo(b).canonicalFilePath();
    return !ca.isEmpty() && ca == cb;
}

QString outputIsAnInput(const QString &output, const QStringList &inputs)
{
    for (const QString &input : inputs)
        if (!input.isEmpty() && sameFile(output, input))
            return Cli::tr("%1: the output is the input %2; choose another output file").arg(output, input);
    return QString();
}

QString outputExists(const QString &output, bool force)
{
    if (force || !QFileInfo::exists(output)) return QString();
    return Cli::tr("%1 exists; add --force to replace it (the previous version is then kept as %2)")
        .arg(output, SafeSave::backupPathFor(output));
}

} // namespace nianbao::cli
