// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdfsyntax.h"

#include <QtEndian>
#include <cmath>
#include <zlib.h>

namespace nianbao::PdfSyntax {

void appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) value = 0;
    long long hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    out += QByteArray::number(hundredths / 100);
    const int fraction = int(hundredths % 100);
    if (fraction == 0) return;
    out += '.';
    out += char('0' + fraction / 10);
    if (fraction % 10) out += char('0' + fraction % 10);
}

QByteArray number(double value)
{
    QByteArray out;
    appendNumber(out, value);
    return out;
}

void appendHex16(QByteArray &out, quint16 value)
{
    static const char digits[] = "0123456789ABCDEF";
    const char hex[4] = {digits[value >> 12], digits[(value >> 8) & 15], digits[(value >> 4) & 15], digits[value & 15]};
    out.append(hex, 4);
}

QByteArray hex16(quint16 value)
{
    QByteArray out;
    appendHex16(out, value);
    return out;
}

QByteArray nameToken(const QByteArray &name)
{
    QByteArray out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '-' || c == '_'
            || c == '.' || c == '+')
            out += c;
        else
            out += '#' + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
    }
    return out;
}

QByteArray textString(const QString &text)
{
    QByteArray out = "<FEFF";
    for (QChar c : text) out += hex16(c.unicode());
    return out + '>';
}

QByteArray deflated(const QByteArray &data, Compression compression)
{
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, 15, 8,
                     compression == HuffmanOnly ? Z_HUFFMAN_ONLY : Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int status = deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return status == Z_STREAM_END ? out : QByteArray();
}

QByteArray stream(const QByteArray &data, const QByteArray &entries, Compression compression)
{
    QByteArray body = compression == Plain ? data : deflated(data, compression);
    if (body.isEmpty() && !data.isEmpty()) { // zlib out of memory: the stream is written as it is
        body = data;
        compression = Plain;
    }
    QByteArray out = "<< /Length " + QByteArray::number(body.size());
    if (compression != Plain) out += " /Filter /FlateDecode";
    if (!entries.isEmpty()) out += ' ' + entries;
    out += " >>\nstream\n";
    out += body;
    out += "\nendstream";
    return out;
}

} // namespace nianbao::PdfSyntax
