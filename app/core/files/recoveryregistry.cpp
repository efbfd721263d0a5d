// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/recoveryregistry.h"

#include "files/recoveryfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSettings>
#include <QThread>
#include <cstdio>
#include <functional>

namespace nianbao {

namespace {

// Where versions up to 2026-12 kept the list; moved into the list file the first time an editor touches it.
const QString kOldSettingsKey = QStringLiteral("recovery/files");

QStringList readList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (!json.isArray()) {
        // Kept for a person to look at; the untitled recovery files are still found by their folder.
        std::fprintf(stderr, "nianbao: %s is not a list of recovery files (%s); it was kept as .broken\n",
                     qPrintable(QDir::toNativeSeparators(path)), qPrintable(error.errorString()));
        file.close();
        QFile::remove(path + QStringLiteral(".broken"));
        QFile::rename(path, path + QStringLiteral(".broken"));
        return {};
    }
    QStringList files;
    for (const QJsonValue &value : json.array())
        if (value.isString()) files << value.toString();
    return files;
}

bool writeList(const QString &path, const QStringList &files)
{
    if (files.isEmpty()) return QFile::remove(path) || !QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    file.write(QJsonDocument(QJsonArray::fromStringList(files)).toJson(QJsonDocument::Indented));
    return file.commit();
}

// Runs `change` on the list as it is on disk now, and writes it back, while no other editor can.
QStringList update(const std::function<bool(QStringList &)> &change)
{
    const QString path = RecoveryRegistry::listPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QLockFile lock(path + QStringLiteral(".lock"));
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
    QStringList files = readList(path);
    bool changed = false;
    QSettings settings;
    if (settings.contains(kOldSettingsKey)) {
        for (const QString &old : settings.value(kOldSettingsKey).toStringList())
            if (!files.contains(old)) files << old;
        settings.remove(kOldSettingsKey);
        changed = true;
    }
    changed = change(files) || changed;
    if (changed && !writeList(path, files))
        std::fprintf(stderr, "nianbao: cannot write the list of recovery files %s\n", qPrintable(QDir::toNativeSeparators(path)));
    if (locked) lock.unlock();
    return files;
}

} // namespace

QString RecoveryRegistry::listPath()
{
    return QDir(RecoveryFile::untitledFolder()).filePath(QStringLiteral("list.json"));
}

QStringList RecoveryRegistry::files()
{
    return update([](QStringList &) { return false; });
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
