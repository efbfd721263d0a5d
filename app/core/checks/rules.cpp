// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/rules.h"

#include "checks/rulesupport.h"
#include "model/reportdata.h"

#include <QJsonObject>
#include <functional>

namespace nianbao {

namespace rules {

void Params::fail(const QString &what) const
{
    throw CompileError{QStringLiteral("checks: %1 (%2): %3").arg(m_def.id, m_def.kind, what)};
}

QString Params::string(const QString &key, bool required) const
{
    const QJsonValue v = m_def.params.value(key);
    if (v.isUndefined()) {
        if (required) fail(QStringLiteral("missing \"%1\"").arg(key));
        return QString();
    }
    if (!v.isString()) fail(QStringLiteral("\"%1\" must be a string").arg(key));
    return v.toString();
}

QStringList Params::strings(const QString &key, bool required) const
{
    QStringList out;
    const QJsonArray a = array(key, required);
    for (const QJsonValue &v : a) {
        if (!v.isString()) fail(QStringLiteral("\"%1\" must hold strings").arg(key));
        out << v.toString();
    }
    return out;
}

QJsonArray Params::array(const QString &key, bool required) const
{
    const QJsonValue v = m_def.params.value(key);
    if (v.isUndefined()) {
        if (required) fail(QStringLiteral("missing \"%1\"").arg(key));
        return {};
    }
    if (!v.isArray()) fail(QStringLiteral("\"%1\" must be an array").arg(key));
    return v.toArray();
}

QJsonObject Params::object(const QString &key, bool required) const
{
    const QJsonValue v = m_def.params.value(key);
    if (v.isUndefined()) {
        if (required) fail(QStringLiteral("missing \"%1\"").arg(key));
        return {};
    }
    if (!v.isObject()) fail(QStringLiteral("\"%1\" must be an object").arg(key));
    return v.toObject();
}

int Params::cellIndex(const QString &id) const
{
    const int i = m_t.cellIndex(id);
    if (i < 0) fail(QStringLiteral("names cell %1, which the template's tables do not have").arg(id));
    return i;
}

QList<int> Params::cellIndexes(const QStringList &ids) const
{
    QList<int> out;
    out.reserve(ids.size());
    for (const QString &id : ids) out << cellIndex(id);
    return out;
}

void Params::requireSection(const QString &key) const
{
    if (key != QLatin1String("preamble") && !m_t.section(key))
        fail(QStringLiteral("names section %1, which the template does not have").arg(key));
}

QString Binding::apply(QString pattern) const
{
    // One pass over the pattern: "{name}" and "{name.label}" of a bound name are replaced, anything else in
    // braces is kept (loading a format applies a few hundred patterns; replacing each name in turn took 2.5 M
    // instructions of every start).
    if (vars.isEmpty() || !pattern.contains(QLatin1Char('{'))) return pattern;
    QString out;
    out.reserve(pattern.size() + 16);
    qsizetype from = 0;
    while (from < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), from);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0) break;
        out += QStringView(pattern).sliced(from, open - from);
        QStringView name = QStringView(pattern).sliced(open + 1, close - open - 1);
        const bool label = name.endsWith(QLatin1String(".label"));
        if (label) name.chop(6);
        const auto it = vars.constFind(name.toString());
        if (it == vars.cend()) out += QStringView(pattern).sliced(open, close + 1 - open);
        else out += label ? it.value().second : it.value().first;
        from = close + 1;
    }
    out += QStringView(pattern).sliced(from);
    return out;
}

QList<Binding> expandForEach(const Params &p)
{
    QList<Binding> bindings{Binding{}};
    const QJsonObject forEach = p.object(QStringLiteral("forEach"), false);
    for (auto it = forEach.constBegin(); it != forEach.constEnd(); ++it) {
        if (!it.value().isArray() || it.value().toArray().isEmpty())
            p.fail(QStringLiteral("forEach.%1 must be a non-empty array").arg(it.key()));
        QList<Binding> next;
        for (const Binding &b : std::as_const(bindings)) {
            for (const QJsonValue &v : it.value().toArray()) {
                Binding nb = b;
                if (v.isString()) nb.vars.insert(it.key(), {v.toString(), v.toString()});
                else if (v.isObject() && v.toObject().value(QStringLiteral("id")).isString())
                    nb.vars.insert(it.key(), {v.toObject().value(QStringLiteral("id")).toString(),
                                              v.toObject().value(QStringLiteral("label")).toString()});
                else p.fail(QStringLiteral("forEach.%1 holds strings or {\"id\", \"label\"} objects").arg(it.key()));
                next << nb;
            }
        }
        bindings = next;
    }
    return bindings;
}

QString fillMessage(QString message, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        message.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return message;
}

QString showNumber(const ReportTemplate &t, qint64 number, int unitCellIndex)
{
    if (unitCellIndex >= 0 && t.cellAt(unitCellIndex).type == CellType::Money)
        return formatQuantity(moneyInUnit(number, t.cellAt(unitCellIndex).unit), CellType::Money);
    return QString::number(number);
}

QString differencePhrase(const ReportTemplate &t, qint64 delta, int unitCellIndex)
{
    if (delta == 0) return t.phrase(QStringLiteral("equal"));
    QString phrase = t.phrase(delta > 0 ? QStringLiteral("more") : QStringLiteral("less"));
    return phrase.replace(QStringLiteral("{n}"), showNumber(t, delta > 0 ? delta : -delta, unitCellIndex));
}

Severity severityOf(const CheckDef &def)
{
    return severityFromId(def.severity).value_or(Severity::Warning);
}

} // namespace rules

bool compileRules(ReportTemplate &t, QString *error)
{
    using Factory = std::function<RulePtr(const rules::Params &)>;
    static const QHash<QString, Factory> factories = {
        {QStringLiteral("identity"), rules::makeIdentityRule},
        {QStringLiteral("compare"), rules::makeCompareRule},
        {QStringLiteral("cellType"), rules::makeCellTypeRule},
        {QStringLiteral("blank"), rules::makeBlankRule},
        {QStringLiteral("unconfirmed"), rules::makeUnconfirmedRule},
        {QStringLiteral("organRule"), rules::makeOrganRule},
        {QStringLiteral("textFigure"), rules::makeTextFigureRule},
        {QStringLiteral("textMentions"), rules::makeTextMentionsRule},
        {QStringLiteral("sectionPresence"), rules::makeSectionPresenceRule},
        {QStringLiteral("metadata"), rules::makeMetadataRule},
        {QStringLiteral("formatYear"), rules::makeFormatYearRule},
        {QStringLiteral("deadline"), rules::makeDeadlineRule},
        {QStringLiteral("crossYearIdentity"), rules::makeCrossYearIdentityRule},
        {QStringLiteral("proseRepeat"), rules::makeProseRepeatRule},
    };
    QList<RulePtr> compiled;
    try {
        for (const CheckDef &def : std::as_const(t.checks)) {
            const rules::Params params(t, def);
            const auto factory = factories.constFind(def.kind);
            if (factory == factories.cend()) {
                QStringList kinds = factories.keys();
                kinds.sort();
                params.fail(QStringLiteral("unknown kind (known: %1)").arg(kinds.join(QStringLiteral(", "))));
            }
            compiled << (*factory)(params);
        }
    } catch (const rules::CompileError &e) {
        if (error) *error = e.message;
        return false;
    }
    t.m_rules = compiled;
    return true;
}

QStringList derivedCellIds(const ReportTemplate &t)
{
    QStringList ids;
    for (const Rule::Derivation &d : CheckEngine::derivations(t))
        if (!ids.contains(d.cell)) ids << d.cell;
    return ids;
}

QList<Finding> CheckEngine::run(const ReportData &report, const ReportData *lastYear)
{
    QList<Finding> findings;
    if (!report.format) return findings;
    for (const RulePtr &rule : report.format->rules()) {
        rule->run(report, findings);
        if (lastYear && lastYear->format) rule->runCrossYear(report, *lastYear, findings);
    }
    return findings;
}

QList<Rule::Derivation> CheckEngine::derivations(const ReportTemplate &t)
{
    QList<Rule::Derivation> all;
    for (const RulePtr &rule : t.rules()) all << rule->derivations();
    return all;
}

} // namespace nianbao
