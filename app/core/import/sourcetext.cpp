// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/sourcetext.h"

#include <algorithm>

namespace nianbao::import {

QChar SourceText::canonicalChar(QChar c)
{
    char16_t u = c.unicode();
    if (c.isSpace() || u == 0x3000 || u == 0x00A0 || u == 0xFEFF || (u >= 0x200B && u <= 0x200D)) return QChar();
    if (u >= 0xFF01 && u <= 0xFF5E) u = char16_t(u - 0xFEE0); // full-width ASCII forms
    switch (u) {
    case '(': return QChar(0xFF08);          // （
    case ')': return QChar(0xFF09);          // ）
    case ':': return QChar(0xFF1A);          // ：
    case ';': return QChar(0xFF1B);          // ；
    case '!': return QChar(0xFF01);
    case '?': return QChar(0xFF1F);
    // Enumeration marks are used interchangeably in published tables: "1." "1．" "1、", "一、" "一，".
    case ',': case '.': case 0x3001: case 0xFF64: return QChar(0xFF0C); // ，
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0x300C: case 0x300D: return QLatin1Char('"');
    case 0x2018: case 0x2019: return QLatin1Char('\'');
    case 0x2014: case 0x2013: case 0x2012: case 0x2015: case 0x2212: return QLatin1Char('-');
    case 0x3014: case 0x3010: return QLatin1Char('['); // 〔 【
    case 0x3015: case 0x3011: return QLatin1Char(']');
    default: break;
    }
    return QChar(u);
}

QString SourceText::canonical(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const QChar k = canonicalChar(c);
        if (!k.isNull()) out += k;
    }
    return out;
}

SourceText::SourceText(QString text) : m_text(std::move(text))
{
    m_lineStarts << 0;
    for (int i = 0; i < m_text.size(); ++i)
        if (m_text.at(i) == QLatin1Char('\n')) m_lineStarts << i + 1;

    m_canon.reserve(m_text.size());
    m_canonToText.reserve(m_text.size());
    m_textToCanon.resize(m_text.size() + 1);
    for (int i = 0; i < m_text.size(); ++i) {
        m_textToCanon[i] = int(m_canon.size());
        const QChar k = canonicalChar(m_text.at(i));
        if (k.isNull()) continue;
        m_canon += k;
        m_canonToText << i;
    }
    m_textToCanon[m_text.size()] = int(m_canon.size());
}

int SourceText::lineOf(int offset) const
{
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return int(it - m_lineStarts.cbegin());
}

int SourceText::lineStart(int line) const
{
    return m_lineStarts.value(qBound(1, line, lineCount()) - 1);
}

int SourceText::lineEnd(int line) const
{
    return line >= lineCount() ? size() : m_lineStarts[line] - 1;
}

int SourceText::canonIndexAtOrAfter(int textOffset) const
{
    return m_textToCanon[qBound(0, textOffset, size())];
}

Span SourceText::textSpan(int canonFrom, int canonTo) const
{
    if (canonFrom < 0 || canonTo <= canonFrom || canonTo > m_canon.size()) return {};
    return {m_canonToText[canonFrom], m_canonToText[canonTo - 1] + 1};
}

} // namespace nianbao::import
