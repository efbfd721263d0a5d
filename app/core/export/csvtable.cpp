// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvtable.h"

namespace nianbao::csv {

QString field(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    QString text = value;
    if (!text.isEmpty() && formulaStarts.contains(text.front())) text.prepend(QLatin1Char('\''));
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString line(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &v : values) quoted << field(v);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray withBom(const QString &text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace nianbao::csv
