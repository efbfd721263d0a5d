// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Numbers as the report stores them: exact integers, money as whole 分 plus the unit it is shown in.

#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace nianbao {

enum class CellType { Count, Signed, Money };

// The unit a money amount is written and shown in. The amount itself is always stored in 分.
enum class MoneyUnit { None, Yuan, TenThousandYuan, HundredMillionYuan };

// One value of a table cell. For counts and signed cells `number` is the integer itself; for money it is the
// amount in 分 and `unit`/`decimals` say how it is shown, so "20009.5483万元" and "43027665.50元" round-trip.
struct Quantity {
    qint64 number = 0;
    MoneyUnit unit = MoneyUnit::None;
    int decimals = 0;

    bool operator==(const Quantity &o) const
    {
        return number == o.number && unit == o.unit && decimals == o.decimals;
    }
    bool operator!=(const Quantity &o) const { return !(*this == o); }
};

QString moneyUnitText(MoneyUnit unit);
std::optional<MoneyUnit> moneyUnitFromText(const QString &text);
qint64 fenPerUnit(MoneyUnit unit);

// Text as printed: "12", "-79", "+806" (signed), "10822万元" (money always carries its unit).
QString formatQuantity(const Quantity &q, CellType type);
// A money amount in another unit, with as many decimals as it needs (for sums shown in messages).
Quantity moneyInUnit(qint64 fen, MoneyUnit unit);

// Upper bounds: no organ handles a billion applications, and no fee or procurement sum reaches 10^15 元;
// anything larger is a typing or import error, refused rather than stored.
constexpr qint64 kMaxCount = 999999999;
constexpr qint64 kMaxFen = 100000000000000000LL; // 10^15 元

struct ParsedValue {
    enum class Kind { Blank, Value, Invalid };
    Kind kind = Kind::Invalid;
    Quantity value;
    QString error; // for Invalid: a short translated message, e.g. "Not a number"
};

// Parses what a clerk types or pastes into a cell of the given type: full-width digits, thousands separators,
// surrounding spaces, a trailing unit word (件 个 条 笔 项; 元 万元 亿元 for money), an explicit sign for signed
// cells. Empty, "/", "-", "—" and similar mean blank. `defaultUnit` is the unit of a money cell when the text
// names none; `fixedUnit` refuses any other unit (gov-2021 （八） is always 万元).
ParsedValue parseCellText(const QString &text, CellType type, MoneyUnit defaultUnit = MoneyUnit::Yuan,
                          bool fixedUnit = false);

// Turns full-width digits, signs and punctuation into ASCII and drops spaces: the normalisation shared by
// typing, pasting and importing.
QString normaliseNumberText(const QString &text);

} // namespace nianbao
