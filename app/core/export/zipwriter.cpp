// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/zipwriter.h"

#include <QtEndian>
#include <array>

namespace nianbao {

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// 1 January 2020, 00:00 in MS-DOS format: a fixed time keeps the output reproducible.
constexpr quint16 kDosTime = 0;
constexpr quint16 kDosDate = ((2020 - 1980) << 9) | (1 << 5) | 1;

} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data) crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void ZipWriter::add(const QString &name, const QByteArray &data, Method method)
{
    Entry e;
    e.name = name.toUtf8();
    e.crc = crc32(data);
    e.size = quint32(data.size());
    if (method == Method::Deflate && !data.isEmpty()) {
        // qCompress gives a 4-byte length, then a zlib stream: a 2-byte header, raw deflate, a 4-byte Adler-32.
        const QByteArray z = qCompress(data, 9);
        e.data = z.mid(6, z.size() - 10);
        e.method = 8;
    } else {
        e.data = data;
        e.method = 0;
    }
    m_entries << e;
}

QByteArray ZipWriter::finish() const
{
    QByteArray out, directory;
    for (const Entry &e : m_entries) {
        const quint32 offset = quint32(out.size());
        auto header = [&e](QByteArray &b, bool central) {
            put32(b, central ? 0x02014b50 : 0x04034b50);
            if (central) put16(b, 20); // made by
            put16(b, 20);              // version needed: 2.0
            put16(b, 0x0800);          // UTF-8 names
            put16(b, e.method);
            put16(b, kDosTime);
            put16(b, kDosDate);
            put32(b, e.crc);
            put32(b, quint32(e.data.size()));
            put32(b, e.size);
            put16(b, quint16(e.name.size()));
            put16(b, 0); // extra field
        };
        header(out, false);
        out += e.name;
        out += e.data;
        header(directory, true);
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += e.name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace nianbao
