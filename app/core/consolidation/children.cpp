// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/children.h"

#include "checks/rules.h"
#include "consolidation/repetition.h"
#include "export/batchsummary.h"
#include "yearly/crossyear.h"
#include "yearly/lastyearlink.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace nianbao {

namespace {

class ChildText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Consolidation)
};

bool sectionIsEmpty(const ReportData &r, const SectionDef &s)
{
    if (s.kind == SectionKind::Prose) return r.text(s.key).trimmed().isEmpty();
    for (const QString &tableId : s.tableIds)
        if (const TableDef *t = r.format->table(tableId))
            for (const QString &id : t->cellIds)
                if (!r.cell(id).isBlank()) return false;
    return true;
}

int highestRepeat(const ReportData &report, const ReportData &lastYear)
{
    int best = -1;
    for (const SectionDef &s : report.format->sections)
        best = std::max(best, sectionRepeatedPercent(report, lastYear, s.key));
    return best;
}

// "gov-2021 2021": what must be common to all children.
QString formatAndYear(const ReportData &r)
{
    return QStringLiteral("%1 %2").arg(r.format->id).arg(r.meta.year);
}

} // namespace

ChildReport ChildReader::describe(const QString &path, ReportData report)
{
    ChildReport c;
    c.path = path;
    std::optional<ReportData> lastYear;
    if (!report.meta.lastYearPath.isEmpty()) {
        QString note;
        lastYear = LastYearLink::resolve(report, path, &note);
    }
    const QList<Finding> findings = CheckEngine::run(report, lastYear ? &*lastYear : nullptr);
    c.counts = countFindings(findings);
    c.firstMessages = nianbao::firstMessages(findings);
    for (const CellValue &v : report.cells) c.unconfirmed += v.state == CellValue::State::Unconfirmed ? 1 : 0;
    for (const SectionDef &s : report.format->sections)
        if (sectionIsEmpty(report, s)) c.missingSections << s.number;
    if (lastYear) c.lastYearRepeat = highestRepeat(report, *lastYear);
    c.proseFingerprints = proseFingerprints(report); // here, on the reading threads
    c.report = std::move(report);
    return c;
}

ChildSet ChildReader::read(const QStringList &paths)
{
    struct Slot {
        std::optional<ChildReport> child;
        QString error;
    };
    std::vector<Slot> results(paths.size());
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < paths.size(); i = next++) {
            QString error;
            std::optional<ReportData> report = loadAnyReport(paths[i], &error);
            if (report) results[i].child = describe(paths[i], std::move(*report));
            else results[i].error = error.isEmpty() ? ChildText::tr("%1: cannot be read").arg(paths[i]) : error;
        }
    };
    // Small batches are not worth a thread; large ones use every core.
    const int threads = paths.size() < 16 ? 1 : std::max(1, QThread::idealThreadCount());
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (std::thread &t : pool) t.join();

    ChildSet set;
    set.children.reserve(paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (results[i].child) set.children << std::move(*results[i].child);
        else set.unreadable << UnreadableChild{paths[i], results[i].error};
    }
    return set;
}

QStringList formatDifferences(const QList<ChildReport> &children)
{
    QHash<QString, int> votes;
    for (const ChildReport &c : children) ++votes[formatAndYear(c.report)];
    if (votes.size() <= 1) return {};
    // The majority is what the others are measured against (ties: the first child's).
    QString common = children.isEmpty() ? QString() : formatAndYear(children.first().report);
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (it.value() > votes.value(common)) common = it.key();
    QStringList out;
    for (const ChildReport &c : children)
        if (formatAndYear(c.report) != common)
            out << ChildText::tr("%1: %2 (the others: %3)").arg(c.path, formatAndYear(c.report), common);
    return out;
}

} // namespace nianbao
