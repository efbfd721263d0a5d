// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Dates as reports write them: "2020年2月4日", "2020 年 2 月 4 日", "二〇二〇年二月四日".

#include <QDate>
#include <QList>
#include <QString>

namespace nianbao::import {

struct DateMatch {
    int start = 0; // offsets in the searched text
    int end = 0;
    QDate date;
};

class DateText
{
public:
    static QList<DateMatch> findAll(const QString &text);
    // The whole text is one date, optionally in brackets.
    static QDate parseWhole(const QString &text);
};

} // namespace nianbao::import
