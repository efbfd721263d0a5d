// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/recoveryregistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QThread>
#include <cstdio>
#include <functional>

namespace nianbao {

namespace {

const QString kKey = QStringLiteral("recovery/files");

// Runs `change` on the list as it is on disk now, and writes it back, while no other editor can.
void update(const std::function<bool(QStringList &)> &change)
{
    QSettings settings;
    QDir().mkpath(QFileInfo(settings.fileName()).absolutePath());
    QLockFile lock(settings.fileName() + QStringLiteral(".recovery-list.lock"));
    lock.setStaleLockTime(0); // only a dead holder makes it stale
    // Held for milliseconds at a time, so polled often (QLockFile's own wait backs off to seconds, and lost its
    // turn to other editors for over 5 s in a test with six of them). A holder that hangs must not freeze this
    // editor: after a generous wait, go on unlocked (at worst the race this lock is for, never a lost document).
    QElapsedTimer waited;
    waited.start();
    bool locked = lock.tryLock(0);
    while (!locked && lock.error() == QLockFile::LockFailedError && waited.elapsed() < 60000) {
        QThread::msleep(2 + QRandomGenerator::global()->bounded(8));
        locked = lock.tryLock(0);
    }
    if (!locked) std::fprintf(stderr, "nianbao: the list of recovery files is updated without its lock\n");
    settings.sync(); // what the other editors wrote since this one read the settings
    QStringList files = settings.value(kKey).toStringList();
    if (change(files)) {
        if (files.isEmpty()) settings.remove(kKey);
        else settings.setValue(kKey, files);
        settings.sync(); // the editor may be killed any moment now
    }
    if (locked) lock.unlock();
}

} // namespace

QStringList RecoveryRegistry::files()
{
    QSettings settings;
    settings.sync();
    return settings.value(kKey).toStringList();
}

void RecoveryRegistry::add(const QString &recoveryPath)
{
    update([&](QStringList &files) {
        if (files.contains(recoveryPath)) return false;
        files << recoveryPath;
        return true;
    });
}

void RecoveryRegistry::remove(const QString &recoveryPath)
{
    update([&](QStringList &files) { return files.removeAll(recoveryPath) > 0; });
}

} // namespace nianbao
