// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The list of recovery files that editors wrote and have not removed (kept in the settings), so the next start
// finds those beside their documents. Several editors change it at once: every read-modify-write happens under
// a lock file beside the settings, and re-reads the settings inside it, so no editor's entry is lost.

#include <QStringList>

namespace nianbao {

class RecoveryRegistry
{
public:
    static QStringList files();
    static void add(const QString &recoveryPath);
    static void remove(const QString &recoveryPath);
};

} // namespace nianbao
