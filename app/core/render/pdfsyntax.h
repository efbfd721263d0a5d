// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pieces of PDF syntax (PDF 1.7 §7.3) the export writes: numbers, names, text strings, streams.

#include <QByteArray>
#include <QString>
#include <initializer_list>

namespace nianbao {

namespace PdfSyntax {

// A number with at most two decimals, never in exponent form ("12.5", "-3", "0.07").
void appendNumber(QByteArray &out, double value);
// Numbers separated by single spaces ("1 0 0 -1 72 700"), the operands of one operator.
void appendNumbers(QByteArray &out, std::initializer_list<double> values);
QByteArray number(double value);
// Four hexadecimal digits, capitals.
QByteArray hex16(quint16 value);
void appendHex16(QByteArray &out, quint16 value);
// A name's characters (without the slash): letters, digits and -_.+ kept, anything else as #XX.
QByteArray nameToken(const QByteArray &name);
// "<FEFF…>": a text string in UTF-16BE, right for any character.
QByteArray textString(const QString &text);

// Deflate: libdeflate's level 1, which beats zlib's level 6 in size at a fifth of its time (issue 18, the fonts of
// a 10-page report: 304 KB → 196 KB in 2.3 ms; zlib: 190 KB in 11.8 ms at level 6, 205 KB in 6.2 ms at level 1).
enum Compression { Deflate, Plain };
// "<< /Length … >>\nstream\n…\nendstream", deflated unless told otherwise; `entries` go into the dictionary.
QByteArray stream(const QByteArray &data, const QByteArray &entries = {}, Compression compression = Deflate);

} // namespace PdfSyntax

} // namespace nianbao
