// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Bytes of a text file → text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, detected.

#include <QByteArray>
#include <QString>

namespace nianbao::import {

struct DecodedText {
    QString text;      // with "\n" line ends only
    QString encoding;  // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"
    QString error;     // non-empty when the bytes are not text
    bool ok() const { return error.isEmpty(); }
};

class TextDecoder
{
public:
    // Reports saved by Chinese office software are UTF-8 or GBK; GB18030 is the superset of GBK, so valid UTF-8
    // is read as UTF-8 and anything else as GB18030. Binary data (NUL bytes) is refused.
    static DecodedText decode(const QByteArray &bytes);
};

} // namespace nianbao::import
