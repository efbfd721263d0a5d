// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test side: random reports, and the five text layouts of published tables they are rendered in (written
// independently of the importer; the standard layout itself comes from TextExport).

#include "model/reportdata.h"

#include <QRandomGenerator>

namespace testing {

enum class Layout { Tabs, OneCellPerLine, Pipes, Spaced, Concatenated };

QString layoutName(Layout layout);
nianbao::ReportData randomReport(QRandomGenerator &rng, bool consistent);
QString render(const nianbao::ReportData &report, Layout layout, QRandomGenerator &rng);
// The cells of one table row (or a part of it) as the concatenated layout writes them.
QString concatenated(const nianbao::ReportData &report, const QStringList &cells,
                     const QList<std::optional<nianbao::Quantity>> &values);
// Fields and cells in which two reports differ, for failure messages.
QString differences(const nianbao::ReportData &a, const nianbao::ReportData &b);

} // namespace testing
