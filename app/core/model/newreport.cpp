// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/newreport.h"

namespace nianbao {

ReportData newReport(const TemplatePtr &format, const QString &organ, int year)
{
    ReportData report = ReportData::create(format);
    report.meta.organ = organ.trimmed();
    report.meta.year = year;
    report.meta.signature = report.meta.organ;
    inferLevelAndTier(report.meta.organ, &report.meta.level, &report.meta.tier);
    for (const SectionDef &s : format->sections)
        // An empty line under each heading is where the clerk starts typing (empty lines are not printed).
        if (!s.skeleton.isEmpty()) report.prose.insert(s.key, s.skeleton.join(QStringLiteral("\n\n")) + QLatin1Char('\n'));
    return report;
}

} // namespace nianbao
