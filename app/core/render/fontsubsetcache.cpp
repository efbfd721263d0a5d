// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/fontsubsetcache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <QtEndian>
#include <atomic>
#include <cstdio>
#include <hb.h>
#include <libdeflate.h>

namespace nianbao {

namespace {

// What the entries depend on besides the face and the glyphs: the way nianbao cuts faces (bump it when the options
// or dropped tables in PdfFont change) and the subsetter's version.
const QByteArray kFormat = QByteArrayLiteral("nianbao font subset 1\n");

std::atomic<bool> enabled{true};

QString fileOf(const QByteArray &key)
{
    return QDir(FontSubsetCache::folder()).filePath(QString::fromLatin1(key));
}

quint32 crcOf(const QByteArray &a, const QByteArray &b)
{
    const quint32 crc = libdeflate_crc32(0, a.constData(), size_t(a.size()));
    return libdeflate_crc32(crc, b.constData(), size_t(b.size()));
}

// Keeps the newest kMaxEntries files.
void prune(const QString &folder)
{
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files, QDir::Time);
    for (qsizetype i = FontSubsetCache::kMaxEntries; i < files.size(); ++i) QFile::remove(files.at(i).filePath());
}

} // namespace

void FontSubsetCache::setEnabled(bool on)
{
    enabled = on;
}

QString FontSubsetCache::folder()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return cache.isEmpty() ? QString() : cache + QStringLiteral("/nianbao/subsets");
}

QByteArray FontSubsetCache::keyFor(const QByteArray &faceFile, const QList<quint32> &glyphs)
{
    if (!enabled || faceFile.isEmpty() || folder().isEmpty() || qgetenv("NIANBAO_SUBSET_CACHE") == "off") return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(kFormat);
    hash.addData(hb_version_string());
    hash.addData(QByteArrayView("\n"));
    hash.addData(faceFile);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(glyphs.constData()), glyphs.size() * qsizetype(sizeof(quint32))));
    return hash.result().toHex();
}

std::optional<FontSubsetCache::Entry> FontSubsetCache::load(const QByteArray &key)
{
    if (key.isEmpty()) return std::nullopt;
    QFile file(fileOf(key));
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    const QByteArray bytes = file.readAll();
    // kFormat, the key, a line break, three 32-bit numbers (the two lengths and their CRC-32), the two streams.
    const qsizetype head = kFormat.size() + key.size() + 1;
    if (bytes.size() < head + 12 || !bytes.startsWith(kFormat) || bytes.mid(kFormat.size(), key.size()) != key) return std::nullopt;
    const quint32 programSize = qFromBigEndian<quint32>(bytes.constData() + head);
    const quint32 mapSize = qFromBigEndian<quint32>(bytes.constData() + head + 4);
    const quint32 crc = qFromBigEndian<quint32>(bytes.constData() + head + 8);
    if (bytes.size() != head + 12 + qsizetype(programSize) + qsizetype(mapSize)) return std::nullopt;
    Entry entry{bytes.mid(head + 12, programSize), bytes.mid(head + 12 + programSize, mapSize)};
    if (crcOf(entry.program, entry.cidToGid) != crc) return std::nullopt;
    return entry;
}

void FontSubsetCache::store(const QByteArray &key, const Entry &entry)
{
    if (key.isEmpty() || !QDir().mkpath(folder())) return;
    QByteArray bytes = kFormat + key + '\n';
    char numbers[12];
    qToBigEndian<quint32>(quint32(entry.program.size()), numbers);
    qToBigEndian<quint32>(quint32(entry.cidToGid.size()), numbers + 4);
    qToBigEndian<quint32>(crcOf(entry.program, entry.cidToGid), numbers + 8);
    bytes.append(numbers, 12).append(entry.program).append(entry.cidToGid);
    // Written beside and renamed into place, so a reader sees a whole entry or none; not synced to disk (QSaveFile
    // would): an entry a crash cut short fails its check and is made again.
    const QString target = fileOf(key);
    const QString part = target + QStringLiteral(".%1-%2.part").arg(QCoreApplication::applicationPid()).arg(quintptr(QThread::currentThreadId()));
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        file.remove();
        return;
    }
    file.close();
#ifdef Q_OS_WIN
    QFile::remove(target);
#endif
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(part);
        return;
    }
    prune(folder());
}

} // namespace nianbao
