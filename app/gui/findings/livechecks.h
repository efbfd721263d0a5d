// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the check engine after every change of the document and tells the views which cells a finding names,
// so tints, tooltips and the findings panel follow each keystroke.

#include "model/finding.h"
#include "model/reportdata.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <optional>

namespace nianbao {
class ReportDocument;
}

namespace nianbao::gui {

class LiveChecks : public QObject
{
    Q_OBJECT
public:
    explicit LiveChecks(ReportDocument *document, QObject *parent = nullptr);

    bool hasReport() const { return m_hasReport; }
    const ReportDocument *document() const { return m_document; }
    const QList<Finding> &findings() const { return m_findings; }
    FindingCounts counts() const { return m_counts; }
    // The most severe finding naming the cell, if any.
    std::optional<Severity> cellSeverity(int cellIndex) const;
    QStringList cellMessages(int cellIndex) const;
    // Cells whose severity or messages changed with the last run (for precise repaints).
    const QSet<int> &changedCells() const { return m_changedCells; }

    void run();
    // Last year's report for the cross-year checks (XY-…), read from the link in the report's metadata whenever
    // the link (or the report's file) changes; nullopt: none linked, or not readable.
    const std::optional<ReportData> &lastYear() const { return m_lastYear; }

signals:
    void findingsChanged();
    // What happened to last year's report when the link changed: used, missing, changed since it was linked.
    void lastYearMessage(const QString &text);
    // lastYear() is another report (or none) now; sent before the checks run with it.
    void lastYearChanged();

private:
    void followLastYearLink();

    struct CellMarks {
        int severity = -1; // the Severity as int, -1 when no finding names the cell
        QStringList messages;
        bool operator==(const CellMarks &o) const { return severity == o.severity && messages == o.messages; }
    };
    ReportDocument *m_document;
    QList<Finding> m_findings;
    FindingCounts m_counts;
    QList<CellMarks> m_marks; // indexed like the report's cells
    QSet<int> m_changedCells;
    bool m_hasReport = false;
    std::optional<ReportData> m_lastYear;
    QString m_lastYearLink; // the link m_lastYear was read for: absolute path and fingerprint
};

} // namespace nianbao::gui
