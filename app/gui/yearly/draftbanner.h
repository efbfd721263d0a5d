// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A line above a prose section that says how it stands against last year's report: still last year's text
// kept as a draft (to be rewritten), or how much of it repeats last year's text (the XY-DUP check's measure).
// Hidden when there is nothing to say.

#include <QLabel>

namespace nianbao {
class ReportDocument;
}

namespace nianbao::gui {

class LiveChecks;

class DraftBanner : public QLabel
{
    Q_OBJECT
public:
    DraftBanner(ReportDocument *document, LiveChecks *checks, const QString &key, QWidget *parent = nullptr);

private:
    void refresh();

    ReportDocument *m_document;
    LiveChecks *m_checks;
    QString m_key;
};

} // namespace nianbao::gui
