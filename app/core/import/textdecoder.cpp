// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace nianbao::import {

namespace {

QString normaliseLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

DecodedText decodeWith(QStringDecoder::Encoding encoding, const QByteArray &bytes, const char *name)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    DecodedText d;
    d.text = normaliseLineEnds(decoder(bytes));
    d.encoding = QString::fromLatin1(name);
    if (decoder.hasError())
        d.error = QCoreApplication::translate("nianbao::import", "The text is not valid %1.").arg(d.encoding);
    return d;
}

} // namespace

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) return decodeWith(QStringDecoder::Utf8, bytes.mid(3), "UTF-8");
    if (bytes.startsWith("\xFF\xFE")) return decodeWith(QStringDecoder::Utf16LE, bytes.mid(2), "UTF-16LE");
    if (bytes.startsWith("\xFE\xFF")) return decodeWith(QStringDecoder::Utf16BE, bytes.mid(2), "UTF-16BE");

    DecodedText result;
    if (bytes.contains('\0')) {
        result.error = QCoreApplication::translate("nianbao::import",
                                                   "This is not a text file (it contains binary data).");
        return result;
    }
    DecodedText utf8 = decodeWith(QStringDecoder::Utf8, bytes, "UTF-8");
    if (utf8.ok()) return utf8;

    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb.isValid()) {
        result.error = QCoreApplication::translate("nianbao::import",
                                                   "The text is not UTF-8 and this system cannot read GB18030.");
        return result;
    }
    result.text = normaliseLineEnds(gb(bytes));
    result.encoding = QStringLiteral("GB18030");
    if (gb.hasError())
        result.error = QCoreApplication::translate("nianbao::import",
                                                   "The text is neither UTF-8 nor GB18030 (GBK): cannot read it.");
    return result;
}

} // namespace nianbao::import
