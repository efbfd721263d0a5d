// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/quantity.h"

#include <QCoreApplication>

namespace nianbao {

QString moneyUnitText(MoneyUnit unit)
{
    switch (unit) {
    case MoneyUnit::Yuan: return QStringLiteral("元");
    case MoneyUnit::TenThousandYuan: return QStringLiteral("万元");
    case MoneyUnit::HundredMillionYuan: return QStringLiteral("亿元");
    case MoneyUnit::None: break;
    }
    return QString();
}

std::optional<MoneyUnit> moneyUnitFromText(const QString &text)
{
    if (text == QStringLiteral("元")) return MoneyUnit::Yuan;
    if (text == QStringLiteral("万元")) return MoneyUnit::TenThousandYuan;
    if (text == QStringLiteral("亿元")) return MoneyUnit::HundredMillionYuan;
    return std::nullopt;
}

qint64 fenPerUnit(MoneyUnit unit)
{
    switch (unit) {
    case MoneyUnit::Yuan: return 100;
    case MoneyUnit::TenThousandYuan: return 1000000;
    case MoneyUnit::HundredMillionYuan: return 10000000000LL;
    case MoneyUnit::None: break;
    }
    return 1;
}

static int decimalsNeeded(qint64 fen, MoneyUnit unit)
{
    qint64 per = fenPerUnit(unit);
    int decimals = 0;
    qint64 rest = (fen < 0 ? -fen : fen) % per;
    while (rest != 0) {
        per /= 10;
        rest %= per;
        ++decimals;
    }
    return decimals;
}

Quantity moneyInUnit(qint64 fen, MoneyUnit unit)
{
    if (unit == MoneyUnit::None) unit = MoneyUnit::Yuan;
    return Quantity{fen, unit, decimalsNeeded(fen, unit)};
}

QString formatQuantity(const Quantity &q, CellType type)
{
    // 本年增/减 reads as a change: an increase is shown with its sign, as reports write it ("+12").
    if (type == CellType::Signed && q.number > 0) return QLatin1Char('+') + QString::number(q.number);
    if (type != CellType::Money) return QString::number(q.number);
    const MoneyUnit unit = q.unit == MoneyUnit::None ? MoneyUnit::Yuan : q.unit;
    const qint64 per = fenPerUnit(unit);
    const qint64 magnitude = q.number < 0 ? -q.number : q.number;
    QString text = QString::number(magnitude / per);
    int decimals = qMax(q.decimals, decimalsNeeded(q.number, unit));
    if (decimals > 0) {
        // per is a power of ten; its digit count minus one is the number of fraction digits it can hold
        const int fractionDigits = QString::number(per).size() - 1;
        QString fraction = QString::number(magnitude % per).rightJustified(fractionDigits, QLatin1Char('0'));
        if (decimals < fractionDigits) fraction.truncate(decimals);
        else fraction = fraction.leftJustified(decimals, QLatin1Char('0'));
        text += QLatin1Char('.') + fraction;
    }
    if (q.number < 0) text.prepend(QLatin1Char('-'));
    return text + moneyUnitText(unit);
}

QString normaliseNumberText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) out += QChar(u - 0xFF10 + '0'); // full-width digits
        else if (u == 0xFF0B) out += QLatin1Char('+');
        else if (u == 0xFF0D || u == 0x2212 || u == 0xFE63) out += QLatin1Char('-'); // full-width/typographic minus
        else if (u == 0xFF0E || u == 0x3002) out += QLatin1Char('.');                 // full-width stop
        else if (u == 0xFF0C) out += QLatin1Char(',');
        else if (c.isSpace() || u == 0x3000) continue;
        else out += c;
    }
    return out;
}

static bool isBlankMark(const QString &t)
{
    static const QStringList marks = {QString(), QStringLiteral("/"), QStringLiteral("-"), QStringLiteral("--"),
                                      QStringLiteral("—"), QStringLiteral("——"), QStringLiteral("–"),
                                      QStringLiteral("／"), QStringLiteral("\\")};
    return marks.contains(t);
}

ParsedValue parseCellText(const QString &raw, CellType type, MoneyUnit defaultUnit, bool fixedUnit)
{
    ParsedValue result;
    QString t = normaliseNumberText(raw);
    if (isBlankMark(t)) {
        result.kind = ParsedValue::Kind::Blank;
        return result;
    }

    MoneyUnit unit = defaultUnit == MoneyUnit::None ? MoneyUnit::Yuan : defaultUnit;
    if (type == CellType::Money) {
        for (const MoneyUnit u : {MoneyUnit::TenThousandYuan, MoneyUnit::HundredMillionYuan, MoneyUnit::Yuan}) {
            if (t.endsWith(moneyUnitText(u))) {
                if (fixedUnit && u != unit) {
                    result.error = QCoreApplication::translate("nianbao", "The unit must be %1").arg(moneyUnitText(unit));
                    return result;
                }
                unit = u;
                t.chop(moneyUnitText(u).size());
                break;
            }
        }
    } else {
        static const QString countUnits = QStringLiteral("件个条笔项次份");
        if (!t.isEmpty() && countUnits.contains(t.back())) t.chop(1);
    }

    bool negative = false;
    if (!t.isEmpty() && (t.front() == QLatin1Char('+') || t.front() == QLatin1Char('-'))) {
        negative = t.front() == QLatin1Char('-');
        if (type != CellType::Signed) {
            result.error = negative ? QCoreApplication::translate("nianbao", "This cell cannot be negative")
                                    : QCoreApplication::translate("nianbao", "This cell takes no sign");
            return result;
        }
        t.remove(0, 1);
    }
    // Thousands separators: accepted only in their proper places (1,234 or 12,345,678).
    if (t.contains(QLatin1Char(','))) {
        const QStringList groups = t.section(QLatin1Char('.'), 0, 0).split(QLatin1Char(','));
        bool ok = !groups.first().isEmpty() && groups.first().size() <= 3;
        for (int i = 1; i < groups.size() && ok; ++i) ok = groups[i].size() == 3;
        if (!ok) {
            result.error = QCoreApplication::translate("nianbao", "Misplaced thousands separator");
            return result;
        }
        t.remove(QLatin1Char(','));
    }
    QString intPart = t, fracPart;
    const int dot = t.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        intPart = t.left(dot);
        fracPart = t.mid(dot + 1);
    }
    auto allDigits = [](const QString &s) {
        for (const QChar c : s)
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) return false;
        return true;
    };
    if (intPart.isEmpty() || !allDigits(intPart) || !allDigits(fracPart) || (dot >= 0 && fracPart.isEmpty())) {
        result.error = QCoreApplication::translate("nianbao", "Not a number");
        return result;
    }
    if (intPart.size() > 15) {
        result.error = QCoreApplication::translate("nianbao", "Value too large");
        return result;
    }
    if (type != CellType::Money) {
        if (dot >= 0) {
            result.error = QCoreApplication::translate("nianbao", "Whole numbers only");
            return result;
        }
        const qint64 n = intPart.toLongLong();
        if (n > kMaxCount) {
            result.error = QCoreApplication::translate("nianbao", "Value too large");
            return result;
        }
        result.kind = ParsedValue::Kind::Value;
        result.value = Quantity{negative ? -n : n, MoneyUnit::None, 0};
        return result;
    }
    const qint64 per = fenPerUnit(unit);
    const int fractionDigits = QString::number(per).size() - 1;
    QString significant = fracPart;
    while (significant.endsWith(QLatin1Char('0'))) significant.chop(1);
    if (significant.size() > fractionDigits) {
        result.error = QCoreApplication::translate("nianbao", "Money is exact to 1 fen (0.01 yuan) at most");
        return result;
    }
    const qint64 whole = intPart.toLongLong();
    if (whole > kMaxFen / per) {
        result.error = QCoreApplication::translate("nianbao", "Value too large");
        return result;
    }
    const qint64 fen = whole * per + significant.leftJustified(fractionDigits, QLatin1Char('0')).toLongLong();
    result.kind = ParsedValue::Kind::Value;
    result.value = Quantity{fen, unit, int(qMin<qsizetype>(fracPart.size(), fractionDigits))};
    return result;
}

} // namespace nianbao
