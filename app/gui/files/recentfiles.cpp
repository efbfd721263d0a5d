// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/recentfiles.h"

#include "files/settingsbatch.h"

#include <QFileInfo>

namespace nianbao::gui {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

QStringList RecentFiles::files() const
{
    return SettingsAccess()->value(kKey).toStringList();
}

bool RecentFiles::isAvailable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isReadable();
}

void RecentFiles::removeUnavailable()
{
    QStringList list = files();
    if (list.removeIf([](const QString &f) { return !isAvailable(f); }) > 0) store(list);
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = SettingsAccess()->value(kKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaximum));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = SettingsAccess()->value(kKey).toStringList();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0) store(list);
}

void RecentFiles::store(const QStringList &files)
{
    SettingsAccess()->setValue(kKey, files);
    emit changed();
}

} // namespace nianbao::gui
