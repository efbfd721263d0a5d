// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The list of recovery files that editors wrote and have not removed, so the next start finds those beside their
// documents. Kept in its own file (`list.json` in the folder of untitled recovery files), not in the settings:
// QSettings caches what it read per process and may pair one version's contents with a later version's size and
// time, after which it does not read the file again, so an editor's read-modify-write dropped others' entries.
// Several editors change the list at once: every read-modify-write happens under a lock file beside it, reads the
// file itself inside the lock and replaces it atomically, so no editor's entry is lost.

#include <QStringList>

namespace nianbao {

class RecoveryRegistry
{
public:
    static QString listPath();
    static QStringList files();
    static void add(const QString &recoveryPath);
    static void remove(const QString &recoveryPath);
};

} // namespace nianbao
