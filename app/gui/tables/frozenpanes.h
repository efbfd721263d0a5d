// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keeps the header rows and the label columns of a table in sight while its page scrolls past them (section 三
// is taller than a laptop screen): read-only copies of those parts of the table float over the page's viewport
// while the table's own are scrolled out. Also scrolls the page so that the cursor's cell, or the cells of a
// finding, are not hidden under them. The copies are made the first time they show (issue 18): most tables never
// scroll past their header, and three table views each were a third of the time to open a report.

#include <QObject>
#include <QRect>

class QScrollArea;
class QTableView;

namespace nianbao::gui {

class ReportTableView;

class FrozenPanes : public QObject
{
    Q_OBJECT
public:
    FrozenPanes(QScrollArea *area, ReportTableView *table);

    // Scrolls the page so that this rectangle of the table (in its viewport's coordinates) shows below the
    // frozen header rows and right of the frozen label columns; its top left corner wins when it cannot all show.
    void reveal(const QRect &rectInTable);

    // Null until the page first scrolls past the table's header rows (label columns).
    QTableView *headerPane() const { return m_header; }
    QTableView *labelPane() const { return m_labels; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *makePane();
    void syncSizes(QTableView *pane);
    void syncSizes();
    void placePane(QTableView *&pane, bool visible, const QRect &geometry, const char *accessibleName);
    void place();
    int headerHeight() const;
    int labelWidth() const;

    QScrollArea *m_area;
    ReportTableView *m_table;
    QTableView *m_labels = nullptr;
    QTableView *m_header = nullptr;
    QTableView *m_corner = nullptr;
};

} // namespace nianbao::gui
