// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pieces of PDF syntax (PDF 1.7 §7.3) the export writes: numbers, names, text strings, streams.

#include <QByteArray>
#include <QString>

namespace nianbao {

namespace PdfSyntax {

// A number with at most two decimals, never in exponent form ("12.5", "-3", "0.07").
void appendNumber(QByteArray &out, double value);
QByteArray number(double value);
// Four hexadecimal digits, capitals.
QByteArray hex16(quint16 value);
void appendHex16(QByteArray &out, quint16 value);
// A name's characters (without the slash): letters, digits and -_.+ kept, anything else as #XX.
QByteArray nameToken(const QByteArray &name);
// "<FEFF…>": a text string in UTF-16BE, right for any character.
QByteArray textString(const QString &text);

// Speed over the last few per cent of size (issue 18, measured on a 10-page report): Deflate is zlib's level 1,
// for page contents (87 KB → 17 KB in a fifth of level 6's time, which gives 13 KB). HuffmanOnly does not look for
// repeats, for font programs, whose outlines compress badly anyway (309 KB → 194 KB at level 6, 209 KB at level 1,
// 232 KB Huffman only, in a quarter of level 6's time).
enum Compression { Deflate, HuffmanOnly, Plain };
// "<< /Length … >>\nstream\n…\nendstream", deflated unless told otherwise; `entries` go into the dictionary.
QByteArray stream(const QByteArray &data, const QByteArray &entries = {}, Compression compression = Deflate);

} // namespace PdfSyntax

} // namespace nianbao
