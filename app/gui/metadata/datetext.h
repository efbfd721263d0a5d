// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Dates as clerks write them: 2024年1月22日, 2024-01-22, 2024/1/22, 2024.1.22 (full-width digits too), with an
// optional time (10:00) for the publication date.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace nianbao::gui {

// nullopt when the text is not a date; an invalid QDate for an empty text.
std::optional<QDate> parseDateText(const QString &text);
std::optional<QDateTime> parseDateTimeText(const QString &text);
QString dateText(const QDate &date);         // 2024年1月22日, empty when invalid
QString dateTimeText(const QDateTime &time); // 2024年1月29日 10:00 (no time when it is midnight)

} // namespace nianbao::gui
