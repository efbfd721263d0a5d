// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One entry of a ZIP package (a .docx) read through QuaZip, with a size limit against archives that unpack
// into gigabytes.

#include <QByteArray>
#include <QString>
#include <optional>

namespace nianbao::import {

class ZipEntry
{
public:
    static constexpr qint64 kMaxEntrySize = 64 * 1024 * 1024;
    // The entry's bytes, or nullopt with *error saying why (not a ZIP file, no such entry, too large).
    static std::optional<QByteArray> read(const QByteArray &archive, const QString &name, QString *error);
};

} // namespace nianbao::import
