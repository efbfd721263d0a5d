// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadata/datetext.h"


#include <QRegularExpression>

namespace nianbao::gui {

namespace {

QString asciiDigits(const QString &text)
{
    QString out = text.trimmed();
    for (QChar &c : out) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) c = QChar(c.unicode() - 0xFF10 + '0');
        else if (c.unicode() == 0xFF1A) c = QLatin1Char(':');
    }
    return out;
}

} // namespace

std::optional<QDate> parseDateText(const QString &text)
{
    const QString t = asciiDigits(text);
    if (t.isEmpty()) return QDate();
    static const QRegularExpression re(QStringLiteral("^(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*日?$"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch()) return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid()) return std::nullopt;
    return d;
}

std::optional<QDateTime> parseDateTimeText(const QString &text)
{
    const QString t = asciiDigits(text);
    if (t.isEmpty()) return QDateTime();
    static const QRegularExpression re(QStringLiteral("^(.*?日?)\\s*(?:(\\d{1,2}):(\\d{2}))?$"));
    const QRegularExpressionMatch m = re.match(t);
    const std::optional<QDate> date = m.hasMatch() ? parseDateText(m.captured(1)) : std::nullopt;
    if (!date || !date->isValid()) return std::nullopt;
    QTime time(0, 0);
    if (!m.captured(2).isEmpty()) {
        time = QTime(m.captured(2).toInt(), m.captured(3).toInt());
        if (!time.isValid()) return std::nullopt;
    }
    return QDateTime(*date, time);
}

QString dateText(const QDate &date)
{
    if (!date.isValid()) return QString();
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString dateTimeText(const QDateTime &time)
{
    if (!time.isValid()) return QString();
    const QString day = dateText(time.date());
    return time.time() == QTime(0, 0) ? day : day + QLatin1Char(' ') + time.time().toString(QStringLiteral("HH:mm"));
}

} // namespace nianbao::gui
