// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/zipentry.h"

#include <QBuffer>
#include <QCoreApplication>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace nianbao::import {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

} // namespace

std::optional<QByteArray> ZipEntry::read(const QByteArray &archive, const QString &name, QString *error)
{
    QByteArray copy = archive; // QBuffer wants a mutable array; the copy is shared until written
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = ImportText::tr("not a valid Word (.docx) file: the ZIP package cannot be opened");
        return std::nullopt;
    }
    if (!zip.setCurrentFile(name)) {
        *error = ImportText::tr("not a valid Word (.docx) file: it has no %1").arg(name);
        return std::nullopt;
    }
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info) || info.uncompressedSize > quint64(kMaxEntrySize)) {
        *error = ImportText::tr("%1 in the package is larger than %2 MB").arg(name).arg(kMaxEntrySize / (1024 * 1024));
        return std::nullopt;
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportText::tr("%1 in the package cannot be read").arg(name);
        return std::nullopt;
    }
    // The header's size may lie: never read more than the limit.
    QByteArray data = file.read(kMaxEntrySize + 1);
    file.close();
    if (data.size() > kMaxEntrySize || file.getZipError() != UNZ_OK) {
        *error = ImportText::tr("%1 in the package is damaged or too large").arg(name);
        return std::nullopt;
    }
    return data;
}

} // namespace nianbao::import
