// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearly/draftbanner.h"

#include "findings/livechecks.h"
#include "model/reportdocument.h"
#include "yearly/crossyear.h"

namespace nianbao::gui {

DraftBanner::DraftBanner(ReportDocument *document, LiveChecks *checks, const QString &key, QWidget *parent)
    : QLabel(parent), m_document(document), m_checks(checks), m_key(key)
{
    setObjectName(QStringLiteral("draftBanner"));
    setWordWrap(true);
    setMargin(6);
    connect(document, &ReportDocument::proseChanged, this, [this](const QString &changed) {
        if (changed == m_key) refresh();
    });
    // Last year's report may be linked, unlinked or read only later. (Not at every change of the findings: the
    // measure costs a pass over both texts, and only this section's text or last year's report change it.)
    connect(checks, &LiveChecks::lastYearChanged, this, &DraftBanner::refresh);
    refresh();
}

void DraftBanner::refresh()
{
    if (!m_document->hasReport()) return;
    const ReportData &report = m_document->data();
    QString text;
    bool draft = false;
    if (m_document->isDraft(m_key) && !report.text(m_key).trimmed().isEmpty()) {
        draft = true;
        text = tr("This is last year's text, kept as a draft: rewrite it for this year. Until it is edited, it counts "
                  "as repeated in full (XY-DUP).");
    } else if (m_checks->lastYear() && !report.text(m_key).trimmed().isEmpty()) {
        const int percent = sectionRepeatedPercent(report, *m_checks->lastYear(), m_key);
        if (percent >= 0) text = tr("%1% of this text repeats last year's report (XY-DUP).").arg(percent);
    }
    // Yellow like a sticky note for the draft, which needs doing; plain for the measure.
    setStyleSheet(draft ? QStringLiteral("QLabel { background: #fff3c4; color: #3d3000; }") : QString());
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace nianbao::gui
