// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/zipwriter.h"

#include <QBuffer>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <zlib.h>

namespace nianbao {

void ZipWriter::add(const QString &name, const QByteArray &data, Method method)
{
    m_entries.append({name, data, method});
}

QByteArray ZipWriter::finish() const
{
    QByteArray archive;
    QBuffer buffer(&archive);
    QuaZip zip(&buffer);
    // UTF-8 names and no data descriptors: LibreOffice and Word accept the plain form best.
    zip.setUtf8Enabled(true);
    zip.setDataDescriptorWritingEnabled(false);
    if (!zip.open(QuaZip::mdCreate)) return {};
    for (const Entry &e : m_entries) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(e.name);
        info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0)); // reproducible output
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const bool store = e.method == Method::Store;
        // A stored entry needs its CRC up front when data descriptors are off.
        if (!file.open(QIODevice::WriteOnly, info, nullptr, store ? crc32(e.data) : 0, store ? 0 : Z_DEFLATED,
                       store ? 0 : Z_DEFAULT_COMPRESSION))
            return {};
        file.write(e.data);
        file.close();
        if (file.getZipError() != ZIP_OK) return {};
    }
    zip.close();
    return zip.getZipError() == ZIP_OK ? archive : QByteArray();
}

quint32 ZipWriter::crc32(const QByteArray &data)
{
    return quint32(::crc32(::crc32(0L, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

} // namespace nianbao
