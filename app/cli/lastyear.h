#pragma once

#include "reportdata.h"

#include <optional>

namespace nianbao::cli {

// The link from a report to last year's report (path relative to the report's folder + SHA-256 of its bytes).
class LastYearLink
{
public:
    // Records `lastYearFile` in `report`, which will be saved as `reportFile`.
    static bool link(ReportData &report, const QString &reportFile, const QString &lastYearFile, QString *error);
    // Loads the linked report; `note` says when it is missing or has changed since it was linked.
    static std::optional<ReportData> resolve(const ReportData &report, const QString &reportFile, QString *note);
};

// nianbao new --from LAST -o FILE: this year's report from last year's, linked to it.
int runNewFromLastYear(const QString &lastYearFile, const QString &output);

} // namespace nianbao::cli
