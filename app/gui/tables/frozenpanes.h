// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keeps the header rows and the label columns of a table in sight while its page scrolls past them (section 三
// is taller than a laptop screen): read-only copies of those parts of the table float over the page's viewport
// while the table's own are scrolled out. Also scrolls the page so that the cursor's cell, or the cells of a
// finding, are not hidden under them.

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

    QTableView *headerPane() const { return m_header; }
    QTableView *labelPane() const { return m_labels; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *makePane();
    void syncSizes();
    void place();
    int headerHeight() const;
    int labelWidth() const;

    QScrollArea *m_area;
    ReportTableView *m_table;
    QTableView *m_labels;
    QTableView *m_header;
    QTableView *m_corner;
};

} // namespace nianbao::gui
