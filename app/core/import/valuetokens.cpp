// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/valuetokens.h"

namespace nianbao::import {

namespace {

int digitAt(const QString &s, int i)
{
    if (i < 0 || i >= s.size()) return -1;
    const char16_t u = s.at(i).unicode();
    if (u >= '0' && u <= '9') return u - '0';
    if (u >= 0xFF10 && u <= 0xFF19) return u - 0xFF10;
    return -1;
}

bool isDash(QChar c)
{
    const char16_t u = c.unicode();
    return u == '-' || u == 0x2014 || u == 0x2013 || u == 0x2015 || u == 0xFF0D || u == 0x2500 || u == 0x2010 || u == 0x2212;
}

bool isSlash(QChar c)
{
    const char16_t u = c.unicode();
    return u == '/' || u == 0xFF0F || u == '\\' || u == 0xFF3C;
}

bool isDot(QChar c) { return c == QLatin1Char('.') || c.unicode() == 0xFF0E; }
bool isInlineSpace(QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c.unicode() == 0x3000 || c.unicode() == 0xA0; }

// Words that carry a sign in published tables: "增加 806", "增 78", "减少 3", "减 3".
int signWordLength(const QString &s, int i, QChar *sign)
{
    static const struct { const char16_t *word; int length; char sign; } words[] = {
        {u"增加", 2, '+'}, {u"减少", 2, '-'}, {u"增", 1, '+'}, {u"减", 1, '-'}};
    for (const auto &w : words) {
        if (QStringView(s).mid(i, w.length) != QStringView(w.word, w.length)) continue;
        int j = i + w.length;
        while (j < s.size() && isInlineSpace(s.at(j))) ++j;
        if (digitAt(s, j) >= 0) {
            *sign = QLatin1Char(w.sign);
            return j - i;
        }
    }
    return 0;
}

// A number at i (digits, thousands groups, decimals) and the unit word after it; returns the end offset.
int readNumber(const QString &s, int i, QString *normalised)
{
    int j = i;
    auto digits = [&]() {
        while (digitAt(s, j) >= 0) *normalised += QChar(u'0' + digitAt(s, j++));
    };
    digits();
    // Thousands separators only where they belong: ",ddd" not followed by a further digit.
    while (j + 3 < s.size() + 1 && j < s.size() && (s.at(j) == QLatin1Char(',') || s.at(j).unicode() == 0xFF0C)
           && digitAt(s, j + 1) >= 0 && digitAt(s, j + 2) >= 0 && digitAt(s, j + 3) >= 0 && digitAt(s, j + 4) < 0) {
        ++j;
        digits();
    }
    if (j < s.size() && isDot(s.at(j)) && digitAt(s, j + 1) >= 0) {
        *normalised += QLatin1Char('.');
        ++j;
        digits();
    }
    int k = j;
    while (k < s.size() && isInlineSpace(s.at(k))) ++k;
    static const QString moneyUnits[] = {QStringLiteral("万元"), QStringLiteral("亿元"), QStringLiteral("元")};
    for (const QString &unit : moneyUnits)
        if (QStringView(s).mid(k, unit.size()) == unit) {
            *normalised += unit;
            return k + int(unit.size());
        }
    // "10822万" is written for 10822万元 (and 亿 for 亿元): the amount's unit, not a word that follows.
    for (const QString &unit : {moneyUnits[0], moneyUnits[1]})
        if (k < s.size() && s.at(k) == unit.front()) {
            *normalised += unit;
            return k + 1;
        }
    if (k < s.size() && ValueTokenizer::isCountUnit(s.at(k))) {
        *normalised += s.at(k);
        return k + 1;
    }
    return j;
}

} // namespace

bool ValueTokenizer::isCountUnit(QChar c)
{
    static const QString units = QStringLiteral("件个条笔项次份");
    return units.contains(c);
}

QList<ValueToken> ValueTokenizer::tokenize(const QString &s)
{
    QList<ValueToken> tokens;
    int i = 0;
    auto pushText = [&](int start, int end) {
        if (end <= start) return;
        if (!tokens.isEmpty() && tokens.last().kind == ValueToken::Kind::Text && tokens.last().start + tokens.last().raw.size() == start) {
            tokens.last().raw += s.mid(start, end - start);
            tokens.last().text = tokens.last().raw;
            return;
        }
        ValueToken t;
        t.kind = ValueToken::Kind::Text;
        t.raw = t.text = s.mid(start, end - start);
        t.start = start;
        tokens << t;
    };
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isSpace() || c.unicode() == 0x3000) {
            ++i;
            continue;
        }
        QChar sign;
        int signLength = signWordLength(s, i, &sign);
        // A minus sign is a hyphen-like dash; an em dash before digits is a blank cell ("12—3").
        const bool minus = c == QLatin1Char('-') || c.unicode() == 0xFF0D || c.unicode() == 0x2212 || c.unicode() == 0x2010;
        if (!signLength && (c == QLatin1Char('+') || c.unicode() == 0xFF0B || minus) && digitAt(s, i + 1) >= 0) {
            sign = c == QLatin1Char('+') || c.unicode() == 0xFF0B ? QLatin1Char('+') : QLatin1Char('-');
            signLength = 1;
        }
        if (signLength || digitAt(s, i) >= 0) {
            ValueToken t;
            t.kind = ValueToken::Kind::Run;
            t.start = i;
            if (signLength) t.text += sign;
            const int end = readNumber(s, i + signLength, &t.text);
            t.raw = s.mid(i, end - i);
            tokens << t;
            i = end;
            continue;
        }
        if (isSlash(c) || isDash(c)) {
            int end = i + 1;
            if (isDash(c))
                while (end < s.size() && isDash(s.at(end))) ++end;
            ValueToken t;
            t.kind = ValueToken::Kind::Blank;
            t.start = i;
            t.raw = t.text = s.mid(i, end - i);
            tokens << t;
            i = end;
            continue;
        }
        pushText(i, i + 1);
        ++i;
    }
    return tokens;
}

QList<ValueToken> ValueTokenizer::field(const QString &text)
{
    const QString trimmed = text.trimmed();
    ValueToken whole;
    whole.raw = whole.text = trimmed;
    if (trimmed.isEmpty()) return {whole}; // Empty
    const QList<ValueToken> tokens = tokenize(trimmed);
    bool hasText = false, hasValue = false;
    for (const ValueToken &t : tokens) {
        hasText = hasText || t.kind == ValueToken::Kind::Text;
        hasValue = hasValue || t.kind != ValueToken::Kind::Text;
    }
    if (!hasValue) {
        whole.kind = ValueToken::Kind::Text;
        return {whole};
    }
    if (hasText) {
        whole.kind = ValueToken::Kind::Unreadable;
        return {whole};
    }
    QList<ValueToken> out;
    for (ValueToken t : tokens) {
        t.single = true; // the cells are separated: a run is one value unless it cannot be one ("00")
        out << t;
    }
    return out;
}

} // namespace nianbao::import
