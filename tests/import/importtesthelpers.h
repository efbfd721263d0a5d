// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the importer's tests: where the test inputs are, and small readers of results.

#include "checks/rules.h"
#include "import/reportimporter.h"
#include "model/finding.h"

#include <QFile>
#include <QString>
#include <QTest>

namespace testing {

inline QString samplePath(const QString &name)
{
    return qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/samples/") + name;
}

inline QString importDataPath(const QString &name)
{
    return QStringLiteral(IMPORT_TEST_DATA "/") + name;
}

inline nianbao::import::ImportResult importSample(const QString &name, const nianbao::ReportData *lastYear = nullptr)
{
    nianbao::import::ImportOptions options;
    options.lastYear = lastYear;
    return nianbao::import::ReportImporter::importFile(samplePath(name), options);
}

inline QList<nianbao::Finding> findingsOf(const nianbao::ReportData &report, const QString &rule)
{
    QList<nianbao::Finding> out;
    for (const nianbao::Finding &f : nianbao::CheckEngine::run(report))
        if (f.rule == rule) out << f;
    return out;
}

inline QList<nianbao::import::ImportDecision> decisionsOf(const nianbao::import::ImportResult &r,
                                                          nianbao::import::ImportDecision::Kind kind)
{
    QList<nianbao::import::ImportDecision> out;
    for (const auto &d : r.decisions)
        if (d.kind == kind) out << d;
    return out;
}

inline qint64 number(const nianbao::ReportData &r, const QString &cell)
{
    const nianbao::CellValue &c = r.cell(cell);
    return c.state == nianbao::CellValue::State::Value ? c.value.number : -999999;
}

} // namespace testing
