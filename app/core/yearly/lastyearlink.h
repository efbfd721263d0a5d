// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Last year's report, as the cross-year checks (XY-…) and "new from last year" need it: read from a report file
// or imported from a published text, and remembered in this year's report as a path and a fingerprint.

#include "model/reportdata.h"

#include <optional>

namespace nianbao {

// A report from a file: a .nianbao file, or a .txt file imported (spec §10).
std::optional<ReportData> loadAnyReport(const QString &path, QString *error);

// The link from a report to last year's report (path relative to the report's folder + SHA-256 of its bytes).
class LastYearLink
{
public:
    // Records `lastYearFile` in `report`, which is (or will be) saved as `reportFile`; an empty `reportFile`
    // (a report not saved yet) records the absolute path.
    static bool link(ReportData &report, const QString &reportFile, const QString &lastYearFile, QString *error);
    // Loads the linked report; `note` says when it is missing or has changed since it was linked, naming the
    // report as `displayName` (default: `reportFile`).
    static std::optional<ReportData> resolve(const ReportData &report, const QString &reportFile, QString *note,
                                             const QString &displayName = QString());
    // Where the linked file is (absolute), or empty when none is linked.
    static QString linkedPath(const ReportData &report, const QString &reportFile);
    // The editor keeps the link absolute while the report is open (so Save As elsewhere cannot break it) and
    // writes it relative to the file's folder (so the two reports can move together).
    static void makeAbsolute(ReportData &report, const QString &reportFile);
    static ReportData relativeTo(const ReportData &report, const QString &reportFile);
};

} // namespace nianbao
