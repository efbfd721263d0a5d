// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/livechecks.h"

#include "checks/rules.h"
#include "model/reportdocument.h"
#include "yearly/lastyearlink.h"

#include <QDir>

namespace nianbao::gui {

LiveChecks::LiveChecks(ReportDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    connect(document, &ReportDocument::contentChanged, this, &LiveChecks::run);
}

std::optional<Severity> LiveChecks::cellSeverity(int cellIndex) const
{
    if (cellIndex < 0 || cellIndex >= m_marks.size() || m_marks[cellIndex].severity < 0) return std::nullopt;
    return Severity(m_marks[cellIndex].severity);
}

QStringList LiveChecks::cellMessages(int cellIndex) const
{
    return cellIndex >= 0 && cellIndex < m_marks.size() ? m_marks[cellIndex].messages : QStringList();
}

void LiveChecks::followLastYearLink()
{
    const ReportData *report = m_document->hasReport() ? &m_document->data() : nullptr;
    const QString path = report ? LastYearLink::linkedPath(*report, m_document->filePath()) : QString();
    const QString link = path.isEmpty() ? QString() : path + QLatin1Char('#') + report->meta.lastYearSha256;
    if (link == m_lastYearLink) return; // read once per link, not at every keystroke
    m_lastYearLink = link;
    m_lastYear.reset();
    if (path.isEmpty()) {
        emit lastYearChanged();
        return;
    }
    QString note;
    const QString name = m_document->filePath().isEmpty() ? tr("This report") : QDir::toNativeSeparators(m_document->filePath());
    m_lastYear = LastYearLink::resolve(*report, m_document->filePath(), &note, name);
    if (note.isEmpty() && m_lastYear)
        note = tr("The cross-year checks compare with last year's report %1").arg(QDir::toNativeSeparators(path));
    emit lastYearChanged();
    emit lastYearMessage(note);
}

void LiveChecks::run()
{
    followLastYearLink();
    const QList<Finding> findings = m_document->hasReport() ? CheckEngine::run(m_document->data(), m_lastYear ? &*m_lastYear : nullptr) : QList<Finding>();
    QList<CellMarks> marks(m_document->hasReport() ? m_document->data().cells.size() : 0);
    if (!findings.isEmpty()) {
        const ReportTemplate &format = m_document->format();
        for (const Finding &f : findings) {
            for (const QString &id : f.cells) {
                const int i = format.cellIndex(id);
                if (i < 0) continue;
                CellMarks &m = marks[i];
                // Severity counts from Error (0) up: the smaller, the worse.
                if (m.severity < 0 || int(f.severity) < m.severity) m.severity = int(f.severity);
                if (!m.messages.contains(f.message)) m.messages << f.message;
            }
        }
    }
    m_changedCells.clear();
    if (marks.size() != m_marks.size()) {
        for (int i = 0; i < marks.size(); ++i) m_changedCells.insert(i);
    } else {
        for (int i = 0; i < marks.size(); ++i)
            if (!(marks[i] == m_marks[i])) m_changedCells.insert(i);
    }
    const bool same = findings == m_findings && m_changedCells.isEmpty() && m_hasReport == m_document->hasReport();
    m_hasReport = m_document->hasReport();
    m_findings = findings;
    m_marks = marks;
    m_counts = countFindings(findings);
    if (!same) emit findingsChanged();
}

} // namespace nianbao::gui
