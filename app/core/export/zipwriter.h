// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing the ZIP packages of office files (ODT, DOCX) through QuaZip: entries in the order added, deflated
// or stored (an ODT's "mimetype" must come first and uncompressed). Qt has no public ZIP API.

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
        QString name;
        QByteArray data;
        Method method = Method::Deflate;
    };
    QList<Entry> m_entries;
};

} // namespace nianbao
