// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the rule kinds: reading a check's parameters with precise errors, expanding "forEach", and
// composing the Chinese messages from the template's message templates.

#include "checks/rules.h"
#include "model/reportdata.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace nianbao::rules {

struct CompileError {
    QString message;
};

// Reads one check's parameters; every failure names the check.
class Params
{
public:
    Params(const ReportTemplate &t, const CheckDef &def) : m_t(t), m_def(def) {}
    [[noreturn]] void fail(const QString &what) const;
    QString string(const QString &key, bool required = true) const;
    QStringList strings(const QString &key, bool required = true) const;
    QJsonArray array(const QString &key, bool required = true) const;
    QJsonObject object(const QString &key, bool required = true) const;
    // Cell ids after substitution must exist in the template; returns their indexes.
    int cellIndex(const QString &id) const;
    QList<int> cellIndexes(const QStringList &ids) const;
    void requireSection(const QString &key) const;
    const ReportTemplate &format() const { return m_t; }
    const CheckDef &def() const { return m_def; }

private:
    const ReportTemplate &m_t;
    const CheckDef &m_def;
};

// One binding of forEach variables: name → (id, label).
struct Binding {
    QHash<QString, QPair<QString, QString>> vars;
    QString apply(QString pattern) const; // replaces {var} by its id and {var.label} by its label
};
QList<Binding> expandForEach(const Params &p);

// Replaces {name} placeholders.
QString fillMessage(QString message, const QHash<QString, QString> &values);

// Shows an amount as a clerk reads it: a count, or money in the unit of the given cell.
QString showNumber(const ReportTemplate &t, qint64 number, int unitCellIndex);
// "多 3" / "少 3" from the template's phrases.
QString differencePhrase(const ReportTemplate &t, qint64 delta, int unitCellIndex);

Severity severityOf(const CheckDef &def);

// Factories of the rule kinds; each throws CompileError on malformed parameters.
RulePtr makeIdentityRule(const Params &p);
RulePtr makeCompareRule(const Params &p);
RulePtr makeCellTypeRule(const Params &p);
RulePtr makeBlankRule(const Params &p);
RulePtr makeUnconfirmedRule(const Params &p);
RulePtr makeOrganRule(const Params &p);
RulePtr makeTextFigureRule(const Params &p);
RulePtr makeTextMentionsRule(const Params &p);
RulePtr makeSectionPresenceRule(const Params &p);
RulePtr makeMetadataRule(const Params &p);
RulePtr makeFormatYearRule(const Params &p);
RulePtr makeDeadlineRule(const Params &p);
RulePtr makeCrossYearIdentityRule(const Params &p);
RulePtr makeProseRepeatRule(const Params &p);

} // namespace nianbao::rules
