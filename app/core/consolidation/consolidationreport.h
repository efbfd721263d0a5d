// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The consolidation's report for the supervising office: one row per child (and per missing or unreadable
// unit), then parent vs Σ children per cell; what needs action first. HTML for a browser, CSV for Excel.

#include "consolidation/consolidation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

struct ConsolidationRow {
    QStringList fields;  // as ConsolidationReport::childHeaders() names them
    int urgency = 0;     // higher first: unreadable, missing, duplicated, errors, warnings, …
    QString cls;         // HTML row class: unreadable | missing | error | warning | ok
};

class ConsolidationReport
{
public:
    static QStringList childHeaders();
    static QStringList cellHeaders();
    static QList<ConsolidationRow> childRows(const Consolidation &c);       // sorted, most urgent first
    static QStringList cellFields(const ReportTemplate &t, const CellComparison &cell);
    // UTF-8 with a BOM (Excel, WPS), written by csv:: (formula-safe).
    static QByteArray toCsv(const Consolidation &c, const QList<CellComparison> &cells);
    static QByteArray toHtml(const Consolidation &c, const QList<CellComparison> &cells);
};

} // namespace nianbao
