// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/datetext.h"

#include <QRegularExpression>
#include <algorithm>

namespace nianbao::import {

namespace {

int chineseNumber(const QString &s)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (s.size() == 4) { // a year written digit by digit
        int year = 0;
        for (const QChar c : s) {
            const int d = c == QChar(u'零') || c == QChar(u'○') || c == QChar(u'Ｏ') || c == QLatin1Char('O') ? 0 : int(digits.indexOf(c));
            if (d < 0) return -1;
            year = year * 10 + d;
        }
        return year;
    }
    // 一 … 九, 十, 十一 … 十九, 二十 … 三十一
    const int ten = int(s.indexOf(QChar(u'十')));
    if (ten < 0) return s.size() == 1 ? int(digits.indexOf(s.front())) : -1;
    const int tens = ten == 0 ? 1 : int(digits.indexOf(s.at(0)));
    const int units = ten == s.size() - 1 ? 0 : int(digits.indexOf(s.at(ten + 1)));
    return tens < 0 || units < 0 ? -1 : tens * 10 + units;
}

} // namespace

QList<DateMatch> DateText::findAll(const QString &text)
{
    static const QRegularExpression arabic(QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
    static const QRegularExpression chinese(QStringLiteral("([〇零○Ｏ一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,2})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日"));
    QList<DateMatch> out;
    for (const QRegularExpression *re : {&arabic, &chinese}) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const bool isArabic = re == &arabic;
            const int y = isArabic ? m.captured(1).toInt() : chineseNumber(m.captured(1));
            const int mo = isArabic ? m.captured(2).toInt() : chineseNumber(m.captured(2));
            const int d = isArabic ? m.captured(3).toInt() : chineseNumber(m.captured(3));
            const QDate date(y, mo, d);
            if (date.isValid()) out << DateMatch{int(m.capturedStart()), int(m.capturedEnd()), date};
        }
    }
    std::sort(out.begin(), out.end(), [](const DateMatch &a, const DateMatch &b) { return a.start < b.start; });
    return out;
}

QDate DateText::parseWhole(const QString &raw)
{
    QString text = raw.trimmed();
    if (text.size() >= 2 && (text.front() == QLatin1Char('(') || text.front() == QChar(0xFF08))
        && (text.back() == QLatin1Char(')') || text.back() == QChar(0xFF09)))
        text = text.mid(1, text.size() - 2).trimmed();
    const QList<DateMatch> dates = findAll(text);
    if (dates.size() == 1 && dates.first().start == 0 && dates.first().end == text.size()) return dates.first().date;
    return {};
}

} // namespace nianbao::import
