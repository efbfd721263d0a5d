// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The check engine: rule kinds are C++ classes; each check instance in a template becomes one of them.

#include "model/finding.h"
#include "model/reporttemplate.h"

#include <QList>
#include <memory>

namespace nianbao {

struct ReportData;

class Rule
{
public:
    virtual ~Rule() = default;
    virtual void run(const ReportData &report, QList<Finding> &out) const = 0;
    // Rules that compare with last year's report (XY-) do their work here; the others have nothing to add.
    virtual void runCrossYear(const ReportData &, const ReportData &, QList<Finding> &) const {}
    // Cells this rule computes from others (the totals of identities), with the formula to fill them.
    struct Derivation {
        QString cell;
        QStringList plus;   // cell = Σ plus − Σ minus
        QStringList minus;
    };
    virtual QList<Derivation> derivations() const { return {}; }
};

using RulePtr = std::shared_ptr<const Rule>;

// Builds the rules of a template's checks and stores them in the template.
// Returns false and names the check and the problem when a check is malformed.
bool compileRules(ReportTemplate &t, QString *error);
QStringList derivedCellIds(const ReportTemplate &t);

class CheckEngine
{
public:
    // Every finding for the report, in template order of the checks; with last year's report, the XY- checks too.
    static QList<Finding> run(const ReportData &report, const ReportData *lastYear = nullptr);
    // The derivations of the report's format, in the order they are to be applied.
    static QList<Rule::Derivation> derivations(const ReportTemplate &t);
};

} // namespace nianbao
