// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/prosefigures.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nianbao {

QStringList figureSentences(const ReportData &report)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z0-9_.+]+)\\}"));
    QStringList out;
    for (const QJsonValue &v : report.format->phrases.value(QStringLiteral("figureSentences")).toArray()) {
        QString sentence = v.toString();
        QString result;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(sentence); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            qint64 sum = 0;
            for (const QString &id : m.captured(1).split(QLatin1Char('+'))) sum += report.numberOf(id);
            result += sentence.mid(last, m.capturedStart() - last) + QString::number(sum);
            last = m.capturedEnd();
        }
        out << result + sentence.mid(last);
    }
    return out;
}

} // namespace nianbao
