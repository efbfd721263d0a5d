// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/consolidationreport.h"

#include "export/csvtable.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace nianbao {

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Consolidation)
};

QString additivityText(Additivity a)
{
    switch (a) {
    case Additivity::Strict: return ReportText::tr("must add up");
    case Additivity::Loose: return ReportText::tr("should add up");
    case Additivity::Information: return ReportText::tr("information");
    case Additivity::None: break;
    }
    return QString();
}

QString number(int n)
{
    return QString::number(n);
}

} // namespace

QStringList ConsolidationReport::childHeaders()
{
    return {ReportText::tr("Organ"), ReportText::tr("File"), ReportText::tr("Format"), ReportText::tr("Year"),
            ReportText::tr("Errors"), ReportText::tr("Warnings"), ReportText::tr("Unconfirmed cells"),
            ReportText::tr("Missing sections"), ReportText::tr("Repeated from last year"),
            ReportText::tr("Repeated from other units"), ReportText::tr("Status")};
}

QStringList ConsolidationReport::cellHeaders()
{
    return {ReportText::tr("Cell"), ReportText::tr("Label"), ReportText::tr("Class"), ReportText::tr("Parent"),
            ReportText::tr("Sum of children"), ReportText::tr("Difference")};
}

QList<ConsolidationRow> ConsolidationReport::childRows(const Consolidation &c)
{
    QList<ConsolidationRow> rows;
    for (const UnreadableChild &u : c.set.unreadable)
        rows << ConsolidationRow{{QString(), u.path, {}, {}, {}, {}, {}, {}, {}, {}, ReportText::tr("Could not be read: %1").arg(u.error)}, 1 << 30, QStringLiteral("unreadable")};
    for (const Unit &u : c.units.missing)
        rows << ConsolidationRow{{u.name, {}, {}, {}, {}, {}, {}, {}, {}, {}, ReportText::tr("Missing: no report from this unit")}, 1 << 29, QStringLiteral("missing")};

    QHash<int, QStringList> repeats;
    for (const RepeatedProse &r : c.repetition)
        repeats[r.unit] << QStringLiteral("%1 %2%").arg(c.set.children[r.other].report.meta.organ).arg(r.percent);
    QHash<QString, int> duplicated;
    for (const DuplicatedUnit &d : c.units.duplicated)
        for (const QString &p : d.paths) duplicated.insert(p, int(d.paths.size()));
    for (int i = 0; i < c.set.children.size(); ++i) {
        const ChildReport &child = c.set.children[i];
        const ReportData &r = child.report;
        QStringList status;
        int urgency = 0;
        // The children that differ from the majority's format and year (c.format is null then: nothing summed).
        const QString differs = child.path + QStringLiteral(": ");
        if (std::any_of(c.formatDifferences.cbegin(), c.formatDifferences.cend(), [&](const QString &d) { return d.startsWith(differs); }))
            urgency += 1 << 28;
        if (duplicated.contains(child.path)) {
            status << ReportText::tr("Duplicate: %n report(s) of this organ", nullptr, duplicated.value(child.path));
            urgency += 1 << 27;
        }
        if (c.units.unexpected.contains(i)) {
            status << ReportText::tr("Not in the units list");
            urgency += 1 << 26;
        }
        if (repeats.contains(i)) urgency += 1 << 25;
        urgency += std::min(child.counts.errors, 4095) << 12;
        urgency += std::min(child.counts.warnings + child.unconfirmed, 4095);
        status << child.firstMessages;
        rows << ConsolidationRow{{r.meta.organ, child.path, r.format->id, number(r.meta.year), number(child.counts.errors),
                                  number(child.counts.warnings), number(child.unconfirmed), child.missingSections.join(QStringLiteral("、")),
                                  child.lastYearRepeat >= 0 ? QStringLiteral("%1%").arg(child.lastYearRepeat) : QString(),
                                  repeats.value(i).join(QStringLiteral("；")), status.join(QStringLiteral("；"))},
                                 urgency,
                                 child.counts.errors ? QStringLiteral("error") : urgency ? QStringLiteral("warning") : QStringLiteral("ok")};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ConsolidationRow &a, const ConsolidationRow &b) { return a.urgency > b.urgency; });
    return rows;
}

QStringList ConsolidationReport::cellFields(const ReportTemplate &t, const CellComparison &cell)
{
    return {cell.cellId, t.cellLabel(cell.cellId), additivityText(cell.additivity), cell.parentText, cell.sumText, cell.deltaText};
}

QByteArray ConsolidationReport::toCsv(const Consolidation &c, const QList<CellComparison> &cells)
{
    QString out = csv::line(childHeaders());
    for (const ConsolidationRow &r : childRows(c)) out += csv::line(r.fields);
    if (c.format) {
        out += QStringLiteral("\r\n");
        out += csv::line(cellHeaders());
        for (const CellComparison &cell : cells) out += csv::line(cellFields(*c.format, cell));
    }
    return csv::withBom(out);
}

QByteArray ConsolidationReport::toHtml(const Consolidation &c, const QList<CellComparison> &cells)
{
    const QList<ConsolidationRow> rows = childRows(c);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%1</title>\n"
                           "<style>\nbody{font-family:sans-serif;margin:1em;}\ntable{border-collapse:collapse;width:100%;margin-bottom:2em;}\n"
                           "th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;}\nth{background:#eee;}\n"
                           "td.n{text-align:right;}\ntr.error td,tr.differs td{background:#fde8e8;}\ntr.warning td{background:#fff6dc;}\n"
                           "tr.unreadable td,tr.missing td{background:#e8e8e8;}\n</style>\n</head>\n<body>\n<h1>%1</h1>\n")
                .arg(ReportText::tr("Consolidation").toHtmlEscaped());
    int differing = 0;
    for (const CellComparison &cell : cells) differing += cell.differs ? 1 : 0;
    html += QStringLiteral("<p>%1</p>\n").arg(ReportText::tr("%1 reports read, %2 could not be read, %3 units missing, %4 duplicated; %5 cells differ from the sum.")
                                                  .arg(c.set.children.size()).arg(c.set.unreadable.size()).arg(c.units.missing.size())
                                                  .arg(c.units.duplicated.size()).arg(differing).toHtmlEscaped());
    for (const QString &d : c.formatDifferences) html += QStringLiteral("<p class=\"refused\">%1</p>\n").arg(d.toHtmlEscaped());
    auto table = [&html](const QStringList &headers, const QList<QPair<QString, QStringList>> &body, const QList<int> &numeric) {
        html += QStringLiteral("<table>\n<thead><tr>");
        for (const QString &h : headers) html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
        html += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const auto &[cls, fields] : body) {
            html += QStringLiteral("<tr class=\"%1\">").arg(cls);
            for (int i = 0; i < fields.size(); ++i)
                html += QStringLiteral("<td%1>%2</td>").arg(numeric.contains(i) ? QStringLiteral(" class=\"n\"") : QString(), fields[i].toHtmlEscaped());
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</tbody>\n</table>\n");
    };
    QList<QPair<QString, QStringList>> body;
    for (const ConsolidationRow &r : rows) body.append({r.cls, r.fields});
    table(childHeaders(), body, {3, 4, 5, 6, 8});
    if (c.format) {
        body.clear();
        for (const CellComparison &cell : cells)
            body.append({cell.differs ? QStringLiteral("differs") : QStringLiteral("ok"), cellFields(*c.format, cell)});
        html += QStringLiteral("<h2>%1</h2>\n").arg(ReportText::tr("Parent and sum of children").toHtmlEscaped());
        table(cellHeaders(), body, {3, 4, 5});
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace nianbao
