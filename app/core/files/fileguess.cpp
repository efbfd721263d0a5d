// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/fileguess.h"

#include "files/reportfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace nianbao {

FileGuess::Kind FileGuess::classify(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) return Kind::Missing;
    if (!info.isFile()) return Kind::Unreadable; // a device or a FIFO could block or never end
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return Kind::Unreadable;
    const QByteArray bytes = file.read(ReportFile::kMaxFileSize + 1);
    QByteArray head = bytes.left(64);
    if (head.startsWith("\xEF\xBB\xBF")) head.remove(0, 3);
    if (!head.trimmed().startsWith('{')) return Kind::NotJson;
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError ? Kind::Report : Kind::Damaged;
}

} // namespace nianbao
