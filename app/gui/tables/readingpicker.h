// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Choosing among the readings of an unconfirmed cell (digits the importer could split several ways). The
// readings of a whole run (e.g. "88 / 0 / 1" and "8 / 80 / 1") are offered together when the import that made
// them is known; otherwise the cell's own candidates. The choice is one undo step.

#include "import/importresult.h"

#include <QObject>
#include <QPoint>
#include <QPointer>

#include <QMenu>

namespace nianbao {
class ReportDocument;
}

namespace nianbao::gui {

class ReportTableView;

class ReadingPicker : public QObject
{
    Q_OBJECT
public:
    explicit ReadingPicker(ReportDocument *document, QObject *parent = nullptr);

    // The runs of the import that made the open report (forgotten when another report is loaded).
    void setGroups(const QList<import::AmbiguousGroup> &groups) { m_groups = groups; }
    // Pops up the readings of the view's current cell at `globalPos` (below the cell when null). False when the
    // cell has nothing to choose from.
    bool popUp(ReportTableView *view, QPoint globalPos = QPoint());
    QMenu *menu() const { return m_menu; }

signals:
    void message(const QString &text);

private:
    struct Reading {
        QString text;
        QList<QPair<int, CellValue>> values;
    };
    QList<Reading> readings(int cell) const;

    ReportDocument *m_document;
    QList<import::AmbiguousGroup> m_groups;
    QPointer<QMenu> m_menu;
};

} // namespace nianbao::gui
