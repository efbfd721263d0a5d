// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A minimal ZIP writer for OpenDocument packages: entries in the order added, deflated (or stored), no
// encryption, no ZIP64 (a report is far below 4 GB). Qt has no public ZIP API.

#include <QByteArray>
#include <QList>
#include <QString>

namespace nianbao {

class ZipWriter
{
public:
    enum class Method { Store, Deflate };
    void add(const QString &name, const QByteArray &data, Method method = Method::Deflate);
    QByteArray finish() const; // the whole archive

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry {
        QByteArray name;
        QByteArray data; // as stored in the archive
        quint32 crc = 0;
        quint32 size = 0;
        quint16 method = 0;
    };
    QList<Entry> m_entries;
};

} // namespace nianbao
