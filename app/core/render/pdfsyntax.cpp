// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdfsyntax.h"

#include <QtEndian>
#include <cmath>
#include <cstring>
#include <memory>
#include <libdeflate.h>

namespace nianbao::PdfSyntax {

namespace {

// Appends a few bytes. QByteArray::append(const char *, qsizetype) goes through the general insert(), about 150
// instructions for the 3–8 bytes of a number; a page of text appends ten thousand of them (issue 18).
inline void appendBytes(QByteArray &out, const char *bytes, qsizetype count)
{
    const qsizetype at = out.size();
    out.resize(at + count);
    std::memcpy(out.data() + at, bytes, size_t(count));
}

} // namespace

void appendNumber(QByteArray &out, double value)
{
    // Written backwards into a buffer and appended once: a page of text has thousands of these.
    if (!std::isfinite(value)) value = 0;
    long long hundredths = std::llround(value * 100);
    const bool negative = hundredths < 0;
    unsigned long long rest = negative ? 0ULL - static_cast<unsigned long long>(hundredths) : static_cast<unsigned long long>(hundredths);
    char buffer[32];
    char *end = buffer + sizeof buffer;
    char *p = end;
    const int fraction = int(rest % 100);
    rest /= 100;
    if (fraction != 0) {
        if (fraction % 10) *--p = char('0' + fraction % 10);
        *--p = char('0' + fraction / 10);
        *--p = '.';
    }
    do {
        *--p = char('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);
    if (negative) *--p = '-';
    appendBytes(out, p, end - p);
}

void appendNumbers(QByteArray &out, std::initializer_list<double> values)
{
    bool first = true;
    for (double value : values) {
        if (!first) out += ' ';
        appendNumber(out, value);
        first = false;
    }
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
    appendBytes(out, hex, 4);
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

QByteArray deflated(const QByteArray &data)
{
    // One compressor a thread (a compressor is not shared between threads): allocating one costs more than
    // compressing a page.
    thread_local const std::unique_ptr<libdeflate_compressor, void (*)(libdeflate_compressor *)> compressor(
        libdeflate_alloc_compressor(1), libdeflate_free_compressor);
    if (!compressor) return {};
    QByteArray out(qsizetype(libdeflate_zlib_compress_bound(compressor.get(), size_t(data.size()))), Qt::Uninitialized);
    const size_t written = libdeflate_zlib_compress(compressor.get(), data.constData(), size_t(data.size()), out.data(),
                                                    size_t(out.size()));
    out.truncate(qsizetype(written));
    return out;
}

QByteArray stream(const QByteArray &data, const QByteArray &entries, Compression compression)
{
    QByteArray body = compression == Plain ? data : deflated(data);
    if (body.isEmpty() && !data.isEmpty()) { // out of memory: the stream is written as it is
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
