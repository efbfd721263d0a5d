// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/finding.h"

#include <QJsonArray>

namespace nianbao {

QString severityId(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return QString();
}

std::optional<Severity> severityFromId(const QString &id)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        if (severityId(s) == id) return s;
    return std::nullopt;
}

QJsonObject Finding::toJson() const
{
    auto value = [this](const std::optional<qint64> &v) -> QJsonValue {
        if (!v) return QJsonValue::Null;
        if (money) return formatQuantity(moneyInUnit(*v, unit), CellType::Money); // money as a string with its unit
        return QJsonValue(*v);
    };
    QJsonObject o;
    o.insert(QStringLiteral("rule"), rule);
    o.insert(QStringLiteral("severity"), severityId(severity));
    o.insert(QStringLiteral("cells"), QJsonArray::fromStringList(cells));
    o.insert(QStringLiteral("expected"), value(expected));
    o.insert(QStringLiteral("found"), value(found));
    o.insert(QStringLiteral("delta"), value(delta));
    o.insert(QStringLiteral("message"), message);
    return o;
}

bool Finding::operator==(const Finding &o) const
{
    return rule == o.rule && severity == o.severity && cells == o.cells && expected == o.expected && found == o.found
        && delta == o.delta && money == o.money && unit == o.unit && section == o.section && message == o.message
        && blankCell == o.blankCell && textStart == o.textStart && textLength == o.textLength;
}

FindingCounts countFindings(const QList<Finding> &findings)
{
    FindingCounts c;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error) ++c.errors;
        else if (f.severity == Severity::Warning) ++c.warnings;
        else ++c.infos;
    }
    return c;
}

} // namespace nianbao
